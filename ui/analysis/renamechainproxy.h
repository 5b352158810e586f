#pragma once

#include <QSortFilterProxyModel>

// The Renames tab's sort and filter over RenameChainModel. QSortFilterProxyModel answers
// hasChildren() by building its mapping of that parent's rows (four small arrays and a hash
// entry), and QTreeView asks it for every top-level row each time it lays itself out: with
// hundreds of thousands of chains that was most of the tab's memory. Without a filter every step
// is shown, so whether a chain has children is the source's answer, and no mapping is needed
// until the chain is expanded.
class RenameChainProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameChainProxy)

public:
    explicit RenameChainProxy(QObject *parent = nullptr);
    ~RenameChainProxy() override;

    bool hasChildren(const QModelIndex &parent = {}) const override;
};
