#include "analysis/statsmodel.h"

#include "analysis/eventtypeindex.h"
#include "core/session.h"
#include "analysis/sessionstats.h"
#include "text/timetext.h"

#include <QSet>

namespace {
// The time of day to the millisecond in the cell (the full date is in the tooltip); a row that
// saw no event yet has no time.
QString timeCell(qint64 ns)
{
    return ns > 0 ? TimeText::timeOfDay(ns) : QString();
}
} // namespace

StatsModel::StatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatsModel::setSource(const SessionStats *stats)
{
    m_stats = stats;
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

int StatsModel::firstSeenColumn() const
{
    return FirstTypeColumn + EventTypeIndex::count();
}

int StatsModel::lastSeenColumn() const
{
    return firstSeenColumn() + 1;
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
    const FileStats::Counts &c = countsOf(row);
    // Times are signed: the sign bit flipped, they order as unsigned numbers.
    constexpr quint64 kSign = quint64(1) << 63;
    if (column == TotalColumn)
        return c.total;
    if (column == firstSeenColumn())
        return quint64(c.firstNs) ^ kSign;
    if (column == lastSeenColumn())
        return quint64(c.lastNs) ^ kSign;
    return c.count(column - FirstTypeColumn);
}

QVariant StatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_stats || !m_stats->session())
        return {};
    const FileStats &files = m_stats->files();
    const Session *session = m_stats->session();
    const int r = m_rows.at(index.row());
    const bool byFile = m_grouping == ByFile;
    const FileStats::Counts &counts = countsOf(index.row());
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

    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (col == firstSeenColumn() || col == lastSeenColumn()))
        return TimeText::dateTime(col == firstSeenColumn() ? counts.firstNs : counts.lastNs);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    if (col == TotalColumn)
        return QVariant::fromValue(qulonglong(counts.total));
    if (col == firstSeenColumn())
        return sort ? QVariant::fromValue(counts.firstNs) : QVariant(timeCell(counts.firstNs));
    if (col == lastSeenColumn())
        return sort ? QVariant::fromValue(counts.lastNs) : QVariant(timeCell(counts.lastNs));
    return QVariant::fromValue(qulonglong(counts.count(col - FirstTypeColumn)));
}

QVariant StatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == NameColumn)
            return m_grouping == ByFile ? tr("Path") : tr("Process");
        if (section == TotalColumn)
            return tr("Total");
        if (section == firstSeenColumn())
            return tr("First seen");
        if (section == lastSeenColumn())
            return tr("Last seen");
        // inotifywait's own names, as typed after -e: they are identifiers, not prose.
        return EventTypeIndex::name(section - FirstTypeColumn);
    }
    if (role == Qt::ToolTipRole) {
        if (section == NameColumn)
            return m_aggregate ? tr("Folders count every event in their subtree.") : QVariant();
        if (section == firstSeenColumn() || section == lastSeenColumn())
            return {};
        return tr("Kernel notifications, not operations: inotify merges an event identical to the "
                  "previous unread one, so ten quick writes may count as one.");
    }
    return {};
}
