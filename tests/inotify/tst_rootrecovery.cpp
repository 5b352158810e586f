// RootRecovery with the real TreeWalker on a real inotify fd, stepped by hand, so the orders of
// events that a busy machine produces only now and then happen here every time.
#include "capture/eventbatcher.h"
#include "capture/pathfilter.h"
#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "core/uniquefd.h"
#include "core/watchoptions.h"
#include "inotify/inotifycounters.h"
#include "inotify/inotifyselffilter.h"
#include "inotify/pendingscancreates.h"
#include "inotify/rootrecovery.h"
#include "inotify/treewalker.h"
#include "inotify/watchmasks.h"
#include "inotify/watchregistry.h"

#include "lib/temptree.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <sys/inotify.h>

namespace {

// What InotifyEngine owns and passes to its walker and its root recovery, minus the reading.
struct Engine {
    explicit Engine(const WatchOptions &options)
        : masks(WatchMasks::fromOptions(options))
        , walker(fd.get(), paths, registry, self, filter, batcher, pending, counters, masks,
                 true, stop, [this](const MonitorProblem &p) { problems.append(p); })
        , recovery(fd.get(), paths, registry, walker, counters,
                   [this](const MonitorProblem &p) { problems.append(p); }, [] {})
    {
    }

    // The walk InotifyEngine::processScanQueue() runs after a read, then the end of its pass.
    void walk()
    {
        while (walker.hasWork())
            walker.scanNext(0);
        recovery.checkReturning();
    }

    int count(MonitorProblem::Kind kind) const
    {
        int n = 0;
        for (const MonitorProblem &p : problems)
            n += p.kind == kind ? 1 : 0;
        return n;
    }

    UniqueFd fd{::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)};
    PathTable paths;
    WatchRegistry registry{paths};
    InotifySelfFilter self;
    PathFilter filter;
    EventBatcher batcher;
    PendingScanCreates pending;
    InotifyCounters counters;
    WatchMasks masks;
    std::atomic<bool> stop{false};
    QList<MonitorProblem> problems;
    TreeWalker walker;
    RootRecovery recovery;
};

} // namespace

class tst_RootRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootBackThenGoneThenBackBeforeTheCheckIsWatched()
    {
        // The root comes back, is gone again before the walk comes to it (inotify_add_watch:
        // ENOENT), and is back once more before the pass ends (rm -r root; mv away root, seen by
        // tst_comeback on a loaded machine). A stat() at the end of the pass finds a directory,
        // but the walk met none: the root must be waited for again, and so watched and said back.
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString rootPath = sub(parent, "root");
        Engine engine(WatchOptions{});
        QVERIFY(engine.fd.isValid());
        const PathTable::Id root = engine.paths.internPath(QFile::encodeName(rootPath));

        engine.recovery.startWaiting(root); // not there: waits on the parent
        QCOMPARE(engine.counters.waitingRoots.load(), qint64(1));
        QVERIFY(mkdirs(rootPath));
        // What the engine does when its timer or an event on the waiter's watch says so.
        engine.recovery.recheck();
        QCOMPARE(engine.counters.waitingRoots.load(), qint64(0));
        QVERIFY(engine.walker.hasWork()); // queued to be watched

        QVERIFY(QDir(rootPath).removeRecursively()); // gone before the walk
        QVERIFY(engine.walker.hasWork());
        engine.walker.scanNext(0);                     // ENOENT
        QVERIFY(mkdirs(rootPath));                     // back before the check
        engine.recovery.checkReturning();

        QVERIFY2(engine.walker.hasWork() || engine.counters.waitingRoots.load() == 1,
                 "the root is neither watched, nor queued, nor waited for");
        engine.walk();
        QVERIFY(engine.registry.wdOf(root) >= 0);
        QCOMPARE(engine.count(MonitorProblem::RootBack), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RootRecovery)
#include "tst_rootrecovery.moc"
