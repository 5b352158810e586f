#pragma once

#include <QSortFilterProxyModel>

#include <vector>

class StatsModel;

// The statistics table's sort and filter. Nearly every row's counts move during a capture or a
// load, so the table is re-sorted at each refresh. QSortFilterProxyModel's dynamic sort does it
// from the dataChanged over every row by taking each changed row out and putting it back in its
// place; here the owner calls resort() after a refresh instead: one sort. It compares counts and
// times as numbers taken once per sort into one array (StatsModel::sortKey()), not as two
// QVariants per comparison nor by reaching into 20 MB of rows at random: a sort of 200,000 paths
// was 600 ms of cache misses. Names compare as QSortFilterProxyModel compares SortRole.
class StatsSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsSortProxy)

public:
    explicit StatsSortProxy(StatsModel *model, QObject *parent = nullptr);

    // Sorts again by the current sort column and order (none: the model's order).
    void resort();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StatsModel *m_model;
    std::vector<quint64> m_keys; // by source row, during sort() only
};
