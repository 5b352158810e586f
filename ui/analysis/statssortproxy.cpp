#include "analysis/statssortproxy.h"

#include "analysis/statsmodel.h"

StatsSortProxy::StatsSortProxy(StatsModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(StatsModel::SortRole);
    // New rows are still filtered as they come; their order is resort()'s job.
    setDynamicSortFilter(false);
}

void StatsSortProxy::resort()
{
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

void StatsSortProxy::sort(int column, Qt::SortOrder order)
{
    if (column > StatsModel::NameColumn) {
        const int rows = m_model->rowCount();
        m_keys.resize(std::size_t(rows));
        for (int r = 0; r < rows; ++r)
            m_keys[std::size_t(r)] = m_model->sortKey(r, column);
    }
    QSortFilterProxyModel::sort(column, order);
    m_keys.clear(); // rows inserted until the next sort compare straight from the model
    m_keys.shrink_to_fit();
}

bool StatsSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == StatsModel::NameColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto l = std::size_t(left.row());
    const auto r = std::size_t(right.row());
    if (l < m_keys.size() && r < m_keys.size())
        return m_keys[l] < m_keys[r];
    return m_model->sortKey(left.row(), left.column()) < m_model->sortKey(right.row(), right.column());
}
