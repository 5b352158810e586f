#include "analysis/statsmodel.h"

#include "core/session.h"
#include "analysis/sessionstats.h"
#include "text/rulestext.h"

#include <QSet>

StatsModel::StatsModel(const SessionStats *stats, QObject *parent)
    : QAbstractTableModel(parent)
    , m_stats(stats)
{
    connect(stats, &SessionStats::reset, this, &StatsModel::resetFromSource);
    resetFromSource();
}

void StatsModel::setAggregate(bool aggregate)
{
    if (m_aggregate == aggregate)
        return;
    m_aggregate = aggregate;
    resetFromSource();
}

void StatsModel::setGrouping(Grouping grouping)
{
    if (m_grouping == grouping)
        return;
    m_grouping = grouping;
    resetFromSource();
}

QList<int> StatsModel::currentRows() const
{
    if (!m_stats || !m_stats->session())
        return {};
    const FileStats &files = m_stats->files();
    if (m_grouping == ByProcess) {
        QList<int> rows;
        for (int id = 0; id < files.processCount(); ++id) {
            if (files.processCounts(ProcessTable::Id(id)).total > 0)
                rows.append(id);
        }
        return rows;
    }
    return m_aggregate ? files.aggregateRows() : files.ownRows();
}

void StatsModel::resetFromSource()
{
    beginResetModel();
    m_rows = currentRows();
    endResetModel();
}

void StatsModel::refresh()
{
    QList<int> rows = currentRows();
    const int old = int(m_rows.size());
    // Rows are append-only while nothing is reset, except when aggregating (the common parent
    // can move up) and for processes (a process id gets its first event late): then reset.
    const bool grown = rows.size() >= old && std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin());
    if (!grown) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    if (rows.size() > old) {
        beginInsertRows({}, old, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    }
    if (old > 0)
        Q_EMIT dataChanged(index(0, TotalColumn), index(old - 1, columnCount() - 1));
}

QSet<quint32> StatsModel::pathIdsForRow(int row) const
{
    QSet<quint32> ids;
    if (!m_stats || row < 0 || row >= m_rows.size() || m_grouping != ByFile)
        return ids;
    const FileStats &files = m_stats->files();
    const int r = m_rows.at(row);
    if (m_aggregate) {
        for (quint32 id : files.pathsWithEventsUnder(r))
            ids.insert(id);
    } else {
        ids.insert(files.row(r).pathId);
    }
    return ids;
}

int StatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : lastSeenColumn() + 1;
}

const FileStats::Counts &StatsModel::countsOf(int row) const
{
    const FileStats &files = m_stats->files();
    const int r = m_rows.at(row);
    if (m_grouping == ByProcess)
        return files.processCounts(ProcessTable::Id(r));
    return m_aggregate ? files.subtreeCounts(r) : files.ownCounts(r);
}

quint64 StatsModel::sortKey(int row, int column) const
{
    return m_countColumns.sortKey(countsOf(row), column);
}

QVariant StatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_stats || !m_stats->session())
        return {};
    const FileStats &files = m_stats->files();
    const Session *session = m_stats->session();
    const int r = m_rows.at(index.row());
    const bool byFile = m_grouping == ByFile;
    const int col = index.column();

    if (role == PathIdRole)
        return byFile ? QVariant::fromValue(files.row(r).pathId) : QVariant::fromValue(0u);
    if (role == ProcessIdRole)
        return byFile ? QVariant::fromValue(0u) : QVariant::fromValue(quint32(r));

    if (col == NameColumn) {
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
            return {};
        if (!byFile) {
            if (r == 0)
                return tr("Unknown process (inotify does not report processes)");
            const ProcessInfo &info = session->processes().info(ProcessTable::Id(r));
            if (role == Qt::ToolTipRole)
                return info.executable.isEmpty() ? info.displayName() : info.displayExecutable();
            return tr("%1 (pid %2)").arg(info.displayName()).arg(info.pid);
        }
        const FileStats::Row row = files.row(r);
        QString path = session->paths().displayPath(row.pathId);
        if (row.isDir && !path.endsWith(u'/'))
            path += u'/';
        return path;
    }
    return m_countColumns.data(countsOf(index.row()), col, role);
}

QVariant StatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section != NameColumn)
        return m_countColumns.headerData(section, role);
    if (role == Qt::DisplayRole)
        return RulesText::column(m_grouping == ByFile ? FilterRule::Column::Path
                                                      : FilterRule::Column::Process);
    if (role == Qt::ToolTipRole)
        return m_aggregate ? tr("Folders count every event in their subtree.") : QVariant();
    return {};
}
