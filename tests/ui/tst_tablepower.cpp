#include "core/pathtable.h"
#include "core/session.h"
#include "events/eventcolumns.h"
#include "events/eventfinder.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "events/findbar.h"
#include "events/rowcopier.h"
#include "io/csvwriter.h"
#include "io/sessionfilereader.h"
#include "io/sessionfilewriter.h"
#include "lib/showexposed.h"
#include "lib/testevent.h"
#include "window/mainwindow.h"
#include "window/uisettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The event table as a power user expects it (issue 16): columns chosen, moved and remembered;
// copy as text and CSV; Find without filtering; Jump to Time; bookmarks kept in the session file.
class tst_TablePower : public QObject
{
    Q_OBJECT

private:
    // Five events a millisecond apart on three paths (one not UTF-8, one with a comma and a
    // quote), the first two by a known process.
    struct Fixture {
        Session session;
        quint32 main, odd, bad;
        EventTableModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        Fixture()
        {
            main = session.paths().internPath("/w/src/main.cpp");
            odd = session.paths().internPath("/w/a,\"b\".txt");
            bad = session.paths().internPath(QByteArray("/w/caf\xff.log", 11));
            ProcessInfo info(4242, "vim", "/usr/bin/vim.basic");
            info.commandLine = QByteArray("vim\0main.cpp", 12);
            info.parentPid = 4200;
            info.uid = 1000;
            info.userName = "ada";
            const quint32 vim = session.processes().intern(info);
            model.setSession(&session);
            FsEventBatch batch = {ev(IN_MODIFY, main).ms(1).process(vim), ev(IN_CLOSE_WRITE, main).ms(2).process(vim),
                                  ev(IN_CREATE, odd).ms(3), ev(IN_MODIFY, bad).ms(4), ev(IN_DELETE, odd).ms(5)};
            batch[0].pid = batch[1].pid = 4242;
            session.append(batch);
            model.flush();
        }
        // A fixture's session with one bookmark as a finished session file, s.fsnoop in `dir`
        // (paths, processes, events and bookmarks): its path, or nothing if it was not written.
        static QString fileWithBookmark(const QTemporaryDir &dir, quint64 event, const QString &note)
        {
            Fixture f;
            const Session &s = f.session;
            f.session.bookmarks().set(event, note);
            const QString file = dir.filePath(QStringLiteral("s.fsnoop"));
            SessionFileWriter w;
            if (!w.create(file, SessionMetadata{}) || !w.begin() || !w.writePaths(s.paths(), s.paths().size()))
                return {};
            for (quint32 id = 1; id < s.processes().size(); ++id) {
                if (!w.writeProcess(id, s.processes().info(id)))
                    return {};
            }
            const bool written = w.writeEvents(&s.events().at(0), s.events().size())
                                 && w.writeBookmarks(s.bookmarks(), 0) && w.commit() && w.finish(99);
            return written ? file : QString();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void processColumnsAreThereAndHiddenByDefault()
    {
        Fixture f;
        EventTableView view(&f.model);
        QCOMPARE(f.model.columnCount(), int(EventTableModel::ColumnCount));
        QCOMPARE(f.model.headerData(EventTableModel::CommandLineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Command line"));
        QCOMPARE(f.model.index(0, EventTableModel::ExecutableColumn).data().toString(),
                 QStringLiteral("/usr/bin/vim.basic"));
        QCOMPARE(f.model.index(0, EventTableModel::CommandLineColumn).data().toString(),
                 QStringLiteral("vim main.cpp"));
        QCOMPARE(f.model.index(0, EventTableModel::ParentPidColumn).data().toInt(), 4200);
        QCOMPARE(f.model.index(0, EventTableModel::UserColumn).data().toString(), QStringLiteral("ada (1000)"));
        QVERIFY(!f.model.index(2, EventTableModel::UserColumn).data().isValid()); // no process
        for (int c = 0; c < EventTableModel::ColumnCount; ++c)
            QCOMPARE(view.horizontalHeader()->isSectionHidden(c), c > EventTableModel::SourceColumn);
        for (int c = 0; c < EventTableModel::ColumnCount; ++c)
            QCOMPARE(EventColumns::columnOfKey(EventColumns::key(c)), c);
        QCOMPARE(EventColumns::columnOfKey(QStringLiteral("nonsense")), -1);
    }

    void columnLayoutRoundTripsThroughSettings()
    {
        Fixture f;
        QStringList saved;
        {
            EventTableView view(&f.model);
            QHeaderView *h = view.horizontalHeader();
            h->moveSection(h->visualIndex(EventTableModel::PidColumn), 0);
            h->resizeSection(EventTableModel::FolderColumn, 321);
            h->setSectionHidden(EventTableModel::SourceColumn, true);
            h->setSectionHidden(EventTableModel::UserColumn, false);
            QSettings settings;
            UiSettings::setColumnLayout(settings, view.columnLayout());
            saved = UiSettings::columnLayout(settings);
        }
        QCOMPARE(saved.first(), QStringLiteral("pid:%1").arg(EventTableView(&f.model).horizontalHeader()->sectionSize(EventTableModel::PidColumn)));
        // A layout from a version with a column this one lacks, and one without the newest.
        saved.prepend(QStringLiteral("gone_column:50"));
        saved.removeIf([](const QString &e) { return e.startsWith(QLatin1String("parent_pid:")); });
        EventTableView view(&f.model);
        view.setColumnLayout(saved);
        QHeaderView *h = view.horizontalHeader();
        QCOMPARE(h->logicalIndex(0), int(EventTableModel::PidColumn));
        QCOMPARE(h->sectionSize(EventTableModel::FolderColumn), 321);
        QVERIFY(h->isSectionHidden(EventTableModel::SourceColumn));
        QVERIFY(!h->isSectionHidden(EventTableModel::UserColumn));
        QVERIFY(h->isSectionHidden(EventTableModel::ParentPidColumn)); // not named: its default
        view.resetColumns();
        QCOMPARE(h->logicalIndex(0), int(EventTableModel::TimeColumn));
        QVERIFY(!h->isSectionHidden(EventTableModel::SourceColumn));
        // A layout that hides everything is not obeyed.
        QStringList allHidden;
        for (int c = 0; c < EventTableModel::ColumnCount; ++c)
            allHidden << EventColumns::key(c) + QStringLiteral(":80:hidden");
        view.setColumnLayout(allHidden);
        QVERIFY(!h->isSectionHidden(EventTableModel::TimeColumn));
    }

    void copiesTextAndCsvExactly()
    {
        Fixture f;
        EventTableView view(&f.model);
        QHeaderView *h = view.horizontalHeader();
        // Text follows what is shown: Name first, then Event; everything else hidden.
        for (int c = 0; c < EventTableModel::ColumnCount; ++c)
            h->setSectionHidden(c, c != EventTableModel::NameColumn && c != EventTableModel::EventColumn);
        h->moveSection(h->visualIndex(EventTableModel::NameColumn), 0);
        const std::vector<int> rows = {0, 2, 3};
        QCOMPARE(RowCopier::text(f.model, *h, rows),
                 QStringLiteral("main.cpp\tmodify\na,\"b\".txt\tcreate\ncaf\uFFFD.log\tmodify\n"));
        // CSV: fsnoop's own format, lossless: the bad byte is \xFF, the comma and quotes quoted.
        const QByteArray expected = CsvWriter::header()
            + CsvWriter::formatTime(kTestEpochNs + 1000000)
            + ",MODIFY,/w/src/main.cpp,0,0,4242,vim,/usr/bin/vim.basic,inotify\r\n"
            + CsvWriter::formatTime(kTestEpochNs + 3000000) + ",CREATE,\"/w/a,\"\"b\"\".txt\",0,0,,,,inotify\r\n"
            + CsvWriter::formatTime(kTestEpochNs + 4000000) + ",MODIFY,/w/caf\\xFF.log,0,0,,,,inotify\r\n";
        QCOMPARE(RowCopier::csv(f.model, rows), expected);
        QCOMPARE(RowCopier::paths(f.model, rows),
                 QStringLiteral("/w/src/main.cpp\n/w/a,\"b\".txt\n/w/caf\uFFFD.log"));

        // Ctrl+C and Ctrl+Shift+C in the table.
        QVERIFY(showExposed(view));
        view.selectionModel()->select(f.model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view.selectionModel()->select(f.model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view.selectionModel()->select(f.model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), RowCopier::text(f.model, *h, rows));
        QCOMPARE(mime->data(QStringLiteral("text/csv")), expected);
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), RowCopier::paths(f.model, rows));
    }

    void findsNextAndPreviousWrappingWithoutFiltering()
    {
        Fixture f;
        EventFinder finder(&f.model);
        QSignalSpy found(&finder, &EventFinder::found);
        QSignalSpy notFound(&finder, &EventFinder::notFound);
        f.model.setFindText(QStringLiteral("A,\"B")); // case-insensitive, in the path
        QCOMPARE(f.model.rowCount(), 5);            // nothing filtered
        QVERIFY(f.model.index(2, 0).data(EventTableModel::FindMatchRole).toBool());
        QVERIFY(!f.model.index(0, 0).data(EventTableModel::FindMatchRole).toBool());
        QVERIFY(f.model.index(2, 0).data(Qt::BackgroundRole).isValid()); // tinted
        QVERIFY(!f.model.index(3, 0).data(Qt::BackgroundRole).isValid());

        const auto next = [&](int from, bool forward) {
            found.clear();
            finder.find(from, forward);
            if (found.isEmpty() && !found.wait(5000))
                return std::pair(-1, false);
            return std::pair(found.first().at(0).toInt(), found.first().at(1).toBool());
        };
        QCOMPARE(next(0, true), std::pair(2, false));
        QCOMPARE(next(2, true), std::pair(4, false));
        QCOMPARE(next(4, true), std::pair(2, true));   // wrapped past the end
        QCOMPARE(next(2, false), std::pair(4, true));  // wrapped past the start
        QCOMPARE(next(4, false), std::pair(2, false));
        QCOMPARE(next(-1, true), std::pair(2, false)); // nothing current: from the top
        f.model.setFindText(QStringLiteral("vim"));  // the process name
        QCOMPARE(next(1, true), std::pair(0, true));
        f.model.setFindText(QStringLiteral("close_write")); // the event type
        QCOMPARE(next(-1, false), std::pair(1, false));
        f.model.setFindText(QStringLiteral("nowhere"));
        finder.find(0, true);
        QTRY_COMPARE_WITH_TIMEOUT(notFound.size(), 1, 5000);
    }

    void findRunsInSlicesOverManyRowsAndCanBeCancelled()
    {
        // 2M rows and the only match is the last: the search must give the event loop back
        // between slices, not answer in one blocking call.
        Session session;
        EventTableModel model;
        const quint32 a = session.paths().internPath("/w/a");
        const quint32 z = session.paths().internPath("/w/needle");
        model.setSession(&session);
        FsEventBatch batch(2000000, ev(IN_MODIFY, a));
        batch.last() = ev(IN_MODIFY, z);
        session.append(batch);
        model.flush();
        model.setFindText(QStringLiteral("needle"));
        EventFinder finder(&model);
        QSignalSpy found(&finder, &EventFinder::found);
        finder.find(-1, true);
        QVERIFY(finder.isRunning()); // more than one slice's work
        QVERIFY(found.wait(20000));
        QCOMPARE(found.first().at(0).toInt(), 1999999);
        finder.find(-1, true);
        QVERIFY(finder.isRunning());
        finder.cancel();
        QVERIFY(!finder.isRunning());
        QVERIFY(!found.wait(200) || found.size() == 1); // nothing more comes after cancel()
        QCOMPARE(found.size(), 1);
    }

    void jumpsToTheFirstRowAtOrAfterATime()
    {
        Fixture f;
        QCOMPARE(f.model.firstRowAtOrAfter(kTestEpochNs), 0);
        QCOMPARE(f.model.firstRowAtOrAfter(kTestEpochNs + 3000000), 2);     // exactly row 2's time
        QCOMPARE(f.model.firstRowAtOrAfter(kTestEpochNs + 3000001), 3);     // just after it
        QCOMPARE(f.model.firstRowAtOrAfter(kTestEpochNs + 9000000), 5);     // after the last
        // Over the filtered rows: the deletes and creates hidden, row numbers change.
        EventFilter::Criteria c = f.model.criteria();
        c.eventMask = IN_MODIFY | IN_CLOSE_WRITE;
        f.model.setCriteria(c);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.firstRowAtOrAfter(kTestEpochNs + 2500000), 2); // the 4 ms MODIFY
    }

    void bookmarksToggleAndStepOverShownRows()
    {
        Fixture f;
        QSignalSpy changed(&f.model, &EventTableModel::bookmarksChanged);
        QCOMPARE(f.model.nextBookmarkRow(0, true), -1);
        QVERIFY(f.model.toggleBookmark(1));
        QVERIFY(f.model.toggleBookmark(3));
        QVERIFY(f.model.toggleBookmark(4));
        QVERIFY(!f.model.toggleBookmark(4)); // off again
        QCOMPARE(changed.size(), 4);
        QVERIFY(f.model.index(1, 0).data(EventTableModel::BookmarkRole).toBool());
        QVERIFY(!f.model.index(4, 0).data(EventTableModel::BookmarkRole).toBool());
        QVERIFY(f.model.index(1, EventTableModel::TimeColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(f.model.nextBookmarkRow(-1, true), 1);
        QCOMPARE(f.model.nextBookmarkRow(1, true), 3);
        QCOMPARE(f.model.nextBookmarkRow(3, true), 1);  // wraps
        QCOMPARE(f.model.nextBookmarkRow(1, false), 3); // wraps backwards
        QCOMPARE(f.model.nextBookmarkRow(4, false), 3);
        // A bookmark on a row the filter hides is skipped; it comes back with the row.
        EventFilter::Criteria c = f.model.criteria();
        c.eventMask = IN_MODIFY;
        f.model.setCriteria(c); // rows: serial 0, 3
        QCOMPARE(f.model.nextBookmarkRow(0, true), 1);
        QCOMPARE(f.model.nextBookmarkRow(1, true), 1); // the only one shown
        QCOMPARE(f.session.bookmarks().size(), std::size_t(2));
        // The very first event marked, nothing current: it is the first one either way round.
        f.model.setCriteria(EventFilter::Criteria{});
        QVERIFY(f.model.toggleBookmark(0));
        QCOMPARE(f.model.nextBookmarkRow(-1, true), 0);
        QCOMPARE(f.model.nextBookmarkRow(-1, false), 3);
        QCOMPARE(f.model.nextBookmarkRow(3, true), 0);
        QCOMPARE(f.model.nextBookmarkRow(0, false), 3);
    }

    void bookmarksRoundTripThroughASessionFile()
    {
        QTemporaryDir dir;
        const QString file = Fixture::fileWithBookmark(dir, 2, QStringLiteral("the odd one"));
        QVERIFY(!file.isEmpty());
        SessionFileError error;
        auto loaded = SessionFileReader::load(file, &error);
        QVERIFY2(loaded, SessionFileError::codeName(error.code));
        QCOMPARE(loaded->bookmarks().all(), (std::map<quint64, QString>{{2, QStringLiteral("the odd one")}}));

        // In the window's model: toggled, saved into the same file, read back by a new load.
        EventTableModel model;
        model.setSession(loaded.get());
        QVERIFY(model.index(2, EventTableModel::TimeColumn).data(Qt::ToolTipRole).toString()
                    .endsWith(QLatin1String("\nthe odd one")));
        model.setBookmarkNote(1, QStringLiteral("caf\u00e9"));
        model.toggleBookmark(0);
        model.toggleBookmark(4);
        model.toggleBookmark(2); // off
        SessionFileReader reader;
        QVERIFY(reader.open(file));
        QVERIFY(reader.saveBookmarks(loaded->bookmarks()));
        auto again = SessionFileReader::load(file, &error);
        QVERIFY(again);
        QCOMPARE(again->bookmarks().all(),
                 (std::map<quint64, QString>{{0, QString()}, {1, QStringLiteral("caf\u00e9")}, {4, QString()}}));
        QCOMPARE(again->bookmarks(), loaded->bookmarks());

        // A read-only file: the save fails and says so; nothing is lost in memory.
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        if (::geteuid() != 0) { // root writes anyway
            SessionFileReader readOnly;
            QVERIFY(readOnly.open(file));
            QVERIFY(!readOnly.saveBookmarks(loaded->bookmarks()));
            QCOMPARE(readOnly.error().code, SessionFileError::Io);
        }
    }

    void windowKeepsBookmarksInTheOpenedSessionFile()
    {
        QTemporaryDir dir;
        const QString file = Fixture::fileWithBookmark(dir, 1, QStringLiteral("there before"));
        QVERIFY(!file.isEmpty());
        MainWindow window;
        QVERIFY(showExposed(window));
        QVERIFY(window.openSession(file));
        auto *view = qobject_cast<EventTableView *>(window.eventView());
        QTRY_COMPARE(view->model()->rowCount(), 5);
        // The window opens a session file progressively: its bookmarks come with it.
        QVERIFY(view->model()->index(1, 0).data(EventTableModel::BookmarkRole).toBool());
        view->setFocus();
        view->goToRow(3);
        QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
        SessionFileError error;
        auto reread = SessionFileReader::load(file, &error);
        QVERIFY(reread);
        QCOMPARE(reread->bookmarks().all(),
                 (std::map<quint64, QString>{{1, QStringLiteral("there before")}, {3, QString()}}));
    }

    void windowShortcuts()
    {
        QSettings().clear();
        MainWindow window;
        QVERIFY(showExposed(window));
        Session *session = window.session();
        const quint32 a = session->paths().internPath("/w/a.txt");
        const quint32 b = session->paths().internPath("/w/b.txt");
        FsEventBatch batch;
        for (int i = 0; i < 6; ++i)
            batch.append(ev(IN_MODIFY, i % 2 ? b : a).ms(i));
        session->append(batch);
        window.eventModel()->flush();
        auto *view = qobject_cast<EventTableView *>(window.eventView());
        QVERIFY(view);
        window.activateWindow();
        view->setFocus();
        view->goToRow(0);

        // Ctrl+B marks rows 0 and 3; F2 / Shift+F2 step between them.
        QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
        view->goToRow(3);
        QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(session->bookmarks().size(), std::size_t(2));
        QTest::keyClick(view, Qt::Key_F2);
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_F2);
        QCOMPARE(view->currentIndex().row(), 3);
        QTest::keyClick(view, Qt::Key_F2, Qt::ShiftModifier);
        QCOMPARE(view->currentIndex().row(), 0);

        // Ctrl+F opens the find bar; typing finds, Enter goes on, Shift+Enter back; the rows
        // stay all there.
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QVERIFY(edit);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("b.t"));
        QTRY_COMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(view->currentIndex().row(), 3);
        QTest::keyClick(edit, Qt::Key_F3);
        QTRY_COMPARE(view->currentIndex().row(), 5);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(view->currentIndex().row(), 1); // wrapped
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(view->currentIndex().row(), 5);
        QCOMPARE(window.eventModel()->rowCount(), 6);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!window.findChild<FindBar *>()->isVisible());
        QVERIFY(window.eventModel()->findMatcher().isEmpty());

        // Ctrl+Shift+F is the path filter's box now.
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != edit
                    && qobject_cast<QLineEdit *>(QApplication::focusWidget()));

        // No two actions of the window share a key.
        QHash<QKeySequence, QString> keys;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (action->shortcutContext() == Qt::WidgetShortcut)
                    continue;
                QVERIFY2(!keys.contains(key), qPrintable(key.toString() + QStringLiteral(": ")
                                                         + keys.value(key) + QStringLiteral(" / ") + action->text()));
                keys.insert(key, action->text());
            }
        }
    }
};

QTEST_MAIN(tst_TablePower)
#include "tst_tablepower.moc"
