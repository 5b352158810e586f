#pragma once

#include "core/fsevent.h"
#include "core/processtable.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <limits>
#include <vector>

class PathTable;
class ProcessTable;

// Formats events as JSON Lines (docs/session-format.md, "JSON Lines"): one object per line, with
// Elastic Common Schema field names where ECS has them (@timestamp, event.*, file.*, process.*,
// user.id) and fsnoop's own under "fsnoop", so `record --format jsonl` can feed Vector, Fluent
// Bit, Elastic or OpenSearch as it is.
//
// Text fields keep fsnoop's CSV byte escape (CsvEscape): a name that is not UTF-8 becomes
// "\xHH" text, a backslash "\\", then JSON escaping applies on top. So every line is valid UTF-8
// JSON and the exact bytes can still be recovered.
//
// A MOVED_TO names its MOVED_FROM (fsnoop.rename.source), also when the halves came in two
// append() calls (the last kRecentMoves moves out are remembered); a MOVED_FROM names its
// MOVED_TO (fsnoop.rename.target) when both are in the same call, which is how the engine
// delivers them — a line is written once, so a later half cannot be added to it.
//
// Not thread-safe (caches); the tables must outlive the writer and may keep growing.
class JsonlWriter final
{
public:
    JsonlWriter(const PathTable &paths, const ProcessTable &processes);

    void append(QByteArray &out, const FsEvent *events, qsizetype n) const;
    void append(QByteArray &out, const FsEventBatch &batch) const
    {
        append(out, batch.constData(), batch.size());
    }

    // "2026-11-22T07:12:36.123456789Z": UTC, nanoseconds, as ECS's @timestamp wants.
    static QByteArray formatTimestamp(qint64 timeNs);
    // `raw` as a JSON string literal (with quotes), through the CSV byte escape.
    static void appendString(QByteArray &out, QByteArrayView raw);
    static QByteArray processFields(const ProcessInfo &process);

    static constexpr int kRecentMoves = 8;

private:
    quint32 moveSource(const FsEvent *events, qsizetype i) const;
    void appendEvent(QByteArray &out, const FsEvent &e, quint32 renamePeer, bool peerIsTarget) const;
    const QByteArray &directoryJson(quint32 dirId) const;
    void appendTimestamp(QByteArray &out, qint64 timeNs) const;

    const PathTable &m_paths;
    const ProcessTable &m_processes;
    mutable qint64 m_second = std::numeric_limits<qint64>::min();
    mutable QByteArray m_secondPrefix;                 // "YYYY-MM-DDTHH:MM:SS."
    mutable QHash<quint32, QByteArray> m_directories;  // dir id -> escaped path, no quotes
    mutable QHash<quint32, QByteArray> m_masks;        // mask -> event fields
    mutable std::vector<QByteArray> m_processFields;   // process id -> ",\"name\":...", once
    struct Move {
        quint32 cookie = 0;
        quint32 pathId = 0;
    };
    mutable std::array<Move, kRecentMoves> m_recentMoves{}; // the last MOVED_FROMs, a ring
    mutable std::size_t m_nextMove = 0;
};
