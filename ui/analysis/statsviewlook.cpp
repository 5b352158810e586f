#include "analysis/statsviewlook.h"

#include <QAbstractItemView>
#include <QHeaderView>

void StatsViewLook::apply(QAbstractItemView *view, QHeaderView *header, int nameColumn,
                          int nameWidth)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(nameColumn, QHeaderView::Interactive);
    header->resizeSection(nameColumn, nameWidth);
}
