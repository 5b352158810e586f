#pragma once

#include "analysis/eventtypeindex.h"
#include "core/fsevent.h"
#include "core/pathtable.h"
#include "core/processtable.h"

#include <QList>

#include <array>
#include <deque>
#include <vector>

// Per-path event counts, like inotifywatch(1): a total and one counter per event type, with the
// first and last time the path was seen. Fed incrementally, O(depth) per event and no allocation
// once a path is known, so it keeps up with the engine's bursts (tens of thousands of events/s).
//
// Every path with events gets a row, and so does each of its ancestor directories: a row also
// carries the counts of its whole subtree (its own included), updated on the way up. The parent
// row is cached in the row, so the walk never touches the PathTable after a path's first event.
//
// The counts describe the whole capture: events later dropped from the EventStore by its cap stay
// counted. They are kernel notifications, not operations: inotify merges an event identical to the
// last unread one in the queue (inotify(7)), so ten quick writes may count as one IN_MODIFY.
class FileStats final
{
public:
    struct Counts {
        quint64 total = 0;
        std::array<quint32, EventTypeIndex::kMaxTypes> perType{};
        qint64 firstNs = 0; // 0: never seen
        qint64 lastNs = 0;

        quint32 count(int typeIndex) const { return perType[std::size_t(typeIndex)]; }
        // Counts by a sort key: 0 = total, otherwise one IN_* bit.
        quint64 byKey(quint32 key) const;
        void add(quint32 mask, qint64 timeNs);
    };

    // One row as row() gives it: a small value that looks into the FileStats (valid until the
    // next add() or clear()).
    struct Row {
        PathTable::Id pathId = PathTable::NoPath;
        int parentRow = -1;
        int depth = 0;      // 0 for "/"
        bool isDir = false; // seen with IN_ISDIR, or the parent of another row
        bool hasOwn = false;
        const Counts &own;     // events on this path itself
        const Counts &subtree; // own + every path below it
    };

    FileStats() = default;

    void add(const FsEvent &event, const PathTable &paths);
    void add(const FsEvent *events, qsizetype count, const PathTable &paths);
    void clear();

    int rowCount() const { return int(m_rows.size()); }
    Row row(int index) const;
    // One row's counts without the rest of it (a sort compares them millions of times).
    const Counts &ownCounts(int index) const { return m_rows[std::size_t(index)].own; }
    const Counts &subtreeCounts(int index) const
    {
        const Node &n = m_rows[std::size_t(index)];
        return n.subtreeIndex < 0 ? n.own : m_subtrees[std::size_t(n.subtreeIndex)];
    }
    int rowOf(PathTable::Id id) const; // -1 when the path has no row

    // Rows with events of their own, in the order of their first event (append-only).
    const QList<int> &ownRows() const { return m_ownRows; }

    // Rows shown when directories are aggregated: every row with events of its own, plus the
    // directories from the lowest common ancestor of the event paths' parents downwards (usually
    // the watched root), so "/" and "/home" do not crowd the table. Computed on demand, O(rows).
    QList<int> aggregateRows() const;
    int ceilingRow() const { return m_ceilingRow; }
    bool isUnderRow(int row, int ancestorRow) const;

    // Path ids with events of their own in the subtree of `row` (itself included).
    QList<PathTable::Id> pathsWithEventsUnder(int row) const;

    const Counts &totals() const { return m_totals; }

    // Grouping by process (fanotify fills ProcessTable; inotify events all have process 0).
    int processCount() const { return int(m_processes.size()); }
    const Counts &processCounts(ProcessTable::Id id) const { return m_processes[std::size_t(id)]; }

private:
    // A row as stored. A path without rows below it (nearly every one: the files) has no counts
    // of its own subtree, they are its own counts; a parent gets them when its first child row
    // comes. Deques: 200,000 paths grow without copying every row at each doubling.
    struct Node {
        PathTable::Id pathId = PathTable::NoPath;
        int parentRow = -1;
        int depth = 0;
        int subtreeIndex = -1; // in m_subtrees, -1: a leaf (subtree == own)
        bool isDir = false;
        bool hasOwn = false;
        Counts own;
    };

    int ensureRow(PathTable::Id id, const PathTable &paths);
    int lowestCommonAncestor(int a, int b) const;
    Counts &subtreeOf(Node &node)
    {
        return node.subtreeIndex < 0 ? node.own : m_subtrees[std::size_t(node.subtreeIndex)];
    }

    std::deque<Node> m_rows;
    std::deque<Counts> m_subtrees;
    std::vector<int> m_rowOfPath; // indexed by path id, -1 = none
    QList<int> m_ownRows;
    std::vector<Counts> m_processes;
    Counts m_totals;
    int m_ceilingRow = -1;
};
