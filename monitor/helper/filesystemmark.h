#pragma once

#include <sys/statfs.h>

#include <cstdint>
#include <string>

// What marking a whole filesystem (FAN_MARK_FILESYSTEM) from a path takes, shared by the roots'
// marks, the exec marks (FanotifyWatcher) and the marks of filesystems mounted under a root
// (MountMarker): the filesystem's id as HandlePathResolver keys it, and the btrfs subvolume rule.

// The filesystem id statfs(2) reports, as the bytes an event's FID record carries (fanotify(7)).
inline std::string fsidOf(const struct statfs &sfs)
{
    return std::string(reinterpret_cast<const char *>(&sfs.f_fsid), sizeof sfs.f_fsid);
}

// Marks the filesystem holding `root` on the fanotify group `group` through the nearest
// directory above `root`, on the same mount, whose fsid is the filesystem's own (a root below a
// btrfs subvolume). 0 with `markedAt` and `fsid` set, or -1 with errno EXDEV.
int markEnclosingFilesystem(int group, const std::string &root, std::uint64_t mask, std::string &markedAt,
                            std::string &fsid);
