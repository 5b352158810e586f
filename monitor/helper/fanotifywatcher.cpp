#include "fanotifywatcher.h"

#include "eventinforecords.h"
#include "filesystemmark.h"
#include "nowns.h"
#include "processidentity.h"

#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

using namespace fsnoop::proto;

namespace {

constexpr std::size_t kReadBufferSize = std::size_t(64) * 1024;

// Events the fd-based fallback can report: a group without FID reporting gets no
// create/delete/move events at all (fanotify_init(2), FAN_REPORT_FID).
constexpr std::uint64_t kFdModeEvents = FAN_ACCESS | FAN_MODIFY | FAN_CLOSE_WRITE | FAN_CLOSE_NOWRITE | FAN_OPEN;

// Where programs live, besides the watched trees: each filesystem holding one of these is marked
// for FAN_OPEN_EXEC (one mark per filesystem, so duplicates cost nothing).
constexpr const char *kProgramDirs[] = {"/", "/usr", "/usr/local", "/opt", "/home"};

// A read shorter than this left the queue empty (a full read stops when the next event, at most a
// few KiB with two names and a pidfd, does not fit).
constexpr std::size_t kDrainedBelow = kReadBufferSize - 8192;

std::string join(const std::string &dir, const std::string &name)
{
    if (name.empty() || name == ".")
        return dir;
    if (dir == "/")
        return dir + name;
    return dir + "/" + name;
}

} // namespace

FanotifyWatcher::FanotifyWatcher(ValidatedRequest request, std::vector<pid_t> ignoredPids)
    : m_request(std::move(request))
    , m_ignoredPids(std::move(ignoredPids))
{
    m_bootRealtimeNs = clockNs(CLOCK_REALTIME) - clockNs(CLOCK_BOOTTIME);
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (ticks > 0)
        m_nsPerTick = 1000000000ll / ticks;
}

FanotifyWatcher::~FanotifyWatcher()
{
    closeGroup();
}

void FanotifyWatcher::closeGroup()
{
    m_fd.reset();
    m_paths.clear();
}

bool FanotifyWatcher::start(Ready &ready, ErrorRecord &error, std::string &mountFrames)
{
    std::string fallbackWhy = "forced by the request";
    bool started = false;
    if (!(m_request.options & OptForceFdMode)) {
        started = startFid(ready, error, fallbackWhy);
        if (!started && fallbackWhy.empty())
            return false; // a real error, not a missing feature
        if (!started)
            closeGroup();
    }
    if (!started) {
        if (!startFd(ready, error))
            return false;
        ready.detail = "fd mode: " + fallbackWhy;
    }
    if (m_mountMarks.start(m_fd.get(), m_mode, ready.markMask, m_execTracking, mountFrames, ready.mountsAtStart))
        ready.features |= FeatureMountFollowing;
    return true;
}

bool FanotifyWatcher::startFid(Ready &ready, ErrorRecord &error, std::string &fallbackWhy)
{
    const unsigned queue = (m_request.options & OptUnlimitedQueue) ? FAN_UNLIMITED_QUEUE : 0u;
    const unsigned base = FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK | FAN_REPORT_DFID_NAME | queue;
    const unsigned eventFlags = O_RDONLY | O_LARGEFILE | O_CLOEXEC;
    m_fd.reset(::fanotify_init(base | FAN_REPORT_PIDFD, eventFlags));
    m_hasPidfd = m_fd.isValid();
    if (!m_fd.isValid() && errno == EINVAL) // FAN_REPORT_PIDFD is Linux 5.15+
        m_fd.reset(::fanotify_init(base, eventFlags));
    if (!m_fd.isValid()) {
        const int err = errno;
        if (err == EINVAL) { // FAN_REPORT_DFID_NAME is Linux 5.9+
            fallbackWhy = "fanotify_init(FAN_REPORT_DFID_NAME): EINVAL";
            return false;
        }
        fallbackWhy.clear();
        error = makeError(ErrorCode::InitFailed, "fanotify_init failed", {}, err);
        return false;
    }

    std::uint64_t mask = m_request.mask;
    const bool wantsMoves = mask & (FAN_MOVED_FROM | FAN_MOVED_TO);
    bool rename = wantsMoves;
    if (rename) // FAN_RENAME gives old and new name in one event: one record per rename
        mask = (mask & ~std::uint64_t(FAN_MOVED_FROM | FAN_MOVED_TO)) | FAN_RENAME;

    for (const std::string &root : m_request.roots) {
        struct statfs sfs;
        if (::statfs(root.c_str(), &sfs) != 0) {
            const int err = errno;
            fallbackWhy.clear();
            error = makeError(ErrorCode::MarkFailed, "statfs failed", root, err);
            return false;
        }
        RootNote note;
        note.root = root;
        note.fsType = std::uint32_t(sfs.f_type);
        std::string fsid = fsidOf(sfs);
        if (m_paths.hasFilesystem(fsid)) {
            ready.notes.push_back(std::move(note));
            continue; // one filesystem mark covers every root on it
        }
        // FAN_ONDIR: also mkdir/rmdir/renames of directories. FAN_EVENT_ON_CHILD is implied for a
        // filesystem mark (every inode is marked), so it is not needed.
        int rc = ::fanotify_mark(m_fd.get(), FAN_MARK_ADD | FAN_MARK_FILESYSTEM, mask | FAN_ONDIR, AT_FDCWD, root.c_str());
        if (rc != 0 && errno == EINVAL && rename) { // FAN_RENAME is Linux 5.17+
            rename = false;
            mask = (mask & ~std::uint64_t(FAN_RENAME)) | (m_request.mask & (FAN_MOVED_FROM | FAN_MOVED_TO));
            rc = ::fanotify_mark(m_fd.get(), FAN_MARK_ADD | FAN_MARK_FILESYSTEM, mask | FAN_ONDIR, AT_FDCWD, root.c_str());
        }
        std::string markedAt = root;
        if (rc != 0 && errno == EXDEV)
            rc = markEnclosingFilesystem(m_fd.get(), root, mask | FAN_ONDIR, markedAt, fsid);
        if (rc != 0) {
            const int err = errno;
            // EINVAL: no FAN_MARK_FILESYSTEM or event type in FID mode: this kernel, every root.
            if (err == EINVAL) {
                fallbackWhy = std::string("FAN_MARK_FILESYSTEM on ") + root + ": " + std::strerror(err);
                return false;
            }
            // EXDEV (a btrfs subvolume whose filesystem is not reachable here, a FUSE filesystem
            // without fsid), EOPNOTSUPP (overlayfs: no file handles), ENODEV (fsid 0): this
            // filesystem, this root. The client watches it with inotify instead.
            if (err == EXDEV || err == EOPNOTSUPP || err == ENODEV) {
                note.errnum = err;
                ready.notes.push_back(std::move(note));
                continue;
            }
            fallbackWhy.clear();
            error = makeError(ErrorCode::MarkFailed, "fanotify_mark(FAN_MARK_FILESYSTEM) failed", root, err);
            return false;
        }
        if (!m_paths.addFilesystem(std::move(fsid), markedAt)) {
            const int err = errno;
            fallbackWhy.clear();
            error = makeError(ErrorCode::MarkFailed, "cannot open root", markedAt, err);
            return false;
        }
        if (markedAt != root)
            note.markedVia = markedAt;
        ready.notes.push_back(std::move(note));
    }
    m_mode = Mode::FidFilesystem;
    m_renameEvents = rename;
    ready.mode = m_mode;
    ready.detail = m_hasPidfd ? "" : "no FAN_REPORT_PIDFD: process identity unverified";
    m_execTracking = markExecs(ready.detail);
    ready.features = (m_hasPidfd ? FeaturePidfd : 0u) | (rename ? FeatureRename : 0u)
        | (m_execTracking ? FeatureExecTracking : 0u);
    ready.markMask = mask | FAN_ONDIR;
    return true;
}

bool FanotifyWatcher::markExecs(std::string &detail)
{
    std::vector<std::string> places(std::begin(kProgramDirs), std::end(kProgramDirs));
    places.insert(places.end(), m_request.roots.begin(), m_request.roots.end());
    bool any = false;
    for (const std::string &place : places) {
        struct statfs sfs;
        if (::statfs(place.c_str(), &sfs) != 0)
            continue; // no /opt here: nothing to mark
        std::string fsid = fsidOf(sfs);
        // Marking again adds FAN_OPEN_EXEC to the mark a root may already have on this filesystem.
        std::string markedAt = place;
        int rc = ::fanotify_mark(m_fd.get(), FAN_MARK_ADD | FAN_MARK_FILESYSTEM, FAN_OPEN_EXEC, AT_FDCWD, place.c_str());
        if (rc != 0 && errno == EXDEV) // a btrfs subvolume: through its filesystem, as for the roots
            rc = markEnclosingFilesystem(m_fd.get(), place, FAN_OPEN_EXEC, markedAt, fsid);
        if (rc != 0) {
            // EXDEV (a subvolume mounted on its own), EOPNOTSUPP/ENODEV (no file handles):
            // programs started from there are named only while they are alive.
            if (detail.size() < kMaxDetailLength / 2)
                detail += (detail.empty() ? "" : "; ") + std::string("no exec tracking on ") + place + ": "
                    + std::strerror(errno);
            continue;
        }
        any = true;
        if (!m_paths.hasFilesystem(fsid))
            m_paths.addFilesystem(std::move(fsid), markedAt); // if not: exec events there stay unresolved
    }
    return any;
}

bool FanotifyWatcher::startFd(Ready &ready, ErrorRecord &error)
{
    const std::uint64_t mask = m_request.mask & kFdModeEvents;
    if (!mask) {
        error = makeError(ErrorCode::MarkFailed,
                          "the requested events need FAN_REPORT_DFID_NAME, which is not available here", {}, EINVAL);
        return false;
    }
    const unsigned queue = (m_request.options & OptUnlimitedQueue) ? FAN_UNLIMITED_QUEUE : 0u;
    const unsigned base = FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK | queue;
    const unsigned eventFlags = O_RDONLY | O_LARGEFILE | O_CLOEXEC | O_NOATIME;
    m_fd.reset(::fanotify_init(base | FAN_REPORT_PIDFD, eventFlags));
    m_hasPidfd = m_fd.isValid();
    if (!m_fd.isValid() && errno == EINVAL)
        m_fd.reset(::fanotify_init(base, eventFlags));
    if (!m_fd.isValid()) {
        const int err = errno;
        error = makeError(ErrorCode::InitFailed, "fanotify_init failed", {}, err);
        return false;
    }
    for (const std::string &root : m_request.roots) {
        if (::fanotify_mark(m_fd.get(), FAN_MARK_ADD | FAN_MARK_MOUNT, mask | FAN_ONDIR, AT_FDCWD, root.c_str()) != 0) {
            const int err = errno;
            error = makeError(ErrorCode::MarkFailed, "fanotify_mark(FAN_MARK_MOUNT) failed", root, err);
            return false;
        }
    }
    m_mode = Mode::FdMount;
    ready.mode = m_mode;
    ready.features = m_hasPidfd ? FeaturePidfd : 0u;
    ready.markMask = mask | FAN_ONDIR;
    return true;
}

int FanotifyWatcher::readOnce(std::string &out, ErrorRecord &error)
{
    // 8-byte aligned; events are still copied out with memcpy since event_len need not keep
    // the next metadata aligned.
    alignas(8) static char buf[kReadBufferSize];
    m_processes.beforeRead();
    const ssize_t n = ::read(m_fd.get(), buf, sizeof buf);
    if (n < 0) {
        if (errno == EAGAIN) {
            m_processes.queueEmpty();
            appendDrained(out);
        }
        if (errno == EAGAIN || errno == EINTR)
            return 0;
        const int err = errno;
        error = makeError(ErrorCode::ReadFailed, "read of the fanotify fd failed", {}, err);
        return -1;
    }
    if (n == 0)
        return 0;
    const std::uint64_t t = nowNs();
    const std::size_t len = std::size_t(n);
    // The pid allocator is sampled after the read too: a pid reused by an event of this read shows.
    m_processes.beginBatch(len < kDrainedBelow);

    // First pass: where the execs are (metadata only; the checks are the second pass's).
    m_execs.scan(buf, len);

    std::size_t off = 0;
    std::size_t index = 0;
    while (len - off >= FAN_EVENT_METADATA_LEN) {
        fanotify_event_metadata meta;
        std::memcpy(&meta, buf + off, sizeof meta);
        if (meta.vers != FANOTIFY_METADATA_VERSION) {
            error = makeError(ErrorCode::ReadFailed, "unexpected fanotify metadata version " + std::to_string(meta.vers), {}, 0);
            return -1;
        }
        if (meta.event_len < FAN_EVENT_METADATA_LEN || meta.event_len > len - off) {
            error = makeError(ErrorCode::ReadFailed, "inconsistent fanotify event length", {}, 0);
            return -1;
        }
        ++m_eventsRead;
        handleEvent(buf + off, meta.event_len, index++, t, out);
        off += meta.event_len;
    }
    return 1;
}

EventRecord &FanotifyWatcher::freshRecord(std::uint64_t timeNs)
{
    // Cleared field by field: the strings keep their buffers, so a warm helper allocates nothing.
    EventRecord &record = m_record;
    record.timeNs = timeNs;
    record.mask = 0;
    record.pid = -1;
    record.flags = 0;
    record.ppid = -1;
    record.uid = kNoUid;
    record.startTimeNs = 0;
    record.comm.clear();
    record.exe.clear();
    record.cmdline.clear();
    record.path.clear();
    record.oldPath.clear();
    return record;
}

void FanotifyWatcher::appendDrained(std::string &out)
{
    // Once after every stretch of events: the client lists new directories itself and needs to
    // know when the kernel's reports of what such a listing saw can no longer be on their way.
    if (m_eventsRead == m_eventsAtDrain)
        return;
    m_eventsAtDrain = m_eventsRead;
    EventRecord &record = freshRecord(nowNs());
    record.flags = EvDrained;
    appendEvent(out, record);
}

bool FanotifyWatcher::underRoots(const std::string &path) const
{
    for (const std::string &root : m_request.roots) {
        if (isUnderRoot(path, root))
            return true;
    }
    return false;
}

void FanotifyWatcher::fillIdentity(EventRecord &record, int pidfd, bool execAhead)
{
    if (!m_hasPidfd)
        record.flags |= EvNoPidfd;
    bool fromExec = false;
    const ProcessIdentity *id =
        m_processes.lookup(record.pid, m_hasPidfd ? pidfd : ProcessCache::kNoPidfd, execAhead, fromExec);
    if (!id) {
        // FAN_NOPIDFD, or /proc/PID vanished while we read it: it exited before we could say who it
        // was. (pid 0: outside our pid namespace, pid_vnr() in copy_event_to_user(): unknown, not gone.)
        if (record.pid > 0)
            record.flags |= EvProcessGone;
        return;
    }
    if (fromExec)
        record.flags |= EvIdentityFromExec;
    else if (id->partial())
        record.flags |= EvProcessGone; // exiting, its exec unseen: a name without who it was
    record.comm.assign(id->comm);
    record.exe.assign(id->exe);
    record.cmdline.assign(id->cmdline);
    record.ppid = id->ppid;
    record.uid = id->uid;
    record.startTimeNs = id->startTicks
        ? std::uint64_t(m_bootRealtimeNs + std::int64_t(id->startTicks) * m_nsPerTick)
        : 0u;
}

void FanotifyWatcher::handleEvent(const char *event, std::size_t length, std::size_t index, std::uint64_t timeNs,
                                  std::string &out)
{
    fanotify_event_metadata meta;
    std::memcpy(&meta, event, sizeof meta);

    // Collect the info records first: a pidfd or event fd must be closed whatever happens next.
    const EventInfoRecords info = EventInfoRecords::parse(event, length);
    const int pidfd = info.pidfd;
    const FidInfo &dfid = info.dfid;
    const FidInfo &oldDfid = info.oldDfid;
    const FidInfo &newDfid = info.newDfid;

    // FAN_NOPIDFD / FAN_EPIDFD and FAN_NOFD are negative: nothing to close then.
    const UniqueFd closePidfd(pidfd);
    const UniqueFd closeEventFd(meta.fd);

    EventRecord &record = freshRecord(timeNs);
    record.mask = meta.mask;

    if (meta.mask & FAN_Q_OVERFLOW) {
        // The kernel dropped events (the queue holds 16384 unless FAN_UNLIMITED_QUEUE): say so.
        record.flags = EvOverflow;
        record.pid = -1;
        appendEvent(out, record);
        return;
    }
    for (pid_t ignored : m_ignoredPids) {
        if (meta.pid == ignored)
            return; // our own activity or the GUI's: never feed back on ourselves
    }
    record.pid = meta.pid;
    if (meta.mask & FAN_ONDIR)
        record.flags |= EvIsDir;
    const bool laterExec = m_execs.execsAfter(meta.pid, index);

    if (meta.mask & FAN_OPEN_EXEC) {
        // The exec of a program: learn who the process is now, report nothing of it (the
        // program's file is not in the watched tree, or is reported by the user's own events).
        if (m_mode == Mode::FidFilesystem && dfid.present && m_paths.resolve(dfid, m_dir)) {
            m_dir = join(m_dir, dfid.name);
            m_processes.exec(meta.pid, m_hasPidfd ? pidfd : ProcessCache::kNoPidfd, m_dir);
        }
        record.mask &= ~std::uint64_t(FAN_OPEN_EXEC);
        if (!(record.mask & ~std::uint64_t(FAN_ONDIR)) || !(record.mask & m_request.mask))
            return;
    }

    if (m_mode == Mode::FdMount) {
        if (meta.fd < 0 || !HandlePathResolver::fdPath(meta.fd, record.path)) {
            ++m_unresolved;
            return;
        }
        if (!underRoots(record.path))
            return;
    } else if (meta.mask & FAN_RENAME) {
        std::string oldPath, newPath;
        const bool oldOk = oldDfid.present && m_paths.resolve(oldDfid, oldPath);
        const bool newOk = newDfid.present && m_paths.resolve(newDfid, newPath);
        if (!oldOk && !newOk) {
            ++m_unresolved;
            return;
        }
        oldPath = oldOk ? join(oldPath, oldDfid.name) : std::string();
        newPath = newOk ? join(newPath, newDfid.name) : std::string();
        if (meta.mask & FAN_ONDIR) {
            // Every cached path below the moved directory changed: move them along when both
            // halves are known (they stay the last known paths of those directories), else forget.
            if (oldOk && newOk)
                m_paths.renameDirectory(oldPath, newPath);
            else
                m_paths.forgetDirectories();
            if (newOk && underRoots(newPath))
                m_paths.learnDirectory(newDfid, newPath);
        }
        // A rename across the edge of the watched tree keeps only the half inside, like inotify's
        // unpaired IN_MOVED_FROM / IN_MOVED_TO.
        if (!oldPath.empty() && !underRoots(oldPath))
            oldPath.clear();
        if (!newPath.empty() && !underRoots(newPath))
            newPath.clear();
        if (oldPath.empty() && newPath.empty())
            return;
        record.oldPath = std::move(oldPath);
        record.path = std::move(newPath);
    } else {
        if (!dfid.present || !m_paths.resolve(dfid, m_dir)) {
            ++m_unresolved;
            return;
        }
        record.path.assign(m_dir);
        if (!dfid.name.empty() && dfid.name != ".") {
            if (record.path != "/")
                record.path += '/';
            record.path += dfid.name;
        }
        if (!underRoots(record.path))
            return;
        // Without FAN_RENAME nothing says where a moved directory went: forget every cached path.
        // With it, the rename record came first and moved the cached paths along already.
        const std::uint64_t moves = m_renameEvents ? 0 : (FAN_MOVED_FROM | FAN_MOVED_TO | FAN_MOVE_SELF);
        if ((meta.mask & moves) && (meta.mask & FAN_ONDIR))
            m_paths.forgetDirectories();
        else if ((meta.mask & FAN_CREATE) && (meta.mask & FAN_ONDIR))
            m_paths.learnDirectory(dfid, record.path);
    }
    fillIdentity(record, pidfd, laterExec);
    appendEvent(out, record);
}
