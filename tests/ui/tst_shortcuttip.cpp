#include "analysis/analysisviews.h"
#include "events/rulescontroller.h"
#include "processes/processespanel.h"
#include "text/shortcuttip.h"
#include "window/mainwindow.h"

#include "lib/testsettings.h"

#include <QAction>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTranslator>

// Tool tips that name a shortcut take the key from the QKeySequence (ShortcutTip), so the tip
// names the key the action really has, in the words of the user's language.
class tst_ShortcutTip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestSettings("tst_shortcuttip"); }

    void namesTheKey()
    {
        QCOMPARE(ShortcutTip::text(QStringLiteral("Stop watching"), QKeySequence(Qt::SHIFT | Qt::Key_F5)),
                 QStringLiteral("Stop watching (Shift+F5)"));
        // No key: the tip alone, not "Stop watching ()".
        QCOMPARE(ShortcutTip::text(QStringLiteral("Stop watching"), QKeySequence()),
                 QStringLiteral("Stop watching"));
    }

    void setGivesTheActionItsKeyAndTip()
    {
        QAction action;
        ShortcutTip::set(&action, QKeySequence(Qt::CTRL | Qt::Key_X), QStringLiteral("Forget"));
        QCOMPARE(action.shortcut(), QKeySequence(Qt::CTRL | Qt::Key_X));
        QCOMPARE(action.toolTip(), QStringLiteral("Forget (Ctrl+X)"));
    }

    void keyNamesFollowTheLanguage()
    {
        // Qt's own translations (qt6-translations-l10n) name the keys: no translator of ours
        // spells "Maj" or "Umschalt".
        QTranslator qtBase;
        QVERIFY2(qtBase.load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "qtbase_fr.qm not found: is qt6-translations-l10n installed?");
        QCoreApplication::installTranslator(&qtBase);
        const QString tip = ShortcutTip::text(QStringLiteral("x"), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QCoreApplication::removeTranslator(&qtBase);
        QCOMPARE(tip, QStringLiteral("x (Maj+F5)"));
    }

    void windowTipsNameTheirActionsKeys()
    {
        // Every tool tip of the window's actions that ends in a key in parentheses names the
        // action's own shortcut, as this language writes it.
        MainWindow window;
        int named = 0;
        const auto actions = window.findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->shortcut().isEmpty() || !action->toolTip().endsWith(QLatin1Char(')')))
                continue;
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(action->toolTip().endsWith(QStringLiteral(" (%1)").arg(key)),
                     qPrintable(action->toolTip() + QStringLiteral(" / ") + key));
            ++named;
        }
        // Start, Stop, Pause, Clear, Filter Rules, Highlight Rules.
        QVERIFY2(named >= 6, qPrintable(QString::number(named)));
    }

    void tipsNameTheFilterDialogsKey()
    {
        // The filter bar's rules button and the Processes tab's rule actions open or fill the
        // Filter dialog, whose key is RulesController's: their tips name that key.
        MainWindow window;
        const AnalysisViews views = addAnalysisViews(&window);
        const QString key = window.rules()->filterAction()->shortcut().toString(QKeySequence::NativeText);
        QVERIFY(!key.isEmpty());
        const auto *rulesButton = window.findChild<QToolButton *>(QStringLiteral("activeRules"));
        QVERIFY(rulesButton);
        QVERIFY2(rulesButton->toolTip().endsWith(QStringLiteral(" (%1)").arg(key)), qPrintable(rulesButton->toolTip()));
        int ruleActions = 0;
        const auto actions = views.processes->treeView()->actions();
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->toolTip().contains(QLatin1String("Filter dialog")))
                continue;
            QVERIFY2(action->toolTip().endsWith(QStringLiteral(" (%1)").arg(key)), qPrintable(action->toolTip()));
            ++ruleActions;
        }
        QCOMPARE(ruleActions, 4); // include/exclude the process, or with its children
    }
};

QTEST_MAIN(tst_ShortcutTip)
#include "tst_shortcuttip.moc"
