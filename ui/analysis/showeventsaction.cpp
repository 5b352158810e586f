#include "analysis/showeventsaction.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QPushButton>

ShowEventsAction::ShowEventsAction(QAbstractItemView *view)
    : QAction(tr("Show Events"), view)
    , m_view(view)
{
    setToolTip(tr("Show the events of the selected row in the Events tab (Enter or double-click)"));
    // Enter belongs to the view only while it has the focus: elsewhere it does what it always did.
    setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    setShortcutContext(Qt::WidgetShortcut);
    view->addAction(this);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(this, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT requested(current);
    });
    // doubleClicked, not activated: some styles activate on a single click, which is selecting.
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT requested(index);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ShowEventsAction::updateEnabled);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ShowEventsAction::updateEnabled);
    updateEnabled();
}

QPushButton *ShowEventsAction::createButton(QWidget *parent)
{
    auto *button = new QPushButton(text(), parent);
    button->setToolTip(toolTip());
    button->setEnabled(isEnabled());
    connect(button, &QPushButton::clicked, this, &QAction::trigger);
    connect(this, &QAction::enabledChanged, button, &QWidget::setEnabled);
    return button;
}

void ShowEventsAction::updateEnabled()
{
    setEnabled(m_view->currentIndex().isValid());
}
