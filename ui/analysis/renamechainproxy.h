#pragma once

#include <QSortFilterProxyModel>

// The Renames tab's sort and filter over RenameChainModel. The model announces a chain's steps
// only once a view fetches them (it is expanded), so a filter cannot look for a name among the
// step rows (QSortFilterProxyModel's recursive filtering): a chain is kept when one of its
// columns or any name it had (RenameChainModel::NamesRole) matches; a step is kept when one of
// its columns matches. QSortFilterProxyModel::hasChildren() answers "yes" for a chain that can
// fetch more without building a mapping of its rows, so the proxy holds mappings only for the
// chains that were expanded.
class RenameChainProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameChainProxy)

public:
    explicit RenameChainProxy(QObject *parent = nullptr);
    ~RenameChainProxy() override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};
