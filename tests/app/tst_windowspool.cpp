#include "core/session.h"
#include "events/eventtablemodel.h"
#include "io/sessionbookmarks.h"
#include "io/sqlitedatabase.h"
#include "io/outputlock.h"
#include "io/sessionfilewriter.h"
#include "lib/committedevents.h"
#include "lib/dialoganswerer.h"
#include "lib/testevent.h"
#include "lib/temptree.h"
#include "lib/testsettings.h"
#include "lib/teststatehome.h"
#include "session/spoolcleanup.h"
#include "session/spooldirectory.h"
#include "window/capturebudget.h"
#include "window/mainwindow.h"
#include "window/sessionsdialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <csignal>

// The window's spool files as a user meets them, with the built `fsnoop` window in a child
// process (offscreen platform): killed with SIGKILL while capturing, its capture is offered for
// reopening at the next start; ended by a signal or the automatic quit, it is kept and sealed.
// In this process: bookmarks and Clear follow the table into the file.
namespace {
constexpr int kTimeoutMs = 20000;

// A real, finished session file of `events` events, last written `age` seconds ago.
bool makeSession(const QString &file, int events, qint64 ageSecs)
{
    PathTable paths;
    FsEventBatch batch;
    for (int i = 0; i < events; ++i)
        batch.append(ev(IN_CREATE, paths.internPath("/w/f" + QByteArray::number(i))).ms(i));
    SessionMetadata meta;
    meta.roots = {QByteArrayLiteral("/w")};
    meta.startedNs = kTestEpochNs;
    SessionFileWriter w;
    if (!w.create(file, meta) || !w.begin() || !w.writePaths(paths, paths.size())
        || !w.writeEvents(batch.constData(), batch.size()) || !w.commit() || !w.finish(kTestEpochNs))
        return false;
    QFile f(file);
    return f.open(QIODevice::ReadWrite)
        && f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSecs),
                         QFileDevice::FileModificationTime);
}

// The built `fsnoop` window in a child process, on the offscreen platform, watching a folder of
// its own, with its settings in a folder of its own (not the user's) and its state folder in a
// TestStateHome of its own.
struct ChildWindow
{
    TestStateHome home;
    RecordDirs dirs;
    QTemporaryDir config;
    QProcess process;
    QString spoolFile;

    void start(const QString &quitAfterMs = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        if (!quitAfterMs.isEmpty())
            env.insert(QStringLiteral("FSNOOP_QUIT_AFTER_MS"), quitAfterMs);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FSNOOP_BINARY), {dirs.watched});
    }

    // The window spools as it captures: waits for its one file in the sessions folder (then in
    // spoolFile), locked from its creation on (never "crashed" while the capture runs) and in WAL
    // mode (its write-ahead log exists), from when on a reader never blocks it.
    bool waitForSpool()
    {
        if (!QTest::qWaitFor([] { return SpoolDirectory::entries().size() == 1; }, kTimeoutMs))
            return false;
        spoolFile = SpoolDirectory::entries().first().file;
        return QTest::qWaitFor([this] { return SpoolDirectory::entry(spoolFile).locked; }, kTimeoutMs)
            && QTest::qWaitFor([this] { return QFile::exists(spoolFile + QStringLiteral("-wal")); },
                               kTimeoutMs);
    }

    // Starts it and waits until it spooled at least `events` events of files made in its folder
    // one after the other.
    bool capture(qint64 events, const QString &quitAfterMs = {})
    {
        start(quitAfterMs);
        if (!waitForSpool())
            return false;
        int made = 0;
        return QTest::qWaitFor([&] { return touch(dirs.watched + QStringLiteral("/f%1").arg(made++))
                                         && committedEvents(spoolFile) >= events; },
                               kTimeoutMs);
    }

    // Sends it `signalNumber` and waits for it to end.
    bool endWith(int signalNumber)
    {
        ::kill(pid_t(process.processId()), signalNumber);
        return process.waitForFinished(kTimeoutMs);
    }
};

// The bookmarks committed to session file `file` so far, by serial of a session read from it.
std::map<quint64, QString> committedBookmarks(const QString &file)
{
    SqliteDatabase db;
    Bookmarks marks;
    if (!db.open(QFile::encodeName(file), SqliteDatabase::Mode::ReadOnly)
        || !SessionBookmarks::read(db, &marks))
        return {{~quint64(0), QStringLiteral("unreadable")}};
    return marks.all();
}

// The first table row showing an event on `path`, -1 if none.
int rowOf(const EventTableModel *model, const QString &path)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EventTableModel::FullPathRole).toString() == path)
            return row;
    }
    return -1;
}

// Its watch is in place: what is made in the folder from now on is seen.
bool watching(const MainWindow &window)
{
    return QTest::qWaitFor([&window] { return window.source()
                                           && window.source()->stats().watchedDirectories >= 1; },
                           kTimeoutMs);
}

QAction *clearAction(const MainWindow &window)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_X))
            return a;
    }
    return nullptr;
}
} // namespace

class tst_WindowSpool : public QObject
{
    Q_OBJECT

private:
    TestStateHome m_stateHome;

    // `file` was finished by its window: stop time, no write-ahead log left, at least `events`,
    // and the next start offers nothing.
    static void expectKept(const QString &file, qint64 events)
    {
        const SpoolDirectory::Entry kept = SpoolDirectory::entry(file);
        QVERIFY(kept.readable);
        QVERIFY(!kept.isCrashed());
        QVERIFY(kept.metadata.stoppedNs >= kept.metadata.startedNs);
        QVERIFY(kept.events >= events);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        MainWindow next;
        DialogAnswerer none(DialogAnswerer::standard(QMessageBox::Cancel));
        next.reviewSpooledSessions();
        QCOMPARE(none.boxesSeen(), 0);
        QCOMPARE(SpoolDirectory::entry(file).metadata.stoppedNs, kept.metadata.stoppedNs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings("tst_windowspool");
    }

    void killedWindowsCaptureIsOfferedForReopening()
    {
        ChildWindow window;
        QVERIFY(window.dirs.isValid());
        const QString &file = window.spoolFile;
        QVERIFY(window.capture(6));
        QVERIFY(!SpoolDirectory::entry(file).isCrashed()); // locked while the capture runs
        QVERIFY(window.endWith(SIGKILL));
        QCOMPARE(window.process.exitStatus(), QProcess::CrashExit);

        const SpoolDirectory::Entry crashed = SpoolDirectory::entry(file);
        QVERIFY(crashed.isCrashed()); // no stop time, and its lock died with the process
        QVERIFY(crashed.events >= 6);
        // A second crashed capture, to be deleted: a copy made before anything opens the file
        // (its write-ahead log holds what the kill left uncheckpointed).
        const QString copy = window.home.sessions() + QStringLiteral("/copy.fsnoop");
        QVERIFY(QFile::copy(file, copy));
        if (QFile::exists(file + QStringLiteral("-wal")))
            QVERIFY(QFile::copy(file + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));

        MainWindow next;
        next.show();
        QStringList asked;
        for (int round = 0; round < 2 && QFile::exists(copy); ++round) {
            DialogAnswerer answer([](QMessageBox *box) -> QAbstractButton * {
                const bool isCopy = box->informativeText().contains(QLatin1String("copy.fsnoop"));
                return box->findChild<QAbstractButton *>(isCopy ? QStringLiteral("deleteButton")
                                                                : QStringLiteral("reopenButton"));
            });
            next.reviewSpooledSessions();
            asked += answer.texts();
        }
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
        QCOMPARE(asked.size(), 2);
        for (const QString &text : asked) {
            QVERIFY2(text.contains(QDir::toNativeSeparators(window.dirs.watched)), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("were saved")), qPrintable(text));
        }
        QVERIFY(next.session()->isReadOnly());
        QCOMPARE(next.session()->origin(), file);
        QVERIFY(next.session()->events().size() >= crashed.events);

        // Reopened, it was sealed with its last event's time: not offered again.
        const SpoolDirectory::Entry sealed = SpoolDirectory::entry(file);
        QVERIFY(!sealed.isCrashed());
        QVERIFY(sealed.metadata.stoppedNs >= sealed.metadata.startedNs);
        DialogAnswerer none(DialogAnswerer::standard(QMessageBox::Cancel));
        next.reviewSpooledSessions();
        QCOMPARE(none.boxesSeen(), 0);
    }

    // Bookmarks set while capturing go to the spool file as they are set (through its writer
    // thread, so a crash keeps them), and Clear ends the file of what it threw away: Keep keeps
    // what the table shows, with its bookmarks on the same events (issue 12).
    void bookmarksAndClearFollowTheTable()
    {
        TestStateHome home;
        QTemporaryDir watched;
        MainWindow window;
        window.show();
        QVERIFY(window.watchFolder(watched.path()));
        const QString first = window.capture()->spoolFile();
        QVERIFY(!first.isEmpty());
        EventTableModel *model = window.eventModel();
        const QString before = watched.filePath(QStringLiteral("before"));
        QVERIFY(watching(window));
        QVERIFY(touch(before));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, before) >= 0, kTimeoutMs);
        int row = rowOf(model, before);
        QVERIFY(model->toggleBookmark(row));
        model->setBookmarkNote(row, QStringLiteral("thrown away"));
        const quint64 serial = model->index(row, 0).data(EventTableModel::SerialRole).toULongLong();
        QTRY_COMPARE_WITH_TIMEOUT(committedBookmarks(first),
                                  (std::map<quint64, QString>{{serial, QStringLiteral("thrown away")}}),
                                  kTimeoutMs);

        QAction *clear = clearAction(window);
        QVERIFY(clear);
        clear->trigger();
        QCOMPARE(model->totalCount(), 0);
        QVERIFY(!QFile::exists(first));
        QVERIFY(!QFile::exists(first + QStringLiteral("-wal")));
        const QString second = window.capture()->spoolFile();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QVERIFY(window.capture()->isRunning());

        // After Clear the table's serials start again at 0, and so do the new file's event ids.
        const QString after = watched.filePath(QStringLiteral("after"));
        QVERIFY(touch(after));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, after) >= 0, kTimeoutMs);
        row = rowOf(model, after);
        QVERIFY(model->toggleBookmark(row));
        model->setBookmarkNote(row, QStringLiteral("kept"));
        DialogAnswerer keep(DialogAnswerer::button("keepButton"));
        QVERIFY(window.close());
        QCOMPARE(keep.boxesSeen(), 1);
        const qsizetype shown = window.session()->events().size();
        QCOMPARE(SpoolDirectory::entries().size(), 1);
        QCOMPARE(SpoolDirectory::entry(second).events, qint64(shown));

        MainWindow reopened;
        QVERIFY(reopened.openSession(second));
        // A file this small may be read whole before openSession() returns (no sessionLoaded()).
        QTRY_VERIFY_WITH_TIMEOUT(!reopened.isLoading(), kTimeoutMs);
        EventTableModel *again = reopened.eventModel();
        QCOMPARE(again->totalCount(), shown);
        QCOMPARE(rowOf(again, before), -1);
        const auto &marks = reopened.session()->bookmarks().all();
        QCOMPARE(marks.size(), std::size_t(1));
        const quint64 marked = marks.begin()->first;
        QCOMPARE(marks.begin()->second, QStringLiteral("kept"));
        QCOMPARE(reopened.session()->paths().displayPath(
                     reopened.session()->events().atSerial(marked).pathId),
                 after);
    }

    // Clear while stopped ends the file too, and a capture with nothing in it leaves nothing
    // behind nor asks anything, however the window goes.
    void clearedOrEmptyCapturesLeaveNoFile()
    {
        TestStateHome home;
        QTemporaryDir watched;
        QString file;
        {
            MainWindow window;
            window.show();
            QVERIFY(window.watchFolder(watched.path()));
            file = window.capture()->spoolFile();
            QVERIFY(watching(window));
            QVERIFY(touch(watched.filePath(QStringLiteral("f"))));
            QTRY_VERIFY_WITH_TIMEOUT(window.eventModel()->totalCount() > 0, kTimeoutMs);
            window.stopWatching();
            QAction *clear = clearAction(window);
            QVERIFY(clear);
            clear->trigger();
            QVERIFY(!QFile::exists(file));
            DialogAnswerer none(DialogAnswerer::standard(QMessageBox::Cancel));
            QVERIFY(window.close());
            QCOMPARE(none.boxesSeen(), 0);
        }
        {
            MainWindow window; // destroyed without closing, as a test or a crash in Qt would
            QVERIFY(window.watchFolder(watched.path()));
            file = window.capture()->spoolFile();
            QVERIFY(QFile::exists(file));
        }
        QVERIFY(!QFile::exists(file));
        QCOMPARE(SpoolDirectory::entries().size(), 0);
    }

    // SIGTERM (logout, kill), SIGINT (Ctrl+C in the terminal), SIGHUP (the terminal closed): the
    // window stops, seals its spool file and quits; the next start does not offer it as a crash.
    void signalsKeepTheCapture_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void signalsKeepTheCapture()
    {
        QFETCH(int, signalNumber);
        ChildWindow window;
        QVERIFY(window.dirs.isValid());
        QVERIFY(window.capture(3));
        QVERIFY(window.endWith(signalNumber));
        QCOMPARE(window.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.process.exitCode(), 0);
        expectKept(window.spoolFile, 3);
    }

    void signalWithNothingCapturedLeavesNoFile()
    {
        ChildWindow window;
        QVERIFY(window.dirs.isValid());
        window.start();
        QVERIFY(window.waitForSpool());
        QVERIFY(window.endWith(SIGTERM));
        QCOMPARE(window.process.exitStatus(), QProcess::NormalExit);
        QVERIFY(!QFile::exists(window.spoolFile));
        QCOMPARE(SpoolDirectory::entries().size(), 0);
    }

    // FSNOOP_QUIT_AFTER_MS, the tests' and scripts' automatic quit, keeps the capture without
    // asking (before, it waited at the keep question for an answer that never came).
    void automaticQuitKeepsTheCapture()
    {
        ChildWindow window;
        QVERIFY(window.dirs.isValid());
        QVERIFY(window.capture(3, QStringLiteral("4000")));
        QVERIFY(window.process.waitForFinished(kTimeoutMs));
        QCOMPARE(window.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.process.exitCode(), 0);
        expectKept(window.spoolFile, 3);
    }

    // The cleanup rule: too old goes, then the oldest until the folder fits; never a locked file
    // (a running capture) nor anything outside the folder, even through a link in it.
    void cleanupRuleSparesLockedAndOutsideFiles()
    {
        TestStateHome home;
        QVERIFY(QDir().mkpath(home.sessions()));
        const QString dir = home.sessions() + QLatin1Char('/');
        constexpr qint64 kDay = 86400;
        QVERIFY(makeSession(dir + QStringLiteral("old.fsnoop"), 10, 20 * kDay));
        QVERIFY(makeSession(dir + QStringLiteral("old-running.fsnoop"), 10, 20 * kDay));
        QVERIFY(makeSession(dir + QStringLiteral("recent.fsnoop"), 10, 3600));
        QTemporaryDir elsewhere;
        const QString outside = elsewhere.filePath(QStringLiteral("outside.fsnoop"));
        QVERIFY(makeSession(outside, 10, 20 * kDay));
        QVERIFY(QFile::link(outside, dir + QStringLiteral("link.fsnoop")));
        OutputLock running;
        QCOMPARE(running.lock(dir + QStringLiteral("old-running.fsnoop")), OutputLock::Result::Locked);

        SpoolCleanup::Rule byAge;
        byAge.maxAgeDays = 14;
        byAge.maxTotalBytes = 0;
        QCOMPARE(SpoolCleanup::apply(byAge), QStringList{dir + QStringLiteral("old.fsnoop")});
        QVERIFY(!QFile::exists(dir + QStringLiteral("old.fsnoop")));
        QVERIFY(QFile::exists(dir + QStringLiteral("old-running.fsnoop")));
        QVERIFY(QFile::exists(dir + QStringLiteral("recent.fsnoop")));
        QVERIFY(QFile::exists(outside));
        QVERIFY(QFileInfo(dir + QStringLiteral("link.fsnoop")).isSymLink());

        // By size, oldest first: the running one counts but stays, so the others go in order.
        QVERIFY(makeSession(dir + QStringLiteral("a.fsnoop"), 10, 3 * 3600));
        QVERIFY(makeSession(dir + QStringLiteral("b.fsnoop"), 10, 2 * 3600));
        SpoolCleanup::Rule bySize;
        bySize.maxAgeDays = 0;
        bySize.maxTotalBytes = SpoolDirectory::bytesOnDisk(dir + QStringLiteral("old-running.fsnoop"))
            + SpoolDirectory::bytesOnDisk(dir + QStringLiteral("recent.fsnoop")) + 1;
        QCOMPARE(SpoolCleanup::apply(bySize),
                 (QStringList{dir + QStringLiteral("a.fsnoop"), dir + QStringLiteral("b.fsnoop")}));
        QVERIFY(QFile::exists(dir + QStringLiteral("recent.fsnoop")));
        QVERIFY(QFile::exists(dir + QStringLiteral("old-running.fsnoop")));
        QVERIFY(QFile::exists(outside));

        // Once the capture lets go of it, its age counts like any other's.
        running.unlock();
        QCOMPARE(SpoolCleanup::apply(byAge), QStringList{dir + QStringLiteral("old-running.fsnoop")});
    }

    // File > Sessions lists the folder, says which one is capturing, and its rule is the one
    // cleanup applies (saved in the settings).
    void sessionsDialogShowsAndChangesTheRule()
    {
        TestStateHome home;
        QVERIFY(QDir().mkpath(home.sessions()));
        const QString dir = home.sessions() + QLatin1Char('/');
        QVERIFY(makeSession(dir + QStringLiteral("week.fsnoop"), 5, 7 * 86400));
        QVERIFY(makeSession(dir + QStringLiteral("today.fsnoop"), 7, 60));
        OutputLock running;
        QCOMPARE(running.lock(dir + QStringLiteral("today.fsnoop")), OutputLock::Result::Locked);
        const auto restore = qScopeGuard([] {
            QSettings settings;
            SpoolCleanup::setRule(settings, SpoolCleanup::Rule());
            CaptureBudget::setBytes(settings, CaptureBudget::kDefaultBytes);
        });

        SessionsDialog dialog;
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("sessionList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QStringList ages;
        for (int i = 0; i < 2; ++i)
            ages << list->topLevelItem(i)->text(4);
        QVERIFY2(ages.contains(QStringLiteral("capturing")), qPrintable(ages.join(u',')));
        QVERIFY2(ages.contains(QStringLiteral("7 day(s)")), qPrintable(ages.join(u',')));
        auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("maxAgeDays"));
        QVERIFY(days);
        QCOMPARE(days->value(), SpoolCleanup::kDefaultMaxAgeDays);
        days->setValue(3);
        dialog.findChild<QPushButton *>(QStringLiteral("cleanButton"))->click();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(!QFile::exists(dir + QStringLiteral("week.fsnoop")));
        QSettings settings;
        QCOMPARE(SpoolCleanup::rule(settings).maxAgeDays, 3);

        // The capture budget: what the next capture's table keeps.
        auto *budget = dialog.findChild<QSpinBox *>(QStringLiteral("captureBudgetMiB"));
        QVERIFY(budget);
        QCOMPARE(qint64(budget->value()) << 20, CaptureBudget::kDefaultBytes);
        budget->setValue(100);
        dialog.reject(); // closing saves
        QCOMPARE(CaptureBudget::bytes(settings), qint64(100) << 20);
        QTemporaryDir watched;
        MainWindow window;
        QVERIFY(window.watchFolder(watched.path()));
        QCOMPARE(window.session()->events().cap(),
                 qsizetype((qint64(100) << 20) / CaptureBudget::kBytesPerEvent));
        window.stopWatching();
    }
};

QTEST_MAIN(tst_WindowSpool)
#include "tst_windowspool.moc"
