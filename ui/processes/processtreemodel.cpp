#include "processes/processtreemodel.h"

#include "analysis/sessionstats.h"
#include "core/session.h"
#include "text/rulestext.h"
#include "text/timetext.h"

ProcessTreeModel::ProcessTreeModel(const SessionStats *stats, QObject *parent)
    : QAbstractItemModel(parent)
    , m_stats(stats)
{
    connect(stats, &SessionStats::reset, this, &ProcessTreeModel::resetFromSource);
    resetFromSource();
}

void ProcessTreeModel::resetFromSource()
{
    beginResetModel();
    const bool bound = m_stats && m_stats->session();
    const ProcessStats *p = bound ? &m_stats->processes() : nullptr;
    m_known = p ? p->rowCount() : 0;
    m_shownChildren.assign(std::size_t(m_known), 0);
    for (int r = 0; r < m_known; ++r)
        m_shownChildren[std::size_t(r)] = int(p->childrenOf(r).size());
    m_shownTop = p ? int(p->topRows().size()) : 0;
    m_seenChanges = p ? p->changeCount() : 0;
    m_treeRevision = p ? p->treeRevision() : 0;
    endResetModel();
}

void ProcessTreeModel::refresh()
{
    if (!m_stats || !m_stats->session()) {
        if (m_known > 0)
            resetFromSource();
        return;
    }
    const ProcessStats &p = m_stats->processes();
    if (p.treeRevision() != m_treeRevision || p.rowCount() < m_known) {
        resetFromSource();
        return;
    }
    // A new row is always appended to its parent's children (or the top level), and its parent
    // is older: announcing rows in order of creation keeps every position valid.
    for (int r = m_known; r < p.rowCount(); ++r) {
        const int parent = p.row(r).parentRow;
        int &shown = parent < 0 ? m_shownTop : m_shownChildren[std::size_t(parent)];
        Q_ASSERT(p.childrenOf(parent).value(shown, -1) == r);
        beginInsertRows(parent < 0 ? QModelIndex() : indexOfRow(parent), shown, shown);
        ++shown;
        m_shownChildren.push_back(0);
        m_known = r + 1;
        endInsertRows();
    }
    const int last = columnCount() - 1;
    for (int r = 0; r < m_known; ++r) {
        if (p.row(r).lastChange > m_seenChanges)
            Q_EMIT dataChanged(indexOfRow(r, NameColumn), indexOfRow(r, last));
    }
    m_seenChanges = p.changeCount();
}

int ProcessTreeModel::shownChildren(int statsRow) const
{
    return statsRow < 0 ? m_shownTop : m_shownChildren[std::size_t(statsRow)];
}

QModelIndex ProcessTreeModel::indexOfRow(int statsRow, int column) const
{
    if (statsRow < 0 || statsRow >= m_known)
        return {};
    return createIndex(m_stats->processes().row(statsRow).positionInParent, column,
                       quintptr(statsRow));
}

QModelIndex ProcessTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentRow = parent.isValid() ? statsRow(parent) : -1;
    return createIndex(row, column, quintptr(m_stats->processes().childrenOf(parentRow).at(row)));
}

QModelIndex ProcessTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfRow(m_stats->processes().row(statsRow(child)).parentRow);
}

int ProcessTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return shownChildren(parent.isValid() ? statsRow(parent) : -1);
}

int ProcessTreeModel::columnCount(const QModelIndex &) const
{
    return commandLineColumn() + 1;
}

QVariant ProcessTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_stats || !m_stats->session())
        return {};
    const int r = statsRow(index);
    if (role == RowRole)
        return r;
    const ProcessStats::Row &row = m_stats->processes().row(r);
    const int col = index.column();
    if (m_countColumns.contains(col))
        return m_countColumns.data(row.counts, col, role);
    const ProcessInfo &info = m_stats->session()->processes().info(row.latestId);

    if (role == Qt::ToolTipRole) {
        if (col == NameColumn || col == executableColumn())
            return info.displayExecutable();
        if (col == commandLineColumn())
            return info.displayCommandLine();
        if (col == PidColumn && row.startTimeNs > 0)
            return tr("Started %1").arg(TimeText::dateTime(row.startTimeNs));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const bool text = col == NameColumn || col == UserColumn || col >= executableColumn();
        return text ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};

    if (col == NameColumn) {
        // A process that exec'd shows every program it was, in order ("bash → rm"): its first
        // name is how the user knows it, the last one is what did the latest events.
        QStringList names;
        for (ProcessTable::Id id : row.ids) {
            const QString name = m_stats->session()->processes().info(id).displayName();
            if (names.isEmpty() || names.constLast() != name)
                names.append(name);
        }
        return names.join(QStringLiteral(" \u2192 "));
    }
    if (col == PidColumn)
        return row.pid;
    if (col == ParentPidColumn)
        return row.parentPid > 0 ? QVariant(row.parentPid) : QVariant();
    if (col == UserColumn)
        return info.displayUser();
    if (col == FilesColumn)
        return QVariant::fromValue(qulonglong(row.paths.size()));
    if (col == executableColumn())
        return info.displayExecutable();
    return info.displayCommandLine();
}

QVariant ProcessTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractItemModel::headerData(section, orientation, role);
    if (m_countColumns.contains(section))
        return m_countColumns.headerData(section, role);
    if (role == Qt::ToolTipRole) {
        if (section == FilesColumn)
            return tr("How many different paths the process touched");
        if (section == PidColumn)
            return tr("A process is its PID and its start time: a reused PID is a new row.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    using Column = FilterRule::Column;
    switch (section) {
    case NameColumn: return RulesText::column(Column::Process);
    case PidColumn: return RulesText::column(Column::Pid);
    case ParentPidColumn: return RulesText::column(Column::ParentPid);
    case UserColumn: return RulesText::column(Column::User);
    case FilesColumn: return tr("Files");
    default: break;
    }
    return RulesText::column(section == executableColumn() ? Column::Executable : Column::CommandLine);
}
