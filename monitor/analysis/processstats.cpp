#include "analysis/processstats.h"

#include <algorithm>

void ProcessStats::clear()
{
    m_rows.clear();
    m_rowOfId.clear();
    m_rowOfIdentity.clear();
    m_rowsOfPid.clear();
    m_topRows.clear();
    m_orphansByParentPid.clear();
    m_changes = 0;
    ++m_treeRevision;
}

int ProcessStats::rowOfProcess(ProcessTable::Id id) const
{
    return id < m_rowOfId.size() ? m_rowOfId[id] : -1;
}

void ProcessStats::add(const FsEvent &event, const ProcessTable &processes)
{
    // inotify events carry no process (id 0), and an overflow marker belongs to nobody.
    if (event.processId == ProcessTable::NoProcess || event.isOverflow()
        || event.processId >= processes.size())
        return;
    const int r = ensureRow(event.processId, processes);
    Row &row = m_rows[std::size_t(r)];
    row.latestId = event.processId;
    row.counts.add(event.mask, event.timeNs);
    if (event.pathId != 0)
        row.paths.insert(event.pathId);
    row.lastChange = ++m_changes;
}

int ProcessStats::ensureRow(ProcessTable::Id id, const ProcessTable &processes)
{
    if (id >= m_rowOfId.size())
        m_rowOfId.resize(std::max<std::size_t>(id + 1, m_rowOfId.size() * 2), -1);
    if (m_rowOfId[id] >= 0)
        return m_rowOfId[id];

    const ProcessInfo &info = processes.info(id);
    const QPair<qint32, qint64> identity(info.pid, info.startTimeNs);
    auto known = m_rowOfIdentity.constFind(identity);
    if (known != m_rowOfIdentity.constEnd()) {
        // Same pid and start time under another name or executable: the same process.
        m_rows[std::size_t(*known)].ids.append(id);
        m_rowOfId[id] = *known;
        return *known;
    }

    const int r = int(m_rows.size());
    Row row;
    row.pid = info.pid;
    row.startTimeNs = info.startTimeNs;
    row.parentPid = info.parentPid;
    row.latestId = id;
    row.ids.append(id);
    m_rows.push_back(std::move(row));
    m_rowOfId[id] = r;
    m_rowOfIdentity.insert(identity, r);
    QList<int> &samePid = m_rowsOfPid[info.pid];
    // Keep them by start time, so the parent search finds the newest that started before.
    auto at = std::upper_bound(samePid.begin(), samePid.end(), info.startTimeNs,
                               [this](qint64 t, int other) { return t < m_rows[std::size_t(other)].startTimeNs; });
    samePid.insert(at, r);

    const int parent = parentCandidate(m_rows[std::size_t(r)]);
    if (parent >= 0) {
        link(r, parent);
    } else {
        m_rows[std::size_t(r)].positionInParent = int(m_topRows.size());
        m_topRows.append(r);
        if (info.parentPid > 0)
            m_orphansByParentPid[info.parentPid].append(r);
    }

    // Children seen before this process (top-level rows whose parent pid is ours and that started
    // after us) move under it now. Only the rows waiting for this pid are looked at: a capture
    // of thousands of processes whose parents never touch the tree stays linear.
    bool moved = false;
    auto waiting = m_orphansByParentPid.find(info.pid);
    if (waiting != m_orphansByParentPid.end()) {
        QList<int> &orphans = *waiting;
        for (qsizetype i = 0; i < orphans.size();) {
            const int other = orphans.at(i);
            if (other != r && parentCandidate(m_rows[std::size_t(other)]) == r) {
                m_topRows.removeOne(other);
                link(other, r);
                orphans.removeAt(i);
                moved = true;
            } else {
                ++i;
            }
        }
        if (orphans.isEmpty())
            m_orphansByParentPid.erase(waiting);
    }
    if (moved) {
        for (int i = 0; i < m_topRows.size(); ++i)
            m_rows[std::size_t(m_topRows.at(i))].positionInParent = i;
        ++m_treeRevision;
    }
    return r;
}

int ProcessStats::parentCandidate(const Row &child) const
{
    if (child.parentPid <= 0)
        return -1;
    auto it = m_rowsOfPid.constFind(child.parentPid);
    if (it == m_rowsOfPid.constEnd())
        return -1;
    // The parent is the newest process with that pid that started no later than the child; a
    // process with that pid started afterwards is a reuse of the number, not the parent. An
    // unknown start time (0) cannot tell: then the newest one is the best guess.
    const QList<int> &rows = *it;
    for (auto i = rows.crbegin(); i != rows.crend(); ++i) {
        const Row &candidate = m_rows[std::size_t(*i)];
        if (child.startTimeNs == 0 || candidate.startTimeNs <= child.startTimeNs) {
            const int candidateRow = *i;
            const int childRow = int(&child - m_rows.data());
            // A pid loop (possible only with unknown start times) must not make a cycle.
            if (candidateRow == childRow || isAncestor(childRow, candidateRow))
                return -1;
            return candidateRow;
        }
    }
    return -1;
}

bool ProcessStats::isAncestor(int ancestor, int row) const
{
    for (int r = row; r >= 0; r = m_rows[std::size_t(r)].parentRow) {
        if (r == ancestor)
            return true;
    }
    return false;
}

void ProcessStats::link(int child, int parent)
{
    Row &p = m_rows[std::size_t(parent)];
    m_rows[std::size_t(child)].parentRow = parent;
    m_rows[std::size_t(child)].positionInParent = int(p.children.size());
    p.children.append(child);
}

QList<int> ProcessStats::subtree(int row) const
{
    QList<int> rows{row};
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows.append(m_rows[std::size_t(rows.at(i))].children);
    return rows;
}
