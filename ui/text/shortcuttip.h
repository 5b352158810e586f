#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

class QAction;

// A tool tip that names its shortcut: "Stop watching (Shift+F5)". The key is written from the
// QKeySequence itself, as this desktop's language writes it (QKeySequence::NativeText, through
// Qt's own qtbase translations: "Maj+F5" in French, "Umschalt+F5" in German), so a tip never
// names a key the action no longer has, and no translator has to spell key names again.
class ShortcutTip final
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutTip)

public:
    ShortcutTip() = delete;

    // `tip` alone when `key` is empty (no shortcut, or none given yet).
    static QString text(const QString &tip, const QKeySequence &key);
    // Sets `action`'s shortcut, and its tool tip to `tip` naming it.
    static void set(QAction *action, const QKeySequence &key, const QString &tip);
};
