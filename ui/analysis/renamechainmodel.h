#pragma once

#include "analysis/renametracker.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class SessionStats;

// Rename chains as a tree: one top-level row per chain (first name, current name, number of
// steps, what happened, file or folder, first and last time), its steps as children (old name,
// new name, what, time, cookie). Unpaired moves are chains of one step, shown in italics.
//
// The owner calls refresh() on a timer: chains and steps are append-only in RenameTracker, so a
// refresh is inserts (new steps of expanded chains, then new chains) plus dataChanged over the
// chains that grew.
//
// A chain's steps are announced lazily (canFetchMore/fetchMore: QTreeView fetches a row's
// children when it is expanded). A big session grows hundreds of thousands of chains per tick
// while it streams in; announcing each chain's new steps with beginInsertRows made
// QSortFilterProxyModel build a mapping for every one of those parents (about 100 MB at 50 M
// events) and stalled the window. Only the chains a view has fetched get their new steps
// inserted row by row; the others just report more steps when they are fetched.
class RenameChainModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameChainModel)

public:
    enum Column {
        FirstNameColumn,
        CurrentNameColumn,
        StepsColumn,
        StatusColumn,
        TypeColumn,
        FirstTimeColumn,
        LastTimeColumn,
        CookieColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for steps, times and cookies
        ChainRole,                   // int chain index (both levels)
        UnpairedRole,                // bool: a lone moved-out or moved-in half
        NamesRole,                   // QStringList: every name of a chain (its steps' names)
    };

    // Shows `stats` for its whole life and resets itself with them, as StatsModel does.
    explicit RenameChainModel(const SessionStats *stats, QObject *parent = nullptr);

    void refresh();

    // A chain's SortRole in a numeric column (steps, first and last time) without a QVariant.
    static bool hasSortKey(int column);
    qint64 sortKey(int chain, int column) const;

    // Every path id the chain (or the step) at `index` had: what the event table should show.
    QSet<quint32> pathIdsFor(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void resetFromSource();
    QVariant chainData(int chain, int column, int role) const;
    QVariant stepData(int chain, int step, int column, int role) const;
    static QString cookieToolTip(); // a step's cookie cell and the column's header
    QString pathText(quint32 pathId) const;
    bool endsDeleted(const RenameTracker::Chain &c) const;
    bool isFetched(int chain) const { return m_fetched.contains(chain); }

    QPointer<const SessionStats> m_stats;
    QList<int> m_stepCounts; // per chain, as of the last refresh
    QSet<int> m_fetched;     // chains whose steps are announced to views (fetchMore)
    quint64 m_revision = 0;  // RenameTracker::revision() last shown
    qsizetype m_deletedPaths = 0; // RenameTracker::deletedPathCount() last shown
};
