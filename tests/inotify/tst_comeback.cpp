#include "enginecapture.h"
#include "inotify/mountwatcher.h"
#include "lib/scopedmount.h"
#include "recordreplayer.h"
#include "lib/treesnapshot.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/inotify.h>

// Roots that come back and mounts that come and go, on the real kernel: a root deleted or moved
// away is waited for on its parent and watched (and scanned) again when it is back; a filesystem
// mounted inside the tree is watched and scanned, and its unmount deletes nothing in the record.
namespace {

constexpr int kWaitMs = 10000;

int problems(const EngineCapture &cap, MonitorProblem::Kind kind)
{
    int n = 0;
    for (const MonitorProblem &p : cap.problems)
        n += p.kind == kind;
    return n;
}

// For failure messages: the problems so far, as kind and path.
QByteArray problemList(const EngineCapture &cap)
{
    QByteArray out;
    for (const MonitorProblem &p : cap.problems)
        out += QByteArray::number(int(p.kind)) + ' ' + p.path + '\n';
    return out;
}

// Rows about `path` or anything below it.
int rowsUnder(const EngineCapture &cap, const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    int n = 0;
    for (const FsEvent &e : cap.events) {
        const QByteArray at = cap.pathOf(e);
        n += at == p || at.startsWith(p + '/');
    }
    return n;
}

} // namespace

class tst_ComeBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mountinfoLinesAreParsed()
    {
        const QByteArray text =
            "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
            "36 22 0:31 / /mnt/with\\040space\\134x rw - tmpfs tmpfs rw\n"
            "garbage line\n"
            "37 22 0:32 / relative rw - tmpfs tmpfs rw\n"
            "38 22 0:33 / /tab\\011and\\012newline rw - tmpfs t rw";
        const std::vector<QByteArray> points = MountWatcher::parse(text);
        const std::vector<QByteArray> want{"/", "/mnt/with space\\x", "/tab\tand\nnewline"};
        QCOMPARE(points, want);
        QVERIFY(MountWatcher::parse("").empty());
    }

    void deletedRootIsWatchedAgain()
    {
        // What every clean build does to its output folder.
        TempTree parent{"build/obj"};
        QVERIFY(parent.isValid());
        const QString build = sub(parent, "build");
        QVERIFY(touch(build + QLatin1String("/obj/old.o")));
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(build)));

        QVERIFY(QDir(build).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootDeleted), kWaitMs);
        QCOMPARE(cap.problem(MonitorProblem::RootDeleted)->path, QFile::encodeName(build));
        QVERIFY(cap.monitor.isRunning());
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(0));
        // The parent is watched for one name only: its other contents stay out of the record.
        QVERIFY(touch(sub(parent, "sibling")));
        QVERIFY(mkdirs(sub(parent, "other-dir/x")));

        const qsizetype before = qsizetype(cap.events.size());
        QVERIFY(mkdirs(build + QLatin1String("/obj")));
        QVERIFY(touch(build + QLatin1String("/obj/new.o")));
        QVERIFY(touch(build + QLatin1String("/log")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootBack), kWaitMs);
        QCOMPARE(cap.problem(MonitorProblem::RootBack)->path, QFile::encodeName(build));
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, build + QLatin1String("/log")), cap.dump(),
                                  kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, build + QLatin1String("/obj/new.o")),
                                  cap.dump(), kWaitMs);
        QVERIFY(touch(build + QLatin1String("/after"))); // watched now: a kernel row
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, build + QLatin1String("/after")), kWaitMs);

        // One row per creation, whoever saw it first (the listing or the kernel); the root itself
        // once, as found by the scan that watched it again.
        QCOMPARE(cap.countFrom(FsEvent::Scan, IN_CREATE | IN_ISDIR, build), 1);
        QCOMPARE(cap.count(IN_CREATE, build + QLatin1String("/obj")), 1);
        QCOMPARE(cap.count(IN_CREATE, build + QLatin1String("/obj/new.o")), 1);
        QCOMPARE(cap.count(IN_CREATE, build + QLatin1String("/log")), 1);
        QCOMPARE(cap.countFrom(FsEvent::Inotify, IN_CREATE, build + QLatin1String("/after")), 1);
        QCOMPARE(rowsUnder(cap, sub(parent, "sibling")), 0);
        QCOMPARE(rowsUnder(cap, sub(parent, "other-dir")), 0);
        int rowsSince = 0;
        for (std::size_t i = std::size_t(before); i < cap.events.size(); ++i)
            rowsSince += (cap.events[i].mask & IN_CREATE) != 0;
        QCOMPARE(rowsSince, 5); // build, obj, new.o, log, after
        QCOMPARE(cap.monitor.stats().waitingRoots, qint64(0));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(2));
        QTRY_VERIFY(watchedInodes().contains(inodeOf(build + QLatin1String("/obj"))));
        QCOMPARE(cap.stopped.count(), 0);
    }

    void movedAwayRootIsWatchedWhenBack()
    {
        TempTree parent{"root/sub"};
        QVERIFY(parent.isValid());
        const QString root = sub(parent, "root");
        const QString away = sub(parent, "away");
        QVERIFY(touch(root + QLatin1String("/sub/kept")));
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(root)));

        QVERIFY(mv(root, away));
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootMoved), kWaitMs);
        // Away, it is not ours: what happens there is not recorded under the old path.
        QVERIFY(touch(away + QLatin1String("/made-while-away")));
        QVERIFY(mv(away, root));
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootBack), kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(
            cap.has(IN_CREATE, root + QLatin1String("/made-while-away")), cap.dump(), kWaitMs);
        // Back: what it holds is recorded once, as found by the scan.
        QCOMPARE(cap.countFrom(FsEvent::Scan, IN_CREATE, root + QLatin1String("/made-while-away")), 1);
        QCOMPARE(cap.countFrom(FsEvent::Scan, IN_CREATE, root + QLatin1String("/sub/kept")), 1);
        QCOMPARE(cap.countFrom(FsEvent::Scan, IN_CREATE | IN_ISDIR, root), 1);
        QCOMPARE(rowsUnder(cap, away), 0);
        QVERIFY(touch(root + QLatin1String("/sub/new")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, root + QLatin1String("/sub/new")), kWaitMs);
        QCOMPARE(cap.monitor.stats().waitingRoots, qint64(0));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(2));
    }

    void rootRecreatedByMkdirP()
    {
        // The whole chain above the root goes, and `mkdir -p` makes it again: the wait moves down
        // one level at a time.
        TempTree parent{"a/b/c/root"};
        QVERIFY(parent.isValid());
        const QString root = sub(parent, "a/b/c/root");
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(root)));
        QVERIFY(QDir(sub(parent, "a")).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 1, kWaitMs);
        // Part of the chain first: still waiting, on a lower directory.
        QVERIFY(mkdirs(sub(parent, "a/b")));
        QVERIFY(touch(sub(parent, "a/b/not-ours")));
        QVERIFY(mkdirs(root + QLatin1String("/inside")));
        QVERIFY(touch(root + QLatin1String("/inside/f")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootBack), kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, root + QLatin1String("/inside/f")), cap.dump(),
                                  kWaitMs);
        QCOMPARE(cap.count(IN_CREATE, root + QLatin1String("/inside/f")), 1);
        QCOMPARE(cap.count(IN_CREATE, root + QLatin1String("/inside")), 1);
        QCOMPARE(rowsUnder(cap, sub(parent, "a/b/not-ours")), 0);
        QCOMPARE(cap.monitor.stats().waitingRoots, qint64(0));
        // Only the root's tree is watched: no waiting watch is left on the chain above it.
        const QSet<quint64> watched = watchedInodes();
        QVERIFY(watched.contains(inodeOf(root)));
        QVERIFY(!watched.contains(inodeOf(sub(parent, "a/b/c"))));
        QVERIFY(!watched.contains(inodeOf(sub(parent, "a"))));
        QCOMPARE(watched.size(), 2);
    }

    void twoRootsOneComesBack()
    {
        // A deleted root (its tree with it) is waited for; the other root goes on, and the capture
        // does not stop while a root is waited for, nor while both are.
        TempTree parent{"gone/a/b", "stays"};
        QVERIFY(parent.isValid());
        const QString gone = sub(parent, "gone");
        const QString stays = sub(parent, "stays");
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options({gone, stays})));

        QVERIFY(QDir(gone).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootDeleted), kWaitMs);
        QCOMPARE(cap.problem(MonitorProblem::RootDeleted)->path, QFile::encodeName(gone));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_DELETE_SELF, gone), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 1, kWaitMs);
        QVERIFY(touch(stays + QLatin1String("/alive")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, stays + QLatin1String("/alive")), kWaitMs);
        QVERIFY(cap.monitor.isRunning());
        QCOMPARE(cap.stopped.count(), 0);
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(1));
        // Both gone: nothing is watched, both are waited for, the capture goes on.
        QVERIFY(QDir(stays).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 2, kWaitMs);
        QVERIFY(cap.monitor.isRunning());
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(0));
        QVERIFY(mkdirs(gone));
        QVERIFY(touch(gone + QLatin1String("/back")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, gone + QLatin1String("/back")), kWaitMs);
        QCOMPARE(cap.count(IN_CREATE, gone + QLatin1String("/back")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(problems(cap, MonitorProblem::RootBack), 1, kWaitMs);
        QCOMPARE(cap.monitor.stats().waitingRoots, qint64(1));
        QCOMPARE(cap.stopped.count(), 0);
    }

    void rootInsideAnotherRootComesBack()
    {
        // The waiting watch is on a directory the outer root's tree watches already: it must add
        // to that watch (IN_MASK_ADD), not replace its mask, and never remove it. (Named first,
        // the inner root stays a root; named after the outer one, it is part of its tree.)
        TempTree outer{"inner"};
        QVERIFY(outer.isValid());
        const QString inner = sub(outer, "inner");
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options({inner, outer.path()})));
        QVERIFY(QDir(inner).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 1, kWaitMs);
        QVERIFY(writeFile(sub(outer, "still-watched"), "x"));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(outer, "still-watched")), kWaitMs);
        QVERIFY(mkdirs(inner));
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootBack), kWaitMs);
        QVERIFY(touch(inner + QLatin1String("/f")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, inner + QLatin1String("/f")), kWaitMs);
        QCOMPARE(cap.count(IN_CREATE, inner + QLatin1String("/f")), 1);
        // The outer directory keeps its own watch and its full mask.
        QVERIFY(writeFile(sub(outer, "still-watched"), "y", QIODevice::Append));
        QTRY_VERIFY_WITH_TIMEOUT(cap.count(IN_MODIFY, sub(outer, "still-watched")) == 2, kWaitMs);
        QCOMPARE(cap.monitor.stats().waitingRoots, qint64(0));
    }

    void rootBackDuringAnOverflowIsFound()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root: lowers /proc/sys/fs/inotify/max_queued_events to force an overflow");
        TempTree parent{"root"};
        QVERIFY(parent.isValid());
        const QString root = sub(parent, "root");
        EngineCapture cap;
        QVERIFY(cap.startWithSmallQueue(EngineCapture::options(root), 16));
        QVERIFY(QDir(root).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 1, kWaitMs);
        {
            // The parent's other creations fill the queue while the reader is held: the one
            // naming the root is lost with the rest.
            ReaderStall stall;
            QVERIFY(stall.start(cap.monitor));
            for (int i = 0; i < 40; ++i)
                QVERIFY(touch(sub(parent, "noise") + QString::number(i)));
            QVERIFY(mkdirs(root));
            QVERIFY(touch(root + QLatin1String("/made-during-overflow")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootBack), kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, root + QLatin1String("/made-during-overflow")),
                                  cap.dump(), kWaitMs);
        QVERIFY(cap.monitor.stats().overflows >= 1);
        QCOMPARE(cap.monitor.stats().waitingRoots, qint64(0));
    }

    // A root that comes back with a big tree and goes again while the walker is still watching
    // that tree: the engine reads the loss between two slices of the walk, before the pass that
    // says the root is back. The return must still be said before the loss, so that the user
    // (and the replay test below) sees every loss after the first follow a return.
    void rootGoneAgainWhileItsReturnIsWalked()
    {
        QTemporaryDir parent(fastTempBase("tst_comeback"));
        QVERIFY(parent.isValid());
        const QString root = sub(parent, "root");
        QVERIFY(mkdirs(root));
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(root)));
        QVERIFY(QDir(root).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 1
                                     && cap.monitor.stats().watchedDirectories == 0, kWaitMs);

        // Made aside, then moved in whole: the walk of its 3000 folders starts at once.
        const QString big = sub(parent, "big");
        for (int d = 0; d < 30; ++d) {
            for (int e = 0; e < 100; ++e)
                QVERIFY(mkdirs(big + QStringLiteral("/d%1/e%2").arg(d).arg(e)));
        }
        QVERIFY(mv(big, root));
        // The root is watched again as soon as the walker's first folder is; a poll with
        // QTest::qWaitFor could sleep past the whole walk.
        QElapsedTimer clock;
        clock.start();
        while (cap.monitor.stats().watchedDirectories == 0 && clock.elapsed() < kWaitMs) {
        }
        QVERIFY(cap.monitor.stats().watchedDirectories > 0);
        QVERIFY(mv(root, sub(parent, "away")));

        QTRY_VERIFY2_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootMoved)
                                      && cap.monitor.stats().waitingRoots == 1,
                                  problemList(cap), kWaitMs);
        // Losses and returns alternate, a loss first.
        QList<int> kinds;
        for (const MonitorProblem &p : cap.problems) {
            if (p.kind == MonitorProblem::RootDeleted || p.kind == MonitorProblem::RootMoved
                || p.kind == MonitorProblem::RootBack)
                kinds << p.kind;
        }
        QCOMPARE(kinds, (QList<int>{MonitorProblem::RootDeleted, MonitorProblem::RootBack,
                                    MonitorProblem::RootMoved}));
    }

    void replayOverComeBacksGivesTheFinalTree()
    {
        // A root deleted and made again, moved away and replaced, moved back, all without
        // waiting on the engine in between: the record, replayed over the starting tree, must
        // still give the tree as it ends.
        QTemporaryDir parent(fastTempBase("tst_comeback"));
        QVERIFY(parent.isValid());
        const QString root = sub(parent, "root");
        for (int d = 0; d < 5; ++d) {
            QVERIFY(mkdirs(root + QStringLiteral("/d%1/e").arg(d)));
            QVERIFY(touch(root + QStringLiteral("/d%1/e/f").arg(d)));
        }
        const RecordReplayer::Tree start = snapshot(root);
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(root)));

        // The first rounds wait for each return (the engine sees every loss), the last does not
        // (the engine may see only some: a root deleted and made again before it looked).
        int backs = 0;
        const auto pace = [&](bool paced) {
            if (!paced)
                return true;
            ++backs;
            return QTest::qWaitFor([&] {
                return problems(cap, MonitorProblem::RootBack) == backs
                    && cap.monitor.stats().waitingRoots == 0;
            }, kWaitMs);
        };
        for (int round = 0; round < 3; ++round) {
            const bool paced = round < 2;
            QVERIFY(QDir(root).removeRecursively());
            for (int d = 0; d < 4; ++d) {
                QVERIFY(mkdirs(root + QStringLiteral("/r%1/o%2").arg(round).arg(d)));
                QVERIFY(touch(root + QStringLiteral("/r%1/o%2/x.o").arg(round).arg(d)));
            }
            QVERIFY2(pace(paced), problemList(cap));
            QVERIFY(mv(root, sub(parent, "away")));
            QVERIFY(mkdirs(root + QLatin1String("/fresh")));
            QVERIFY(touch(root + QLatin1String("/fresh/g")));
            QVERIFY2(pace(paced), problemList(cap));
            QVERIFY(QDir(root).removeRecursively());
            QVERIFY(mv(sub(parent, "away"), root));
            QVERIFY(touch(root + QStringLiteral("/kept%1").arg(round)));
            QVERIFY2(pace(paced), problemList(cap));
        }
        // Every loss is followed by a return whose scan is over, and the sentinel is in: its row
        // (the kernel's, or the scan's when the root came back after it was made) follows the
        // reading of every event queued before it.
        QVERIFY(touch(root + QLatin1String("/sentinel")));
        const auto settled = [&] {
            return cap.has(IN_CREATE, root + QLatin1String("/sentinel"))
                && cap.monitor.stats().waitingRoots == 0
                && problems(cap, MonitorProblem::RootBack)
                == problems(cap, MonitorProblem::RootDeleted) + problems(cap, MonitorProblem::RootMoved);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(settled(), problemList(cap), kWaitMs);
        QCOMPARE(cap.monitor.stats().overflows, qint64(0));

        RecordReplayer replay(QFile::encodeName(root), start);
        for (const FsEvent &e : cap.events)
            replay.apply(e.mask, e.cookie, cap.pathOf(e));
        const RecordReplayer::Tree final = snapshot(root);
        QVERIFY2(replay.tree() == final, difference(replay.tree(), final) + cap.dump(200));
        QVERIFY(problems(cap, MonitorProblem::RootBack) >= 6);
        qInfo("%d returns, %zu final entries, %d inconsistencies",
              problems(cap, MonitorProblem::RootBack), final.size(), replay.inconsistencies());
    }

    void tmpfsMountedDuringTheCapture()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root: mounts a tmpfs inside the watched tree");
        TempTree dir{"m"};
        QVERIFY(dir.isValid());
        const QString m = sub(dir, "m");
        QVERIFY(touch(m + QLatin1String("/covered"))); // on the parent filesystem, under the mount
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path())));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(2));

        for (int round = 1; round <= 2; ++round) {
            ScopedMount mount = ScopedMount::tmpfs(m, "1m");
            QVERIFY(mount.isMounted());
            QTRY_VERIFY_WITH_TIMEOUT(problems(cap, MonitorProblem::Mounted) == round, kWaitMs);
            QCOMPARE(cap.problem(MonitorProblem::Mounted)->path, QFile::encodeName(m));
            // The notice comes when the mount is found; its watch is added by the walk that
            // follows. Files made before that are rows of the scan, not of the kernel (seen under
            // ASan): this test is about the kernel's rows, so it writes once the watch is there.
            QTRY_VERIFY_WITH_TIMEOUT(watchedInodes().contains(inodeOf(m)), kWaitMs);
            const QString file = m + QStringLiteral("/in-tmpfs-%1").arg(round);
            QVERIFY(mkdirs(m + QLatin1String("/sub")));
            QVERIFY(writeFile(file, "x"));
            QVERIFY(touch(m + QLatin1String("/sub/deeper")));
            QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, file), cap.dump(), kWaitMs);
            QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, m + QLatin1String("/sub/deeper")),
                                      cap.dump(), kWaitMs);
            QCOMPARE(cap.count(IN_CREATE, file), 1);
            QCOMPARE(cap.count(IN_CREATE | IN_ISDIR, m + QLatin1String("/sub")), round);
            QCOMPARE(cap.count(IN_CREATE, m + QLatin1String("/sub/deeper")), round);
            QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(3)); // root, tmpfs, its sub

            QVERIFY(mount.unmount());
            QTRY_VERIFY2_WITH_TIMEOUT(problems(cap, MonitorProblem::Unmounted) == round,
                                      problemList(cap) + cap.dump(100), kWaitMs);
            // The covered directory is watched again; nothing was deleted.
            QTRY_VERIFY_WITH_TIMEOUT(watchedInodes().contains(inodeOf(m)), kWaitMs);
            QVERIFY(touch(m + QStringLiteral("/after-%1").arg(round)));
            QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, m + QStringLiteral("/after-%1").arg(round)),
                                     kWaitMs);
            QCOMPARE(cap.count(IN_DELETE), 0);
            QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(2));
        }
        QCOMPARE(rowsUnder(cap, m + QLatin1String("/covered")), 0); // never mounted over, never gone
        QVERIFY(cap.monitor.isRunning());
    }

    void bindMountIsScanned()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root: bind-mounts a folder inside the watched tree");
        TempTree src{"s"};
        TempTree dir{"m"};
        QVERIFY(src.isValid() && dir.isValid());
        QVERIFY(touch(sub(src, "a")) && touch(sub(src, "s/b")));
        const QString m = sub(dir, "m");
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path())));
        {
            const ScopedMount mount = ScopedMount::bind(src.path(), m);
            QVERIFY(mount.isMounted());
            QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::Mounted), kWaitMs);
            QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, m + QLatin1String("/s/b")), cap.dump(),
                                      kWaitMs);
            // What the mount shows is recorded as found by a scan, once each.
            QCOMPARE(cap.countFrom(FsEvent::Scan, IN_CREATE, m + QLatin1String("/a")), 1);
            QCOMPARE(cap.countFrom(FsEvent::Scan, IN_CREATE | IN_ISDIR, m + QLatin1String("/s")), 1);
            QCOMPARE(cap.countFrom(FsEvent::Scan, IN_CREATE, m + QLatin1String("/s/b")), 1);
            QCOMPARE(rowsUnder(cap, m), 3);
            QVERIFY(touch(m + QLatin1String("/s/live")));
            QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, m + QLatin1String("/s/live")), kWaitMs);
            cap.monitor.stop(); // before the unmount, which inotify does not report for a bind
        }
    }
};

QTEST_GUILESS_MAIN(tst_ComeBack)
#include "tst_comeback.moc"
