#include "events/filterbar.h"
#include "events/eventcelltext.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "lib/showexposed.h"
#include "text/problemtext.h"
#include "window/capturestatusbar.h"
#include "window/uisettings.h"
#include "window/watchdialog.h"
#include "capture/pathfilter.h"

#include <QAction>
#include <QHeaderView>
#include <QLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/inotify.h>

// The filter bar, the watch dialog, the settings round trips and the problem texts.
class tst_UiWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterBarEmitsCombinedCriteria()
    {
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::criteriaChanged);
        auto *path = bar.findChild<QLineEdit *>();
        QVERIFY(path);
        auto *debounce = bar.findChild<QTimer *>(QStringLiteral("typingDebounce"));
        QVERIFY(debounce);
        QTest::keyClicks(path, QStringLiteral("src/"));
        QCOMPARE(changed.count(), 0); // typing is debounced
        QVERIFY(debounce->isActive());
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.criteria().pathText, QStringLiteral("src/"));

        bar.findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(changed.count(), 2);
        QVERIFY(bar.criteria().pathIsRegex);

        auto *kind = bar.findChild<QComboBox *>();
        kind->setCurrentIndex(2);
        QCOMPARE(bar.criteria().kind, EventFilter::Kind::Directories);

        // Event types: None, then one type back on.
        auto *menu = bar.findChild<QMenu *>();
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QAction *none = actions.at(1);
        none->trigger();
        QCOMPARE(bar.criteria().eventMask, 0u);
        QAction *modify = nullptr;
        for (QAction *a : actions) {
            if (a->text() == QLatin1String("modify"))
                modify = a;
        }
        QVERIFY(modify);
        modify->setChecked(true);
        QCOMPARE(bar.criteria().eventMask, quint32(IN_MODIFY));
        actions.at(0)->trigger(); // All
        QCOMPARE(bar.criteria().eventMask, 0xffffffffu);
        QCOMPARE(bar.criteria().pathText, QStringLiteral("src/")); // the others stay

        // setCriteria() shows criteria without echoing them back.
        const int before = changed.count();
        EventFilter::Criteria c;
        c.processText = QStringLiteral("vim");
        c.onlyPaths = {7};
        bar.setCriteria(c);
        QCOMPARE(changed.count(), before);
        QCOMPARE(bar.criteria().processText, QStringLiteral("vim"));
        // The debounce must not fire for programmatic text either: nothing is left pending.
        QVERIFY(!debounce->isActive());
        QCOMPARE(changed.count(), before);
    }

    // The event-type menu stays open while ticking (issue 15): None, then create and modify,
    // by mouse and by keyboard, in one opening.
    void eventTypeMenuStaysOpenWhileTicking()
    {
        FilterBar bar;
        bar.show();
        auto *menu = bar.findChild<QMenu *>();
        QVERIFY(menu);
        menu->popup(bar.mapToGlobal(QPoint(0, bar.height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        auto actionNamed = [menu](const char *text) -> QAction * {
            for (QAction *a : menu->actions()) {
                if (a->text() == QLatin1String(text))
                    return a;
            }
            return nullptr;
        };
        auto click = [menu](QAction *a) {
            QVERIFY(a);
            const QPoint at = menu->actionGeometry(a).center();
            QTest::mouseMove(menu, at);
            QTest::mouseClick(menu, Qt::LeftButton, {}, at);
        };
        click(menu->actions().at(1)); // None
        QVERIFY(menu->isVisible());
        QCOMPARE(bar.criteria().eventMask, 0u);
        click(actionNamed("create"));
        QVERIFY(menu->isVisible());
        click(actionNamed("modify"));
        QVERIFY(menu->isVisible());
        QCOMPARE(bar.criteria().eventMask, quint32(IN_CREATE | IN_MODIFY));
        menu->setActiveAction(actionNamed("modify"));
        QTest::keyClick(menu, Qt::Key_Space); // untick by keyboard
        QVERIFY(menu->isVisible());
        QCOMPARE(bar.criteria().eventMask, quint32(IN_CREATE));
        QTest::keyClick(menu, Qt::Key_Escape);
        QVERIFY(!menu->isVisible());
    }

    // Layout (issue 15): the path filter keeps its width as the counts grow; the table's kind,
    // cookie and time columns fit their widest value, also over narrower restored widths; the
    // time shows the date once the events span days.
    void layoutKeepsWhatMatters()
    {
        FilterBar bar;
        bar.resize(1300, bar.sizeHint().height());
        QVERIFY(showExposed(bar));
        auto *path = bar.findChild<QLineEdit *>();
        bar.setCounts(12, 12);
        bar.layout()->activate();
        const int before = path->width();
        bar.setCounts(1234567, 2345678);
        bar.layout()->activate();
        QCOMPARE(path->width(), before);

        Session session;
        const quint32 id = session.paths().internPath("/r/f");
        const qint64 day = 24 * 3600 * qint64(1000000000);
        FsEventBatch batch(2);
        batch[0].mask = IN_MOVED_FROM;
        batch[0].cookie = 4294967295u;
        batch[0].pathId = id;
        batch[0].timeNs = 1700000000000000000;
        batch[1] = batch[0];
        session.append(FsEventBatch{batch[0]});
        EventTableModel model;
        model.setSession(&session);
        EventTableView view(&model);
        view.resize(1300, 400);
        view.show();
        QHeaderView *header = view.horizontalHeader();
        header->resizeSection(EventTableModel::KindColumn, 10); // as restored from elsewhere
        header->resizeSection(EventTableModel::CookieColumn, 10);
        view.fitContentColumns();
        const QFontMetrics fm = view.fontMetrics();
        QVERIFY(header->sectionSize(EventTableModel::CookieColumn)
                > fm.horizontalAdvance(QStringLiteral("4294967295")));
        QVERIFY(header->sectionSize(EventTableModel::KindColumn)
                > fm.horizontalAdvance(EventCellText::tr("Folder")));
        const QString oneDay = model.index(0, EventTableModel::TimeColumn).data().toString();
        QVERIFY(!model.showsDates());
        QVERIFY(!oneDay.contains(u'-'));
        batch[1].timeNs += day;
        session.append(FsEventBatch{batch[1]});
        model.flush();
        QVERIFY(model.showsDates());
        const QString withDate = model.index(0, EventTableModel::TimeColumn).data().toString();
        QVERIFY2(withDate.endsWith(oneDay) && withDate.size() == oneDay.size() + 11, qPrintable(withDate));
        QVERIFY(header->sectionSize(EventTableModel::TimeColumn) > fm.horizontalAdvance(withDate));
    }

    void watchDialogRoundTrip()
    {
        QTemporaryDir dir;
        WatchOptions o;
        o.roots = {QFile::encodeName(dir.path())};
        o.recursive = false;
        o.watchRootSelf = false;
        o.events = IN_CREATE | IN_DELETE;
        o.excludes = {QRegularExpression(QStringLiteral("/\\.git/"))};
        o.includes = {QRegularExpression(QStringLiteral("\\.txt$"))};
        o.backend = WatchOptions::Backend::Fanotify;
        WatchDialog dialog(o);
        const WatchOptions back = dialog.options();
        QCOMPARE(back.roots, o.roots);
        QCOMPARE(back.recursive, false);
        QCOMPARE(back.watchRootSelf, false);
        QCOMPARE(back.events, o.events);
        QCOMPARE(back.excludes.size(), 1);
        QCOMPARE(back.excludes.first().pattern(), QStringLiteral("/\\.git/"));
        QCOMPARE(back.includes.first().pattern(), QStringLiteral("\\.txt$"));
        QVERIFY(back.backend == WatchOptions::Backend::Fanotify);

        QString bad;
        const auto list = PathFilter::compileAll({QStringLiteral("ok"), QStringLiteral("(["), QString(),
                                                  QStringLiteral("fine$")}, &bad);
        QCOMPARE(list.size(), 2);
        QCOMPARE(bad, QStringLiteral("(["));
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        WatchOptions o;
        o.events = IN_MODIFY;
        o.recursive = false;
        o.excludes = {QRegularExpression(QStringLiteral("build/"))};
        UiSettings::setWatchOptions(s, o);
        const WatchOptions w = UiSettings::watchOptions(s);
        QCOMPARE(w.events, quint32(IN_MODIFY));
        QCOMPARE(w.recursive, false);
        QCOMPARE(w.excludes.first().pattern(), QStringLiteral("build/"));
        // The administrator mode is asked for in each run, never restored.
        o.backend = WatchOptions::Backend::Fanotify;
        UiSettings::setWatchOptions(s, o);
        QVERIFY(UiSettings::watchOptions(s).backend == WatchOptions::Backend::Inotify);
        s.setValue(QStringLiteral("watch/fanotify"), true); // what an earlier version stored
        QVERIFY(UiSettings::watchOptions(s).backend == WatchOptions::Backend::Inotify);

        EventFilter::Criteria c;
        c.eventMask = IN_CREATE;
        c.pathText = QStringLiteral("x");
        c.pathIsRegex = true;
        c.kind = EventFilter::Kind::Files;
        c.processText = QStringLiteral("cp");
        c.onlyPaths = {3}; // path ids die with the session: not stored
        UiSettings::setFilter(s, c);
        EventFilter::Criteria r = UiSettings::filter(s);
        c.onlyPaths.clear();
        QVERIFY(r == c);

        for (int i = 0; i < UiSettings::kMaxRecentFolders + 3; ++i)
            UiSettings::addRecentFolder(s, QStringLiteral("/f%1").arg(i));
        UiSettings::addRecentFolder(s, QStringLiteral("/f5"));
        const QStringList recent = UiSettings::recentFolders(s);
        QCOMPARE(recent.size(), UiSettings::kMaxRecentFolders);
        QCOMPARE(recent.first(), QStringLiteral("/f5"));
        QCOMPARE(recent.count(QStringLiteral("/f5")), 1);
    }

    void statusBarCountsWarningsNotNotices()
    {
        // "watching …/build again" and "a file system was mounted" are news, not trouble: the
        // button says notices while there is nothing else, and counts only the warnings once
        // there are some.
        CaptureStatusBar bar;
        Session session;
        auto *button = bar.findChild<QToolButton *>();
        QVERIFY(button);
        bar.refresh(session, nullptr, 0);
        QVERIFY(button->isHidden());
        session.reportProblem(MonitorProblem::rootBack("/w/build"));
        session.reportProblem(MonitorProblem::mounted("/w/m"));
        bar.refresh(session, nullptr, 0);
        QVERIFY(!button->isHidden());
        QCOMPARE(button->text(), CaptureStatusBar::tr("%n notice(s)", nullptr, 2));
        session.reportProblem(MonitorProblem::rootMissing("/w/gone", ENOENT));
        bar.refresh(session, nullptr, 0);
        QCOMPARE(button->text(), CaptureStatusBar::tr("%n warning(s)", nullptr, 1));
    }

    void everyProblemHasWords()
    {
        for (int k = MonitorProblem::InitFailed; k <= MonitorProblem::Mounted; ++k) {
            MonitorProblem p;
            p.kind = MonitorProblem::Kind(k);
            p.path = "/some/dir";
            p.count = 3;
            p.limit = 8192;
            QVERIFY2(!ProblemText::summary(p).isEmpty(), qPrintable(QString::number(k)));
            // The two notes on how a folder is watched say all in their sentence.
            if (k != MonitorProblem::InotifyFallback && k != MonitorProblem::SubvolumeWatched)
                QVERIFY2(!ProblemText::advice(p).isEmpty(), qPrintable(QString::number(k)));
        }
        MonitorProblem limit;
        limit.kind = MonitorProblem::WatchLimit;
        limit.limit = 8192;
        QVERIFY(ProblemText::advice(limit).contains(QLatin1String("max_user_watches")));
        QVERIFY(ProblemText::advice(limit).contains(QLatin1String("8192")));
    }
};

QTEST_MAIN(tst_UiWidgets)
#include "tst_uiwidgets.moc"
