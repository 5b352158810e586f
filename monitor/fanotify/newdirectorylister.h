#pragma once

#include "capture/eventsource.h"
#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "inotify/directoryscanner.h"
#include "inotify/pendingscancreates.h"

#include <functional>
#include <vector>

class EventBatcher;

// What a directory already holds when fanotify reports its arrival. A filesystem mark reports
// every later change inside it, but nothing about what was in a directory moved in from outside
// the watched tree (`mv /elsewhere/dir tree/`), nor, reliably, what a directory created in the
// tree held before its creation was read (the helper names an entry by its directory's path at
// read time). So the client lists such a directory, recursively, and records what it finds as
// `scan` rows, the way the inotify engine does (TreeWalker): the replay of a record then gives
// the tree as it is.
//
// An entry made after the directory arrived and before our listing is both listed and reported by
// the kernel: one creation, two rows. As in the inotify engine (PendingScanCreates), the kernel's
// row is kept in the place of ours while ours is still in the batcher, and dropped otherwise.
// Those kernel reports were queued before the listing; once the helper says it read the queue
// empty after the listing (drained()), none is on its way any more and the pending rows are
// forgotten. A directory that moved on before we could list it is listed where its move, read
// later, says it went.
//
// Lists with this process's rights (the unprivileged side): a folder the user may not read is
// reported as a problem, as in inotify mode. Used from the FanotifySource's thread only.
class NewDirectoryLister final
{
public:
    using Wanted = std::function<bool(PathTable::Id path, quint32 inMask)>;
    using ProblemSink = std::function<void(const MonitorProblem &)>;

    NewDirectoryLister(PathTable &paths, EventBatcher &batcher, EventSource::Stats &stats);
    NewDirectoryLister(const NewDirectoryLister &) = delete;
    NewDirectoryLister &operator=(const NewDirectoryLister &) = delete;

    void setup(bool recursive, Wanted wanted, ProblemSink report);
    void clear();

    // `dir` was created in or moved into the watched tree: record what it holds now, and what
    // its subdirectories hold. `nowNs` is the rows' time (CLOCK_REALTIME). `opened`, if given,
    // gets every directory opened to list it.
    void list(PathTable::Id dir, qint64 nowNs, std::vector<PathTable::Id> *opened = nullptr);

    // A paired move of the directory `from` to `to`: if `from` could not be listed because it had
    // moved on already (its arrival was read after this move), list it where it went.
    void moved(PathTable::Id from, PathTable::Id to, qint64 nowNs);

    // The kernel reports the creation of `path`, as `kernel`. Returns true when our listing had
    // recorded it: the caller drops the kernel's row (it took the place of ours if it could).
    bool takeDuplicate(const FsEvent &kernel);
    // `path` was deleted or moved away: a creation under that name from now on is a new one.
    void forget(PathTable::Id path) { m_pending.forget(0, path); }
    // The helper read the kernel queue empty at `helperTimeNs` (EvDrained).
    void drained(qint64 helperTimeNs);

private:
    PathTable &m_paths;
    EventBatcher &m_batcher;
    EventSource::Stats &m_stats;
    bool m_recursive = true;
    Wanted m_wanted;
    ProblemSink m_report;

    DirectoryScanner m_scanner;
    std::vector<PathTable::Id> m_queue;
    // Keyed by path id (PendingScanCreates' name); there is no watch descriptor here, so wd 0.
    PendingScanCreates m_pending;
    // Directories to list that were gone from their path when listed (ENOENT): their move, if
    // they moved, was queued before that listing, so it arrives before the next drain marker.
    std::vector<PathTable::Id> m_missed;
    qint64 m_lastListingNs = 0;
};
