#include "inotify/treewalker.h"

#include "capture/eventbatcher.h"
#include "capture/pathfilter.h"
#include "core/fsevent.h"
#include "core/uniquefd.h"
#include "inotify/inotifycounters.h"
#include "inotify/inotifyselffilter.h"
#include "inotify/kernellimits.h"
#include "inotify/pendingscancreates.h"
#include "inotify/watchregistry.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>

TreeWalker::TreeWalker(int inotifyFd, PathTable &paths, WatchRegistry &registry,
                       InotifySelfFilter &self, const PathFilter &filter, EventBatcher &batcher,
                       PendingScanCreates &pending, InotifyCounters &counters, const WatchMasks &masks, bool recursive,
                       const std::atomic<bool> &stopRequested, ProblemSink report)
    : m_fd(inotifyFd)
    , m_paths(paths)
    , m_registry(registry)
    , m_self(self)
    , m_filter(filter)
    , m_batcher(batcher)
    , m_pending(pending)
    , m_known(registry.entries())
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

void TreeWalker::queueRoot(PathTable::Id root, bool returning)
{
    m_queue.push_back({root, -1, quint8(Root | Synthesize | (returning ? Returning : 0))});
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

    const int wd = addWatch(item, fsPath);
    if (wd == kAbandon)
        return;
    quint8 flags = item.flags;
    if (wd >= 0) {
        const int before = m_registry.wdOf(path);
        const auto r = m_registry.add(wd, path, item.parentWd, root, m_generation);
        if (r == WatchRegistry::AddResult::Known && !m_rescanning)
            return; // the same directory reached twice (nested roots, bind mount): walk it once
        if (r == WatchRegistry::AddResult::Added) {
            m_counters.watched.store(m_registry.size(), std::memory_order_relaxed);
            if (flags & Returning)
                recordRow(now, IN_CREATE, path, true, FsEvent::Scan);
            if ((flags & Compare) && !root && before >= 0 && before != wd && m_registry.find(before)) {
                // Another directory than the one we watched stands at this path (its parent knew
                // the name, but not its inode): the old one went, this one came, while events
                // were lost.
                recordRow(now, IN_DELETE, path, true, FsEvent::Rescan);
                recordRow(now, IN_CREATE, path, true, FsEvent::Rescan);
                flags = quint8((flags & ~Compare) | Synthesize | FromRescan);
            }
        }
    }
    prepareListing(item, path, wd);
    list(flags, path, fsPath, wd, now);
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

int TreeWalker::addWatch(const Item &item, const QByteArray &fsPath)
{
    if ((item.flags & NoWatch) || m_limitHit) {
        countLimitUnwatched();
        return kUnwatched;
    }
    // During the set-up walk a directory is watched without the kinds our listing would cause,
    // and upgraded by upgradeSetupWatches() once the walk is over.
    const bool root = item.flags & Root;
    quint32 mask = m_masks.forWatch(root);
    if (m_inSetup && m_masks.scansCauseEvents)
        mask &= ~WatchMasks::kScanKinds;
    const int wd = inotify_add_watch(m_fd, fsPath.constData(), mask);
    if (wd >= 0)
        return wd;
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR || err == ELOOP) {
        if (root)
            m_vanishedRoots.push_back(item.path); // a root's item path is its own (no parent wd)
        return kAbandon; // vanished, or replaced by something that is not a directory
    }
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

void TreeWalker::prepareListing(const Item &item, PathTable::Id path, int wd)
{
    if (m_inSetup && m_masks.scansCauseEvents && wd >= 0)
        m_registry.setReduced(wd, true);
    // Even during the set-up walk: a directory created in one while the walk runs is listed
    // below it, with its parent's full mask.
    if (m_masks.scansCauseEvents) {
        if (wd >= 0)
            m_self.expect(wd, {});
        if (item.parentWd >= 0)
            m_self.expect(item.parentWd, m_paths.name(path));
    }
}

void TreeWalker::list(quint8 flags, PathTable::Id path, const QByteArray &fsPath, int wd,
                      qint64 now)
{
    // Every watched directory is listed, leaves included (a leaf's files are entries the rescan
    // must know), and a directory we could not watch is listed to find its subdirectories.
    const bool root = flags & Root;
    const int openFlags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (root ? 0 : O_NOFOLLOW);
    const UniqueFd dirFd(::open(fsPath.constData(), openFlags));
    if (!dirFd.isValid()) {
        const int err = errno;
        if (err != ENOENT && err != ENOTDIR && err != ELOOP)
            m_report(MonitorProblem::directoryFailed(fsPath, err));
        return;
    }

    const bool watched = wd >= 0;
    const bool compare = (flags & Compare) && watched;
    const bool synthesize = flags & Synthesize;
    const quint8 source = (compare || (flags & FromRescan)) ? FsEvent::Rescan : FsEvent::Scan;
    const quint8 unwatched = watched ? 0 : NoWatch;
    // Children of a new directory are new; children of a compared one are compared.
    const quint8 newChild = quint8(Synthesize | unwatched | (source == FsEvent::Rescan ? FromRescan : 0));
    const quint8 knownChild = quint8((compare ? Compare : 0) | unwatched);
    const quint32 knownBefore = watched ? m_known.countIn(wd) : 0;
    quint32 matched = 0;

    const auto created = [&](PathTable::Id child, KnownEntries::NameId id, bool isDir) {
        const std::optional<quint64> row = recordRow(now, IN_CREATE, child, isDir, source);
        if (row && watched)
            m_pending.add(wd, id, *row); // the kernel may report this creation too
    };
    int calls = 0;
    const int err = m_scanner.list(
        dirFd.get(),
        [&](QByteArrayView name, DirectoryScanner::Kind kind, quint64 ino) {
            const bool isDir = kind == DirectoryScanner::Kind::Directory;
            const KnownEntries::NameId id = watched ? m_known.nameId(name) : 0;
            bool isNew = synthesize;
            if (compare) {
                KnownEntries::Entry k;
                if (!m_known.find(wd, id, &k)) {
                    isNew = true;
                } else if (k.isDir != isDir || (k.ino != 0 && k.ino != ino)) {
                    // Another object under the same name: the old one went, this one came.
                    ++matched;
                    isNew = true;
                    recordRow(now, IN_DELETE, m_paths.intern(path, name), k.isDir, source);
                } else {
                    ++matched;
                    m_known.markSeen(wd, id, ino);
                    if (isDir && m_recursive)
                        m_queue.push_back({m_paths.intern(path, name), wd, knownChild});
                    return;
                }
            }
            if (watched)
                m_known.put(wd, id, isDir, ino);
            if (!isNew && !(isDir && m_recursive))
                return; // a plain file of a walk costs no path
            const PathTable::Id child = m_paths.intern(path, name);
            if (isNew)
                created(child, id, isDir);
            if (isDir && m_recursive)
                m_queue.push_back({child, wd, isNew ? newChild : knownChild});
        },
        &calls);
    // Each open, getdents64 and close is one event on this directory's watch and one on its
    // parent's (InotifySelfFilter).
    m_expectedSelfEvents += 2 * (2 + calls);
    if (err != 0 && err != ENOENT) {
        m_report(MonitorProblem::scanError(fsPath, err));
        return; // a partial listing says nothing about what is missing from it
    }
    if (m_rescanning && watched && matched < knownBefore)
        m_sweep[wd] = !compare; // known entries not met: deleted, or (new directory) forgotten
}

std::optional<quint64> TreeWalker::recordRow(qint64 now, quint32 kind, PathTable::Id path,
                                             bool isDir, quint8 source)
{
    if (!(m_masks.user & kind) || !m_filter.accepts(m_paths, path))
        return std::nullopt;
    if (source == FsEvent::Rescan)
        ++(kind == IN_CREATE ? m_rescanCreated : m_rescanDeleted);
    const quint64 number = m_batcher.appended();
    m_batcher.append(FsEvent::found(now, kind, path, isDir, source));
    return number;
}

bool TreeWalker::finishPass(qint64 now)
{
    if (m_rescanning)
        finishRescan(now);
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
    m_known.clearSeen();
    m_sweep.clear();
    m_rescanOverflows = m_counters.overflows.load(std::memory_order_relaxed);
    m_rescanCreated = m_rescanDeleted = 0;
    // The rescan meets every directory again, the unwatchable ones too: count those afresh.
    m_counters.unwatched.store(0, std::memory_order_relaxed);
    for (int wd : m_registry.roots()) {
        if (const WatchRegistry::Dir *d = m_registry.find(wd))
            m_queue.push_back({d->path, -1, quint8(Root | Compare)});
    }
}

void TreeWalker::finishRescan(qint64 now)
{
    // Watches the rescan did not meet again belong to directories that vanished or moved out
    // while events were lost (their entries go with them: their parent records them deleted).
    for (int wd : m_registry.staleSince(m_generation)) {
        if (const WatchRegistry::Dir *dir = m_registry.find(wd); dir && dir->root)
            m_lostRoots.push_back(dir->path);
        inotify_rm_watch(m_fd, wd);
        m_registry.remove(wd);
    }
    m_counters.watched.store(m_registry.size(), std::memory_order_relaxed);
    // Known entries the listings did not meet, and that no event brought back since (an event
    // marks an entry seen), are gone: one pass over the table for the whole rescan.
    m_known.removeUnseenIn(m_sweep, [&](int wd, KnownEntries::NameId name, bool isDir) {
        auto it = m_sweep.find(wd);
        const WatchRegistry::Dir *dir = m_registry.find(wd);
        if (it == m_sweep.end() || it->second || !dir)
            return; // recorded as new with what it holds now, or gone itself
        recordRow(now, IN_DELETE, m_paths.intern(dir->path, m_known.name(name)), isDir,
                  FsEvent::Rescan);
    });
    m_sweep.clear();
    m_rescanning = false;
    m_report(MonitorProblem::rescanFound(m_rescanOverflows, m_rescanCreated, m_rescanDeleted));
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
