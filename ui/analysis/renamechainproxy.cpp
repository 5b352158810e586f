#include "analysis/renamechainproxy.h"

RenameChainProxy::RenameChainProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

RenameChainProxy::~RenameChainProxy() = default;

bool RenameChainProxy::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid() || !filterRegularExpression().pattern().isEmpty() || !sourceModel())
        return QSortFilterProxyModel::hasChildren(parent);
    return sourceModel()->hasChildren(mapToSource(parent));
}
