#include "inotify/inotifyengine.h"

#include "capture/eventbatcher.h"
#include "core/logging.h"
#include "inotify/inotifycounters.h"
#include "inotify/kernellimits.h"

#include <QSocketNotifier>
#include <QTimer>

#include <ctime>
#include <sys/inotify.h>
#include <utility>

namespace {

// Our own scans queue events we then drop (see InotifySelfFilter). Drain the fd whenever the scans
// since the last drain may have queued this many, far below the default queue of 16,384, so the
// walk never overflows its own queue. Also drain every so many directories, so that real activity
// during a long walk is read early.
constexpr qint64 kDrainAfterSelfEvents = 2048; // at most; less when max_queued_events is low
constexpr qint64 kDrainEveryDirs = 512;

// After a wake-up that found events, the reader waits this long before listening again. Under a
// burst, a reader woken for every single event spends most of its time being scheduled (and so
// does inotifywait); waiting 1 ms lets the kernel gather the next events into one read. The
// queue cannot fill meanwhile unless events come faster than max_queued_events per millisecond
// (16 million per second by default); with a small queue we do not wait.
constexpr int kGatherMs = 1;
constexpr qint64 kGatherMinQueue = 4096;

// Kinds the kernel reports twice for a watched subdirectory: on its parent's watch with the name,
// and on its own watch without one (inotify(7), "events for the directory itself and for objects
// inside it"). We keep the parent's copy, so one action gives one row, as for files.
constexpr quint32 kAlsoOnParent = IN_ACCESS | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE
    | IN_CLOSE_NOWRITE | IN_OPEN;

// The kinds that change a directory's entries (KnownEntries).
constexpr quint32 kEntryKinds = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO;

} // namespace

InotifyEngine::InotifyEngine(UniqueFd fd, std::shared_ptr<PathTable> paths,
                             const WatchOptions &options, const QList<QByteArray> &roots,
                             InotifyCounters *counters, const std::atomic<bool> *stopRequested)
    : m_fd(std::move(fd))
    , m_paths(std::move(paths))
    , m_options(options)
    , m_rootPaths(roots)
    , m_counters(counters)
    , m_stop(stopRequested)
    , m_masks(WatchMasks::fromOptions(options))
    , m_filter(options.excludes, options.includes)
    , m_registry(*m_paths)
    , m_names(*m_paths)
    , m_batcher(new EventBatcher(this))
    , m_walker(m_fd.get(), *m_paths, m_registry, m_self, m_filter, *m_batcher, m_pendingCreates,
               *m_counters, m_masks,
               options.recursive, *m_stop,
               [this](const MonitorProblem &p) { Q_EMIT problem(p); })
    , m_rootRecovery(m_fd.get(), *m_paths, m_registry, m_walker, *m_counters,
                     [this](const MonitorProblem &p) { Q_EMIT problem(p); },
                     [this] { m_gone = true; })
{
    // The queue size is fixed when the instance is created (inotify_init1 copies
    // max_queued_events), so read it once: with a small queue we must drain more often.
    const qint64 queued = KernelLimits::maxQueuedEvents();
    m_gather = queued >= kGatherMinQueue;
    m_gatherBelow = queued / 16;
    m_drainAfterSelfEvents = queued > 0 ? qBound<qint64>(8, queued / 4, kDrainAfterSelfEvents)
                                        : kDrainAfterSelfEvents;
    m_raw.reserve(8192);
    m_batcher->setLimits(options.batchIntervalMs, options.batchMaxEvents);
    connect(m_batcher, &EventBatcher::batchReady, this, [this](const FsEventBatch &batch) {
        m_counters->eventsRecorded.fetch_add(batch.size(), std::memory_order_relaxed);
        Q_EMIT batchReady(batch);
    });
}

InotifyEngine::~InotifyEngine()
{
    if (m_listening)
        qCWarning(lcMonitor) << "InotifyEngine destroyed without shutdown()";
}

qint64 InotifyEngine::nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void InotifyEngine::begin()
{
    // Made here, in the reader thread, so that the notifier registers with this thread's event
    // dispatcher; as children they die with the engine, in this thread (InotifyMonitor::start()).
    m_notifier = new QSocketNotifier(m_fd.get(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InotifyEngine::onReadable);
    m_gatherTimer = new QTimer(this);
    m_gatherTimer->setSingleShot(true);
    m_gatherTimer->setTimerType(Qt::PreciseTimer);
    m_gatherTimer->setInterval(kGatherMs);
    connect(m_gatherTimer, &QTimer::timeout, this, &InotifyEngine::onGatherTimeout);
    if (m_mounts.start()) {
        // proc(5): a mount table change is a priority event (POLLPRI) on the open mountinfo.
        m_mountNotifier = new QSocketNotifier(m_mounts.fd(), QSocketNotifier::Exception, this);
        connect(m_mountNotifier, &QSocketNotifier::activated, this, &InotifyEngine::onMountsChanged);
        for (const QByteArray &point : m_mounts.mountPoints())
            m_mountPointsSeen.insert(point);
    } else {
        qCWarning(lcMonitor) << "cannot open /proc/self/mountinfo: mounts inside the tree are not followed";
    }
    m_listening = true;

    m_progressClock.start();
    m_walker.startSetup(m_rootPaths);
    processScanQueue();
}

void InotifyEngine::shutdown()
{
    if (!m_listening)
        return;
    m_listening = false;
    drain(); // what the kernel already queued belongs to the capture
    m_batcher->flush();
    // Nothing may read after this: the thread's loop may still turn once before it quits.
    m_notifier->setEnabled(false);
    if (m_mountNotifier)
        m_mountNotifier->setEnabled(false);
    m_gatherTimer->stop();
}

void InotifyEngine::onReadable()
{
    if (m_gone)
        return;
    const qint64 before = m_counters->eventsRead.load(std::memory_order_relaxed);
    drain();
    processScanQueue();
    m_batcher->flushIfDue();
    const qint64 read = m_counters->eventsRead.load(std::memory_order_relaxed) - before;
    // Pause only when this wake-up found a little: a big read means we are being pushed hard (or
    // were not scheduled for a while), and then we listen again at once.
    if (m_gather && !m_gone && m_listening && read > 0 && read < m_gatherBelow) {
        m_notifier->setEnabled(false);
        m_gatherTimer->start();
    }
}

void InotifyEngine::onGatherTimeout()
{
    if (m_gone || !m_listening)
        return;
    m_notifier->setEnabled(true);
    onReadable(); // whatever arrived while we were not listening
}

bool InotifyEngine::drain()
{
    qint64 events = 0;
    int err = 0;
    for (;;) {
        const InotifyReader::Status status = m_reader.read(m_fd.get(), m_raw, &err);
        if (status == InotifyReader::Status::Empty)
            break;
        if (status == InotifyReader::Status::Failed) {
            Q_EMIT problem(MonitorProblem::scanError({}, err, QByteArrayLiteral("read(inotify fd)")));
            if (m_notifier)
                m_notifier->setEnabled(false);
            return false;
        }
        const qint64 now = nowNs(); // one timestamp per read: the events arrived together
        for (const InotifyRawEvent &ev : m_raw)
            handle(ev, now);
        events += qint64(m_raw.size());
        m_batcher->flushIfDue();
    }
    m_counters->eventsRead.fetch_add(events, std::memory_order_relaxed);
    resolvePendingMoves();
    // Once per unmounted filesystem, for its top directory (isUnmountTop()).
    for (const UnmountedDir &u : std::exchange(m_unmountTops, {})) {
        if (isUnmountTop(u))
            Q_EMIT problem(MonitorProblem::unmounted(m_paths->path(u.path)));
    }
    // Drained to EAGAIN: every event our finished scans caused has been read (see
    // InotifySelfFilter), so no expectation is left that could swallow a real event later.
    m_self.clear();
    m_walker.forgetSelfEvents();
    m_pendingCreates.clear(); // (see PendingScanCreates)
    if (m_gone)
        announceGone();
    return true;
}

void InotifyEngine::handle(const InotifyRawEvent &ev, qint64 now)
{
    const quint32 m = ev.mask;
    if (m & IN_Q_OVERFLOW) {
        handleOverflow(now);
        return;
    }
    if (m_rootRecovery.owns(ev.wd)) {
        m_rootRecovery.handle(ev.wd, m, ev.nameView());
        // The same directory may also be watched for a root's tree (a root inside another).
    }
    const WatchRegistry::Dir *dir = m_registry.find(ev.wd);
    if (!dir)
        return; // the last events of a watch we already dropped, and its IN_IGNORED
    if (m & IN_IGNORED) {
        handleIgnored(ev.wd);
        return;
    }
    const QByteArrayView name = ev.nameView();
    if (m_masks.scansCauseEvents && (m & IN_ISDIR) && (m & WatchMasks::kScanKinds)
        && m_self.swallow(ev.wd, name, m)) {
        return;
    }
    // Copy what we need: the registry may change below and invalidate `dir`.
    const PathTable::Id dirPath = dir->path;
    const bool isRoot = dir->root;
    const bool parentWatched = dir->parent >= 0;
    const int wd = ev.wd;
    const PathTable::Id path = name.isEmpty() ? dirPath : m_names.intern(dirPath, name);
    bool recordIt = (m & m_masks.user) != 0;
    if ((m & kEntryKinds) && !name.isEmpty() && trackEntry(m, wd, name))
        return; // our listing recorded this very creation: its row is now the kernel's

    if (!name.isEmpty()) {
        if ((m & IN_ISDIR) && m_options.recursive)
            handleSubdirectory(m, ev.cookie, wd, path);
    } else if (isRoot) {
        if (!m_options.watchRootSelf)
            recordIt = false;
        if (m & IN_DELETE_SELF)
            m_rootRecovery.sayGone(path, MonitorProblem::RootDeleted);
    } else if (parentWatched && (m & kAlsoOnParent)) {
        recordIt = false;
    }
    if (m & IN_UNMOUNT)
        m_unmounted.insert(wd);

    if (recordIt && m_filter.accepts(*m_paths, path)) {
        // Without a name the event is about the watched object itself, always a directory here;
        // the kernel does not set IN_ISDIR on IN_DELETE_SELF / IN_MOVE_SELF.
        const bool isDir = (m & IN_ISDIR) || name.isEmpty();
        record(now, m, ev.cookie, path, isDir ? quint16(FsEvent::IsDir) : quint16(0));
    }

    if (isRoot && name.isEmpty() && (m & IN_MOVE_SELF)) {
        // We cannot know where the root went (inotify gives no path for IN_MOVE_SELF), and events
        // under the old path would be lies: stop watching this root, and wait for its path to be
        // a directory again (moved back, or made anew).
        m_rootRecovery.sayGone(path, MonitorProblem::RootMoved);
        // First: dropSubtree() must see it waiting, not all roots gone.
        m_rootRecovery.startWaiting(path);
        dropSubtree(wd);
    }
}

void InotifyEngine::handleSubdirectory(quint32 mask, quint32 cookie, int wd, PathTable::Id path)
{
    if (mask & IN_CREATE) {
        // Watch first, then list (processScanQueue right after this read): whatever was created
        // inside before the watch existed is found by the listing and synthesized.
        m_walker.queueNewDirectory(path, wd);
    } else if (mask & IN_MOVED_FROM) {
        m_pendingMoves.push_back({cookie, m_registry.wdOf(path)});
    } else if (mask & IN_MOVED_TO) {
        handleMovedTo(cookie, wd, path);
    }
}

void InotifyEngine::handleMovedTo(quint32 cookie, int wd, PathTable::Id path)
{
    int moved = -1;
    bool paired = false;
    for (auto it = m_pendingMoves.begin(); it != m_pendingMoves.end(); ++it) {
        if (it->cookie == cookie) {
            moved = it->wd;
            paired = true;
            m_pendingMoves.erase(it);
            break;
        }
    }
    if (paired && moved >= 0 && m_registry.find(moved)) {
        if (m_filter.excludes(*m_paths, path))
            dropSubtree(moved);
        else
            m_registry.relocate(moved, wd, path);
    } else {
        // Moved in from outside the tree (or from an unwatched place): a new subtree.
        m_walker.queueNewDirectory(path, wd);
    }
}

bool InotifyEngine::trackEntry(quint32 mask, int wd, QByteArrayView name)
{
    KnownEntries &known = m_registry.entries();
    // handle() has just passed `name` through m_names.intern().
    const KnownEntries::NameId id = m_names.nameId(known, name);
    if (mask & (IN_DELETE | IN_MOVED_FROM)) {
        known.remove(wd, id);
        m_pendingCreates.forget(wd, id); // a creation after this one is another one
        return false;
    }
    known.put(wd, id, (mask & IN_ISDIR) != 0, 0);
    if (!(mask & IN_CREATE))
        return false;
    const std::optional<quint64> row = m_pendingCreates.take(wd, id);
    if (!row)
        return false;
    // The entry was made after its directory was watched and before our listing found it: one
    // creation, reported twice. Keep the kernel's report, in the place of ours (so it still
    // precedes whatever the walk found inside); if ours was handed over already, it stands.
    if (FsEvent *ours = m_batcher->pending(*row)) {
        ours->mask = mask;
        ours->flags &= quint16(~FsEvent::Synthesized);
        ours->source = FsEvent::Inotify;
    }
    return true;
}

void InotifyEngine::handleIgnored(int wd)
{
    // The watch is gone (directory deleted, unmounted, or removed by us). Forget the wd now: the
    // kernel may hand the same number out again (inotify wds are allocated cyclically).
    const WatchRegistry::Dir *dir = m_registry.find(wd);
    const bool root = dir && dir->root;
    const PathTable::Id rootPath = root ? dir->path : PathTable::NoPath;
    bool rewatchRoot = false;
    if (dir && m_unmounted.erase(wd) > 0) {
        // A filesystem mounted on this directory went away (IN_UNMOUNT, then IN_IGNORED for every
        // watch on it). The directory it covered is visible again at the same path: watch that
        // one. Directories that lived on the unmounted filesystem have no watched parent left by
        // then and are skipped by the walker.
        // What it held is not recorded as deleted: it was not deleted, and it is there again
        // when mounted again.
        if (root || (dir->parent >= 0 && m_unmounted.count(dir->parent) == 0)) {
            m_walker.queueRewatch(dir->path, dir->parent, root);
            m_unmountTops.push_back({dir->path, dir->parent, root});
        }
        rewatchRoot = root;
    }
    m_registry.remove(wd);
    m_counters->watched.store(m_registry.size(), std::memory_order_relaxed);
    if (root && !rewatchRoot) {
        // Deleted: wait for it. (A root re-watched after an unmount is checked by finishPass().)
        m_rootRecovery.startWaiting(rootPath);
        if (m_rootRecovery.nothingLeft())
            m_gone = true;
    }
}

bool InotifyEngine::isUnmountTop(const UnmountedDir &dir) const
{
    if (dir.root)
        return true;
    // The kernel sends IN_UNMOUNT and IN_IGNORED inode by inode while the filesystem shuts down,
    // a subdirectory's possibly before its parent's, and a drain may reach EAGAIN in between (seen
    // with both cores busy): "the parent is still watched" is no proof of the top. The mount table
    // is: the top is a directory a filesystem was mounted on, and every mount the engine watched
    // into was in the table it read (followMount()) or there at the start.
    if (m_mountNotifier)
        return m_mountPointsSeen.contains(m_paths->path(dir.path));
    // Without /proc: the best guess, right unless the drain was cut mid-unmount.
    return m_registry.find(dir.parentWd) != nullptr;
}

void InotifyEngine::onMountsChanged()
{
    if (m_gone || !m_listening)
        return;
    drain(); // what happened before the mount belongs before its scan
    if (m_gone)
        return;
    for (const QByteArray &point : m_mounts.mountPoints()) {
        m_mountPointsSeen.insert(point);
        followMount(point);
    }
    // A filesystem mounted on the way down to a waiting root makes no inotify event either.
    m_rootRecovery.recheck();
    processScanQueue();
    m_batcher->flushIfDue();
}

void InotifyEngine::followMount(const QByteArray &mountPoint)
{
    // Only a mount point the engine knows the path of can be in the watched tree.
    const PathTable::Id path = m_paths->find(mountPoint);
    if (path == PathTable::NoPath)
        return;
    const int covered = m_registry.wdOf(path);
    const WatchRegistry::Dir *dir = m_registry.find(covered);
    const bool root = dir && dir->root;
    const int parentWd = dir ? dir->parent : m_registry.wdOf(m_paths->parent(path));
    if (!root && (parentWd < 0 || !m_options.recursive || m_filter.excludes(*m_paths, path)))
        return; // not a directory of the tree
    // Which directory does the path show now? inotify_add_watch(2) returns the wd of a watch this
    // instance has on that inode already: the watched one means nothing new is mounted there.
    // IN_MASK_ADD with a kind every watch has leaves an existing watch's mask alone.
    const int now = inotify_add_watch(m_fd.get(), mountPoint.constData(),
                                      IN_ONLYDIR | IN_MASK_ADD | IN_CREATE);
    if (now < 0 || now == covered)
        return;
    if (!m_registry.find(now))
        inotify_rm_watch(m_fd.get(), now); // the walker adds it with the right mask
    // A filesystem was mounted here: the covered directory's watches see nothing any more.
    if (dir) {
        for (int w : m_registry.subtree(covered)) {
            inotify_rm_watch(m_fd.get(), w);
            m_registry.remove(w);
        }
        m_counters->watched.store(m_registry.size(), std::memory_order_relaxed);
    }
    Q_EMIT problem(MonitorProblem::mounted(mountPoint));
    if (root)
        m_walker.queueRoot(path, false);
    else
        m_walker.queueNewDirectory(path, parentWd);
}

void InotifyEngine::announceGone()
{
    if (m_goneAnnounced)
        return;
    m_goneAnnounced = true;
    m_batcher->flush();
    if (m_notifier)
        m_notifier->setEnabled(false);
    m_walker.clear();
    Q_EMIT allRootsGone();
}

void InotifyEngine::dropSubtree(int wd)
{
    for (int w : m_registry.subtree(wd)) {
        inotify_rm_watch(m_fd.get(), w); // its IN_IGNORED will find nothing left and be skipped
        m_registry.remove(w);
    }
    m_counters->watched.store(m_registry.size(), std::memory_order_relaxed);
    if (m_rootRecovery.nothingLeft())
        m_gone = true;
}

void InotifyEngine::resolvePendingMoves()
{
    // IN_MOVED_FROM and IN_MOVED_TO of one rename are queued by the same rename(2) call
    // (fsnotify_move), so after a drain to EAGAIN a MOVED_FROM still unpaired left the tree. Its
    // watches would keep reporting from outside the tree under a wrong path: drop them.
    for (const PendingMove &pm : m_pendingMoves) {
        if (pm.wd >= 0 && m_registry.find(pm.wd))
            dropSubtree(pm.wd);
    }
    m_pendingMoves.clear();
}

void InotifyEngine::handleOverflow(qint64 now)
{
    const qint64 count = m_counters->overflows.fetch_add(1, std::memory_order_relaxed) + 1;
    qCWarning(lcMonitor) << "inotify queue overflow" << count << "- rescanning";
    record(now, IN_Q_OVERFLOW, quint32(count), PathTable::NoPath, FsEvent::OverflowMarker);
    // The QueueOverflow problem follows when the rescan is over, with what it found.
    // Events were lost: our expectations and half-seen renames cannot be trusted any more. The
    // rescan re-derives everything from the filesystem.
    m_self.clear();
    m_pendingMoves.clear();
    m_walker.requestRescan();
    // The creation a waiting root waits for may be among the lost events: look again.
    m_rootRecovery.recheck();
}

void InotifyEngine::processScanQueue()
{
    qint64 sinceDrain = 0;
    for (;;) {
        while (m_walker.hasWork()) {
            if (m_stop->load(std::memory_order_relaxed)) {
                m_walker.clear();
                return;
            }
            m_walker.scanNext(nowNs());
            if (m_walker.expectedSelfEvents() >= m_drainAfterSelfEvents
                || ++sinceDrain >= kDrainEveryDirs) {
                sinceDrain = 0;
                drain();
            }
            if (m_walker.inSetup() && m_progressClock.elapsed() >= 100) {
                m_progressClock.restart();
                Q_EMIT setupProgress(m_walker.scanned());
            }
            m_batcher->flushIfDue();
        }
        if (m_gone)
            return;
        if (sinceDrain > 0 || m_walker.expectedSelfEvents() > 0) {
            sinceDrain = 0;
            drain(); // the last scans' own events, and whatever happened meanwhile
            if (m_walker.hasWork())
                continue;
        }
        finishPass();
        if (!m_walker.hasWork())
            return;
    }
}

void InotifyEngine::finishPass()
{
    if (m_walker.finishPass(nowNs())) { // the set-up walk is over
        Q_EMIT setupProgress(m_walker.scanned());
        m_batcher->flush();
        Q_EMIT setupFinished(m_counters->watched.load(), m_counters->unwatched.load());
    }
    m_rootRecovery.checkReturning();
    if (m_walker.hasWork())
        return; // a root to watch again after all (processScanQueue() goes on)
    if (m_rootRecovery.nothingLeft()) {
        m_gone = true; // no root could be watched at all, or none can be waited for
        announceGone();
        return;
    }
    m_walker.startRescanIfRequested();
}

void InotifyEngine::record(qint64 now, quint32 mask, quint32 cookie, PathTable::Id path,
                           quint16 flags)
{
    FsEvent e;
    e.timeNs = now;
    e.mask = mask;
    e.cookie = cookie;
    e.pathId = path;
    e.flags = flags;
    e.source = FsEvent::Inotify;
    m_batcher->append(e);
}
