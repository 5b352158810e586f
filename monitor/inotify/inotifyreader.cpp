#include "inotify/inotifyreader.h"

#include "capture/eventbatcher.h"
#include "core/logging.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace {

// One read() takes whatever is queued up to this size. 256 KiB holds ~8,000 records with short
// names (16-byte header + padded name), so a full default queue (16,384 events) drains in a few
// reads; it is allocated once.
constexpr qsizetype kReadBuffer = 256 * 1024;

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
// What opening and listing a directory makes the kernel report (see InotifySelfFilter).
constexpr quint32 kScanKinds = IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE;

constexpr quint32 kAlsoOnParent = IN_ACCESS | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE
    | IN_CLOSE_NOWRITE | IN_OPEN;

qint64 readLimit(const char *file)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

} // namespace

InotifyReader::InotifyReader(UniqueFd fd, std::shared_ptr<PathTable> paths, const WatchOptions &options,
                             const QList<QByteArray> &roots, InotifyCounters *counters,
                             const std::atomic<bool> *stopRequested)
    : m_fd(std::move(fd))
    , m_paths(std::move(paths))
    , m_options(options)
    , m_rootPaths(roots)
    , m_counters(counters)
    , m_stop(stopRequested)
    , m_filter(options.excludes, options.includes)
    , m_registry(*m_paths)
    , m_buffer(new char[kReadBuffer])
    , m_batcher(new EventBatcher(this))
{
    m_userMask = options.events & (IN_ALL_EVENTS | IN_UNMOUNT);
    // What we must always ask for, recorded or not: IN_CREATE and IN_MOVED_* on directories so new
    // and moved subdirectories get watches; IN_DELETE_SELF / IN_MOVE_SELF on roots to notice a
    // root going away. IN_IGNORED, IN_UNMOUNT and IN_Q_OVERFLOW come whether asked or not.
    // IN_ONLYDIR | IN_DONT_FOLLOW: a path swapped for a symlink or a file between listing and
    // watching is refused instead of watched (inotify(7)).
    const quint32 base = m_userMask & IN_ALL_EVENTS;
    m_dirMask = base | IN_ONLYDIR | IN_DONT_FOLLOW;
    if (options.recursive)
        m_dirMask |= IN_CREATE | IN_MOVED_FROM | IN_MOVED_TO;
    // A root named on the command line may be a symlink to a directory; follow that one.
    m_rootMask = (m_dirMask & ~quint32(IN_DONT_FOLLOW)) | IN_DELETE_SELF | IN_MOVE_SELF;
    m_filterSelf = (base & kScanKinds) != 0;
    // The queue size is fixed when the instance is created (inotify_init1 copies
    // max_queued_events), so read it once: with a small queue we must drain more often.
    const qint64 queued = readLimit("/proc/sys/fs/inotify/max_queued_events");
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

InotifyReader::~InotifyReader()
{
    if (m_notifier)
        qCWarning(lcMonitor) << "InotifyReader destroyed without shutdown()";
}

qint64 InotifyReader::nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void InotifyReader::begin()
{
    m_notifier = new QSocketNotifier(m_fd.get(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InotifyReader::onReadable);
    m_gatherTimer = new QTimer(this);
    m_gatherTimer->setSingleShot(true);
    m_gatherTimer->setTimerType(Qt::PreciseTimer);
    m_gatherTimer->setInterval(kGatherMs);
    connect(m_gatherTimer, &QTimer::timeout, this, [this] {
        if (m_gone || !m_notifier)
            return;
        m_notifier->setEnabled(true);
        onReadable(); // whatever arrived while we were not listening
    });

    m_inSetup = true;
    m_progressClock.start();
    // Pushed in reverse so that the first root is walked first (the queue is a stack: depth
    // first keeps it as small as the widest directory, not the whole tree).
    for (auto it = m_rootPaths.crbegin(); it != m_rootPaths.crend(); ++it)
        m_scanQueue.push_back({m_paths->internPath(*it), -1, Root});
    processScanQueue();
}

void InotifyReader::shutdown()
{
    if (m_notifier) {
        drain(); // what the kernel already queued belongs to the capture
        m_batcher->flush();
    }
    delete m_notifier;
    m_notifier = nullptr;
    delete m_gatherTimer;
    m_gatherTimer = nullptr;
}

void InotifyReader::onReadable()
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
    if (m_gather && !m_gone && m_notifier && read > 0 && read < m_gatherBelow) {
        m_notifier->setEnabled(false);
        m_gatherTimer->start();
    }
}

bool InotifyReader::drain()
{
    qint64 events = 0;
    for (;;) {
        const ssize_t n = ::read(m_fd.get(), m_buffer.get() + m_carried, std::size_t(kReadBuffer - m_carried));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN)
                break;
            Q_EMIT problem(MonitorProblem::scanError({}, errno, QByteArrayLiteral("read(inotify fd)")));
            if (m_notifier)
                m_notifier->setEnabled(false);
            return false;
        }
        if (n == 0)
            break;
        const qint64 now = nowNs(); // one timestamp per read: the events arrived together
        const qsizetype total = m_carried + n;
        m_raw.clear();
        const auto r = InotifyParser::parse(m_buffer.get(), total, m_raw);
        for (const InotifyRawEvent &ev : m_raw)
            handle(ev, now);
        events += r.events;
        if (r.corrupt) {
            qCWarning(lcMonitor) << "corrupt inotify record, dropping the rest of the read";
            m_carried = 0;
        } else {
            m_carried = total - r.consumed;
            if (m_carried > 0)
                std::memmove(m_buffer.get(), m_buffer.get() + r.consumed, std::size_t(m_carried));
        }
        m_batcher->flushIfDue();
    }
    m_counters->eventsRead.fetch_add(events, std::memory_order_relaxed);
    resolvePendingMoves();
    // Drained to EAGAIN: every event our finished scans caused has been read (see
    // InotifySelfFilter), so no expectation is left that could swallow a real event later.
    m_self.clear();
    m_expectedSelfEvents = 0;
    if (m_gone)
        announceGone();
    return true;
}

void InotifyReader::handle(const InotifyRawEvent &ev, qint64 now)
{
    const quint32 m = ev.mask;
    if (m & IN_Q_OVERFLOW) {
        handleOverflow(now);
        return;
    }
    const WatchRegistry::Dir *dir = m_registry.find(ev.wd);
    if (!dir)
        return; // the last events of a watch we already dropped, and its IN_IGNORED
    if (m & IN_IGNORED) {
        handleIgnored(ev.wd);
        return;
    }
    const QByteArrayView name = ev.nameView();
    if (m_filterSelf && (m & IN_ISDIR) && (m & (IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE))
        && m_self.swallow(ev.wd, name, m)) {
        return;
    }
    // Copy what we need: the registry may change below and invalidate `dir`.
    const PathTable::Id dirPath = dir->path;
    const bool isRoot = dir->root;
    const bool parentWatched = dir->parent >= 0;
    const int wd = ev.wd;
    const PathTable::Id path = name.isEmpty() ? dirPath : internCached(dirPath, name);
    bool recordIt = (m & m_userMask) != 0;

    if (!name.isEmpty()) {
        if ((m & IN_ISDIR) && m_options.recursive) {
            if (m & IN_CREATE) {
                // Watch first, then list (processScanQueue right after this read): whatever was
                // created inside before the watch existed is found by the listing and synthesized.
                m_scanQueue.push_back({path, wd, Synthesize});
            } else if (m & IN_MOVED_FROM) {
                m_pendingMoves.push_back({ev.cookie, m_registry.wdOf(path)});
            } else if (m & IN_MOVED_TO) {
                int moved = -1;
                bool paired = false;
                for (auto it = m_pendingMoves.begin(); it != m_pendingMoves.end(); ++it) {
                    if (it->cookie == ev.cookie) {
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
                    m_scanQueue.push_back({path, wd, Synthesize});
                }
            }
        }
    } else if (isRoot) {
        if (!m_options.watchRootSelf)
            recordIt = false;
        if (m & IN_DELETE_SELF)
            Q_EMIT problem(MonitorProblem::rootDeleted(m_paths->path(path)));
    } else if (parentWatched && (m & kAlsoOnParent)) {
        recordIt = false;
    }
    if (m & IN_UNMOUNT)
        m_unmounted.insert(wd);
    if (m & IN_UNMOUNT && !m_unmountReported) {
        m_unmountReported = true;
        Q_EMIT problem(MonitorProblem::unmounted(m_paths->path(path)));
    }

    if (recordIt && m_filter.accepts(*m_paths, path)) {
        // Without a name the event is about the watched object itself, always a directory here;
        // the kernel does not set IN_ISDIR on IN_DELETE_SELF / IN_MOVE_SELF.
        const bool isDir = (m & IN_ISDIR) || name.isEmpty();
        quint16 flags = isDir ? quint16(FsEvent::IsDir) : quint16(0);
        record(now, m, ev.cookie, path, flags, FsEvent::Inotify);
    }

    if (isRoot && name.isEmpty() && (m & IN_MOVE_SELF)) {
        // We cannot know where the root went (inotify gives no path for IN_MOVE_SELF), and events
        // under the old path would be lies: stop watching this root.
        Q_EMIT problem(MonitorProblem::rootMoved(m_paths->path(path)));
        dropSubtree(wd);
    }
}

PathTable::Id InotifyReader::internCached(PathTable::Id dir, QByteArrayView name)
{
    // One file usually brings several events in a row (CREATE, OPEN, MODIFY, CLOSE_WRITE): the
    // last name saves a hash and a lock for all but the first.
    if (dir == m_lastDir && name.size() == m_lastNameLength
        && std::memcmp(name.data(), m_lastName, std::size_t(name.size())) == 0) {
        return m_lastId;
    }
    m_lastId = m_paths->intern(dir, name);
    if (name.size() <= qsizetype(sizeof m_lastName)) {
        m_lastDir = dir;
        m_lastNameLength = name.size();
        std::memcpy(m_lastName, name.data(), std::size_t(name.size()));
    } else {
        m_lastDir = PathTable::NoPath;
    }
    return m_lastId;
}

void InotifyReader::handleIgnored(int wd)
{
    // The watch is gone (directory deleted, unmounted, or removed by us). Forget the wd now: the
    // kernel may hand the same number out again (inotify wds are allocated cyclically).
    const WatchRegistry::Dir *dir = m_registry.find(wd);
    const bool root = dir && dir->root;
    bool rewatchRoot = false;
    if (dir && m_unmounted.erase(wd) > 0) {
        // A filesystem mounted on this directory went away (IN_UNMOUNT, then IN_IGNORED for every
        // watch on it). The directory it covered is visible again at the same path: watch that
        // one. Directories that lived on the unmounted filesystem have no watched parent left by
        // then and are skipped by scanOne().
        if (root || (dir->parent >= 0 && m_unmounted.count(dir->parent) == 0))
            m_scanQueue.push_back({dir->path, root ? -1 : dir->parent, quint8(root ? Root : 0)});
        rewatchRoot = root;
    }
    m_registry.remove(wd);
    m_counters->watched.store(m_registry.size(), std::memory_order_relaxed);
    if (root && !rewatchRoot && m_registry.rootCount() == 0)
        m_gone = true; // (a root re-watched after an unmount is checked again by finishPass())
}

void InotifyReader::announceGone()
{
    if (m_goneAnnounced)
        return;
    m_goneAnnounced = true;
    m_batcher->flush();
    if (m_notifier)
        m_notifier->setEnabled(false);
    m_scanQueue.clear();
    Q_EMIT allRootsGone();
}

void InotifyReader::dropSubtree(int wd)
{
    for (int w : m_registry.subtree(wd)) {
        inotify_rm_watch(m_fd.get(), w); // its IN_IGNORED will find nothing left and be skipped
        m_registry.remove(w);
    }
    m_counters->watched.store(m_registry.size(), std::memory_order_relaxed);
    if (m_registry.rootCount() == 0)
        m_gone = true;
}

void InotifyReader::resolvePendingMoves()
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

void InotifyReader::handleOverflow(qint64 now)
{
    const qint64 count = m_counters->overflows.fetch_add(1, std::memory_order_relaxed) + 1;
    qCWarning(lcMonitor) << "inotify queue overflow" << count << "- rescanning";
    record(now, IN_Q_OVERFLOW, quint32(count), PathTable::NoPath, FsEvent::OverflowMarker,
           FsEvent::Inotify);
    Q_EMIT problem(MonitorProblem::queueOverflow(count));
    // Events were lost: our expectations and half-seen renames cannot be trusted any more. The
    // rescan re-derives everything from the filesystem.
    m_self.clear();
    m_pendingMoves.clear();
    m_rescanPending = true;
}

void InotifyReader::startRescan()
{
    m_rescanPending = false;
    m_rescanning = true;
    ++m_generation;
    // The rescan meets every directory again, the unwatchable ones too: count those afresh.
    m_counters->unwatched.store(0, std::memory_order_relaxed);
    for (int wd : m_registry.roots()) {
        if (const WatchRegistry::Dir *d = m_registry.find(wd))
            m_scanQueue.push_back({d->path, -1, Root});
    }
}

void InotifyReader::processScanQueue()
{
    qint64 sinceDrain = 0;
    for (;;) {
        while (!m_scanQueue.empty()) {
            if (m_stop->load(std::memory_order_relaxed)) {
                m_scanQueue.clear();
                return;
            }
            const ScanItem item = m_scanQueue.back();
            m_scanQueue.pop_back();
            scanOne(item, nowNs());
            if (m_expectedSelfEvents >= m_drainAfterSelfEvents || ++sinceDrain >= kDrainEveryDirs) {
                sinceDrain = 0;
                drain();
            }
            if (m_inSetup && m_progressClock.elapsed() >= 100) {
                m_progressClock.restart();
                Q_EMIT setupProgress(m_scanned);
            }
            m_batcher->flushIfDue();
        }
        if (m_gone)
            return;
        if (sinceDrain > 0 || m_expectedSelfEvents > 0) {
            sinceDrain = 0;
            drain(); // the last scans' own events, and whatever happened meanwhile
            if (!m_scanQueue.empty())
                continue;
        }
        finishPass();
        if (m_scanQueue.empty())
            return;
    }
}

void InotifyReader::finishPass()
{
    if (m_rescanning) {
        // Watches the rescan did not meet again belong to directories that vanished or moved out
        // while events were lost.
        for (int wd : m_registry.staleSince(m_generation)) {
            inotify_rm_watch(m_fd.get(), wd);
            m_registry.remove(wd);
        }
        m_counters->watched.store(m_registry.size(), std::memory_order_relaxed);
        m_rescanning = false;
    }
    // At run time every new directory past the limit ends a pass: say it at most once a second
    // (the count accumulates; stats() is always exact).
    if (m_limitUnwatched > 0
        && (m_inSetup || !m_limitClock.isValid() || m_limitClock.elapsed() >= 1000)) {
        m_limitClock.start();
        reportWatchLimit();
    }
    m_limitHit = false;
    if (m_inSetup) {
        if (m_filterSelf && !m_stop->load(std::memory_order_relaxed))
            upgradeSetupWatches();
        m_inSetup = false;
        Q_EMIT setupProgress(m_scanned);
        m_batcher->flush();
        Q_EMIT setupFinished(m_counters->watched.load(), m_counters->unwatched.load());
    }
    if (m_registry.rootCount() == 0) {
        m_gone = true; // no root could be watched at all, or none came back after an unmount
        announceGone();
        return;
    }
    if (m_rescanPending)
        startRescan();
}

void InotifyReader::upgradeSetupWatches()
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
        if (m_stop->load(std::memory_order_relaxed))
            return;
        const WatchRegistry::Dir *dir = m_registry.find(wd);
        if (!dir || !dir->reduced)
            continue; // a leaf, watched with its full mask from the start
        m_registry.setReduced(wd, false);
        const QByteArray fsPath = m_paths->path(dir->path);
        const int got = inotify_add_watch(m_fd.get(), fsPath.constData(), root ? m_rootMask : m_dirMask);
        if (got >= 0 && got != wd && !m_registry.find(got)) {
            // The path now leads to another directory (ours moved away while the walk ran and its
            // rename is still queued): that one is not ours to watch under this path.
            inotify_rm_watch(m_fd.get(), got);
        }
    }
}

bool InotifyReader::mayBeLeaf(const ScanItem &item) const
{
    // Decided before the watch is added (to choose its mask): only a walk for subdirectories
    // may skip a listing; a new directory must be listed to synthesize what it already holds,
    // and so may one a rescan finds new.
    return !(item.flags & (Root | Synthesize | ReportIfNew));
}

bool InotifyReader::isLeaf(const QByteArray &fsPath)
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

void InotifyReader::reportWatchLimit()
{
    const MonitorProblem p = MonitorProblem::watchLimit(
        m_limitUnwatched, readLimit("/proc/sys/fs/inotify/max_user_watches"));
    m_limitUnwatched = 0;
    Q_EMIT problem(p);
}

void InotifyReader::scanOne(const ScanItem &item, qint64 now)
{
    PathTable::Id path = item.path;
    if (item.parentWd >= 0) {
        const WatchRegistry::Dir *parent = m_registry.find(item.parentWd);
        if (!parent)
            return; // the parent went away since this was queued, and so did this directory
        if (m_paths->parent(path) != parent->path) // the parent moved since: follow it
            path = m_paths->intern(parent->path, m_paths->name(path));
    }
    const bool root = item.flags & Root;
    if (!root && m_filter.excludes(*m_paths, path))
        return; // inotifywait semantics: an excluded directory gets no watch at all
    const QByteArray fsPath = m_paths->path(path);
    ++m_scanned;

    int wd = -1;
    bool addedReduced = false;
    if ((item.flags & NoWatch) || m_limitHit) {
        ++m_limitUnwatched;
        m_counters->unwatched.fetch_add(1, std::memory_order_relaxed);
    } else {
        // During the set-up walk a directory we are going to list is watched without the kinds
        // our listing would cause, and upgraded by upgradeSetupWatches() once the walk is over.
        // A directory that may turn out to be a leaf (see isLeaf()) gets its full mask at once:
        // we will never open it, so it needs no upgrade.
        quint32 mask = root ? m_rootMask : m_dirMask;
        addedReduced = m_inSetup && m_filterSelf && (root || !mayBeLeaf(item));
        if (addedReduced)
            mask &= ~kScanKinds;
        wd = inotify_add_watch(m_fd.get(), fsPath.constData(), mask);
        if (wd < 0) {
            const int err = errno;
            if (err == ENOENT || err == ENOTDIR || err == ELOOP)
                return; // vanished, or replaced by something that is not a directory
            if (err != ENOSPC) {
                m_counters->unwatched.fetch_add(1, std::memory_order_relaxed);
                Q_EMIT problem(MonitorProblem::directoryFailed(fsPath, err));
                return;
            }
            // ENOSPC: max_user_watches reached. Keep what we have, stop adding, and keep walking
            // without watching so the report can say how many directories are left out.
            m_limitHit = true;
            ++m_limitUnwatched;
            m_counters->unwatched.fetch_add(1, std::memory_order_relaxed);
        }
    }

    bool isNew = false;
    if (wd >= 0) {
        const auto r = m_registry.add(wd, path, item.parentWd, root, m_generation);
        if (r == WatchRegistry::AddResult::Known && !m_rescanning)
            return; // the same directory reached twice (nested roots, bind mount): walk it once
        isNew = r == WatchRegistry::AddResult::Added;
        if (isNew)
            m_counters->watched.store(m_registry.size(), std::memory_order_relaxed);
    }
    bool synthesize = item.flags & Synthesize;
    if ((item.flags & ReportIfNew) && isNew) {
        // Found by a rescan after an overflow: its creation was among the lost events.
        if (m_userMask & IN_CREATE && m_filter.accepts(*m_paths, path))
            record(now, IN_CREATE | IN_ISDIR, 0, path, FsEvent::IsDir | FsEvent::Synthesized,
                   FsEvent::Scan);
        synthesize = true;
    }
    if (!m_options.recursive && !synthesize)
        return; // nothing to list: subdirectories get no watch
    if (!synthesize && !root && isLeaf(fsPath))
        return; // no subdirectory: nothing in it for a walk (or a rescan) to find
    if (m_inSetup && m_filterSelf && wd >= 0) {
        if (!addedReduced) {
            // Watched with the full mask in the hope of a leaf: narrow it before listing.
            inotify_add_watch(m_fd.get(), fsPath.constData(), (root ? m_rootMask : m_dirMask) & ~kScanKinds);
        }
        m_registry.setReduced(wd, true);
    }

    // Even during the set-up walk: a leaf keeps its full mask, and a directory created in one
    // while the walk runs is listed below it.
    if (m_filterSelf) {
        if (wd >= 0)
            m_self.expect(wd, {});
        if (item.parentWd >= 0)
            m_self.expect(item.parentWd, m_paths->name(path));
    }
    const int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (root ? 0 : O_NOFOLLOW);
    const UniqueFd dirFd(::open(fsPath.constData(), flags));
    if (!dirFd.isValid()) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR || err == ELOOP)
            return;
        Q_EMIT problem(MonitorProblem::directoryFailed(fsPath, err));
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
    const bool recordCreates = synthesize && (m_userMask & IN_CREATE);
    const bool recurse = m_options.recursive;
    int calls = 0;
    const int err = m_scanner.list(
        dirFd.get(),
        [&](QByteArrayView name, DirectoryScanner::Kind kind) {
            const bool isDir = kind == DirectoryScanner::Kind::Directory;
            if (!isDir && !recordCreates)
                return; // plain files cost nothing unless we synthesize their creation
            const PathTable::Id child = m_paths->intern(path, name);
            if (recordCreates && m_filter.accepts(*m_paths, child)) {
                record(now, IN_CREATE | (isDir ? IN_ISDIR : 0u), 0, child,
                       quint16(FsEvent::Synthesized | (isDir ? FsEvent::IsDir : 0)), FsEvent::Scan);
            }
            if (isDir && recurse)
                m_scanQueue.push_back({child, childParent, childFlags});
        },
        &calls);
    m_expectedSelfEvents += 2 * (2 + calls);
    if (err != 0 && err != ENOENT) {
        Q_EMIT problem(MonitorProblem::scanError(fsPath, err));
    }
}

void InotifyReader::record(qint64 now, quint32 mask, quint32 cookie, PathTable::Id path,
                           quint16 flags, quint8 source)
{
    FsEvent e;
    e.timeNs = now;
    e.mask = mask;
    e.cookie = cookie;
    e.pathId = path;
    e.flags = flags;
    e.source = source;
    m_batcher->append(e);
}
