#include "io/csvreader.h"

#include "io/csvescape.h"
#include "io/csvfields.h"
#include "io/csvformat.h"
#include "core/eventnames.h"
#include "core/fsevent.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "core/uniquefd.h"

#include <QFile>
#include <QIODevice>

#include <array>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

#include <cerrno>

#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>

namespace {

constexpr int kColumns = CsvFormat::kColumnCount;
constexpr const auto &kHeader = CsvFormat::kColumns;
constexpr qint64 kBlockSize = 1 << 18;     // read 256 KiB at a time
constexpr qsizetype kAppendEvents = 1 << 16; // hand events to the session in chunks

// The whole load: buffered records, field splitting, field checks, table rebuilding.
class Loader
{
public:
    Loader(QIODevice &device, CsvError *error, const std::function<bool(qint64)> &progress)
        : m_device(device)
        , m_error(error)
        , m_progress(progress)
    {
    }

    std::unique_ptr<Session> run(const QString &origin);

private:
    bool fail(CsvError::Code code, qint64 line, int column, QByteArray detail)
    {
        if (m_error) {
            m_error->code = code;
            m_error->line = line;
            m_error->column = column;
            m_error->detail = std::move(detail);
        }
        return false;
    }
    bool fill();
    // Next record into m_record; *atEnd when there is none. Returns false on error.
    bool nextRecord(bool *atEnd);
    // Splits m_record into m_fields. `partial`: the record was cut, so fewer fields and an
    // unclosed quote in the last one are not errors.
    bool splitRecord(bool partial);
    // Checks fields 1..`columns` into m_row (decoding text into m_raw, m_name, m_exe).
    bool checkFields(int columns);
    void commitRow(Session &session);
    bool decodeText(int column, QByteArray *out);
    bool isCutRecord();

    QIODevice &m_device;
    CsvError *m_error;
    const std::function<bool(qint64)> &m_progress;

    QByteArray m_buffer;
    qsizetype m_pos = 0;       // start of the unconsumed data in m_buffer
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;         // physical line of the next record
    qint64 m_recordLine = 1;   // physical line where the current record starts
    QByteArrayView m_record;   // the current record, without its line end
    bool m_recordEnded = true; // false: the file ended inside this record, before its line end
    bool m_recordInQuotes = false; // ... and inside a quoted field

    std::array<QByteArrayView, kColumns + 1> m_fields;
    std::array<QByteArray, kColumns + 1> m_unquoted; // storage for quoted fields
    int m_fieldCount = 0;

    FsEvent m_row;             // the row checkFields() accepted
    bool m_newProcess = false; // ... with process fields unlike the previous row's
    std::vector<FsEvent> m_events;
    QByteArray m_raw;          // decoded path scratch
    QByteArray m_name, m_exe;  // decoded process fields
    QByteArray m_lastDir;      // raw bytes of the last directory interned ...
    quint32 m_lastDirId = 0;   // ... and its id
    QByteArray m_lastProcessKey;
    quint32 m_lastProcessId = 0;
};

bool Loader::fill()
{
    if (m_eof)
        return true;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kBlockSize);
    const qint64 n = m_device.read(m_buffer.data() + old, kBlockSize);
    if (n < 0) {
        m_buffer.resize(old);
        return fail(CsvError::Io, 0, 0, m_device.errorString().toUtf8());
    }
    m_buffer.resize(old + qsizetype(n));
    if (n == 0)
        m_eof = true; // QFile and QBuffer: end of data
    m_bytesRead += n;
    if (m_progress && !m_progress(m_bytesRead))
        return fail(CsvError::Cancelled, 0, 0, QByteArrayLiteral("cancelled"));
    return true;
}

bool Loader::nextRecord(bool *atEnd)
{
    // Pass 1: find where the record ends (an LF outside quotes), reading more as needed but never
    // more than one record's bound: a file of garbage without line ends, or /dev/zero behind a
    // QIODevice, must fail at once instead of filling memory. A doubled quote toggles twice, so
    // plain toggling tracks "inside a quoted field" exactly.
    bool inQuotes = false;
    qsizetype scan = m_pos;
    qint64 newlines = 0;
    qsizetype end = -1;
    m_recordLine = m_line;
    m_recordEnded = true; // until the end of the file says otherwise
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype limit = qMin(m_buffer.size(), m_pos + CsvReader::kMaxRecordBytes + 1);
        for (; scan < limit; ++scan) {
            const char c = data[scan];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == '\n') {
                if (!inQuotes) {
                    end = scan;
                    break;
                }
                ++newlines;
            }
        }
        if (end >= 0 || m_eof)
            break;
        if (scan - m_pos > CsvReader::kMaxRecordBytes)
            return fail(CsvError::RecordTooLong, m_recordLine, 0,
                        "no record end within " + QByteArray::number(CsvReader::kMaxRecordBytes)
                            + " bytes" + (inQuotes ? " (inside a quoted field)" : ""));
        const qsizetype consumedBefore = m_pos;
        if (!fill())
            return false;
        scan -= consumedBefore; // fill() moved the unconsumed data to the front
    }
    m_recordEnded = end >= 0;
    m_recordInQuotes = inQuotes && !m_recordEnded;
    if (!m_recordEnded) {
        if (m_pos == m_buffer.size()) {
            *atEnd = true;
            return true;
        }
        end = m_buffer.size(); // the last record needs no line ending
    }
    *atEnd = false;
    qsizetype recordEnd = end;
    if (recordEnd > m_pos && m_buffer.at(recordEnd - 1) == '\r')
        --recordEnd; // CRLF, as RFC 4180 writes it; a bare LF is accepted too
    m_record = QByteArrayView(m_buffer.constData() + m_pos, recordEnd - m_pos);
    m_line += newlines + 1;
    m_pos = end < m_buffer.size() ? end + 1 : end;
    if (m_recordInQuotes)
        return fail(CsvError::UnterminatedQuote, m_recordLine, 0,
                    QByteArrayLiteral("a quoted field is not closed before the end of the file"));
    return splitRecord(false);
}

bool Loader::splitRecord(bool partial)
{
    // Pass 2: split into fields, undoing RFC 4180 quoting.
    const QByteArrayView record = m_record;
    m_fieldCount = 0;
    qsizetype i = 0;
    const qsizetype n = record.size();
    for (;;) {
        if (m_fieldCount == kColumns + 1) {
            // Too many already: count the rest only for the message.
            int extra = m_fieldCount;
            bool q = false;
            for (; i < n; ++i) {
                if (record[i] == '"')
                    q = !q;
                else if (record[i] == ',' && !q)
                    ++extra;
            }
            return fail(CsvError::ColumnCount, m_recordLine, 0,
                        "expected " + QByteArray::number(kColumns) + " fields, found "
                            + QByteArray::number(extra));
        }
        const int column = m_fieldCount + 1;
        if (i < n && record[i] == '"') {
            QByteArray &out = m_unquoted[std::size_t(m_fieldCount)];
            out.clear();
            ++i;
            qsizetype start = i;
            for (;;) {
                if (i >= n) {
                    if (!partial) // cannot happen: pass 1 balanced the quotes
                        return fail(CsvError::UnterminatedQuote, m_recordLine, column, {});
                    out.append(record.data() + start, i - start);
                    break;
                }
                if (record[i] == '"') {
                    out.append(record.data() + start, i - start);
                    if (i + 1 < n && record[i + 1] == '"') {
                        out.append('"');
                        i += 2;
                        start = i;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            m_fields[std::size_t(m_fieldCount++)] = out;
            if (i < n && record[i] != ',')
                return fail(CsvError::BadRow, m_recordLine, column,
                            QByteArrayLiteral("text after a closing quote"));
        } else {
            const qsizetype start = i;
            while (i < n && record[i] != ',') {
                if (record[i] == '"')
                    return fail(CsvError::BadRow, m_recordLine, column,
                                QByteArrayLiteral("a quote inside an unquoted field"));
                if (record[i] == '\r' || record[i] == '\n')
                    return fail(CsvError::BadRow, m_recordLine, column,
                                QByteArrayLiteral("a line break inside an unquoted field"));
                ++i;
            }
            m_fields[std::size_t(m_fieldCount++)] = record.sliced(start, i - start);
        }
        if (i >= n)
            break;
        ++i; // the comma
    }
    if (m_fieldCount != kColumns && !(partial && m_fieldCount < kColumns))
        return fail(CsvError::ColumnCount, m_recordLine, 0,
                    "expected " + QByteArray::number(kColumns) + " fields, found "
                        + QByteArray::number(m_fieldCount));
    return true;
}

bool Loader::decodeText(int column, QByteArray *out)
{
    out->clear();
    qsizetype offset = 0;
    const QByteArrayView field = m_fields[std::size_t(column - 1)];
    switch (CsvEscape::decode(*out, field, &offset)) {
    case CsvEscape::DecodeResult::Ok:
        return true;
    case CsvEscape::DecodeResult::BadEscape:
        return fail(CsvError::BadEscape, m_recordLine, column,
                    "bad escape at byte " + QByteArray::number(offset + 1) + " of "
                        + QByteArray(kHeader[std::size_t(column - 1)])
                        + " (use \\\\ or \\xHH)");
    case CsvEscape::DecodeResult::BadUtf8:
        return fail(CsvError::BadEncoding, m_recordLine, column,
                    "invalid UTF-8 at byte " + QByteArray::number(offset + 1) + " of "
                        + QByteArray(kHeader[std::size_t(column - 1)]));
    }
    return false;
}

bool Loader::checkFields(int columns)
{
    FsEvent &e = m_row;
    e = FsEvent{};
    const auto field = [this](int column) { return m_fields[std::size_t(column - 1)]; };
    if (columns >= 1 && !CsvFields::parseTime(field(1), &e.timeNs))
        return fail(CsvError::BadTime, m_recordLine, 1,
                    "not an ISO-8601 time with offset: " + field(1).toByteArray().left(64));
    if (columns >= 2 && (field(2).isEmpty() || !EventNames::split(field(2), &e.mask)))
        return fail(CsvError::BadEvents, m_recordLine, 2,
                    "unknown event names: " + field(2).toByteArray().left(64));
    if (e.mask & IN_Q_OVERFLOW)
        e.flags |= FsEvent::OverflowMarker;

    if (columns >= 3) {
        // A Linux path is at most PATH_MAX bytes (limits.h); its escaped form at most four times
        // that. Checked before decoding, so a huge field costs nothing.
        if (field(3).size() > CsvReader::kMaxEscapedPathBytes)
            return fail(CsvError::BadPath, m_recordLine, 3,
                        "longer than " + QByteArray::number(CsvReader::kMaxEscapedPathBytes)
                            + " bytes escaped");
        if (!decodeText(3, &m_raw))
            return false;
        if (m_raw.size() > CsvReader::kMaxPathBytes)
            return fail(CsvError::BadPath, m_recordLine, 3,
                        "longer than " + QByteArray::number(CsvReader::kMaxPathBytes)
                            + " bytes (PATH_MAX)");
        if (!m_raw.isEmpty()) {
            if (m_raw.front() != '/')
                return fail(CsvError::BadPath, m_recordLine, 3, QByteArrayLiteral("not absolute"));
            if (m_raw.contains('\0'))
                return fail(CsvError::BadPath, m_recordLine, 3, QByteArrayLiteral("a NUL byte"));
            if (m_raw.size() > 1 && (m_raw.endsWith('/') || m_raw.contains("//")))
                return fail(CsvError::BadPath, m_recordLine, 3,
                            QByteArrayLiteral("an empty path component"));
        }
    }

    if (columns >= 4) {
        const QByteArrayView isDir = field(4);
        if (isDir == "1")
            e.flags |= FsEvent::IsDir;
        else if (isDir != "0")
            return fail(CsvError::BadNumber, m_recordLine, 4,
                        QByteArrayLiteral("is_dir is not 0 or 1"));
    }
    quint64 v = 0;
    if (columns >= 5) {
        if (!CsvFields::parseUnsigned(field(5), 0xffffffffu, &v))
            return fail(CsvError::BadNumber, m_recordLine, 5,
                        QByteArrayLiteral("cookie is not a 32-bit unsigned number"));
        e.cookie = quint32(v);
    }
    if (columns >= 6) {
        if (field(6).isEmpty()) {
            e.pid = -1;
        } else {
            if (!CsvFields::parseUnsigned(field(6), 0x7fffffff, &v))
                return fail(CsvError::BadNumber, m_recordLine, 6,
                            QByteArrayLiteral("pid is not a non-negative 32-bit number"));
            e.pid = qint32(v);
        }
    }

    // Process identity: rows of one process come in runs, so its fields are decoded only when
    // they differ from the previous row's. An event without name and executable has no
    // ProcessTable entry (inotify).
    m_newProcess = false;
    if (columns >= 8 && (!field(7).isEmpty() || !field(8).isEmpty())) {
        QByteArray key = field(6).toByteArray();
        key += ',';
        key += field(7).toByteArray();
        key += ',';
        key += field(8).toByteArray();
        if (key != m_lastProcessKey || m_lastProcessId == 0) {
            if (!decodeText(7, &m_name) || !decodeText(8, &m_exe))
                return false;
            m_lastProcessKey = std::move(key);
            m_newProcess = true;
        }
        e.processId = m_lastProcessId; // replaced by commitRow() when m_newProcess
    }

    if (columns >= 9) {
        const QByteArrayView sourceField = field(9);
        const std::optional<quint8> source = CsvFormat::sourceFromName(sourceField);
        if (!source)
            return fail(CsvError::BadSource, m_recordLine, 9,
                        "unknown source: " + sourceField.toByteArray().left(32));
        e.source = *source;
        if (e.source == FsEvent::Scan)
            e.flags |= FsEvent::Synthesized;
    }
    return true;
}

void Loader::commitRow(Session &session)
{
    FsEvent e = m_row;
    // Path: intern directory and name separately; rows of one directory come in runs, so the
    // directory lookup is mostly a comparison with the previous one.
    if (m_raw.isEmpty()) {
        e.pathId = PathTable::NoPath;
    } else if (m_raw.size() == 1) {
        e.pathId = PathTable::RootId;
    } else {
        const qsizetype slash = m_raw.lastIndexOf('/');
        const QByteArrayView dir(m_raw.constData(), slash);
        const QByteArrayView name = QByteArrayView(m_raw).sliced(slash + 1);
        if (m_lastDirId == 0 || dir != QByteArrayView(m_lastDir)) {
            m_lastDirId = dir.isEmpty() ? PathTable::RootId : session.paths().internPath(dir);
            m_lastDir = dir.toByteArray();
        }
        e.pathId = session.paths().intern(m_lastDirId, name);
    }
    if (m_newProcess) {
        ProcessInfo info;
        info.pid = e.pid;
        info.name = m_name; // raw bytes, as the helper reported them
        info.executable = m_exe;
        m_lastProcessId = session.processes().intern(info);
        e.processId = m_lastProcessId;
    }
    m_events.push_back(e);
    if (qsizetype(m_events.size()) >= kAppendEvents) {
        session.append(m_events.data(), qsizetype(m_events.size()));
        m_events.clear();
    }
}

bool Loader::isCutRecord()
{
    // The file ended inside the current record and that record is not valid: it was cut (a crash,
    // a full disk) if what is there is the beginning of a row fsnoop writes. Every field before
    // the last one must pass its checks; the last one may have lost its tail. A record that has
    // its line end is never a cut one: its error stands.
    if (m_recordEnded)
        return false;
    const CsvError original = m_error ? *m_error : CsvError{};
    const auto restore = [&] {
        if (m_error)
            *m_error = original;
        return false;
    };
    if (!splitRecord(true) || !checkFields(m_fieldCount - 1))
        return restore();
    if (m_fieldCount == 1) {
        // Only the start of a time stamp: digits and its punctuation.
        for (const char c : m_fields[0]) {
            if (!std::strchr("0123456789-T:.+Z", c) || c == '\0')
                return restore();
        }
        return true;
    }
    if (m_fieldCount == kColumns) {
        // A cut source word is the start of one of the words.
        const QByteArrayView last = m_fields[kColumns - 1];
        for (const quint8 s : kAllSources) {
            if (CsvFormat::sourceName(s).startsWith(last))
                return true;
        }
        return restore();
    }
    return true;
}

std::unique_ptr<Session> Loader::run(const QString &origin)
{
    if (!m_device.isOpen() || !m_device.isReadable()) {
        fail(CsvError::Io, 0, 0, QByteArrayLiteral("device is not open for reading"));
        return nullptr;
    }
    if (!fill())
        return nullptr;
    while (!m_eof && m_buffer.size() < 3) {
        if (!fill())
            return nullptr;
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3; // a UTF-8 byte order mark, as spreadsheets write one

    bool atEnd = false;
    if (!nextRecord(&atEnd)) {
        if (m_error && m_error->code == CsvError::RecordTooLong) {
            // Not even one line: whatever this is, it is not one of our files.
            m_error->code = CsvError::BadHeader;
            m_error->detail = "not an fsnoop CSV file: the first line is longer than "
                + QByteArray::number(CsvReader::kMaxRecordBytes) + " bytes";
        }
        return nullptr;
    }
    if (atEnd) {
        fail(CsvError::BadHeader, 1, 0, QByteArrayLiteral("empty file"));
        return nullptr;
    }
    for (int i = 0; i < kColumns; ++i) {
        if (m_fields[std::size_t(i)] != kHeader[std::size_t(i)]) {
            fail(CsvError::BadHeader, m_recordLine, i + 1,
                 "expected column " + QByteArray(kHeader[std::size_t(i)]) + ", found "
                     + m_fields[std::size_t(i)].toByteArray().left(64));
            return nullptr;
        }
    }

    auto session = std::make_unique<Session>();
    session->setOrigin(origin.isEmpty() ? QStringLiteral("-") : origin);
    m_events.reserve(std::size_t(kAppendEvents));
    qint64 cutLine = 0;
    for (;;) {
        const bool read = nextRecord(&atEnd);
        if (read && atEnd)
            break;
        if (!read || !checkFields(kColumns)) {
            if (m_error && m_error->code == CsvError::Cancelled)
                return nullptr;
            if (!isCutRecord())
                return nullptr;
            cutLine = m_recordLine; // the last record: nothing follows it
            break;
        }
        commitRow(*session);
    }
    session->append(m_events.data(), qsizetype(m_events.size()));
    if (m_error) {
        *m_error = CsvError{};
        m_error->incompleteLastLine = cutLine;
    }
    return session;
}

} // namespace

const char *CsvError::codeName(Code code)
{
    switch (code) {
    case None: return "None";
    case Io: return "Io";
    case BadHeader: return "BadHeader";
    case BadRow: return "BadRow";
    case ColumnCount: return "ColumnCount";
    case BadTime: return "BadTime";
    case BadEvents: return "BadEvents";
    case BadPath: return "BadPath";
    case BadEscape: return "BadEscape";
    case BadEncoding: return "BadEncoding";
    case BadNumber: return "BadNumber";
    case BadSource: return "BadSource";
    case UnterminatedQuote: return "UnterminatedQuote";
    case Cancelled: return "Cancelled";
    case RecordTooLong: return "RecordTooLong";
    case NotRegularFile: return "NotRegularFile";
    }
    return "?";
}

std::unique_ptr<Session> CsvReader::load(QIODevice &device, const QString &origin, CsvError *error,
                                         const std::function<bool(qint64)> &progress)
{
    return Loader(device, error, progress).run(origin);
}

std::unique_ptr<Session> CsvReader::load(const QString &fileName, CsvError *error,
                                         const std::function<bool(qint64)> &progress)
{
    const auto refuse = [error](CsvError::Code code, QByteArray detail) {
        if (error) {
            *error = CsvError{};
            error->code = code;
            error->detail = std::move(detail);
        }
        return nullptr;
    };
    // O_NONBLOCK: open(2) of a FIFO without a writer would block until one comes; fstat on the
    // descriptor, not stat on the name, so what is checked is what is read.
    const QByteArray path = QFile::encodeName(fileName);
    UniqueFd fd(::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (!fd.isValid())
        return refuse(CsvError::Io, QByteArray(std::strerror(errno)));
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        return refuse(CsvError::Io, QByteArray(std::strerror(errno)));
    if (!S_ISREG(st.st_mode)) {
        const char *what = S_ISDIR(st.st_mode) ? "a directory"
            : S_ISFIFO(st.st_mode)             ? "a FIFO (named pipe)"
            : S_ISCHR(st.st_mode)              ? "a character device"
            : S_ISBLK(st.st_mode)              ? "a block device"
            : S_ISSOCK(st.st_mode)             ? "a socket"
                                               : "not a regular file";
        return refuse(CsvError::NotRegularFile, QByteArray(what));
    }
    // Regular files ignore O_NONBLOCK, but clear it anyway: reads must not return EAGAIN.
    ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
    QFile file;
    if (!file.open(fd.get(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return refuse(CsvError::Io, file.errorString().toUtf8());
    fd.release(); // the QFile closes it now
    return Loader(file, error, progress).run(fileName);
}
