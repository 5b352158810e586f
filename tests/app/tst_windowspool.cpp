#include "core/session.h"
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
// reopening at the next start.
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
} // namespace

class tst_WindowSpool : public QObject
{
    Q_OBJECT

private:
    TestStateHome m_stateHome;

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings("tst_windowspool");
    }

    void killedWindowsCaptureIsOfferedForReopening()
    {
        TestStateHome home;
        RecordDirs dirs;
        QVERIFY(dirs.isValid());
        QTemporaryDir config;

        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path()); // not the user's settings
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        window.setProcessEnvironment(env); // XDG_STATE_HOME: this test's, set by `home`
        window.start(QStringLiteral(FSNOOP_BINARY), {dirs.watched});
        QVERIFY(window.waitForStarted(kTimeoutMs));

        // The window spools as it captures: wait for its file, then for our files in it.
        QTRY_VERIFY_WITH_TIMEOUT(SpoolDirectory::entries().size() == 1, kTimeoutMs);
        const QString file = SpoolDirectory::entries().first().file;
        // Locked from its creation on, for as long as the capture runs: never "crashed".
        QTRY_VERIFY_WITH_TIMEOUT(SpoolDirectory::entry(file).locked, kTimeoutMs);
        QVERIFY(!SpoolDirectory::entry(file).isCrashed());
        // Its write-ahead log exists once it is in WAL mode: from then on a reader never blocks it.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file + QStringLiteral("-wal")), kTimeoutMs);
        int made = 0;
        QTRY_VERIFY_WITH_TIMEOUT(touch(dirs.watched + QStringLiteral("/f%1").arg(made++))
                                     && committedEvents(file) >= 6,
                                 kTimeoutMs);
        ::kill(pid_t(window.processId()), SIGKILL);
        QVERIFY(window.waitForFinished(kTimeoutMs));
        QCOMPARE(window.exitStatus(), QProcess::CrashExit);

        const SpoolDirectory::Entry crashed = SpoolDirectory::entry(file);
        QVERIFY(crashed.isCrashed()); // no stop time, and its lock died with the process
        QVERIFY(crashed.events >= 6);
        // A second crashed capture, to be deleted: a copy made before anything opens the file
        // (its write-ahead log holds what the kill left uncheckpointed).
        const QString copy = home.sessions() + QStringLiteral("/copy.fsnoop");
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
            QVERIFY2(text.contains(QDir::toNativeSeparators(dirs.watched)), qPrintable(text));
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
