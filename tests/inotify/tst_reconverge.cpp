#include "enginecapture.h"
#include "recordreplayer.h"
#include "lib/treesnapshot.h"

#include <QProcess>
#include <QTemporaryDir>

#include <sys/inotify.h>
#include <unistd.h>

// The record re-converges: what the engine records, replayed over the starting tree, gives the
// final tree exactly, even when the kernel queue overflows several times on the way; and one
// creation is one row, even when both our listing of a new directory and the kernel saw it.
namespace {

// A real tool, bounded.
bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// `dirs` directories of `files` files each, two levels deep, below `root`.
bool makeFiles(const QString &root, int dirs, int files)
{
    for (int d = 0; d < dirs; ++d) {
        const QString dir = root + QStringLiteral("/d%1/e%2").arg(d).arg(d % 3);
        if (!mkdirs(dir))
            return false;
        for (int f = 0; f < files; ++f) {
            if (!writeFile(dir + QStringLiteral("/f%1.txt").arg(f), "x"))
                return false;
        }
    }
    return true;
}

} // namespace

class tst_Reconverge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneCreationIsOneRow()
    {
        // mkdir -p and cp -r make entries in a directory between the moment it is watched and
        // the moment we list it: the kernel reports them and the listing finds them. One row each.
        QTemporaryDir src(fastTempBase("tst_reconverge"));
        QTemporaryDir dir(fastTempBase("tst_reconverge"));
        QVERIFY(src.isValid() && dir.isValid());
        QVERIFY(makeFiles(sub(src, "tree"), 60, 8));
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path())));
        for (int i = 0; i < 40; ++i)
            QVERIFY(run(QStringLiteral("mkdir"), {QStringLiteral("-p"), sub(dir, "p") + QString::number(i) + QStringLiteral("/b/c/d")}));
        for (int i = 0; i < 3; ++i)
            QVERIFY(run(QStringLiteral("cp"), {QStringLiteral("-r"), sub(src, "tree"), sub(dir, "copy") + QString::number(i)}));
        const RecordReplayer::Tree made = snapshot(dir.path());
        // A sentinel's row is no barrier for the walks: when the engine reads the creation of
        // copy2 and the sentinel's events in one read (it was not scheduled while cp ran), the
        // sentinel's rows are recorded first and copy2's listings after them, possibly in a later
        // batch. So wait until every entry has at least one row (then every directory has been
        // listed: an entry's row comes from its parent's listing or from a kernel event read
        // before it), and only then touch the sentinel: its rows follow every kernel event queued
        // before it, so a duplicate creation would be in by then.
        QByteArray missing;
        const auto allReported = [&] {
            QSet<QByteArray> created;
            for (const FsEvent &e : cap.events) {
                if (e.mask & IN_CREATE)
                    created.insert(cap.pathOf(e));
            }
            const QByteArray base = QFile::encodeName(dir.path()) + '/';
            for (const auto &entry : made) {
                if (!created.contains(base + entry.first)) {
                    missing = entry.first;
                    return false;
                }
            }
            return true;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(allReported(), missing + " never created", 20000);
        QVERIFY(touch(sub(dir, "sentinel")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "sentinel")), 20000);
        QCOMPARE(cap.monitor.stats().overflows, qint64(0)); // otherwise counts are not exact

        const RecordReplayer::Tree final = snapshot(dir.path());
        int creates = 0;
        int fromScan = 0;
        for (const FsEvent &e : cap.events) {
            if (e.mask & IN_CREATE) {
                ++creates;
                fromScan += e.source == FsEvent::Scan;
            }
        }
        for (const auto &[rel, isDir] : final) {
            const QString path = dir.path() + QLatin1Char('/') + QFile::decodeName(rel);
            QVERIFY2(cap.count(IN_CREATE, path) == 1,
                     rel + " created " + QByteArray::number(cap.count(IN_CREATE, path)) + " times");
        }
        QCOMPARE(creates, int(final.size()));
        qInfo("%d creations, %d of them found by listing new directories", creates, fromScan);
    }

    void replayAfterOverflowsGivesTheFinalTree()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root: lowers /proc/sys/fs/inotify/max_queued_events to force overflows");
        QTemporaryDir outside(fastTempBase("tst_reconverge"));
        QTemporaryDir dir(fastTempBase("tst_reconverge"));
        QVERIFY(outside.isValid() && dir.isValid());
        // The starting tree, and what will come in from outside.
        QVERIFY(makeFiles(sub(dir, "base"), 20, 5));
        QVERIFY(makeFiles(sub(dir, "mover"), 6, 4));
        QVERIFY(makeFiles(sub(dir, "victim"), 10, 6));
        QVERIFY(makeFiles(sub(dir, "leaving"), 5, 3));
        QVERIFY(makeFiles(sub(outside, "src"), 30, 6));
        QVERIFY(makeFiles(sub(outside, "incoming"), 8, 5));
        QVERIFY(run(QStringLiteral("tar"), {QStringLiteral("-cf"), sub(outside, "src.tar"),
                                             QStringLiteral("-C"), outside.path(), QStringLiteral("src")}));
        const RecordReplayer::Tree start = snapshot(dir.path());

        EngineCapture cap;
        QVERIFY(cap.startWithSmallQueue(EngineCapture::options(dir.path()), 32));

        const auto rescansDone = [&] {
            const MonitorProblem *last = nullptr;
            for (const MonitorProblem &p : cap.problems) {
                if (p.kind == MonitorProblem::QueueOverflow)
                    last = &p;
            }
            return last && last->rescanned && last->count == cap.monitor.stats().overflows;
        };
        // Each phase runs while the reader is stalled, so the queue overflows in every one; the
        // next waits for that overflow's rescan (an overflow still queued would absorb its own).
        // Files in a directory watched already: what happens inside a directory made during the
        // stall is not queued at all (it is not watched yet), so this is what fills the queue.
        int phaseNumber = 0;
        const auto stalled = [&](const std::function<bool()> &phase) {
            const qint64 before = cap.monitor.stats().overflows;
            ReaderStall stall;
            if (!stall.start(cap.monitor))
                return false;
            ++phaseNumber;
            for (int i = 0; i < 40; ++i) {
                if (!touch(sub(dir, "base/d0/e0/phase") + QStringLiteral("%1-%2").arg(phaseNumber).arg(i)))
                    return false;
            }
            const bool ok = phase();
            stall.release();
            return ok && QTest::qWaitFor([&] {
                return cap.monitor.stats().overflows > before && rescansDone();
            }, 30000);
        };
        QVERIFY(stalled([&] {
            return mkdirs(sub(dir, "t1"))
                && run(QStringLiteral("tar"), {QStringLiteral("-xf"), sub(outside, "src.tar"),
                                               QStringLiteral("-C"), sub(dir, "t1")});
        }));
        QVERIFY(stalled([&] {
            return run(QStringLiteral("cp"), {QStringLiteral("-a"), sub(outside, "src"), sub(dir, "c1")});
        }));
        QVERIFY(stalled([&] {
            return mv(sub(dir, "mover"), sub(dir, "base/mover2"))       // within
                && mv(sub(dir, "leaving"), sub(outside, "left"))         // out
                && mv(sub(outside, "incoming"), sub(dir, "in"))          // in
                && mv(sub(dir, "c1/d3"), sub(dir, "t1/src/d3moved"));    // within, into a new tree
        }));
        QVERIFY(stalled([&] {
            if (!run(QStringLiteral("rm"), {QStringLiteral("-rf"), sub(dir, "victim")}))
                return false;
            for (int i = 0; i < 200; ++i) {
                const QString folder = sub(dir, "new") + QString::number(i);
                if (!mkdirs(folder) || !writeFile(folder + QStringLiteral("/file"), "y"))
                    return false;
            }
            return true;
        }));
        // And some more without a stall: the small queue may overflow again, or not.
        for (int d = 0; d < 20; ++d) {
            const QString e = sub(dir, "base/d") + QString::number(d) + QStringLiteral("/e")
                + QString::number(d % 3);
            for (int f = 0; f < 5; ++f)
                QVERIFY(mv(e + QStringLiteral("/f%1.txt").arg(f), e + QStringLiteral("/g%1.txt").arg(f)));
        }
        QVERIFY(run(QStringLiteral("rm"), {QStringLiteral("-rf"), sub(dir, "t1/src/d7")}));
        QVERIFY(mv(sub(dir, "new5"), sub(dir, "new5-renamed")));

        // Settled: the last change is recorded, and every overflow has had its rescan.
        QVERIFY(touch(sub(dir, "sentinel")));
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "sentinel")), cap.dump(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rescansDone(), 30000);
        const qint64 overflows = cap.monitor.stats().overflows;
        cap.monitor.stop();
        QVERIFY2(overflows >= 4, QByteArray::number(overflows));

        RecordReplayer replay(QFile::encodeName(dir.path()), start);
        int rescanRows = 0;
        for (const FsEvent &e : cap.events) {
            replay.apply(e.mask, e.cookie, cap.pathOf(e));
            rescanRows += e.source == FsEvent::Rescan;
        }
        const RecordReplayer::Tree final = snapshot(dir.path());
        QVERIFY2(replay.tree() == final, difference(replay.tree(), final));
        qInfo("%lld overflows, %d rescan rows, %zu entries at the end, %d inconsistencies",
              overflows, rescanRows, final.size(), replay.inconsistencies());
    }
};

QTEST_GUILESS_MAIN(tst_Reconverge)
#include "tst_reconverge.moc"
