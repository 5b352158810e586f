#include "events/stayopenmenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

StayOpenMenu::StayOpenMenu(QWidget *parent)
    : QMenu(parent)
{
}

bool StayOpenMenu::staysOpenFor(const QAction *action)
{
    return action && action->isEnabled() && !action->isSeparator() && !action->menu();
}

void StayOpenMenu::mouseReleaseEvent(QMouseEvent *event)
{
    // QMenu closes itself on release over an item; run the item here instead and stay.
    QAction *action = actionAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && staysOpenFor(action)) {
        action->trigger();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void StayOpenMenu::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    QAction *action = activeAction();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter)
        && staysOpenFor(action)) {
        action->trigger();
        return;
    }
    QMenu::keyPressEvent(event);
}
