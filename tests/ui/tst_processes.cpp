#include "analysis/analysisviews.h"
#include "analysis/sessionstats.h"
#include "analysis/statsmodel.h"
#include "core/session.h"
#include "events/eventpropertiesdialog.h"
#include "events/eventtablemodel.h"
#include "events/rulescontroller.h"
#include "events/rulesdialog.h"
#include "lib/showexposed.h"
#include "lib/testevent.h"
#include "lib/testsettings.h"
#include "processes/processespanel.h"
#include "processes/processtreemodel.h"
#include "window/mainwindow.h"
#include "window/uisettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/inotify.h>

namespace {
ProcessInfo proc(qint32 pid, qint32 parentPid, qint64 startSec, const char *name)
{
    ProcessInfo info(pid, name, QByteArray("/usr/bin/") + name);
    info.parentPid = parentPid;
    info.startTimeNs = startSec * 1000000000LL;
    info.uid = 1000;
    info.userName = "ada";
    info.commandLine = QByteArray(name) + '\0' + "--flag" + '\0';
    return info;
}

// bash (10) -> make (20) -> cc1 (30); cron (40) alone. Returns the ProcessTable ids in that order.
QList<ProcessTable::Id> addTree(Session &session)
{
    QList<ProcessTable::Id> ids;
    ids << session.processes().intern(proc(10, 1, 1, "bash"))
        << session.processes().intern(proc(20, 10, 2, "make"))
        << session.processes().intern(proc(30, 20, 3, "cc1"))
        << session.processes().intern(proc(40, 1, 4, "cron"));
    const PathTable::Id a = session.paths().internPath("/w/a.c");
    const PathTable::Id b = session.paths().internPath("/w/b.o");
    session.append(FsEventBatch{ev(IN_OPEN, a).process(ids[0], 10).ms(1),
                                ev(IN_MODIFY, a).process(ids[1], 20).ms(2),
                                ev(IN_CREATE, b).process(ids[2], 30).ms(3),
                                ev(IN_CLOSE_WRITE, b).process(ids[2], 30).ms(4),
                                ev(IN_ATTRIB, a).process(ids[3], 40).ms(5),
                                ev(IN_MODIFY, a).ms(6)}); // inotify: nobody's
    return ids;
}

QAction *actionNamed(QWidget *w, const QString &text)
{
    for (QAction *a : w->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QModelIndex findName(const QAbstractItemModel *m, const QString &name, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
        const QModelIndex below = findName(m, name, i);
        if (below.isValid())
            return below;
    }
    return {};
}
} // namespace

// The Processes tab (model, panel, window), Event Properties, and Drop Filtered Events on a real
// inotify capture.
class tst_Processes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings("tst_processes");
        QSettings().clear();
    }

    void treeModelFollowsTheSessionIncrementally()
    {
        Session session;
        SessionStats stats(&session, SessionStats::Processes);
        ProcessTreeModel model(&stats);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);

        const QList<ProcessTable::Id> ids = addTree(session);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(inserted.count(), 4); // one per process, no reset
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2); // bash and cron at the top
        const QModelIndex bash = model.index(0, 0);
        QCOMPARE(bash.data().toString(), QStringLiteral("bash"));
        QCOMPARE(model.rowCount(bash), 1);
        const QModelIndex make = model.index(0, 0, bash);
        QCOMPARE(make.data().toString(), QStringLiteral("make"));
        const QModelIndex cc1 = model.index(0, 0, make);
        QCOMPARE(cc1.data().toString(), QStringLiteral("cc1"));
        QCOMPARE(model.parent(cc1), make);
        const int row = cc1.row();
        QCOMPARE(model.index(row, ProcessTreeModel::PidColumn, make).data().toInt(), 30);
        QCOMPARE(model.index(row, ProcessTreeModel::ParentPidColumn, make).data().toInt(), 20);
        QCOMPARE(model.index(row, ProcessTreeModel::TotalColumn, make).data().toULongLong(), 2ull);
        QCOMPARE(model.index(row, ProcessTreeModel::FilesColumn, make).data().toULongLong(), 1ull);
        const int create = ProcessTreeModel::FirstTypeColumn + EventTypeIndex::indexOfBit(IN_CREATE);
        QCOMPARE(model.index(row, create, make).data().toULongLong(), 1ull);
        QCOMPARE(model.index(row, ProcessTreeModel::UserColumn, make).data().toString(),
                 QStringLiteral("ada (1000)"));
        QCOMPARE(model.index(row, model.commandLineColumn(), make).data().toString(),
                 QStringLiteral("cc1 --flag"));
        QCOMPARE(model.index(row, model.executableColumn(), make).data().toString(),
                 QStringLiteral("/usr/bin/cc1"));
        QVERIFY(!model.index(row, model.lastSeenColumn(), make).data().toString().isEmpty());

        // A new child of make arrives: one insert under make, counts of cc1 change.
        const auto ld = session.processes().intern(proc(31, 20, 5, "ld"));
        const PathTable::Id out = session.paths().internPath("/w/out");
        session.append(FsEventBatch{ev(IN_CREATE, out).process(ld), ev(IN_MODIFY, out).process(ids[2])});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        inserted.clear();
        model.refresh();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), make);
        QCOMPARE(model.rowCount(make), 2);
        QCOMPARE(changed.count(), 2); // cc1 and ld, not bash nor cron
        QCOMPARE(reset.count(), 0);

        // A child seen before its parent moves under it when the parent comes: a reset.
        const auto orphan = session.processes().intern(proc(51, 50, 9, "cp"));
        session.append(FsEventBatch{ev(IN_CREATE, out).process(orphan)});
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        const auto parent = session.processes().intern(proc(50, 1, 8, "sh"));
        session.append(FsEventBatch{ev(IN_OPEN, out).process(parent)});
        model.refresh();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3); // bash, cron, sh: cp went under sh
        const QModelIndex sh = findName(&model, QStringLiteral("sh"));
        QCOMPARE(model.rowCount(sh), 1);
        QCOMPARE(model.index(0, 0, sh).data().toString(), QStringLiteral("cp"));

        // cp exec's install: same pid and start time, the same row, both names in order.
        const auto exec = session.processes().intern(proc(51, 50, 9, "install"));
        session.append(FsEventBatch{ev(IN_MODIFY, out).process(exec)});
        inserted.clear();
        model.refresh();
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.index(0, 0, sh).data().toString(), QStringLiteral("cp \u2192 install"));

        session.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void panelShowsEventsAndAddsRules()
    {
        Session session;
        const QList<ProcessTable::Id> ids = addTree(session);
        ProcessesPanel panel(&session);
        panel.resize(900, 500);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QVERIFY(panel.notice()->isHidden());
        QTreeView *tree = panel.treeView();
        const QModelIndex make = findName(tree->model(), QStringLiteral("make"));
        QVERIFY(make.isValid());
        QVERIFY(tree->isExpanded(make.parent())); // the tree opens where processes are
        tree->setCurrentIndex(make);
        tree->setFocus();

        QSignalSpy show(&panel, &ProcessesPanel::showProcessesRequested);
        QAction *showEvents = actionNamed(tree, QStringLiteral("Show Events"));
        QVERIFY(showEvents);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.first().at(0).value<QSet<quint32>>(), QSet<quint32>{ids[1]});

        QSignalSpy rules(&panel, &ProcessesPanel::rulesRequested);
        QAction *excludeTree = actionNamed(tree, QStringLiteral("Exclude This Process and Its Children"));
        QVERIFY(excludeTree && excludeTree->isEnabled());
        excludeTree->trigger();
        QCOMPARE(rules.count(), 1);
        const FilterRules added = rules.first().at(0).value<FilterRules>();
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(0).column, FilterRule::Column::Pid);
        QCOMPARE(added.at(0).relation, FilterRule::Relation::Is);
        QCOMPARE(added.at(0).value, QStringLiteral("20"));
        QCOMPARE(added.at(1).value, QStringLiteral("30"));
        QCOMPARE(added.at(1).action, FilterRule::Action::Exclude);
        actionNamed(tree, QStringLiteral("Include This Process"))->trigger();
        const FilterRules one = rules.last().at(0).value<FilterRules>();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().action, FilterRule::Action::Include);
    }

    // The Processes tab's counts are kernel notifications as much as the statistics' are: its
    // type columns (and Total) say so on their header, as the Statistics tab's do.
    void typeColumnsSayTheyCountNotifications()
    {
        Session session;
        addTree(session);
        ProcessesPanel panel(&session);
        const QAbstractItemModel *model = panel.treeView()->model();
        auto tip = [model](int section) {
            return model->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString();
        };
        const QString notifications = tip(ProcessTreeModel::TotalColumn);
        QVERIFY2(notifications.startsWith(QLatin1String("Kernel notifications, not operations")),
                 qPrintable(notifications));
        for (int t = 0; t < EventTypeIndex::count(); ++t)
            QCOMPARE(tip(ProcessTreeModel::FirstTypeColumn + t), notifications);
        const SessionStats noStats(nullptr);
        QCOMPARE(StatsModel(&noStats).headerData(StatsModel::FirstTypeColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 notifications);
    }

    void withoutProcessesItSaysWhyAndOffersTheHelper()
    {
        Session session;
        const PathTable::Id a = session.paths().internPath("/w/a");
        session.append(FsEventBatch{ev(IN_CREATE, a), ev(IN_MODIFY, a)});
        ProcessesPanel panel(&session);
        QVERIFY(showExposed(panel));
        QVERIFY(panel.notice()->isVisible());
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("processInformationButton"));
        QVERIFY(button && button->isVisible());
        QSignalSpy asked(&panel, &ProcessesPanel::processInformationRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        // Processes arrive (fanotify): the notice goes.
        const auto p = session.processes().intern(proc(5, 1, 1, "vim"));
        session.append(FsEventBatch{ev(IN_MODIFY, a).process(p)});
        panel.refreshNow();
        QVERIFY(panel.notice()->isHidden());
    }

    void windowNarrowsToAProcessAndShowsTheRulesInTheDialog()
    {
        MainWindow window;
        const AnalysisViews views = addAnalysisViews(&window);
        QVERIFY(showExposed(window));
        const QList<ProcessTable::Id> ids = addTree(*window.session());
        views.processes->refreshNow();
        EventTableModel *events = window.eventModel();
        QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), 6, 5000);

        QTreeView *tree = views.processes->treeView();
        tree->setCurrentIndex(findName(tree->model(), QStringLiteral("cc1")));
        actionNamed(tree, QStringLiteral("Show Events"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), 2, 5000);
        for (int r = 0; r < events->rowCount(); ++r)
            QCOMPARE(events->eventAt(r).processId, ids[2]);
        QVERIFY(window.eventView()->isVisible()); // the Events tab came to the front
        window.clearPathFilter();
        QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), 6, 5000);

        tree->setCurrentIndex(findName(tree->model(), QStringLiteral("make")));
        actionNamed(tree, QStringLiteral("Exclude This Process and Its Children"))->trigger();
        // make and cc1 are gone; bash, cron and the process-less event stay.
        QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), 3, 5000);
        window.rules()->filterAction()->trigger();
        RulesDialog *dialog = window.rules()->filterDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->rules().size(), 2);
        QCOMPARE(dialog->rules().at(0).value, QStringLiteral("20"));
        dialog->close();
        window.rules()->resetFilterRules();
    }

    void propertiesDialogWalksTheTable()
    {
        MainWindow window;
        addAnalysisViews(&window);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Session &session = *window.session();
        const auto vim = session.processes().intern(proc(77, 10, 1, "vim"));
        const PathTable::Id oldName = session.paths().internPath("/w/old.h");
        const PathTable::Id newName = session.paths().internPath("/w/new.h");
        session.append(FsEventBatch{ev(IN_MODIFY, oldName).process(vim).ms(1),
                                    ev(IN_MOVED_FROM, oldName).process(vim).cookie(5).ms(2),
                                    ev(IN_MOVED_TO, newName).process(vim).cookie(5).ms(2),
                                    ev(IN_DELETE, newName).ms(3)});
        QTableView *view = window.eventView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 5000);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto *dialog = view->findChild<EventPropertiesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->row(), 0);
        QVERIFY(dialog->eventText().contains(QStringLiteral("/w/old.h")));
        QVERIFY(dialog->processText().contains(QStringLiteral("vim")));
        QVERIFY(dialog->processText().contains(QStringLiteral("vim --flag")));
        QVERIFY(!dialog->previousButton()->isEnabled());

        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->row(), 1);
        QCOMPARE(view->currentIndex().row(), 1); // the table follows
        QVERIFY(dialog->eventText().contains(QStringLiteral("moved_from")));
        // The rename chain, this event's step marked.
        QTRY_VERIFY(dialog->renameText().contains(QStringLiteral("/w/old.h \u2192 /w/new.h")));
        QVERIFY(dialog->renameText().startsWith(QStringLiteral("\u25b6")));

        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->row(), 3);
        QVERIFY(!dialog->nextButton()->isEnabled());
        QVERIFY(dialog->processText().contains(QStringLiteral("inotify")));
        QTest::mouseClick(dialog->previousButton(), Qt::LeftButton);
        QCOMPARE(dialog->row(), 2);
        QVERIFY(dialog->eventText().contains(QStringLiteral("/w/new.h")));

        // A double-click on another row shows that one in the same dialog.
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        // A press first, as a person's double-click starts: the view pairs the second click
        // with the index the first one pressed.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(dialog->row(), 0);
        QCOMPARE(view->findChildren<EventPropertiesDialog *>().size(), 1);
    }

    void dropFilteredEventsOnARealCapture()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        window.show();
        QAction *drop = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Drop Filtered Events"))
                drop = a;
        }
        QVERIFY(drop);
        QVERIFY(!drop->isChecked()); // off by default
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("ruleDrops"));
        QVERIFY(label);
        QVERIFY(label->isHidden());

        FilterRule skip;
        skip.column = FilterRule::Column::Name;
        skip.relation = FilterRule::Relation::BeginsWith;
        skip.value = QStringLiteral("skip");
        skip.action = FilterRule::Action::Exclude;
        window.rules()->addFilterRule(skip);
        drop->setChecked(true);

        WatchOptions options;
        options.roots = {QFile::encodeName(dir.path())};
        QVERIFY(window.startWatching(options));
        QTRY_VERIFY_WITH_TIMEOUT(window.source()->stats().watchedDirectories >= 1, 5000);
        auto write = [&dir](const QString &name) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
        };
        for (int i = 0; i < 5; ++i)
            QVERIFY(write(QStringLiteral("skip%1.txt").arg(i)));
        QVERIFY(write(QStringLiteral("keep.txt")));

        // keep.txt was written after every skip file: once its close_write is stored, the skip
        // files' events have been through the drop filter.
        const Session *session = window.session();
        auto stored = [session](const QByteArray &prefix, quint32 mask) {
            int n = 0;
            for (qsizetype i = 0; i < session->events().size(); ++i) {
                const FsEvent &e = session->events().at(i);
                if ((e.mask & mask) && session->paths().path(e.pathId).contains("/" + prefix))
                    ++n;
            }
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(stored("keep", IN_CLOSE_WRITE) == 1, 5000);
        QCOMPARE(stored("skip", 0xffffffffu), 0);
        // 5 files, each at least created and closed after writing: not stored, and counted.
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QRegularExpression(QStringLiteral("[1-9][0-9]+ not recorded"))), 3000);

        // Off again: the next skip file is stored.
        drop->setChecked(false);
        QVERIFY(label->isHidden());
        QVERIFY(write(QStringLiteral("skip-later.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(stored("skip-later", IN_CLOSE_WRITE) == 1, 5000);
        window.stopWatching();
        window.rules()->resetFilterRules();
    }
};

QTEST_MAIN(tst_Processes)
#include "tst_processes.moc"
