#include "inotify/rootrecovery.h"

#include "inotify/inotifycounters.h"
#include "inotify/treewalker.h"
#include "inotify/watchregistry.h"

#include <algorithm>

#include <sys/stat.h>

RootRecovery::RootRecovery(int inotifyFd, const PathTable &paths, const WatchRegistry &registry,
                           TreeWalker &walker, InotifyCounters &counters, ProblemSink report,
                           std::function<void()> nothingLeft)
    : m_paths(paths)
    , m_registry(registry)
    , m_walker(walker)
    , m_counters(counters)
    , m_report(std::move(report))
    , m_nothingLeft(std::move(nothingLeft))
    , m_waiter(inotifyFd, paths, [&registry](int wd) { return registry.find(wd) != nullptr; })
{
}

void RootRecovery::handle(int wd, quint32 mask, QByteArrayView name)
{
    std::vector<std::pair<PathTable::Id, int>> failed;
    rootsBack(m_waiter.handle(wd, mask, name, &failed));
    rootsLost(failed);
}

void RootRecovery::startWaiting(PathTable::Id root)
{
    int err = 0;
    switch (m_waiter.wait(root, &err)) {
    case RootWaiter::Result::Waiting:
        break;
    case RootWaiter::Result::Back:
        rootsBack({root});
        break;
    case RootWaiter::Result::Failed:
        rootsLost({{root, err}});
        break;
    }
    m_counters.waitingRoots.store(m_waiter.count(), std::memory_order_relaxed);
}

void RootRecovery::recheck()
{
    std::vector<std::pair<PathTable::Id, int>> failed;
    rootsBack(m_waiter.recheck(&failed));
    rootsLost(failed);
}

void RootRecovery::rootsBack(const std::vector<PathTable::Id> &roots)
{
    // Watched and scanned by the walker (the engine's processScanQueue, right after this read);
    // said once it is watched (checkReturning).
    for (PathTable::Id root : roots) {
        m_returning.push_back(root);
        m_walker.queueRoot(root, true);
    }
    m_counters.waitingRoots.store(m_waiter.count(), std::memory_order_relaxed);
}

void RootRecovery::rootsLost(const std::vector<std::pair<PathTable::Id, int>> &failed)
{
    for (const auto &[root, err] : failed) {
        m_report(MonitorProblem::scanError(
            m_paths.path(root), err,
            QByteArrayLiteral("inotify_add_watch (waiting for the folder to come back)")));
    }
    m_counters.waitingRoots.store(m_waiter.count(), std::memory_order_relaxed);
    if (!failed.empty() && nothingLeft())
        m_nothingLeft();
}

void RootRecovery::checkReturning()
{
    const std::vector<PathTable::Id> returning = std::exchange(m_returning, {});
    const std::vector<PathTable::Id> vanished = m_walker.takeVanishedRoots();
    for (PathTable::Id root : returning) {
        if (m_registry.wdOf(root) >= 0) {
            m_report(MonitorProblem::rootBack(m_paths.path(root)));
            continue;
        }
        // Not watched: gone again before the walker came to it (wait again), or there but not
        // watchable (the walker reported why; waiting would find it there at once, again).
        // "Gone" is what the walker met, not what a stat() says now: a root removed before the
        // walk and put back before this check (rm -r root; mv away root) would otherwise look
        // unwatchable and never be watched nor waited for again.
        const bool wentAgain = std::find(vanished.begin(), vanished.end(), root) != vanished.end();
        struct stat st;
        if (wentAgain || ::stat(m_paths.path(root).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
            startWaiting(root);
    }
    for (PathTable::Id root : m_walker.takeLostRoots()) {
        sayGone(root, MonitorProblem::RootDeleted);
        startWaiting(root);
    }
}

void RootRecovery::sayGone(PathTable::Id root, MonitorProblem::Kind how)
{
    const QByteArray path = m_paths.path(root);
    const auto it = std::find(m_returning.begin(), m_returning.end(), root);
    if (it != m_returning.end()) {
        m_returning.erase(it);
        m_report(MonitorProblem::rootBack(path));
    }
    m_report(how == MonitorProblem::RootMoved ? MonitorProblem::rootMoved(path)
                                              : MonitorProblem::rootDeleted(path));
}

bool RootRecovery::nothingLeft() const
{
    return m_registry.rootCount() == 0 && m_waiter.count() == 0 && m_returning.empty();
}
