#include "analysis/analysisviews.h"
#include "events/eventtablemodel.h"
#include "analysis/renamechainmodel.h"
#include "analysis/renamechainpanel.h"
#include "analysis/statspanel.h"
#include "window/mainwindow.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "inotify/inotifymonitor.h"
#include "window/uisettings.h"
#include "io/sessionfilereader.h"
#include "lib/committedevents.h"
#include "lib/dialoganswerer.h"
#include "lib/showexposed.h"
#include "lib/temptree.h"
#include "lib/testsettings.h"
#include "lib/teststatehome.h"
#include "session/spooldirectory.h"
#include "window/capturebudget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QUrl>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QPlainTextEdit>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

// The whole window on the real kernel: watch a temporary folder with inotify, create, rename and
// delete files, and find the rows in the table.
class tst_UiEndToEnd : public QObject
{
    Q_OBJECT

private:
    TestStateHome m_stateHome; // the captures' spool files go there, not to the user's

    static bool hasPath(const Session &s, const QString &path)
    {
        const QByteArray bytes = QFile::encodeName(path);
        for (qsizetype i = 0; i < s.events().size(); ++i) {
            if (s.paths().path(s.events().at(i).pathId) == bytes)
                return true;
        }
        return false;
    }

    static bool hasRow(const EventTableModel *m, const QString &name, const QString &event)
    {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, EventTableModel::NameColumn).data().toString() == name
                && m->index(r, EventTableModel::EventColumn).data().toString().contains(event))
                return true;
        }
        return false;
    }

    // A stand-in for the fanotify helper (FSNOOP_HELPER): an executable shell script.
    static bool writeScript(const QString &path, const QByteArray &body)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n" + body) < 0)
            return false;
        f.close();
        return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Makes the window start `fake` as its helper until the returned guard goes. The window
    // remembers the last watch options, so the guard also leaves the next tests on inotify.
    static auto useFakeHelper(const QString &fake)
    {
        qputenv("FSNOOP_HELPER", QFile::encodeName(fake));
        return qScopeGuard([] {
            qunsetenv("FSNOOP_HELPER");
            QSettings settings;
            UiSettings::setWatchOptions(settings, WatchOptions());
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings("tst_uiendtoend");
    }

    void watchCreateRenameDelete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));

        MainWindow window;
        window.show();
        QAbstractItemModelTester tester(window.eventModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        WatchOptions options;
        options.roots = {QFile::encodeName(dir.path())};
        QVERIFY(window.startWatching(options));
        QVERIFY(window.source() && window.source()->isRunning());
        QVERIFY(window.windowTitle().contains(QDir(dir.path()).dirName()));
        QCOMPARE(window.session()->events().cap(), // bounded by the capture budget
                 qsizetype(CaptureBudget::kDefaultBytes / CaptureBudget::kBytesPerEvent));
        QTRY_VERIFY_WITH_TIMEOUT(window.source()->stats().watchedDirectories >= 2, 5000);

        QFile f(dir.filePath(QStringLiteral("sub/hello.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hi");
        f.close();
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("sub/hello.txt")),
                              dir.filePath(QStringLiteral("renamed.txt"))));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("renamed.txt"))));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("newdir")));

        const EventTableModel *m = window.eventModel();
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(m, QStringLiteral("hello.txt"), QStringLiteral("create")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(m, QStringLiteral("hello.txt"), QStringLiteral("close_write")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(m, QStringLiteral("hello.txt"), QStringLiteral("moved_from")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(m, QStringLiteral("renamed.txt"), QStringLiteral("moved_to")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(m, QStringLiteral("renamed.txt"), QStringLiteral("delete")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(m, QStringLiteral("newdir"), QStringLiteral("create")), 5000);

        // The rename's two halves share a cookie.
        QString fromCookie, toCookie;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString ev = m->index(r, EventTableModel::EventColumn).data().toString();
            const QString cookie = m->index(r, EventTableModel::CookieColumn).data().toString();
            if (ev.contains(QLatin1String("moved_from")))
                fromCookie = cookie;
            if (ev.contains(QLatin1String("moved_to")))
                toCookie = cookie;
        }
        QVERIFY(!fromCookie.isEmpty());
        QCOMPARE(fromCookie, toCookie);

        // "Show only this file" keeps the chosen row selected.
        int helloRow = -1;
        for (int r = 0; r < m->rowCount() && helloRow < 0; ++r) {
            if (m->index(r, EventTableModel::EventColumn).data().toString() == QLatin1String("close_write"))
                helloRow = r;
        }
        QVERIFY(helloRow >= 0);
        window.eventView()->setCurrentIndex(m->index(helloRow, 0));
        const quint64 serial = m->serialAt(helloRow);
        window.showOnlyPaths({m->index(helloRow, 0).data(EventTableModel::PathIdRole).toUInt()});
        QVERIFY(m->rowCount() >= 3 && m->rowCount() < 20);
        QVERIFY(window.eventView()->currentIndex().isValid());
        QCOMPARE(m->serialAt(window.eventView()->currentIndex().row()), serial);
        window.clearPathFilter();

        // A filter on the live table, then pause: capture goes on, the table holds still.
        EventFilter::Criteria c;
        c.pathText = QStringLiteral("renamed");
        window.eventModel()->setCriteria(c);
        QCOMPARE(m->rowCount(), 2);
        window.eventModel()->setPaused(true);
        QVERIFY(QFile(dir.filePath(QStringLiteral("renamed.txt"))).open(QIODevice::WriteOnly));
        QTRY_VERIFY_WITH_TIMEOUT(window.eventModel()->hasPendingRows(), 5000);
        QCOMPARE(m->rowCount(), 2);
        window.eventModel()->setPaused(false);
        QVERIFY(m->rowCount() > 2);

        window.stopWatching();
        QVERIFY(!window.source());
    }

    // The view follows new rows only while the user sits at the bottom.
    void analysisViewsFollowTheWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        const AnalysisViews views = addAnalysisViews(&window);
        window.show();
        WatchOptions options;
        options.roots = {QFile::encodeName(dir.path())};
        QVERIFY(window.startWatching(options));
        // The panels follow the new live session the window made.
        QCOMPARE(views.stats->session(), window.session());
        QTRY_VERIFY_WITH_TIMEOUT(window.source()->stats().watchedDirectories >= 1, 5000);

        QFile a(dir.filePath(QStringLiteral("a")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.close();
        QFile other(dir.filePath(QStringLiteral("other")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("b")), dir.filePath(QStringLiteral("c"))));

        // One chain a -> b -> c with two steps, in the Renames tab (a tab behind another one
        // catches up when it is shown, not at every tick).
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(views.renames);
        const RenameChainModel *chains = views.renames->model();
        QTRY_VERIFY_WITH_TIMEOUT(chains->rowCount() == 1
                                     && chains->index(0, RenameChainModel::StepsColumn).data().toInt() == 2,
                                 5000);
        QCOMPARE(chains->index(0, RenameChainModel::CurrentNameColumn).data().toString().section(u'/', -1),
                 QStringLiteral("c"));

        // Browsing the Renames tab only selects: no jump to Events, no filter (issue 15).
        const EventTableModel *m = window.eventModel();
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(m, QStringLiteral("other"), QStringLiteral("create")), 5000);
        QTreeView *tree = views.renames->treeView();
        tree->setFocus(); // the view picks a current row of its own
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tabs->currentWidget(), views.renames);
        QVERIFY(m->criteria().onlyPaths.isEmpty());

        // Asking for the chain's paths narrows the event table to them: "other" disappears.
        Q_EMIT views.renames->showPathsRequested(chains->pathIdsFor(chains->index(0, 0)));
        QVERIFY(!hasRow(m, QStringLiteral("other"), QStringLiteral("create")));
        QVERIFY(hasRow(m, QStringLiteral("a"), QStringLiteral("moved_from")));
        QVERIFY(hasRow(m, QStringLiteral("c"), QStringLiteral("moved_to")));
        window.clearPathFilter();
        QVERIFY(hasRow(m, QStringLiteral("other"), QStringLiteral("create")));
        window.stopWatching();
    }

    void helperFailureFallsBackToInotifyKeepingTheSession()
    {
        // A "helper" that answers garbage: the window must say so, keep what it captured, and
        // go on with inotify (as it must after pkexec's 126/127 too).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fake = dir.filePath(QStringLiteral("fake-helper"));
        QVERIFY(writeScript(fake, "echo 'this is not the protocol'\nexit 3\n"));
        const QString watched = dir.filePath(QStringLiteral("w"));
        QVERIFY(QDir().mkdir(watched));
        const auto restore = useFakeHelper(fake);
        MainWindow window;
        window.show();
        WatchOptions options;
        options.roots = {QFile::encodeName(watched)};
        options.backend = WatchOptions::Backend::Fanotify;
        window.startWatching(options); // may fail at once or later: both must fall back
        Session *session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(window.source() && window.source()->isRunning()
                                     && qobject_cast<InotifyMonitor *>(window.source()),
                                 10000);
        QCOMPARE(window.session(), session); // same session: nothing captured so far is lost
        bool helperProblem = false;
        for (const MonitorProblem &p : session->problems())
            helperProblem |= p.kind == MonitorProblem::HelperFailed
                || p.kind == MonitorProblem::HelperNotAuthorized
                || p.kind == MonitorProblem::HelperCancelled;
        QVERIFY(helperProblem);
        QTRY_VERIFY_WITH_TIMEOUT(window.source()->stats().watchedDirectories >= 1, 5000);
        QFile f(watched + QStringLiteral("/after.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(window.eventModel(), QStringLiteral("after.txt"),
                                        QStringLiteral("create")),
                                 5000);
        window.stopWatching();
    }

    void followsTheTailOnlyAtTheBottom()
    {
        MainWindow window;
        QVERIFY(showExposed(window, {900, 600}));
        Session *session = window.session();
        const quint32 path = session->paths().internPath("/tmp/follow/a.txt");
        auto batch = [path](int n) {
            FsEventBatch b(n);
            for (FsEvent &e : b) {
                e.mask = 0x2; // IN_MODIFY
                e.pathId = path;
            }
            return b;
        };
        QScrollBar *bar = window.eventView()->verticalScrollBar();
        session->append(batch(2000));
        window.eventModel()->flush();
        QCoreApplication::processEvents();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum()); // at the tail from the start

        bar->setValue(0); // the user scrolls up to read
        session->append(batch(500));
        window.eventModel()->flush();
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
        // ...and the window says the table no longer follows (issue 15).
        QAction *follow = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("&Follow New Events"))
                follow = a;
        }
        QVERIFY(follow);
        QVERIFY(!follow->isChecked());
        auto *jump = window.findChild<QToolButton *>(QStringLiteral("jumpToLatest"));
        QVERIFY(jump);
        QVERIFY(jump->isVisible());
        QVERIFY(window.eventView()->viewport()->geometry().contains(jump->geometry()));
        // End jumps to the latest row and follows again.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.eventView()->setFocus();
        QTest::keyClick(window.eventView(), Qt::Key_End);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(follow->isChecked());
        QVERIFY(!jump->isVisible());
        session->append(batch(100));
        window.eventModel()->flush();
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(0);
        QVERIFY(!follow->isChecked());

        bar->setValue(bar->maximum()); // back at the bottom: follow again
        session->append(batch(500));
        window.eventModel()->flush();
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(window.eventModel()->rowCount(), 3100);
        QVERIFY(follow->isChecked()); // back at the bottom: following, ticked

        // Turned off in the menu, it stays off at the bottom until turned on or End.
        follow->setChecked(false);
        session->append(batch(100));
        window.eventModel()->flush();
        QCoreApplication::processEvents();
        QVERIFY(bar->value() < bar->maximum());
        QVERIFY(jump->isVisible());
        follow->setChecked(true);
        QCOMPARE(bar->value(), bar->maximum());
    }

    // The status bar counts the folders watched now: after the watched folder is deleted it
    // must not go on saying "4 folders watched" (issue 15). The folder is waited for meanwhile,
    // and the status bar says so until it is back (issue 13).
    void statusBarForgetsDeletedFoldersAndShowsThemWaiting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString watched = dir.filePath(QStringLiteral("w"));
        for (const char *sub : {"w/a", "w/b", "w/c"})
            QVERIFY(QDir(dir.path()).mkpath(QLatin1String(sub)));
        MainWindow window;
        window.show();
        WatchOptions options;
        options.roots = {QFile::encodeName(watched)};
        QVERIFY(window.startWatching(options));
        auto *folders = window.findChild<QLabel *>(QStringLiteral("watchedFolders"));
        QVERIFY(folders);
        QTRY_VERIFY2_WITH_TIMEOUT(folders->isVisible() && folders->text().startsWith(QLatin1String("4 folder")), qPrintable(folders->text() + QString::number(folders->isVisible())),
                                 5000);
        auto *waiting = window.findChild<QLabel *>(QStringLiteral("waitingFolders"));
        QVERIFY(waiting);
        QVERIFY(!waiting->isVisible());
        QVERIFY(QDir(watched).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(!folders->isVisible() || folders->text().startsWith(QLatin1String("0 folder")),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(waiting->isVisible(), 5000);
        // (No translator here: the English plural forms come from fsnoop_en.qm in the app.)
        QVERIFY2(waiting->text().startsWith(QLatin1String("1 folder"))
                     && waiting->text().endsWith(QLatin1String("waiting to come back")),
                 qPrintable(waiting->text()));
        QVERIFY(window.source() && window.source()->isRunning()); // waiting, not failed
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("w/again")));
        QTRY_VERIFY_WITH_TIMEOUT(!waiting->isVisible(), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(folders->isVisible() && folders->text().startsWith(QLatin1String("2 folder")),
                                  qPrintable(folders->text()), 5000);
    }

    // The details pane follows the table: a filter or "Hide This File" that removes the selected
    // event clears it, and it is not shown beside the statistics or the renames (issue 15).
    void detailsPaneNeverShowsAStaleEvent()
    {
        MainWindow window;
        const AnalysisViews views = addAnalysisViews(&window);
        window.show();
        Session *session = window.session();
        const quint32 a = session->paths().internPath("/tmp/details/alpha.txt");
        const quint32 b = session->paths().internPath("/tmp/details/beta.txt");
        FsEventBatch batch(4);
        for (int i = 0; i < 4; ++i) {
            batch[i].mask = 0x2; // IN_MODIFY
            batch[i].pathId = i % 2 ? b : a;
            batch[i].timeNs = 1700000000123456789 + i;
        }
        session->append(batch);
        window.eventModel()->flush();
        auto *details = window.findChild<QPlainTextEdit *>(QStringLiteral("eventDetails"));
        QVERIFY(details);
        window.eventView()->setCurrentIndex(window.eventModel()->index(0, 0));
        QVERIFY(details->toPlainText().contains(QLatin1String("alpha.txt")));
        // The same microseconds as the table's Time column.
        const QString shownTime = window.eventModel()->index(0, EventTableModel::TimeColumn).data().toString();
        QVERIFY(shownTime.endsWith(QLatin1String(".123456")));
        QVERIFY2(details->toPlainText().contains(shownTime), qPrintable(details->toPlainText()));

        EventFilter::Criteria c = window.eventModel()->criteria();
        c.hiddenPaths.insert(a);
        window.eventModel()->setCriteria(c);
        QCOMPARE(window.eventModel()->rowCount(), 2);
        QVERIFY(!details->toPlainText().contains(QLatin1String("alpha.txt")));

        window.eventView()->setCurrentIndex(window.eventModel()->index(0, 0));
        QVERIFY(details->toPlainText().contains(QLatin1String("beta.txt")));
        c.hiddenPaths.clear();
        c.pathText = QStringLiteral("nothing matches this");
        window.eventModel()->setCriteria(c);
        QCOMPARE(window.eventModel()->rowCount(), 0);
        QVERIFY(details->toPlainText().isEmpty());
        window.eventModel()->setCriteria({});

        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(details->isVisible());
        tabs->setCurrentWidget(views.stats);
        QVERIFY(!details->isVisible());
        tabs->setCurrentWidget(views.renames);
        QVERIFY(!details->isVisible());
        tabs->setCurrentIndex(0);
        QVERIFY(details->isVisible());
    }

    // The window always spools (issue 12): a live capture is written to a session file in the
    // state folder as it comes in, locked while it runs. Replacing or closing it asks "keep or
    // discard": Keep, the default, leaves the finished file; Discard deletes it; Save... moves it;
    // Cancel changes nothing.
    void captureIsSpooledThenKeptDiscardedOrSaved()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : {"one", "two", "three"})
            QVERIFY(QDir(dir.path()).mkdir(QLatin1String(name)));
        auto optionsFor = [&dir](const char *name) {
            WatchOptions o;
            o.roots = {QFile::encodeName(dir.filePath(QLatin1String(name)))};
            return o;
        };
        auto capture = [&](MainWindow &window, const char *folder, const char *file) {
            if (!QTest::qWaitFor([&] { return window.source()
                                          && window.source()->stats().watchedDirectories >= 1; },
                                 5000))
                return false;
            QFile f(dir.filePath(QLatin1String(folder) + QLatin1Char('/') + QLatin1String(file)));
            return f.open(QIODevice::WriteOnly)
                && QTest::qWaitFor([&] { return hasRow(window.eventModel(), QLatin1String(file),
                                                       QStringLiteral("create")); }, 5000);
        };
        TestStateHome home; // an empty sessions folder

        MainWindow window;
        // Never our own running file through a descriptor of our own: see SpoolDirectory::entries.
        auto spooled = [&window] { return SpoolDirectory::entries(window.capture()->openSpoolFile()); };

        window.show();
        QVERIFY(window.startWatching(optionsFor("one")));
        QVERIFY(capture(window, "one", "a.txt"));
        QCOMPARE(spooled().size(), 1);
        const SpoolDirectory::Entry running = spooled().first();
        QCOMPARE(running.file, window.capture()->openSpoolFile());
        QVERIFY(SpoolDirectory::contains(running.file));
        QVERIFY(!running.isCrashed());
        // Committed while the capture runs, not only at its end.
        QTRY_VERIFY_WITH_TIMEOUT(committedEvents(running.file)
                                     >= window.session()->events().size(), 5000);
        Session *captured = window.session();

        {
            DialogAnswerer cancel(DialogAnswerer::standard(QMessageBox::Cancel));
            QVERIFY(!window.startWatching(optionsFor("two")));
            QCOMPARE(cancel.boxesSeen(), 1);
            QCOMPARE(cancel.defaultButtons().first(), QStringLiteral("Keep"));
            QVERIFY(cancel.texts().first().contains(running.file));
        }
        QCOMPARE(window.session(), captured);
        QVERIFY(window.source() && window.source()->isRunning()); // still capturing
        const qsizetype capturedEvents = captured->events().size();

        {
            // Enter in haste: the default button.
            DialogAnswerer keep([](QMessageBox *box) { return box->defaultButton(); });
            QVERIFY(window.startWatching(optionsFor("two")));
            QCOMPARE(keep.boxesSeen(), 1);
        }
        const SpoolDirectory::Entry kept = SpoolDirectory::entry(running.file);
        QVERIFY(!kept.locked);
        QVERIFY(kept.metadata.stoppedNs > 0); // finished, so never offered as a crash
        QVERIFY(kept.events >= capturedEvents);
        QCOMPARE(kept.metadata.roots, optionsFor("one").roots);
        {
            SessionFileError error;
            const auto s = SessionFileReader::load(running.file, &error);
            QVERIFY(s);
            QVERIFY(hasPath(*s, dir.filePath(QStringLiteral("one/a.txt"))));
        }

        QVERIFY(capture(window, "two", "b.txt"));
        QCOMPARE(spooled().size(), 2);
        QCOMPARE(spooled().first().file, window.capture()->openSpoolFile()); // newest first
        const QString second = window.capture()->openSpoolFile();
        QVERIFY(second != running.file);
        {
            DialogAnswerer discard(DialogAnswerer::button("discardButton"));
            QVERIFY(window.openSession(running.file));
            QCOMPARE(discard.boxesSeen(), 1);
        }
        QVERIFY(!QFile::exists(second));
        QVERIFY(window.session()->isReadOnly());
        QVERIFY(hasRow(window.eventModel(), QStringLiteral("a.txt"), QStringLiteral("create")));

        QVERIFY(window.startWatching(optionsFor("three"))); // a reopened file: nothing to ask
        QVERIFY(capture(window, "three", "c.txt"));
        const QString third = window.capture()->openSpoolFile();
        const QString target = dir.filePath(QStringLiteral("saved.fsnoop"));
        {
            DialogAnswerer save(DialogAnswerer::button("saveButton"), target);
            QVERIFY(window.close());
            QCOMPARE(save.boxesSeen(), 1);
        }
        QVERIFY(!QFile::exists(third));
        SessionFileError error;
        const auto saved = SessionFileReader::load(target, &error);
        QVERIFY(saved);
        QVERIFY(hasPath(*saved, dir.filePath(QStringLiteral("three/c.txt"))));
        QCOMPARE(spooled().size(), 1); // the kept one
    }

    // Without a place to spool (here the state folder is a file) the capture lives in memory:
    // the window says so, counts what is not in a file, and the question is issue 15's, Export...,
    // Discard or Cancel, the default.
    void memoryOnlyCaptureIsNeverDiscardedSilently()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("one")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("two")));
        const QString notADir = dir.filePath(QStringLiteral("state"));
        QVERIFY(writeFile(notADir, "x"));
        const QByteArray stateHome = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", QFile::encodeName(notADir));
        const auto restore = qScopeGuard([&] { qputenv("XDG_STATE_HOME", stateHome); });
        auto optionsFor = [&dir](const char *name) {
            WatchOptions o;
            o.roots = {QFile::encodeName(dir.filePath(QLatin1String(name)))};
            return o;
        };
        auto makeEvent = [&dir](const QString &relative) {
            QFile f(dir.filePath(relative));
            return f.open(QIODevice::WriteOnly);
        };
        auto closeSpoolFailure = [](MainWindow &window) {
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("spoolFailedBox"));
            if (!box)
                return false;
            box->close();
            return true;
        };
        MainWindow window;
        window.show();
        QVERIFY(window.startWatching(optionsFor("one"))); // an empty window: no question
        QVERIFY(closeSpoolFailure(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.source()->stats().watchedDirectories >= 1, 5000);
        QVERIFY(makeEvent(QStringLiteral("one/a.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(window.eventModel(), QStringLiteral("a.txt"),
                                        QStringLiteral("create")), 5000);
        auto *unspooled = window.findChild<QLabel *>(QStringLiteral("unspooledEvents"));
        QVERIFY(unspooled);
        QTRY_VERIFY_WITH_TIMEOUT(unspooled->isVisible(), 5000);
        Session *captured = window.session();

        // A saved CSV to open.
        const QString csv = dir.filePath(QStringLiteral("old.csv"));
        QVERIFY(writeFile(csv, "time,events,path,is_dir,cookie,pid,process,executable,source\r\n"
                               "2026-11-22T08:12:00.000001+00:00,CREATE,/x/y,0,0,,,,inotify\r\n"));

        {
            DialogAnswerer cancel(DialogAnswerer::standard(QMessageBox::Cancel));
            QVERIFY(!window.startWatching(optionsFor("two")));
            QVERIFY(!window.openSession(csv));
            QVERIFY(!window.close());
            QCOMPARE(cancel.boxesSeen(), 3);
            for (const QString &d : cancel.defaultButtons())
                QCOMPARE(d, QMessageBox(QMessageBox::Warning, {}, {}, QMessageBox::Cancel)
                                .button(QMessageBox::Cancel)->text()); // keeping is the default
            QVERIFY(cancel.texts().first().contains(QLatin1String("not been exported")));
        }
        QVERIFY(window.isVisible());
        QCOMPARE(window.session(), captured);
        QVERIFY(window.source() && window.source()->isRunning()); // still capturing
        QVERIFY(hasRow(window.eventModel(), QStringLiteral("a.txt"), QStringLiteral("create")));

        {
            DialogAnswerer discard(DialogAnswerer::button("discardButton"));
            QVERIFY(window.startWatching(optionsFor("two")));
            QCOMPARE(discard.boxesSeen(), 1);
        }
        QVERIFY(closeSpoolFailure(window));
        QVERIFY(window.session() != captured);
        QTRY_VERIFY_WITH_TIMEOUT(window.source()->stats().watchedDirectories >= 1, 5000);
        QVERIFY(makeEvent(QStringLiteral("two/b.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(window.eventModel(), QStringLiteral("b.txt"),
                                        QStringLiteral("create")), 5000);
        window.stopWatching();

        // Export... writes every event, then the action goes on; nothing is asked after that.
        const QString exported = dir.filePath(QStringLiteral("saved.csv"));
        {
            DialogAnswerer exportFirst(DialogAnswerer::button("exportButton"), exported);
            QVERIFY(window.openSession(csv));
            QCOMPARE(exportFirst.boxesSeen(), 1);
        }
        QVERIFY(fileContains(exported, "b.txt"));
        QVERIFY(window.session()->isReadOnly());
        DialogAnswerer none(DialogAnswerer::standard(QMessageBox::Cancel));
        QVERIFY(window.close()); // a reopened file is saved already
        QCOMPARE(none.boxesSeen(), 0);
    }

    // Remembered settings (issue 15): the administrator mode is never restored — a later plain
    // watch must not start the root helper — and a restored filter or exclude pattern is shown.
    void restoredSettingsAreVisibleAndNeverPrivileged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(QStringLiteral("helper-started"));
        const QString fake = dir.filePath(QStringLiteral("fake-helper"));
        QVERIFY(writeScript(fake, "touch '" + QFile::encodeName(marker) + "'\nexit 3\n"));
        const QString watched = dir.filePath(QStringLiteral("w"));
        QVERIFY(QDir().mkdir(watched));
        const auto restore = useFakeHelper(fake);
        const auto restoreFilter = qScopeGuard([] {
            QSettings settings;
            UiSettings::setFilter(settings, EventFilter::Criteria());
        });
        {
            QSettings settings;
            WatchOptions narrow;
            narrow.excludes = {QRegularExpression(QStringLiteral("/\\.git/"))};
            UiSettings::setWatchOptions(settings, narrow);
            settings.setValue(QStringLiteral("watch/fanotify"), true); // as an earlier run left it
            EventFilter::Criteria c;
            c.pathText = QStringLiteral("src");
            UiSettings::setFilter(settings, c);
        }

        MainWindow window;
        window.show();
        auto *clear = window.findChild<QToolButton *>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear);
        QVERIFY(clear->isVisible()); // the restored path filter says it is active
        QVERIFY(window.watchFolder(watched));
        QVERIFY(qobject_cast<InotifyMonitor *>(window.source()));
        QTRY_VERIFY_WITH_TIMEOUT(window.source()->stats().watchedDirectories >= 1, 5000);
        QVERIFY(!QFile::exists(marker));
        for (const MonitorProblem &p : window.session()->problems())
            QVERIFY(p.kind != MonitorProblem::HelperFailed);
        auto *scope = window.findChild<QLabel *>(QStringLiteral("watchScope"));
        QVERIFY(scope);
        QTRY_VERIFY_WITH_TIMEOUT(scope->isVisible(), 5000);
        QVERIFY(scope->text().contains(QLatin1String("excluded")));
        QVERIFY(scope->toolTip().contains(QLatin1String("/\\.git/")));

        clear->click();
        QVERIFY(window.eventModel()->criteria().pathText.isEmpty());
        QVERIFY(!clear->isVisible());
        window.stopWatching();
        QTRY_VERIFY_WITH_TIMEOUT(!scope->isVisible(), 5000);
    }

    // A folder dropped on the window is watched; filters and the follow setting survive a
    // restart through QSettings.
    void dropAFolderAndRememberSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            MainWindow window;
            window.show();
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(dir.path())});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &drop);
            QTRY_VERIFY_WITH_TIMEOUT(window.source() && window.source()->isRunning(), 5000);
            QVERIFY(window.windowTitle().contains(QDir(dir.path()).dirName()));

            QFile f(dir.filePath(QStringLiteral("dropped.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            QTRY_VERIFY_WITH_TIMEOUT(hasRow(window.eventModel(), QStringLiteral("dropped.txt"),
                                            QStringLiteral("create")), 5000);

            EventFilter::Criteria c;
            c.pathText = QStringLiteral("dropped");
            c.kind = EventFilter::Kind::Files;
            window.eventModel()->setCriteria(c);
            // A capture with events: closing asks whether to keep it (issues 12, 15).
            DialogAnswerer discard(DialogAnswerer::button("discardButton"));
            window.close(); // saves the settings
            QCOMPARE(discard.boxesSeen(), 1);
        }
        MainWindow again;
        QCOMPARE(again.eventModel()->criteria().pathText, QStringLiteral("dropped"));
        QVERIFY(again.eventModel()->criteria().kind == EventFilter::Kind::Files);
        QSettings settings;
        QVERIFY(settings.value(QStringLiteral("recentFolders")).toStringList().contains(
            QFileInfo(dir.path()).absoluteFilePath()));
        // Leave no filter behind for the next run of this test.
        again.eventModel()->setCriteria({});
        again.close();
    }
};

QTEST_MAIN(tst_UiEndToEnd)
#include "tst_uiendtoend.moc"
