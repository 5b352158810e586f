#include "analysis/renamechainproxy.h"

#include "analysis/renamechainmodel.h"

#include <algorithm>

RenameChainProxy::RenameChainProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

RenameChainProxy::~RenameChainProxy() = default;

bool RenameChainProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return true;
    if (sourceParent.isValid())
        return false; // a step: its own columns hold both its names
    const QRegularExpression &re = filterRegularExpression();
    const QModelIndex chain = sourceModel()->index(sourceRow, 0, sourceParent);
    const QStringList names = sourceModel()->data(chain, RenameChainModel::NamesRole).toStringList();
    return std::any_of(names.cbegin(), names.cend(),
                       [&re](const QString &name) { return re.match(name).hasMatch(); });
}
