#pragma once

#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "inotify/rootwaiter.h"

#include <QByteArrayView>

#include <functional>
#include <utility>
#include <vector>

class TreeWalker;
class WatchRegistry;
struct InotifyCounters;

// The life of a root while it is not watched: deleted or moved away, it is waited for
// (RootWaiter); when its path is a directory again it is handed to the walker, and said to be back
// once the walker watched it, or waited for again if it went away before that. A root that cannot
// even be waited for is lost for good. This is apart from InotifyEngine, which reads and dispatches
// events, so that the several ways a root leaves and comes back are followed in one place; it also
// knows when nothing is left at all (no root watched, waited for or on its way back).
//
// Used from the reader thread only, by InotifyEngine, which owns everything passed in.
class RootRecovery final
{
public:
    using ProblemSink = std::function<void(const MonitorProblem &)>;

    // `nothingLeft` is called when a root is lost for good and it was the last one.
    RootRecovery(int inotifyFd, const PathTable &paths, const WatchRegistry &registry,
                 TreeWalker &walker, InotifyCounters &counters, ProblemSink report,
                 std::function<void()> nothingLeft);
    RootRecovery(const RootRecovery &) = delete;
    RootRecovery &operator=(const RootRecovery &) = delete;

    bool owns(int wd) const { return m_waiter.owns(wd); }
    // An event on a watch a waiting root waits on.
    void handle(int wd, quint32 mask, QByteArrayView name);
    // `root` is not watched any more: wait for its path to be a directory again.
    void startWaiting(PathTable::Id root);
    // Looks again at every waiting root: after a mount change or a queue overflow, the creation
    // a root waits for may have made no event we read.
    void recheck();
    // After a walker pass: says which returning roots are watched again, waits again for those
    // that went away before the walker came to them, and for the roots the rescan did not find.
    void checkReturning();
    // Says that a watched root went (`how`: RootDeleted or RootMoved), whether read from its own
    // watch or found by a rescan. Its return is said first if it was not yet: the loss may come
    // while the return is still being walked (the engine reads events between slices), and the
    // root was watched, its scan is in the record. So every loss after the first follows a return.
    void sayGone(PathTable::Id root, MonitorProblem::Kind how);

    // No root watched, waited for, or on its way back.
    bool nothingLeft() const;

private:
    void rootsBack(const std::vector<PathTable::Id> &roots);
    void rootsLost(const std::vector<std::pair<PathTable::Id, int>> &failed);

    const PathTable &m_paths;
    const WatchRegistry &m_registry;
    TreeWalker &m_walker;
    InotifyCounters &m_counters;
    ProblemSink m_report;
    std::function<void()> m_nothingLeft;
    RootWaiter m_waiter;
    std::vector<PathTable::Id> m_returning; // roots queued to be watched again
};
