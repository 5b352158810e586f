#include "filesystemmark.h"

#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/stat.h>

#include <cerrno>

int markEnclosingFilesystem(int group, const std::string &root, std::uint64_t mask, std::string &markedAt,
                            std::string &fsid)
{
    // A FID group may only mark a filesystem through a path whose fsid is the filesystem's own
    // (fanotify_mark(2), EXDEV). Below a btrfs subvolume statfs(2) reports the subvolume's fsid,
    // but the filesystem mark of the superblock covers every subvolume, and its events carry the
    // superblock's fsid. So mark it through the nearest directory above on the same mount that
    // still has that fsid (the top of the mount, for a subvolume created inside it). A subvolume
    // mounted on its own (subvol=) has no such directory: EXDEV stays.
    struct statx rootStx;
    if (::statx(AT_FDCWD, root.c_str(), 0, STATX_MNT_ID, &rootStx) != 0 || !(rootStx.stx_mask & STATX_MNT_ID)) {
        errno = EXDEV;
        return -1;
    }
    std::string dir = root;
    while (dir.size() > 1) {
        dir.resize(dir.find_last_of('/') ? dir.find_last_of('/') : 1);
        struct statx stx;
        if (::statx(AT_FDCWD, dir.c_str(), 0, STATX_MNT_ID, &stx) != 0 || stx.stx_mnt_id != rootStx.stx_mnt_id)
            break; // another mount: not this filesystem any more
        if (::fanotify_mark(group, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, mask, AT_FDCWD, dir.c_str()) != 0)
            continue;
        struct statfs sfs;
        if (::statfs(dir.c_str(), &sfs) != 0)
            break;
        markedAt = dir;
        fsid = fsidOf(sfs);
        return 0;
    }
    errno = EXDEV;
    return -1;
}
