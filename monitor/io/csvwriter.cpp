#include "io/csvwriter.h"

#include "io/csvescape.h"
#include "io/csvformat.h"
#include "io/isotime.h"
#include "core/eventnames.h"
#include "core/pathtable.h"
#include "core/processtable.h"

#include <cstdio>
#include <cstring>
#include <ctime>

namespace {

constexpr qsizetype kMaxCachedDirectories = 1 << 16;

// Returns the microseconds within the second (IsoTime::splitNs: floor division).
quint32 splitTime(qint64 timeNs, qint64 *second)
{
    return quint32(IsoTime::splitNs(timeNs, second) / 1000);
}

// "YYYY-MM-DDTHH:MM:SS." and "+HH:MM" in local time. tm_gmtoff is the offset in force at that
// instant, so a DST change inside a capture is written right.
void formatSecond(qint64 second, QByteArray *prefix, QByteArray *offset)
{
    const time_t t = time_t(second);
    struct tm tm {};
    localtime_r(&t, &tm);
    *prefix = IsoTime::secondPrefix(tm);
    char buf[64];
    long off = tm.tm_gmtoff;
    const char sign = off < 0 ? '-' : '+';
    if (off < 0)
        off = -off;
    const int m = std::snprintf(buf, sizeof buf, "%c%02ld:%02ld", sign, off / 3600,
                                (off % 3600) / 60);
    *offset = QByteArray(buf, m);
}

void sixDigits(char *digits, quint32 us)
{
    for (int i = 5; i >= 0; --i) {
        digits[i] = char('0' + us % 10);
        us /= 10;
    }
}

} // namespace

// The caller's QByteArray, grown in large steps and written through a pointer; its size is set
// to what was written when the sink goes away.
struct CsvWriter::Sink {
    explicit Sink(QByteArray &out, qsizetype expected)
        : buffer(out)
        , used(out.size())
    {
        grow(expected);
    }
    ~Sink() { buffer.resize(used); }
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    void grow(qsizetype n)
    {
        if (used + n <= qsizetype(end - base) && base)
            return;
        buffer.resize(qMax(used + n + 4096, buffer.size() * 2));
        base = buffer.data();
        end = base + buffer.size();
    }
    void put(const char *s, qsizetype n)
    {
        if (n <= 0)
            return; // an empty view may have a null data(): memcpy must not see it
        if (end - base - used < n)
            grow(n);
        std::memcpy(base + used, s, std::size_t(n));
        used += n;
    }
    void put(QByteArrayView v) { put(v.data(), v.size()); }
    void put(char c)
    {
        if (end - base - used < 1)
            grow(1);
        base[used++] = c;
    }
    void number(quint64 v)
    {
        char buf[20];
        int pos = sizeof buf;
        do {
            buf[--pos] = char('0' + v % 10);
            v /= 10;
        } while (v);
        put(buf + pos, qsizetype(sizeof buf) - pos);
    }
    // `escaped` as one RFC 4180 field: in quotes, inner quotes doubled.
    void quoted(QByteArrayView escaped)
    {
        put('"');
        qsizetype start = 0;
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            if (escaped[i] == '"') {
                put(escaped.data() + start, i + 1 - start);
                put('"');
                start = i + 1;
            }
        }
        put(escaped.data() + start, escaped.size() - start);
        put('"');
    }

    QByteArray &buffer;
    qsizetype used;
    char *base = nullptr;
    char *end = nullptr;
};

namespace {

// A text field (process name, executable): escaped, kept from reading as a spreadsheet formula,
// and quoted when it needs it.
QByteArray encodeField(QByteArrayView raw)
{
    if (CsvEscape::isPlain(raw) && !CsvEscape::startsLikeFormula(raw))
        return raw.toByteArray();
    QByteArray escaped;
    if (!CsvEscape::appendField(escaped, raw))
        return escaped;
    QByteArray out;
    out.reserve(escaped.size() + 2);
    out.append('"');
    for (char c : escaped) {
        out.append(c);
        if (c == '"')
            out.append('"');
    }
    out.append('"');
    return out;
}

} // namespace

CsvWriter::CsvWriter(const PathTable &paths, const ProcessTable &processes)
    : m_paths(paths)
    , m_processes(processes)
{
}

QByteArray CsvWriter::header()
{
    return CsvFormat::header();
}

QByteArray CsvWriter::formatTime(qint64 timeNs)
{
    qint64 second = 0;
    QByteArray prefix, offset;
    const quint32 us = splitTime(timeNs, &second);
    formatSecond(second, &prefix, &offset);
    char digits[6];
    sixDigits(digits, us);
    return prefix + QByteArray(digits, 6) + offset;
}

void CsvWriter::appendTime(Sink &out, qint64 timeNs) const
{
    qint64 second = 0;
    const quint32 us = splitTime(timeNs, &second);
    if (second != m_second) {
        // localtime_r(3) once per second of events, not once per event.
        formatSecond(second, &m_secondPrefix, &m_offset);
        m_second = second;
    }
    out.put(m_secondPrefix);
    out.grow(6);
    sixDigits(out.base + out.used, us);
    out.used += 6;
    out.put(m_offset);
}

void CsvWriter::appendEvents(Sink &out, quint32 mask) const
{
    auto it = m_eventNames.constFind(mask);
    if (it == m_eventNames.constEnd())
        it = m_eventNames.insert(mask, EventNames::join(mask));
    out.put(*it); // names are upper-case letters, '_' and '|': never quoted
}

const CsvWriter::Encoded &CsvWriter::directory(quint32 dirId) const
{
    if (m_lastDir && m_lastDirId == dirId)
        return *m_lastDir;
    auto it = m_directories.constFind(dirId);
    if (it == m_directories.constEnd()) {
        if (m_directories.size() >= kMaxCachedDirectories)
            m_directories.clear(); // a crude bound; a busy tree refills what it uses
        Encoded e;
        if (dirId != PathTable::RootId && dirId != PathTable::NoPath)
            e.needsQuotes = CsvEscape::append(e.bytes, m_paths.path(dirId));
        it = m_directories.insert(dirId, std::move(e));
    }
    // Only this function inserts, so the pointer stays valid until the next miss replaces it.
    m_lastDirId = dirId;
    m_lastDir = &*it;
    return *m_lastDir;
}

void CsvWriter::appendPath(Sink &out, quint32 pathId) const
{
    if (pathId == PathTable::NoPath)
        return;
    if (pathId == PathTable::RootId) {
        out.put('/');
        return;
    }
    const Encoded &dir = directory(m_paths.parent(pathId));
    const QByteArrayView name = m_paths.name(pathId);
    if (!dir.needsQuotes && CsvEscape::isPlain(name)) {
        // The common case: one copy of the cached directory, one of the name.
        out.put(dir.bytes);
        out.put('/');
        out.put(name);
        return;
    }
    QByteArray escaped = dir.bytes;
    escaped.append('/');
    const bool nameQuotes = CsvEscape::append(escaped, name);
    if (dir.needsQuotes || nameQuotes)
        out.quoted(escaped);
    else
        out.put(escaped);
}

void CsvWriter::appendProcess(Sink &out, quint32 processId) const
{
    if (processId == ProcessTable::NoProcess || processId >= m_processes.size()) {
        out.put(',');
        return;
    }
    if (m_processFields.size() <= processId)
        m_processFields.resize(std::size_t(processId) + 1);
    ProcessFields &f = m_processFields[processId];
    if (!f.valid) {
        const ProcessInfo &info = m_processes.info(processId);
        f.fields = encodeField(info.name) + ',' + encodeField(info.executable);
        f.valid = true;
    }
    out.put(f.fields);
}

void CsvWriter::appendRow(Sink &out, const FsEvent &e) const
{
    appendTime(out, e.timeNs);
    out.put(',');
    appendEvents(out, e.mask);
    out.put(',');
    appendPath(out, e.pathId);
    out.put(e.isDir() ? ",1," : ",0,", 3);
    out.number(e.cookie);
    out.put(',');
    if (e.pid >= 0)
        out.number(quint64(e.pid));
    out.put(',');
    appendProcess(out, e.processId);
    out.put(',');
    out.put(CsvFormat::sourceName(e.isSynthesized() ? quint8(FsEvent::Scan) : e.source));
    out.put("\r\n", 2);
}

void CsvWriter::append(QByteArray &out, const FsEvent &event) const
{
    Sink sink(out, 160);
    appendRow(sink, event);
}

void CsvWriter::append(QByteArray &out, const FsEvent *events, qsizetype n) const
{
    // One reservation for the batch (~100 bytes per typical row); the sink grows if names are long.
    Sink sink(out, n * 128);
    for (qsizetype i = 0; i < n; ++i)
        appendRow(sink, events[i]);
}
