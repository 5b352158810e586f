#include "analysis/renamechainproxy.h"

#include "analysis/renamechainmodel.h"

#include <algorithm>

RenameChainProxy::RenameChainProxy(RenameChainModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(RenameChainModel::SortRole);
}

bool RenameChainProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return true;
    if (sourceParent.isValid())
        return false; // a step: its own columns hold both its names
    const QRegularExpression &re = filterRegularExpression();
    const QModelIndex chain = m_model->index(sourceRow, 0, sourceParent);
    const QStringList names = m_model->data(chain, RenameChainModel::NamesRole).toStringList();
    return std::any_of(names.cbegin(), names.cend(),
                       [&re](const QString &name) { return re.match(name).hasMatch(); });
}

bool RenameChainProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (left.parent().isValid() || !RenameChainModel::hasSortKey(column))
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->sortKey(left.row(), column) < m_model->sortKey(right.row(), column);
}
