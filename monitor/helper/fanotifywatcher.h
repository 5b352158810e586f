#pragma once

#include "core/uniquefd.h"
#include "execlookahead.h"
#include "handlepathresolver.h"
#include "mountmarker.h"
#include "processcache.h"
#include "protocol/protocol.h"
#include "requestvalidation.h"

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

// The fanotify side of the helper: sets up one notification-class group for the validated request
// and turns what the kernel reports into protocol EventRecords.
//
// Preferred mode (fanotify_init(2), fanotify_mark(2)): FAN_REPORT_DFID_NAME | FAN_REPORT_PIDFD with
// FAN_MARK_FILESYSTEM on each filesystem holding a root: every event type, one mark per filesystem,
// no watch per directory; names are resolved with open_by_handle_at(2) on a cached mount fd per
// fsid (HandlePathResolver) from the event's information records (EventInfoRecords). A root below
// a btrfs subvolume is marked through the nearest directory above it that has the filesystem's own
// fsid. A root whose filesystem refuses the mark (EXDEV, EOPNOTSUPP, ENODEV: overlayfs, FUSE, a
// subvolume mounted on its own) is left out and named in the ready record (RootNote), for the
// client to watch with inotify. Fallback, when the kernel itself refuses FID reporting (EINVAL): an
// fd-based group with FAN_MARK_MOUNT, which can only report open/close/modify/access (a FID-less
// group gets no directory-entry events), paths read from the event fd.
//
// Paths are resolved when an event is read; a directory's handle is cached with its last known
// path, moved along when it is renamed, and learned when it is created or moved in, so that its
// own DELETE_SELF / MOVE_SELF still name it once the handle no longer opens (ESTALE). After every
// stretch of events the queue is read empty, a drain marker (EvDrained) says so.
//
// Process identity (ProcessCache): every filesystem holding programs ("/", "/usr", ...) and every
// watched one is also marked for FAN_OPEN_EXEC, notification class, so the exec of a short-lived
// process names it before its own file events are read, and an event of a process that execs later
// in the same read is not labelled from /proc (ExecLookahead). Exec events are never forwarded as
// rows.
//
// Filesystems mounted under a root are marked the same way, in either mode (MountMarker): those
// there at the start before the ready record is sent, the others as they come; each is announced
// with a Mount record, one the kernel refuses to mark with the errno, for the client to watch with
// inotify; an unmount is announced too.
//
// Notification class only: it can never block an access. File descriptors the kernel hands over
// (event fds, pidfds, handle fds) are closed before the next event; none ever leaves the process.
class FanotifyWatcher final
{
public:
    FanotifyWatcher(fsnoop::proto::ValidatedRequest request, std::vector<pid_t> ignoredPids);
    ~FanotifyWatcher();
    FanotifyWatcher(const FanotifyWatcher &) = delete;
    FanotifyWatcher &operator=(const FanotifyWatcher &) = delete;

    // Sets up the group and marks the roots' filesystems, then each filesystem mounted under a
    // root already, the same way as one mounted later; appends a Mount frame (MountChange::Present)
    // for each of those to `mountFrames`, which main() sends right after the ready record (whose
    // mountsAtStart counts them).
    bool start(fsnoop::proto::Ready &ready, fsnoop::proto::ErrorRecord &error, std::string &mountFrames);
    int fd() const { return m_fd.get(); }

    // One read(2) of the fanotify fd; appends one Event frame per reported event to `out`.
    // Returns 1 if something was read (call again), 0 on EAGAIN, -1 on a fatal error.
    int readOnce(std::string &out, fsnoop::proto::ErrorRecord &error);

    // Called when nothing was read for a while: the process cache samples the pid allocator, so
    // that it notices a wrap of pids even in a quiet period (ProcessCache).
    void idle() { m_processes.beforeRead(); m_processes.queueEmpty(); }

    // The mount table to poll for POLLPRI; -1 when mounts are not followed (no /proc).
    int mountTableFd() const { return m_mountMarks.fd(); }
    // The mount table changed: marks what was mounted under the roots, forgets what was
    // unmounted, and appends one Mount frame for each to `out`. Read the fanotify fd empty first,
    // so that what happened before the mount is sent before it.
    void mountsChanged(std::string &out) { m_mountMarks.changed(out); }

    std::uint64_t eventsRead() const { return m_eventsRead; }
    std::uint64_t eventsUnresolved() const { return m_unresolved; }

private:
    bool startFid(fsnoop::proto::Ready &ready, fsnoop::proto::ErrorRecord &error, std::string &fallbackWhy);
    bool startFd(fsnoop::proto::Ready &ready, fsnoop::proto::ErrorRecord &error);
    bool markExecs(std::string &detail);
    fsnoop::proto::EventRecord &freshRecord(std::uint64_t timeNs);
    void appendDrained(std::string &out);
    void closeGroup();

    void handleEvent(const char *event, std::size_t length, std::size_t index, std::uint64_t timeNs,
                     std::string &out);
    bool underRoots(const std::string &path) const;
    void fillIdentity(fsnoop::proto::EventRecord &record, int pidfd, bool execAhead);

    fsnoop::proto::ValidatedRequest m_request;
    std::vector<pid_t> m_ignoredPids;
    UniqueFd m_fd;
    fsnoop::proto::Mode m_mode = fsnoop::proto::Mode::FidFilesystem;
    bool m_hasPidfd = false;
    bool m_renameEvents = false; // FAN_RENAME marked: a rename is one record with both paths

    // Handles and event fds to paths; holds an fd of each root's filesystem, and the mount point
    // of each one mounted under a root (HandlePathResolver).
    HandlePathResolver m_paths;
    MountMarker m_mountMarks{m_request.roots, m_paths}; // after m_request and m_paths: made from them
    ProcessCache m_processes;
    ExecLookahead m_execs; // the exec events of the current read
    bool m_execTracking = false;
    std::int64_t m_bootRealtimeNs = 0; // CLOCK_REALTIME - CLOCK_BOOTTIME: turns start ticks into a date
    std::int64_t m_nsPerTick = 10000000;
    // Reused for every event, so that the common path allocates nothing once warm.
    fsnoop::proto::EventRecord m_record;
    std::string m_dir;

    std::uint64_t m_eventsRead = 0;
    std::uint64_t m_unresolved = 0;
    std::uint64_t m_eventsAtDrain = 0; // m_eventsRead when the last drain marker was sent
};
