#pragma once

#include "analysis/countcolumns.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

class SessionStats;

// The Processes tab's tree: one row per process (ProcessStats), under its parent when the parent
// was seen too. Columns: name, pid, parent pid, user, total, files touched, one per event type,
// first and last seen, executable, command line; total, the types and the times are CountColumns',
// the same as the Statistics table's.
//
// Like StatsModel it does not follow every batch: its owner calls refresh() on a timer. New
// processes are inserted one beginInsertRows each (processes are few next to events); counts
// are announced with one dataChanged per row that changed since the last refresh. When rows moved
// in the tree (a parent seen after its child) the model resets.
class ProcessTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessTreeModel)

public:
    enum Column {
        NameColumn = 0, PidColumn, ParentPidColumn, UserColumn, TotalColumn, FilesColumn,
        FirstTypeColumn,
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for counts, pids and times, text otherwise
        RowRole,                     // int: the ProcessStats row
    };

    // Shows `stats` for its whole life and resets itself with them, as StatsModel does.
    explicit ProcessTreeModel(const SessionStats *stats, QObject *parent = nullptr);

    void refresh();

    int firstSeenColumn() const { return m_countColumns.firstSeenColumn(); }
    int lastSeenColumn() const { return m_countColumns.lastSeenColumn(); }
    int executableColumn() const { return lastSeenColumn() + 1; }
    int commandLineColumn() const { return lastSeenColumn() + 2; }
    // The index of a ProcessStats row (invalid while the model has not announced it yet).
    QModelIndex indexOfRow(int statsRow, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void resetFromSource();
    int statsRow(const QModelIndex &index) const { return int(index.internalId()); }
    int shownChildren(int statsRow) const;

    const CountColumns m_countColumns{TotalColumn, FirstTypeColumn, SortRole};
    QPointer<const SessionStats> m_stats;
    int m_known = 0;                 // ProcessStats rows [0, m_known) are announced
    std::vector<int> m_shownChildren; // per row, how many children are announced
    int m_shownTop = 0;
    quint64 m_seenChanges = 0;
    quint64 m_treeRevision = 0;
};
