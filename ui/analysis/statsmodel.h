#pragma once

#include "analysis/countcolumns.h"
#include "analysis/filestats.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QPointer>

class SessionStats;

// The per-file statistics table (inotifywatch's, live): one row per path with events (or, when
// aggregating, also per directory with its whole subtree), a total, one column per event type,
// first and last seen (CountColumns', as in the Processes tab). Alternatively one row per process
// (fanotify only knows processes).
//
// The model does not follow every batch: its owner calls refresh() on a timer. New rows are
// inserted in one beginInsertRows, and since nearly every row's counts move during a burst, the
// rest is announced with one dataChanged over the whole table rather than a signal per row.
class StatsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsModel)

public:
    enum Column { NameColumn = 0, TotalColumn = 1, FirstTypeColumn = 2 };
    enum Grouping { ByFile, ByProcess };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for counts and times, the path for names
        PathIdRole,                  // quint32 path id (ByFile), 0 otherwise
        ProcessIdRole,               // quint32 process id (ByProcess)
    };

    // Shows `stats` for its whole life, and resets itself whenever they reset (a recount, another
    // session): every row changes at once then, and no view may ask about the old rows in
    // between, so that does not wait for the owner's refresh().
    explicit StatsModel(const SessionStats *stats, QObject *parent = nullptr);

    void setAggregate(bool aggregate);          // directories count their subtree; resets
    bool aggregate() const { return m_aggregate; }
    void setGrouping(Grouping grouping);        // resets
    Grouping grouping() const { return m_grouping; }

    // Brings the rows up to date with the source: inserts, then one dataChanged.
    void refresh();

    int typeColumn(int typeIndex) const { return m_countColumns.typeColumn(typeIndex); }
    int firstSeenColumn() const { return m_countColumns.firstSeenColumn(); }
    int lastSeenColumn() const { return m_countColumns.lastSeenColumn(); }
    // Path ids whose events a click on `row` should show (the subtree's when aggregating).
    QSet<quint32> pathIdsForRow(int row) const;

    // A count or time column's value of `row` as one unsigned number that orders as its
    // SortRole number does (StatsSortProxy sorts by it). Not for NameColumn (a string).
    quint64 sortKey(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<int> currentRows() const;
    // Takes currentRows() in one reset: after SessionStats::reset, a new grouping or aggregation.
    void resetFromSource();
    const FileStats::Counts &countsOf(int row) const; // of the model's row

    const CountColumns m_countColumns{TotalColumn, FirstTypeColumn, SortRole};
    QPointer<const SessionStats> m_stats;
    QList<int> m_rows; // FileStats row indexes (ByFile) or process ids (ByProcess)
    bool m_aggregate = false;
    Grouping m_grouping = ByFile;
};
