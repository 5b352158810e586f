#include "mountmarker.h"

#include "core/uniquefd.h"
#include "filesystemmark.h"
#include "handlepathresolver.h"
#include "nowns.h"

#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#include <algorithm>
#include <cerrno>
#include <utility>

using fsnoop::MountEntry;
using namespace fsnoop::proto;

bool MountMarker::start(int group, Mode mode, std::uint64_t markMask, bool execTracking, std::string &out,
                        std::uint32_t &announced)
{
    m_group = group;
    m_mode = mode;
    m_markMask = markMask;
    m_execTracking = execTracking;
    if (!m_mounts.start())
        return false;
    // A data disk or a tmpfs mounted in the watched home is another filesystem, which the roots'
    // marks do not cover: mark each one like a filesystem mounted later.
    const std::uint64_t t = nowNs();
    announced = 0;
    for (const MountEntry &mount : m_mounts.known()) {
        // A root's own mount is the root's filesystem, marked (and noted in the ready record)
        // already; a mount covered by another at the same place fails mark()'s mount ID check.
        if (std::find(m_mounts.roots().begin(), m_mounts.roots().end(), mount.mountPoint) != m_mounts.roots().end())
            continue;
        announced += announce(mount, MountChange::Present, t, out) ? 1 : 0;
    }
    return true;
}

void MountMarker::changed(std::string &out)
{
    const MountFollower::Changes changes = m_mounts.read();
    const std::uint64_t t = nowNs();
    for (const MountEntry &gone : changes.unmounted) {
        if (m_mode == Mode::FidFilesystem)
            m_paths.removeMountedFilesystem(gone.mountPoint);
        MountRecord record;
        record.change = MountChange::Unmounted;
        record.timeNs = t;
        record.note.root = gone.mountPoint;
        appendMount(out, record);
    }
    for (const MountEntry &mount : changes.mounted)
        announce(mount, MountChange::Mounted, t, out);
}

bool MountMarker::announce(const MountEntry &mount, MountChange change, std::uint64_t timeNs, std::string &out)
{
    MountRecord record;
    record.change = change;
    record.timeNs = timeNs;
    if (!mark(mount, record.note))
        return false;
    appendMount(out, record);
    return true;
}

bool MountMarker::mark(const MountEntry &mount, RootNote &note)
{
    note.root = mount.mountPoint;
    // Marked through an fd, never by name, and only once the fd is seen to be the mount the table
    // listed, at the path it gave: a path that leads elsewhere by now (unmounted again, covered by
    // a later mount, a component swapped for a symlink) is not followed; its own change is read
    // next. fanotify_mark(2): "If pathname is NULL, the filesystem object to be marked is
    // determined by the file descriptor dirfd."
    const UniqueFd dir(::open(mount.mountPoint.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.isValid()) {
        if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
            return false;
        note.errnum = errno; // e.g. EACCES from a FUSE daemon that lets no one else in
        return true;
    }
    struct statx stx;
    std::string at;
    if (::statx(dir.get(), "", AT_EMPTY_PATH, STATX_MNT_ID, &stx) != 0 || !(stx.stx_mask & STATX_MNT_ID)
        || stx.stx_mnt_id != std::uint64_t(mount.mountId) || !HandlePathResolver::fdPath(dir.get(), at)
        || at != mount.mountPoint)
        return false;
    struct statfs sfs;
    if (::fstatfs(dir.get(), &sfs) != 0) {
        note.errnum = errno;
        return true;
    }
    note.fsType = std::uint32_t(sfs.f_type);
    if (m_mode == Mode::FdMount) {
        if (::fanotify_mark(m_group, FAN_MARK_ADD | FAN_MARK_MOUNT, m_markMask, dir.get(), nullptr) != 0)
            note.errnum = errno;
        return true;
    }
    // The same rules as for a root at start (FanotifyWatcher::startFid()), but nothing is fatal here: whatever the
    // kernel answers, this filesystem is left to the client's inotify. Marking a filesystem that
    // has a mark already (the same one mounted twice, or one marked for execs only) adds to it.
    std::string fsid = fsidOf(sfs);
    const std::uint64_t mask = m_markMask | (m_execTracking ? std::uint64_t(FAN_OPEN_EXEC) : 0u);
    std::string markedAt = mount.mountPoint;
    int rc = ::fanotify_mark(m_group, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, mask, dir.get(), nullptr);
    if (rc != 0 && errno == EXDEV)
        rc = markEnclosingFilesystem(m_group, mount.mountPoint, mask, markedAt, fsid);
    if (rc != 0) {
        note.errnum = errno;
        return true;
    }
    if (!m_paths.hasFilesystem(fsid))
        m_paths.addMountedFilesystem(std::move(fsid), markedAt);
    if (markedAt != mount.mountPoint)
        note.markedVia = markedAt;
    return true;
}
