#pragma once

#include "mountfollower.h"
#include "protocol/protocol.h"

#include <cstdint>
#include <string>
#include <vector>

class HandlePathResolver;

// Marks each filesystem mounted under a root on the helper's fanotify group, the way the roots'
// filesystems are marked, and announces it with a Mount record: those there at the start (before
// the ready record is sent), the others as the mount table (MountFollower) says they come; an
// unmount is announced too. A filesystem mark covers one filesystem only, so without this what is
// written to a data disk or a tmpfs mounted in the watched tree would go unreported. Apart from
// FanotifyWatcher because it is its own concern (the mount table and its marks), and because
// nothing here is fatal: a filesystem the kernel refuses to mark is announced with the errno, for
// the client to watch with inotify.
//
// Such a filesystem is reached by its mount point when a handle needs it (HandlePathResolver),
// never held open (an open fd would make its umount fail with EBUSY). An unmount makes no
// fanotify event at all (the kernel drops a superblock's marks as it shuts down,
// fsnotify_sb_delete()); the mount table says it.
class MountMarker final
{
public:
    // `paths` (the watcher's) must outlive this object.
    MountMarker(std::vector<std::string> roots, HandlePathResolver &paths) : m_mounts(std::move(roots)), m_paths(paths) {}
    MountMarker(const MountMarker &) = delete;
    MountMarker &operator=(const MountMarker &) = delete;

    // Once the group `group` is set up in `mode` and the roots are marked for `markMask` (with
    // FAN_OPEN_EXEC on every filesystem if `execTracking`): opens the mount table, marks each
    // filesystem mounted under a root already and appends its Mount frame (MountChange::Present)
    // to `out`; `announced` counts them. False if the table cannot be read: nothing is followed.
    bool start(int group, fsnoop::proto::Mode mode, std::uint64_t markMask, bool execTracking, std::string &out,
               std::uint32_t &announced);
    // The mount table to poll for POLLPRI; -1 when mounts are not followed.
    int fd() const { return m_mounts.fd(); }
    // The mount table changed: marks what was mounted under the roots, forgets what was
    // unmounted, and appends one Mount frame for each to `out`.
    void changed(std::string &out);

private:
    // Marks the filesystem at `mount` (mark()) and appends its Mount frame to `out`, unless its
    // mount point no longer leads to it; true if it did.
    bool announce(const fsnoop::MountEntry &mount, fsnoop::proto::MountChange change, std::uint64_t timeNs,
                  std::string &out);
    bool mark(const fsnoop::MountEntry &mount, fsnoop::proto::RootNote &note);

    MountFollower m_mounts;
    HandlePathResolver &m_paths;
    int m_group = -1; // the watcher's fanotify fd, not ours to close
    fsnoop::proto::Mode m_mode = fsnoop::proto::Mode::FidFilesystem;
    std::uint64_t m_markMask = 0; // what the roots were marked for (Ready::markMask)
    bool m_execTracking = false;
};
