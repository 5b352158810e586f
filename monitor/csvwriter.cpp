#include "csvwriter.h"

#include "csvescape.h"
#include "eventnames.h"
#include "pathtable.h"
#include "processtable.h"

#include <cstdio>
#include <cstring>
#include <ctime>

namespace {

constexpr qsizetype kMaxCachedDirectories = 1 << 16;

// Appends an unsigned decimal number without going through QByteArray::number's allocation.
inline void appendNumber(QByteArray &out, quint64 v)
{
    char buf[20];
    int pos = sizeof buf;
    do {
        buf[--pos] = char('0' + v % 10);
        v /= 10;
    } while (v);
    out.append(buf + pos, qsizetype(sizeof buf) - pos);
}

// Appends `escaped` as one RFC 4180 field: quoted, with inner quotes doubled, when asked.
void appendQuoted(QByteArray &out, QByteArrayView escaped)
{
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == '"') {
            out.append(escaped.data() + start, i + 1 - start);
            out.append('"');
            start = i + 1;
        }
    }
    out.append(escaped.data() + start, escaped.size() - start);
    out.append('"');
}

void appendField(QByteArray &out, QByteArrayView raw)
{
    if (CsvEscape::isPlain(raw)) {
        out.append(raw);
        return;
    }
    QByteArray escaped;
    if (CsvEscape::append(escaped, raw))
        appendQuoted(out, escaped);
    else
        out.append(escaped);
}

const char *sourceName(quint8 source)
{
    switch (source) {
    case FsEvent::Scan:
        return ",scan\r\n";
    case FsEvent::Fanotify:
        return ",fanotify\r\n";
    default:
        return ",inotify\r\n";
    }
}

// Floor division, so times before 1970 still get a positive fraction. Returns the microseconds.
quint32 splitTime(qint64 timeNs, qint64 *second)
{
    qint64 s = timeNs / 1000000000;
    qint64 ns = timeNs % 1000000000;
    if (ns < 0) {
        ns += 1000000000;
        --s;
    }
    *second = s;
    return quint32(ns / 1000);
}

// "YYYY-MM-DDTHH:MM:SS." and "+HH:MM" in local time. tm_gmtoff is the offset in force at that
// instant, so a DST change inside a capture is written right.
void formatSecond(qint64 second, QByteArray *prefix, QByteArray *offset)
{
    const time_t t = time_t(second);
    struct tm tm {};
    localtime_r(&t, &tm);
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.",
                                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                                tm.tm_min, tm.tm_sec);
    *prefix = QByteArray(buf, n);
    long off = tm.tm_gmtoff;
    const char sign = off < 0 ? '-' : '+';
    if (off < 0)
        off = -off;
    const int m = std::snprintf(buf, sizeof buf, "%c%02ld:%02ld", sign, off / 3600,
                                (off % 3600) / 60);
    *offset = QByteArray(buf, m);
}

inline void appendMicroseconds(QByteArray &out, quint32 us)
{
    char digits[6];
    for (int i = 5; i >= 0; --i) {
        digits[i] = char('0' + us % 10);
        us /= 10;
    }
    out.append(digits, 6);
}

} // namespace

CsvWriter::CsvWriter(const PathTable &paths, const ProcessTable &processes)
    : m_paths(paths)
    , m_processes(processes)
{
}

QByteArray CsvWriter::header()
{
    return QByteArrayLiteral("time,events,path,is_dir,cookie,pid,process,executable,source\r\n");
}

QByteArray CsvWriter::formatTime(qint64 timeNs)
{
    QByteArray out;
    qint64 second = 0;
    QByteArray prefix, offset;
    const quint32 us = splitTime(timeNs, &second);
    formatSecond(second, &prefix, &offset);
    out.append(prefix);
    appendMicroseconds(out, us);
    out.append(offset);
    return out;
}

void CsvWriter::appendTime(QByteArray &out, qint64 timeNs) const
{
    qint64 second = 0;
    const quint32 us = splitTime(timeNs, &second);
    if (second != m_second) {
        // localtime_r(3) once per second of events, not once per event.
        formatSecond(second, &m_secondPrefix, &m_offset);
        m_second = second;
    }
    out.append(m_secondPrefix);
    appendMicroseconds(out, us);
    out.append(m_offset);
}

void CsvWriter::appendEvents(QByteArray &out, quint32 mask) const
{
    auto it = m_eventNames.constFind(mask);
    if (it == m_eventNames.constEnd())
        it = m_eventNames.insert(mask, EventNames::join(mask));
    out.append(*it); // names are upper-case letters, '_' and '|': never quoted
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

void CsvWriter::appendPath(QByteArray &out, quint32 pathId) const
{
    if (pathId == PathTable::NoPath)
        return;
    if (pathId == PathTable::RootId) {
        out.append('/');
        return;
    }
    const Encoded &dir = directory(m_paths.parent(pathId));
    const QByteArrayView name = m_paths.name(pathId);
    if (!dir.needsQuotes && CsvEscape::isPlain(name)) {
        // The common case: one copy of the cached directory, one of the name.
        out.append(dir.bytes);
        out.append('/');
        out.append(name);
        return;
    }
    QByteArray escaped = dir.bytes;
    escaped.append('/');
    const bool nameQuotes = CsvEscape::append(escaped, name);
    if (dir.needsQuotes || nameQuotes)
        appendQuoted(out, escaped);
    else
        out.append(escaped);
}

void CsvWriter::appendProcess(QByteArray &out, quint32 processId) const
{
    if (processId == ProcessTable::NoProcess || processId >= m_processes.size()) {
        out.append(',');
        return;
    }
    if (m_processFields.size() <= processId)
        m_processFields.resize(std::size_t(processId) + 1);
    ProcessFields &f = m_processFields[processId];
    if (!f.valid) {
        const ProcessInfo &info = m_processes.info(processId);
        appendField(f.fields, info.name.toUtf8());
        f.fields.append(',');
        appendField(f.fields, info.executable.toUtf8());
        f.valid = true;
    }
    out.append(f.fields);
}

void CsvWriter::append(QByteArray &out, const FsEvent &e) const
{
    appendTime(out, e.timeNs);
    out.append(',');
    appendEvents(out, e.mask);
    out.append(',');
    appendPath(out, e.pathId);
    out.append(e.isDir() ? ",1," : ",0,", 3);
    appendNumber(out, e.cookie);
    out.append(',');
    if (e.pid >= 0)
        appendNumber(out, quint64(e.pid));
    out.append(',');
    appendProcess(out, e.processId);
    out.append(sourceName(e.isSynthesized() ? quint8(FsEvent::Scan) : e.source));
}

void CsvWriter::append(QByteArray &out, const FsEvent *events, qsizetype n) const
{
    // One reservation for the batch: ~100 bytes per typical row.
    out.reserve(out.size() + n * 112);
    for (qsizetype i = 0; i < n; ++i)
        append(out, events[i]);
}
