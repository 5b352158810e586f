#include "analysis/proxyfilterfield.h"

#include <QSortFilterProxyModel>

ProxyFilterField::ProxyFilterField(const QString &placeholder, QSortFilterProxyModel *proxy,
                                   QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
}
