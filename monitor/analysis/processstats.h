#pragma once

#include "analysis/filestats.h"
#include "core/fsevent.h"
#include "core/processtable.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

// One row per process seen, for the Processes view: counts per event type, first and last seen,
// the files it touched, and its place in a tree by parent pid.
//
// A process is its pid *and* start time, so a reused pid is a new row. ProcessTable interns every
// identity it is told, so one process can have several ids (it renamed itself, or exec'd another
// program: the pid and start time stay, name and executable change); they share one row, which
// shows the latest of them.
//
// Fed incrementally, O(1) per event once a process id is known (a hash insert for the path), so
// it keeps up with the capture. Rows are append-only in the order of each process's first event.
// A parent is linked when it is seen: a child seen before its parent is re-linked then, which
// moves rows, so treeRevision() changes and a view must reset (rare: a process' first file event
// usually comes after its parent's, if the parent touches the tree at all).
class ProcessStats final
{
public:
    struct Row {
        qint32 pid = -1;
        qint64 startTimeNs = 0;           // 0: unknown (then pid alone is the identity)
        qint32 parentPid = -1;
        ProcessTable::Id latestId = 0;    // the identity shown (the last one an event carried)
        QList<ProcessTable::Id> ids;      // every identity of this process, oldest first
        int parentRow = -1;               // -1: top level (parent not seen)
        int positionInParent = 0;         // index in the parent's children (or the top level)
        QList<int> children;
        FileStats::Counts counts;
        QSet<quint32> paths;              // path ids touched
        quint64 lastChange = 0;           // changeCount() when an event last counted here
    };

    void add(const FsEvent &event, const ProcessTable &processes);
    void clear();

    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows[std::size_t(index)]; }
    // The row of a ProcessTable id, -1 when no event of it was seen (or id 0, "unknown").
    int rowOfProcess(ProcessTable::Id id) const;

    const QList<int> &topRows() const { return m_topRows; }
    const QList<int> &childrenOf(int row) const { return row < 0 ? m_topRows : m_rows[std::size_t(row)].children; }

    // `row` and every row below it in the tree, parents before children.
    QList<int> subtree(int row) const;

    // Grows by one per counted event: a view remembers it to find the rows that changed since.
    quint64 changeCount() const { return m_changes; }
    // Changes when rows moved in the tree (a parent seen after its child) or were cleared.
    quint64 treeRevision() const { return m_treeRevision; }

private:
    int ensureRow(ProcessTable::Id id, const ProcessTable &processes);
    void link(int child, int parent);
    bool isAncestor(int ancestor, int row) const;
    int parentCandidate(const Row &child) const;

    std::vector<Row> m_rows;
    std::vector<int> m_rowOfId;                 // indexed by ProcessTable id, -1 = none
    QHash<QPair<qint32, qint64>, int> m_rowOfIdentity;
    QHash<qint32, QList<int>> m_rowsOfPid;      // every row with that pid, oldest start first
    QList<int> m_topRows;
    QHash<qint32, QList<int>> m_orphansByParentPid; // top-level rows by the parent pid they wait for
    quint64 m_changes = 0;
    quint64 m_treeRevision = 0;
};
