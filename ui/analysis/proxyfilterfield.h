#pragma once

#include <QLineEdit>

class QSortFilterProxyModel;

// The filter line above a statistics view (paths in StatsPanel, names in RenameChainPanel): what
// is typed, or set by setText(), is the proxy's fixed-string filter, so the line and the rows it
// filters never disagree.
class ProxyFilterField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyFilterField)

public:
    ProxyFilterField(const QString &placeholder, QSortFilterProxyModel *proxy, QWidget *parent);
};
