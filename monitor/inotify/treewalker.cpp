#include "inotify/treewalker.h"

#include "capture/eventbatcher.h"
#include "capture/pathfilter.h"
#include "core/fsevent.h"
#include "core/uniquefd.h"
#include "inotify/inotifycounters.h"
#include "inotify/inotifyselffilter.h"
#include "inotify/kernellimits.h"
#include "inotify/watchregistry.h"

#include <cerrno>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/statfs.h>

TreeWalker::TreeWalker(int inotifyFd, PathTable &paths, WatchRegistry &registry,
                       InotifySelfFilter &self, const PathFilter &filter, EventBatcher &batcher,
                       InotifyCounters &counters, const WatchMasks &masks, bool recursive,
                       const std::atomic<bool> &stopRequested, ProblemSink report)
    : m_fd(inotifyFd)
    , m_paths(paths)
    , m_registry(registry)
    , m_self(self)
    , m_filter(filter)
    , m_batcher(batcher)
    , m_counters(counters)
    , m_masks(masks)
    , m_recursive(recursive)
    , m_stop(stopRequested)
    , m_report(std::move(report))
{
}

void TreeWalker::startSetup(const QList<QByteArray> &roots)
{
    m_inSetup = true;
    // Pushed in reverse so that the first root is walked first.
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        m_queue.push_back({m_paths.internPath(*it), -1, Root});
}

void TreeWalker::queueNewDirectory(PathTable::Id path, int parentWd)
{
    m_queue.push_back({path, parentWd, Synthesize});
}

void TreeWalker::queueRewatch(PathTable::Id path, int parentWd, bool root)
{
    m_queue.push_back({path, root ? -1 : parentWd, quint8(root ? Root : 0)});
}

void TreeWalker::scanNext(qint64 now)
{
    const Item item = m_queue.back();
    m_queue.pop_back();
    scan(item, now);
}

void TreeWalker::scan(const Item &item, qint64 now)
{
    const PathTable::Id path = currentPath(item);
    if (path == PathTable::NoPath)
        return; // the parent went away since this was queued, and so did this directory
    const bool root = item.flags & Root;
    if (!root && m_filter.excludes(m_paths, path))
        return; // inotifywait semantics: an excluded directory gets no watch at all
    const QByteArray fsPath = m_paths.path(path);
    ++m_scanned;

    bool reduced = false;
    const int wd = addWatch(item, fsPath, &reduced);
    if (wd == kAbandon)
        return;
    bool isNew = false;
    if (wd >= 0) {
        const auto r = m_registry.add(wd, path, item.parentWd, root, m_generation);
        if (r == WatchRegistry::AddResult::Known && !m_rescanning)
            return; // the same directory reached twice (nested roots, bind mount): walk it once
        isNew = r == WatchRegistry::AddResult::Added;
        if (isNew)
            m_counters.watched.store(m_registry.size(), std::memory_order_relaxed);
    }
    bool synthesize = item.flags & Synthesize;
    if (!shouldList(item, path, fsPath, isNew, &synthesize, now))
        return;
    prepareListing(item, path, fsPath, wd, reduced);
    list(item, path, fsPath, wd, synthesize, now);
}

PathTable::Id TreeWalker::currentPath(const Item &item) const
{
    if (item.parentWd < 0)
        return item.path;
    const WatchRegistry::Dir *parent = m_registry.find(item.parentWd);
    if (!parent)
        return PathTable::NoPath;
    if (m_paths.parent(item.path) != parent->path) // the parent moved since: follow it
        return m_paths.intern(parent->path, m_paths.name(item.path));
    return item.path;
}

int TreeWalker::addWatch(const Item &item, const QByteArray &fsPath, bool *reduced)
{
    if ((item.flags & NoWatch) || m_limitHit) {
        countLimitUnwatched();
        return kUnwatched;
    }
    // During the set-up walk a directory we are going to list is watched without the kinds our
    // listing would cause, and upgraded by upgradeSetupWatches() once the walk is over. A
    // directory that may turn out to be a leaf (see isLeaf()) gets its full mask at once: we will
    // never open it, so it needs no upgrade.
    const bool root = item.flags & Root;
    quint32 mask = m_masks.forWatch(root);
    *reduced = m_inSetup && m_masks.scansCauseEvents && (root || !mayBeLeaf(item));
    if (*reduced)
        mask &= ~WatchMasks::kScanKinds;
    const int wd = inotify_add_watch(m_fd, fsPath.constData(), mask);
    if (wd >= 0)
        return wd;
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR || err == ELOOP)
        return kAbandon; // vanished, or replaced by something that is not a directory
    if (err != ENOSPC) {
        m_counters.unwatched.fetch_add(1, std::memory_order_relaxed);
        m_report(MonitorProblem::directoryFailed(fsPath, err));
        return kAbandon;
    }
    // ENOSPC: max_user_watches reached. Keep what we have, stop adding, and keep walking without
    // watching so the report can say how many directories are left out.
    m_limitHit = true;
    countLimitUnwatched();
    return kUnwatched;
}

void TreeWalker::countLimitUnwatched()
{
    ++m_limitUnwatched;
    m_counters.unwatched.fetch_add(1, std::memory_order_relaxed);
}

bool TreeWalker::shouldList(const Item &item, PathTable::Id path, const QByteArray &fsPath,
                            bool isNew, bool *synthesize, qint64 now)
{
    if ((item.flags & ReportIfNew) && isNew) {
        // Found by a rescan after an overflow: its creation was among the lost events.
        recordCreate(now, path, true);
        *synthesize = true;
    }
    if (!m_recursive && !*synthesize)
        return false; // nothing to list: subdirectories get no watch
    if (!*synthesize && !(item.flags & Root) && isLeaf(fsPath))
        return false; // no subdirectory: nothing in it for a walk (or a rescan) to find
    return true;
}

void TreeWalker::prepareListing(const Item &item, PathTable::Id path, const QByteArray &fsPath,
                                int wd, bool reduced)
{
    if (m_inSetup && m_masks.scansCauseEvents && wd >= 0) {
        if (!reduced) {
            // Watched with the full mask in the hope of a leaf: narrow it before listing.
            inotify_add_watch(m_fd, fsPath.constData(),
                              m_masks.forWatch(item.flags & Root) & ~WatchMasks::kScanKinds);
        }
        m_registry.setReduced(wd, true);
    }
    // Even during the set-up walk: a leaf keeps its full mask, and a directory created in one
    // while the walk runs is listed below it.
    if (m_masks.scansCauseEvents) {
        if (wd >= 0)
            m_self.expect(wd, {});
        if (item.parentWd >= 0)
            m_self.expect(item.parentWd, m_paths.name(path));
    }
}

void TreeWalker::list(const Item &item, PathTable::Id path, const QByteArray &fsPath, int wd,
                      bool synthesize, qint64 now)
{
    const bool root = item.flags & Root;
    const int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (root ? 0 : O_NOFOLLOW);
    const UniqueFd dirFd(::open(fsPath.constData(), flags));
    if (!dirFd.isValid()) {
        const int err = errno;
        if (err != ENOENT && err != ENOTDIR && err != ELOOP)
            m_report(MonitorProblem::directoryFailed(fsPath, err));
        return;
    }

    const int childParent = wd; // -1 when this directory is not watched
    quint8 childFlags = 0;
    if (synthesize)
        childFlags |= Synthesize;
    else if (m_rescanning)
        childFlags |= ReportIfNew;
    if (wd < 0)
        childFlags |= NoWatch;
    const bool recordCreates = synthesize && (m_masks.user & IN_CREATE);
    int calls = 0;
    const int err = m_scanner.list(
        dirFd.get(),
        [&](QByteArrayView name, DirectoryScanner::Kind kind) {
            const bool isDir = kind == DirectoryScanner::Kind::Directory;
            if (!isDir && !recordCreates)
                return; // plain files cost nothing unless we synthesize their creation
            const PathTable::Id child = m_paths.intern(path, name);
            if (recordCreates)
                recordCreate(now, child, isDir);
            if (isDir && m_recursive)
                m_queue.push_back({child, childParent, childFlags});
        },
        &calls);
    // Each open, getdents64 and close is one event on this directory's watch and one on its
    // parent's (InotifySelfFilter).
    m_expectedSelfEvents += 2 * (2 + calls);
    if (err != 0 && err != ENOENT)
        m_report(MonitorProblem::scanError(fsPath, err));
}

void TreeWalker::recordCreate(qint64 now, PathTable::Id path, bool isDir)
{
    if (!(m_masks.user & IN_CREATE) || !m_filter.accepts(m_paths, path))
        return;
    FsEvent e;
    e.timeNs = now;
    e.mask = IN_CREATE | (isDir ? IN_ISDIR : 0u);
    e.pathId = path;
    e.flags = quint16(FsEvent::Synthesized | (isDir ? FsEvent::IsDir : 0));
    e.source = FsEvent::Scan;
    m_batcher.append(e);
}

bool TreeWalker::finishPass()
{
    if (m_rescanning)
        finishRescan();
    // At run time every new directory past the limit ends a pass: say it at most once a second
    // (the count accumulates; stats() is always exact).
    if (m_limitUnwatched > 0
        && (m_inSetup || !m_limitClock.isValid() || m_limitClock.elapsed() >= 1000)) {
        m_limitClock.start();
        reportWatchLimit();
    }
    m_limitHit = false;
    if (!m_inSetup)
        return false;
    if (m_masks.scansCauseEvents && !m_stop.load(std::memory_order_relaxed))
        upgradeSetupWatches();
    m_inSetup = false;
    return true;
}

void TreeWalker::startRescanIfRequested()
{
    if (m_rescanPending)
        startRescan();
}

void TreeWalker::startRescan()
{
    m_rescanPending = false;
    m_rescanning = true;
    ++m_generation;
    // The rescan meets every directory again, the unwatchable ones too: count those afresh.
    m_counters.unwatched.store(0, std::memory_order_relaxed);
    for (int wd : m_registry.roots()) {
        if (const WatchRegistry::Dir *d = m_registry.find(wd))
            m_queue.push_back({d->path, -1, Root});
    }
}

void TreeWalker::finishRescan()
{
    // Watches the rescan did not meet again belong to directories that vanished or moved out
    // while events were lost.
    for (int wd : m_registry.staleSince(m_generation)) {
        inotify_rm_watch(m_fd, wd);
        m_registry.remove(wd);
    }
    m_counters.watched.store(m_registry.size(), std::memory_order_relaxed);
    m_rescanning = false;
}

void TreeWalker::upgradeSetupWatches()
{
    // The initial walk watched every directory without IN_OPEN / IN_ACCESS / IN_CLOSE_NOWRITE, so
    // the walk's own open/getdents64/close caused no event at all: nothing queued, nothing to
    // read, filter or lose to an overflow (a 50,000-directory walk would otherwise queue 400,000
    // events, 8 per directory, and spend more time on them than on the walk itself). Now that no
    // scan of ours is open any more, give every watch its full mask. inotify_add_watch(2) on an
    // inode already watched by this instance updates that watch's mask and returns its wd.
    //
    // Consequence, by design: during the set-up walk (before setupFinished) those three kinds are
    // not recorded, much as inotifywait records nothing before "Watches established.". Scans
    // later on (new directories, rescans) use full masks at once and InotifySelfFilter instead,
    // so nothing is missed at run time.
    for (const auto &[wd, root] : m_registry.all()) {
        if (m_stop.load(std::memory_order_relaxed))
            return;
        const WatchRegistry::Dir *dir = m_registry.find(wd);
        if (!dir || !dir->reduced)
            continue; // a leaf, watched with its full mask from the start
        m_registry.setReduced(wd, false);
        const QByteArray fsPath = m_paths.path(dir->path);
        const int got = inotify_add_watch(m_fd, fsPath.constData(), m_masks.forWatch(root));
        if (got >= 0 && got != wd && !m_registry.find(got)) {
            // The path now leads to another directory (ours moved away while the walk ran and its
            // rename is still queued): that one is not ours to watch under this path.
            inotify_rm_watch(m_fd, got);
        }
    }
}

void TreeWalker::reportWatchLimit()
{
    const MonitorProblem p =
        MonitorProblem::watchLimit(m_limitUnwatched, KernelLimits::maxUserWatches());
    m_limitUnwatched = 0;
    m_report(p);
}

bool TreeWalker::mayBeLeaf(const Item &item)
{
    // Decided before the watch is added (to choose its mask): only a walk for subdirectories
    // may skip a listing; a new directory must be listed to synthesize what it already holds,
    // and so may one a rescan finds new.
    return !(item.flags & (Root | Synthesize | ReportIfNew));
}

bool TreeWalker::isLeaf(const QByteArray &fsPath)
{
    // A directory's link count is 2 + its number of subdirectories ("." and the entry in its
    // parent, plus each subdirectory's ".."), on the filesystems listed below. So a count of 2
    // means there is nothing for a walk to descend into, and we skip opening and listing it:
    // that is most directories of a real tree, and open+getdents64+close is 3 of the 5 us a
    // directory costs. It is checked after the watch exists, so a subdirectory made after the
    // check arrives as IN_CREATE|IN_ISDIR. Other filesystems (btrfs always says 1, network and
    // FUSE ones may say anything) are listed as usual: this is find(1)'s leaf optimisation,
    // restricted to where it is exact.
    struct stat st;
    if (::fstatat(AT_FDCWD, fsPath.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0
        || !S_ISDIR(st.st_mode) || st.st_nlink != 2) {
        return false;
    }
    auto it = m_nlinkTrusted.find(quint64(st.st_dev));
    if (it == m_nlinkTrusted.end()) {
        struct statfs fs;
        bool trusted = false;
        if (::statfs(fsPath.constData(), &fs) == 0) {
            const auto type = quint64(fs.f_type);
            trusted = type == TMPFS_MAGIC || type == EXT4_SUPER_MAGIC || type == XFS_SUPER_MAGIC;
        }
        it = m_nlinkTrusted.emplace(quint64(st.st_dev), trusted).first;
    }
    return it->second;
}
