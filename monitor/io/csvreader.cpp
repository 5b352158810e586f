#include "io/csvreader.h"

#include "io/csvescape.h"
#include "io/csvformat.h"
#include "core/eventnames.h"
#include "core/fsevent.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"

#include <QFile>
#include <QIODevice>

#include <array>
#include <limits>
#include <optional>
#include <vector>

#include <sys/inotify.h>

namespace {

constexpr int kColumns = CsvFormat::kColumnCount;
constexpr const auto &kHeader = CsvFormat::kColumns;
constexpr qint64 kBlockSize = 1 << 18;     // read 256 KiB at a time
constexpr qsizetype kAppendEvents = 1 << 16; // hand events to the session in chunks

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// Reads exactly `n` digits at s[*pos]; false if any is not a digit.
bool digits(QByteArrayView s, qsizetype *pos, int n, int *value)
{
    if (*pos + n > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[*pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *pos += n;
    *value = v;
    return true;
}

bool expect(QByteArrayView s, qsizetype *pos, char c)
{
    if (*pos >= s.size() || s[*pos] != c)
        return false;
    ++*pos;
    return true;
}

// "YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+HH:MM|-HH:MM)" -> ns since the epoch.
bool parseTime(QByteArrayView s, qint64 *timeNs)
{
    qsizetype p = 0;
    int year, month, day, hour, minute, second;
    if (!digits(s, &p, 4, &year) || !expect(s, &p, '-') || !digits(s, &p, 2, &month)
        || !expect(s, &p, '-') || !digits(s, &p, 2, &day) || !expect(s, &p, 'T')
        || !digits(s, &p, 2, &hour) || !expect(s, &p, ':') || !digits(s, &p, 2, &minute)
        || !expect(s, &p, ':') || !digits(s, &p, 2, &second))
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1
        || day > kDays[month - 1] + (month == 2 && isLeap(year) ? 1 : 0) || hour > 23
        || minute > 59 || second > 59)
        return false;
    qint64 fraction = 0;
    if (p < s.size() && s[p] == '.') {
        ++p;
        int n = 0;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9' && n < 9) {
            fraction = fraction * 10 + (s[p] - '0');
            ++p;
            ++n;
        }
        if (n == 0)
            return false;
        for (; n < 9; ++n)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (p < s.size() && s[p] == 'Z') {
        ++p;
    } else if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
        const bool negative = s[p] == '-';
        ++p;
        int oh, om;
        if (!digits(s, &p, 2, &oh) || !expect(s, &p, ':') || !digits(s, &p, 2, &om) || oh > 23
            || om > 59)
            return false;
        offsetSeconds = (oh * 3600 + om * 60) * (negative ? -1 : 1);
    } else {
        return false; // a time without an offset is ambiguous: refuse rather than guess
    }
    if (p != s.size())
        return false;
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400
        + hour * 3600 + minute * 60 + second - offsetSeconds;
    // Nanoseconds since the epoch in a qint64 span 1677-09-21 .. 2262-04-11; refuse what does not
    // fit instead of overflowing.
    constexpr qint64 kMaxSeconds = std::numeric_limits<qint64>::max() / 1000000000 - 1;
    if (seconds < -kMaxSeconds || seconds > kMaxSeconds)
        return false;
    *timeNs = seconds * 1000000000 + fraction;
    return true;
}

bool parseUnsigned(QByteArrayView s, quint64 max, quint64 *value)
{
    if (s.isEmpty() || s.size() > 20)
        return false;
    quint64 v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + quint64(c - '0');
        if (v > max)
            return false;
    }
    *value = v;
    return true;
}

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
    // Next record into m_fields; *atEnd when there is none. Returns false on error.
    bool nextRecord(bool *atEnd);
    bool splitRecord(QByteArrayView record);
    bool parseRow(Session &session);
    bool decodeText(int column, QByteArray *out);
    bool flushEvents(Session &session);

    QIODevice &m_device;
    CsvError *m_error;
    const std::function<bool(qint64)> &m_progress;

    QByteArray m_buffer;
    qsizetype m_pos = 0;       // start of the unconsumed data in m_buffer
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;         // physical line of the next record
    qint64 m_recordLine = 1;   // physical line where the current record starts

    std::array<QByteArrayView, kColumns + 1> m_fields;
    std::array<QByteArray, kColumns + 1> m_unquoted; // storage for quoted fields
    int m_fieldCount = 0;

    std::vector<FsEvent> m_events;
    QByteArray m_raw;          // decoded path scratch
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
    // Pass 1: find where the record ends (an LF outside quotes), reading more as needed. A doubled
    // quote toggles twice, so plain toggling tracks "inside a quoted field" exactly.
    bool inQuotes = false;
    qsizetype scan = m_pos;
    qint64 newlines = 0;
    qsizetype end = -1;
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        for (; scan < size; ++scan) {
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
        const qsizetype consumedBefore = m_pos;
        if (!fill())
            return false;
        scan -= consumedBefore; // fill() moved the unconsumed data to the front
    }
    m_recordLine = m_line;
    if (end < 0) {
        if (m_pos == m_buffer.size()) {
            *atEnd = true;
            return true;
        }
        if (inQuotes)
            return fail(CsvError::UnterminatedQuote, m_recordLine, 0,
                        QByteArrayLiteral("a quoted field is not closed before the end of the file"));
        end = m_buffer.size(); // the last record needs no line ending
    }
    *atEnd = false;
    qsizetype recordEnd = end;
    if (recordEnd > m_pos && m_buffer.at(recordEnd - 1) == '\r')
        --recordEnd; // CRLF, as RFC 4180 writes it; a bare LF is accepted too
    const QByteArrayView record(m_buffer.constData() + m_pos, recordEnd - m_pos);
    m_line += newlines + 1;
    m_pos = end < m_buffer.size() ? end + 1 : end;
    return splitRecord(record);
}

bool Loader::splitRecord(QByteArrayView record)
{
    // Pass 2: split into fields, undoing RFC 4180 quoting.
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
                if (i >= n) // cannot happen: pass 1 balanced the quotes
                    return fail(CsvError::UnterminatedQuote, m_recordLine, column, {});
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
    if (m_fieldCount != kColumns)
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

bool Loader::parseRow(Session &session)
{
    FsEvent e;
    const auto field = [this](int column) { return m_fields[std::size_t(column - 1)]; };
    if (!parseTime(field(1), &e.timeNs))
        return fail(CsvError::BadTime, m_recordLine, 1,
                    "not an ISO-8601 time with offset: " + field(1).toByteArray().left(64));
    if (field(2).isEmpty() || !EventNames::split(field(2), &e.mask))
        return fail(CsvError::BadEvents, m_recordLine, 2,
                    "unknown event names: " + field(2).toByteArray().left(64));
    if (e.mask & IN_Q_OVERFLOW)
        e.flags |= FsEvent::OverflowMarker;

    // Path: decode, then intern directory and name separately; rows of one directory come in
    // runs, so the directory lookup is mostly a comparison with the previous one.
    if (!decodeText(3, &m_raw))
        return false;
    if (m_raw.isEmpty()) {
        e.pathId = PathTable::NoPath;
    } else {
        if (m_raw.front() != '/')
            return fail(CsvError::BadPath, m_recordLine, 3, QByteArrayLiteral("not absolute"));
        if (m_raw.contains('\0'))
            return fail(CsvError::BadPath, m_recordLine, 3, QByteArrayLiteral("a NUL byte"));
        if (m_raw.size() == 1) {
            e.pathId = PathTable::RootId;
        } else {
            const qsizetype slash = m_raw.lastIndexOf('/');
            const QByteArrayView dir(m_raw.constData(), slash);
            const QByteArrayView name = QByteArrayView(m_raw).sliced(slash + 1);
            if (name.isEmpty() || m_raw.contains("//"))
                return fail(CsvError::BadPath, m_recordLine, 3,
                            QByteArrayLiteral("an empty path component"));
            if (m_lastDirId == 0 || dir != QByteArrayView(m_lastDir)) {
                m_lastDirId = dir.isEmpty() ? PathTable::RootId : session.paths().internPath(dir);
                m_lastDir = dir.toByteArray();
            }
            e.pathId = session.paths().intern(m_lastDirId, name);
        }
    }

    const QByteArrayView isDir = field(4);
    if (isDir == "1")
        e.flags |= FsEvent::IsDir;
    else if (isDir != "0")
        return fail(CsvError::BadNumber, m_recordLine, 4, QByteArrayLiteral("is_dir is not 0 or 1"));
    quint64 v = 0;
    if (!parseUnsigned(field(5), 0xffffffffu, &v))
        return fail(CsvError::BadNumber, m_recordLine, 5,
                    QByteArrayLiteral("cookie is not a 32-bit unsigned number"));
    e.cookie = quint32(v);
    if (field(6).isEmpty()) {
        e.pid = -1;
    } else {
        if (!parseUnsigned(field(6), 0x7fffffff, &v))
            return fail(CsvError::BadNumber, m_recordLine, 6,
                        QByteArrayLiteral("pid is not a non-negative 32-bit number"));
        e.pid = qint32(v);
    }

    // Process identity: an event without name and executable has no ProcessTable entry (inotify).
    if (!field(7).isEmpty() || !field(8).isEmpty()) {
        QByteArray key = field(6).toByteArray();
        key += ',';
        key += field(7).toByteArray();
        key += ',';
        key += field(8).toByteArray();
        if (key != m_lastProcessKey || m_lastProcessId == 0) {
            QByteArray name, exe;
            if (!decodeText(7, &name) || !decodeText(8, &exe))
                return false;
            ProcessInfo info;
            info.pid = e.pid;
            info.name = name; // raw bytes, as the helper reported them
            info.executable = exe;
            m_lastProcessId = session.processes().intern(info);
            m_lastProcessKey = std::move(key);
        }
        e.processId = m_lastProcessId;
    }

    const QByteArrayView sourceField = field(9);
    const std::optional<quint8> source = CsvFormat::sourceFromName(sourceField);
    if (!source)
        return fail(CsvError::BadSource, m_recordLine, 9,
                    "unknown source: " + sourceField.toByteArray().left(32));
    e.source = *source;
    if (e.source == FsEvent::Scan)
        e.flags |= FsEvent::Synthesized;
    m_events.push_back(e);
    if (qsizetype(m_events.size()) >= kAppendEvents)
        return flushEvents(session);
    return true;
}

bool Loader::flushEvents(Session &session)
{
    session.append(m_events.data(), qsizetype(m_events.size()));
    m_events.clear();
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
    if (!nextRecord(&atEnd))
        return nullptr;
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
    for (;;) {
        if (!nextRecord(&atEnd))
            return nullptr;
        if (atEnd)
            break;
        if (!parseRow(*session))
            return nullptr;
    }
    flushEvents(*session);
    if (m_error)
        *m_error = CsvError{};
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
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            error->code = CsvError::Io;
            error->line = 0;
            error->column = 0;
            error->detail = file.errorString().toUtf8();
        }
        return nullptr;
    }
    return Loader(file, error, progress).run(fileName);
}
