#pragma once

#include <QAction>
#include <QModelIndex>

class QAbstractItemView;
class QPushButton;

// "Show Events" for a statistics or rename view: the one explicit way from a row to its events
// in the table — a double-click, Enter, the context menu or a button. Selecting a row (a click,
// the arrow keys, a selection left over from the last session) only selects: the user must be
// able to browse these views without being thrown onto the Events tab (issue 15).
class ShowEventsAction final : public QAction
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowEventsAction)

public:
    // Attaches to `view` (its model must be set): shortcut, context menu and double-click.
    explicit ShowEventsAction(QAbstractItemView *view);

    // A push button beside the view that triggers this action and follows its enabled state.
    QPushButton *createButton(QWidget *parent);

Q_SIGNALS:
    // The user asked for the events of the row at `index` (an index of the view's model).
    void requested(const QModelIndex &index);

private:
    void updateEnabled();

    QAbstractItemView *m_view;
};
