#include "io/jsonlwriter.h"

#include "core/eventnames.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "io/csvescape.h"
#include "io/csvformat.h"
#include "io/isotime.h"

#include <QFile>

#include <cstdio>
#include <ctime>

#include <sys/inotify.h>

namespace {

constexpr qsizetype kMaxCachedDirectories = 1 << 16;
// How far apart the two halves of a rename may be in one batch to be paired here. The kernel
// queues them back to back; our own synthesized rows never come between them.
constexpr qsizetype kRenameWindow = 8;

// JSON escaping (RFC 8259 section 7) of text that is already valid UTF-8.
void appendJsonEscaped(QByteArray &out, QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out.append(buf, 6);
        } else {
            out.append(c);
        }
    }
}

// ECS event.type for an inotify mask (https://www.elastic.co/guide/en/ecs/current/
// ecs-allowed-values-event-type.html): creation, deletion, change (renames are changes of
// name), access; an overflow marker is info.
const char *ecsType(quint32 mask)
{
    if (mask & IN_Q_OVERFLOW)
        return "info";
    if (mask & IN_CREATE)
        return "creation";
    if (mask & (IN_DELETE | IN_DELETE_SELF))
        return "deletion";
    if (mask & (IN_ACCESS | IN_OPEN | IN_CLOSE_NOWRITE))
        return "access";
    return "change";
}

QByteArray lower(const char *name)
{
    return QByteArray(name).toLower();
}

// "YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ"; the date-and-second prefix is formatted (gmtime_r(3)) once
// per second of events and kept in *second / *prefix.
void appendUtcTimestamp(QByteArray &out, qint64 timeNs, qint64 *second, QByteArray *prefix)
{
    qint64 s = 0;
    qint64 ns = IsoTime::splitNs(timeNs, &s);
    if (s != *second) {
        const time_t t = time_t(s);
        struct tm tm {};
        gmtime_r(&t, &tm);
        *prefix = IsoTime::secondPrefix(tm);
        *second = s;
    }
    out.append(*prefix);
    char digits[10];
    for (int i = 8; i >= 0; --i) {
        digits[i] = char('0' + ns % 10);
        ns /= 10;
    }
    digits[9] = 'Z';
    out.append(digits, 10);
}

} // namespace

JsonlWriter::JsonlWriter(const PathTable &paths, const ProcessTable &processes)
    : m_paths(paths)
    , m_processes(processes)
{
}

void JsonlWriter::appendString(QByteArray &out, QByteArrayView raw)
{
    out.append('"');
    if (CsvEscape::isPlain(raw)) {
        appendJsonEscaped(out, raw); // may still hold '"'
    } else {
        QByteArray escaped;
        CsvEscape::append(escaped, raw);
        appendJsonEscaped(out, escaped);
    }
    out.append('"');
}

QByteArray JsonlWriter::formatTimestamp(qint64 timeNs)
{
    qint64 second = std::numeric_limits<qint64>::min();
    QByteArray prefix, out;
    appendUtcTimestamp(out, timeNs, &second, &prefix);
    return out;
}

void JsonlWriter::appendTimestamp(QByteArray &out, qint64 timeNs) const
{
    appendUtcTimestamp(out, timeNs, &m_second, &m_secondPrefix);
}

const QByteArray &JsonlWriter::directoryJson(quint32 dirId) const
{
    auto it = m_directories.constFind(dirId);
    if (it != m_directories.constEnd())
        return *it;
    if (m_directories.size() >= kMaxCachedDirectories)
        m_directories.clear();
    QByteArray s;
    appendString(s, m_paths.path(dirId));
    return *m_directories.insert(dirId, s.mid(1, s.size() - 2)); // without the quotes
}

QByteArray JsonlWriter::processFields(const ProcessInfo &p)
{
    // The rest of ECS's process object (process.name, .executable, .command_line, .parent.pid),
    // its closing brace, then user.id / user.name: all known per process, so built once.
    QByteArray fields(""); // not null: known, possibly empty
    if (!p.name.isEmpty()) {
        fields.append(",\"name\":");
        appendString(fields, p.name);
    }
    if (!p.executable.isEmpty()) {
        fields.append(",\"executable\":");
        appendString(fields, p.executable);
    }
    if (!p.commandLine.isEmpty()) {
        // ECS wants one string where /proc/PID/cmdline has NUL-separated arguments.
        fields.append(",\"command_line\":");
        appendString(fields, p.spacedCommandLine());
    }
    if (p.parentPid >= 0)
        fields.append(",\"parent\":{\"pid\":" + QByteArray::number(p.parentPid) + '}');
    fields.append('}');
    if (p.uid != ProcessInfo::NoUid) {
        // ECS user.id is a keyword: the uid as a string.
        fields.append(",\"user\":{\"id\":\"" + QByteArray::number(p.uid) + '"');
        if (!p.userName.isEmpty()) {
            fields.append(",\"name\":");
            appendString(fields, p.userName);
        }
        fields.append('}');
    }
    return fields;
}

void JsonlWriter::appendEvent(QByteArray &out, const FsEvent &e, quint32 renamePeer,
                              bool peerIsTarget) const
{
    out.append("{\"@timestamp\":\"");
    appendTimestamp(out, e.timeNs);

    auto mit = m_masks.constFind(e.mask);
    if (mit == m_masks.constEnd()) {
        // "event":{...} for this mask, built once.
        QByteArray f = ",\"event\":{\"kind\":\"";
        f += (e.mask & IN_Q_OVERFLOW) ? "alert" : "event";
        f += "\",\"action\":\"";
        f += (e.mask & IN_Q_OVERFLOW) ? QByteArray("overflow") : lower(EventNames::primaryName(e.mask));
        f += "\",\"type\":[\"";
        f += ecsType(e.mask);
        f += "\"],\"category\":[\"file\"]}";
        mit = m_masks.insert(e.mask, f);
    }
    out.append("\"");
    out.append(*mit);

    if (e.pathId != PathTable::NoPath) {
        out.append(",\"file\":{\"path\":\"");
        if (e.pathId == PathTable::RootId) {
            out.append("/\",\"name\":\"\",\"directory\":\"/\"");
        } else {
            const quint32 parent = m_paths.parent(e.pathId);
            const QByteArray &dir = parent == PathTable::RootId ? QByteArray() : directoryJson(parent);
            out.append(dir);
            out.append('/');
            QByteArray name;
            appendString(name, m_paths.name(e.pathId));
            out.append(name.constData() + 1, name.size() - 2);
            out.append("\",\"name\":");
            out.append(name);
            out.append(",\"directory\":\"");
            out.append(dir.isEmpty() ? QByteArray("/") : dir);
            out.append('"');
        }
        out.append(e.isDir() ? ",\"type\":\"dir\"}" : ",\"type\":\"file\"}");
    }

    if (e.pid >= 0 || e.processId != ProcessTable::NoProcess) {
        out.append(",\"process\":{\"pid\":");
        out.append(QByteArray::number(e.pid));
        if (e.processId != ProcessTable::NoProcess && e.processId < m_processes.size()) {
            // A process's fields are escaped once: a busy process touches thousands of files.
            if (m_processFields.size() <= e.processId)
                m_processFields.resize(std::size_t(e.processId) + 1);
            QByteArray &fields = m_processFields[e.processId];
            if (fields.isNull())
                fields = processFields(m_processes.info(e.processId));
            out.append(fields); // ends the process object, and adds the user's
        } else {
            out.append('}');
        }
    }

    out.append(",\"fsnoop\":{\"events\":\"");
    out.append(EventNames::join(e.mask));
    out.append("\",\"cookie\":");
    out.append(QByteArray::number(e.cookie));
    out.append(",\"source\":\"");
    out.append(CsvFormat::sourceName(e.isSynthesized() ? quint8(FsEvent::Scan) : e.source));
    out.append('"');
    if (renamePeer != PathTable::NoPath) {
        out.append(peerIsTarget ? ",\"rename\":{\"target\":" : ",\"rename\":{\"source\":");
        appendString(out, m_paths.path(renamePeer));
        out.append('}');
    }
    out.append("}}\n");
}

void JsonlWriter::append(QByteArray &out, const FsEvent *events, qsizetype n) const
{
    out.reserve(out.size() + n * 320);
    for (qsizetype i = 0; i < n; ++i) {
        const FsEvent &e = events[i];
        quint32 peer = PathTable::NoPath;
        bool peerIsTarget = false;
        if (e.cookie != 0 && (e.mask & IN_MOVED_FROM)) {
            for (qsizetype j = i + 1; j < qMin(n, i + kRenameWindow); ++j) {
                if (events[j].cookie == e.cookie && (events[j].mask & IN_MOVED_TO)) {
                    peer = events[j].pathId;
                    peerIsTarget = true;
                    break;
                }
            }
            m_recentMoves[m_nextMove++ % m_recentMoves.size()] = {e.cookie, e.pathId};
        } else if (e.cookie != 0 && (e.mask & IN_MOVED_TO)) {
            peer = moveSource(events, i);
        }
        appendEvent(out, e, peer, peerIsTarget);
    }
}

quint32 JsonlWriter::moveSource(const FsEvent *events, qsizetype i) const
{
    const quint32 cookie = events[i].cookie;
    for (qsizetype j = i - 1; j >= qMax<qsizetype>(0, i - kRenameWindow); --j) {
        if (events[j].cookie == cookie && (events[j].mask & IN_MOVED_FROM))
            return events[j].pathId;
    }
    // The MOVED_FROM may have ended the previous call (a batch boundary between the halves).
    for (const Move &m : m_recentMoves) {
        if (m.cookie == cookie)
            return m.pathId;
    }
    return PathTable::NoPath;
}
