#pragma once

#include <QList>
#include <QObject>

class EventTableModel;
class EventTableView;
class QAction;
class QMenu;
class QModelIndex;
class QPoint;

// The event table's row menu: copy, bookmark, open the folder, "show only / hide this file", the
// Include / Exclude rules built from the row's process, executable, path, folder, type and
// extension, and undoing the quick filters. What it asks for goes back through the view's
// signals (ruleRequested, showOnlyPathsRequested) or straight to the model's criteria.
class EventContextMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventContextMenu)

public:
    // rowActions: Copy Rows, Copy Paths and Toggle Bookmark, the view's (they carry its keys).
    EventContextMenu(EventTableView *view, EventTableModel *model, QList<QAction *> rowActions);

    void exec(const QPoint &pos); // pos in the view's viewport

private:
    void addRuleMenus(QMenu *menu, int row);

    EventTableView *m_view;
    EventTableModel *m_model;
    QList<QAction *> m_rowActions;
};
