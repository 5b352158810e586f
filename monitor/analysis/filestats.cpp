#include "analysis/filestats.h"

quint64 FileStats::Counts::byKey(quint32 key) const
{
    if (key == 0)
        return total;
    const int index = EventTypeIndex::indexOfBit(key);
    return index < 0 ? 0 : count(index);
}

void FileStats::Counts::add(quint32 mask, qint64 timeNs)
{
    ++total;
    EventTypeIndex::forEach(mask, [this](int i) { ++perType[std::size_t(i)]; });
    if (firstNs == 0 || timeNs < firstNs)
        firstNs = timeNs;
    if (timeNs > lastNs)
        lastNs = timeNs;
}

FileStats::Row FileStats::row(int index) const
{
    const Node &n = m_rows[std::size_t(index)];
    return Row{n.pathId, n.parentRow, n.depth, n.isDir, n.hasOwn, n.own, subtreeCounts(index)};
}

int FileStats::rowOf(PathTable::Id id) const
{
    return id < m_rowOfPath.size() ? m_rowOfPath[id] : -1;
}

int FileStats::ensureRow(PathTable::Id id, const PathTable &paths)
{
    if (id >= m_rowOfPath.size())
        m_rowOfPath.resize(std::max<std::size_t>(paths.size(), std::size_t(id) + 1), -1);
    if (m_rowOfPath[id] >= 0)
        return m_rowOfPath[id];

    int parentRow = -1;
    const PathTable::Id parent = id == PathTable::RootId ? PathTable::NoPath : paths.parent(id);
    if (parent != PathTable::NoPath) {
        parentRow = ensureRow(parent, paths);
        Node &p = m_rows[std::size_t(parentRow)];
        p.isDir = true;
        if (p.subtreeIndex < 0) { // its first child: until now its subtree was itself
            m_subtrees.push_back(p.own);
            p.subtreeIndex = int(m_subtrees.size() - 1);
        }
    }
    Node r;
    r.pathId = id;
    r.parentRow = parentRow;
    r.depth = parentRow < 0 ? 0 : m_rows[std::size_t(parentRow)].depth + 1;
    m_rows.push_back(r);
    const int index = int(m_rows.size() - 1);
    m_rowOfPath[id] = index;
    return index;
}

int FileStats::lowestCommonAncestor(int a, int b) const
{
    while (a >= 0 && b >= 0 && a != b) {
        const int da = m_rows[std::size_t(a)].depth;
        const int db = m_rows[std::size_t(b)].depth;
        if (da >= db)
            a = m_rows[std::size_t(a)].parentRow;
        if (db >= da)
            b = m_rows[std::size_t(b)].parentRow;
    }
    return a == b ? a : -1;
}

void FileStats::add(const FsEvent &event, const PathTable &paths)
{
    // An overflow marker is not an event on a path; it is counted by Session::overflowCount().
    if (event.isOverflow() || event.pathId == PathTable::NoPath)
        return;

    const int index = ensureRow(event.pathId, paths);
    Node &row = m_rows[std::size_t(index)];
    if (!row.hasOwn) {
        row.hasOwn = true;
        m_ownRows.append(index);
        const int parentRow = row.parentRow >= 0 ? row.parentRow : index;
        m_ceilingRow = m_ceilingRow < 0 ? parentRow : lowestCommonAncestor(m_ceilingRow, parentRow);
    }
    if (event.isDir())
        row.isDir = true;
    row.own.add(event.mask, event.timeNs);
    if (row.subtreeIndex >= 0)
        m_subtrees[std::size_t(row.subtreeIndex)].add(event.mask, event.timeNs);
    for (int r = row.parentRow; r >= 0; r = m_rows[std::size_t(r)].parentRow)
        subtreeOf(m_rows[std::size_t(r)]).add(event.mask, event.timeNs);

    m_totals.add(event.mask, event.timeNs);
    if (event.processId >= m_processes.size())
        m_processes.resize(std::size_t(event.processId) + 1);
    m_processes[event.processId].add(event.mask, event.timeNs);
}

void FileStats::add(const FsEvent *events, qsizetype count, const PathTable &paths)
{
    // Grow the path index once per batch rather than on each new path.
    if (m_rowOfPath.size() < paths.size())
        m_rowOfPath.resize(paths.size(), -1);
    for (qsizetype i = 0; i < count; ++i)
        add(events[i], paths);
}

void FileStats::clear()
{
    std::deque<Node>().swap(m_rows); // a deque's clear() keeps a block
    std::deque<Counts>().swap(m_subtrees);
    m_rowOfPath.clear();
    m_ownRows.clear();
    m_processes.clear();
    m_totals = Counts();
    m_ceilingRow = -1;
}

bool FileStats::isUnderRow(int row, int ancestorRow) const
{
    if (ancestorRow < 0)
        return false;
    const int targetDepth = m_rows[std::size_t(ancestorRow)].depth;
    while (row >= 0 && m_rows[std::size_t(row)].depth > targetDepth)
        row = m_rows[std::size_t(row)].parentRow;
    return row == ancestorRow;
}

QList<int> FileStats::aggregateRows() const
{
    QList<int> rows;
    for (int i = 0; i < rowCount(); ++i) {
        if (m_rows[std::size_t(i)].hasOwn || isUnderRow(i, m_ceilingRow))
            rows.append(i);
    }
    return rows;
}

QList<PathTable::Id> FileStats::pathsWithEventsUnder(int row) const
{
    QList<PathTable::Id> ids;
    for (int r : m_ownRows) {
        if (isUnderRow(r, row))
            ids.append(m_rows[std::size_t(r)].pathId);
    }
    return ids;
}
