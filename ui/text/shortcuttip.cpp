#include "text/shortcuttip.h"

#include <QAction>

QString ShortcutTip::text(const QString &tip, const QKeySequence &key)
{
    if (key.isEmpty())
        return tip;
    //: A tool tip (%1) and the shortcut that does the same (%2), e.g. "Stop watching (Shift+F5)".
    return tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

void ShortcutTip::set(QAction *action, const QKeySequence &key, const QString &tip)
{
    action->setShortcut(key);
    action->setToolTip(text(tip, key));
}
