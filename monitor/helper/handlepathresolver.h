#pragma once

#include "core/uniquefd.h"
#include "fidinfo.h"

#include <string>
#include <unordered_map>

// Turns what the kernel hands a fanotify group into paths: a file handle of a FID group through
// open_by_handle_at(2) on a cached fd of the filesystem it belongs to, and the event fd of an
// fd-based group through /proc/self/fd. Separate from FanotifyWatcher because it is the one place
// that keeps state across events (a bounded cache of directory handles and their last known
// paths, moved along with renames) and the one place that opens files by handle; the watcher only
// decides which handle to ask about and what the answer means for the record.
class HandlePathResolver final
{
public:
    // readlink(2) of /proc/self/fd/N: the path the kernel has for an open file. False for objects
    // that are not paths (anon inodes, sockets).
    static bool fdPath(int fd, std::string &path);

    bool hasFilesystem(const std::string &fsid) const { return m_filesystems.count(fsid) != 0; }
    // Opens `dir` (on the filesystem with this fsid) to open handles of that filesystem through.
    // False with errno set when it cannot be opened.
    bool addFilesystem(std::string fsid, const std::string &dir);
    // The same for a filesystem mounted under a root (MountFollower), without keeping `dir`
    // open: an open fd would make every umount(2) of it fail with EBUSY while we watch. `dir` is
    // opened when a handle needs it, and used only if it still shows the filesystem with this fsid.
    void addMountedFilesystem(std::string fsid, const std::string &dir);
    // The filesystem added with addMountedFilesystem() at `dir` was unmounted.
    void removeMountedFilesystem(const std::string &dir);

    // The path of a FID record's object (its directory for a DFID_NAME record), from the cache or
    // by opening the handle. False when the handle no longer opens and was not seen before.
    bool resolve(const FidInfo &fid, std::string &path);
    // A directory was renamed: every cached path at or below `from` now starts with `to`.
    void renameDirectory(const std::string &from, const std::string &to);
    // Learns the handle of the directory `parent.name` in `parent`, now at `path`.
    void learnDirectory(const FidInfo &parent, const std::string &path);
    // Forgets every cached directory path (a directory moved to where nothing tells).
    void forgetDirectories() { m_dirCache.clear(); }
    void clear();

private:
    UniqueFd openByHandle(const FidInfo &fid) const;
    void remember(std::string key, const std::string &path);

    // How to reach a filesystem for open_by_handle_at(2): an O_RDONLY fd of a root on it, or
    // (mounted under a root) the path of its mount point, opened when needed.
    struct Filesystem
    {
        UniqueFd fd;
        std::string mountPoint;
    };
    UniqueFd openMountPoint(const std::string &fsid, const std::string &dir) const;

    // fsid (8 raw bytes) -> the filesystem.
    std::unordered_map<std::string, Filesystem> m_filesystems;
    // Directory handle -> its last known path. Bounded; paths below a renamed directory move
    // along with it (or are forgotten when one half of the rename is unknown).
    std::unordered_map<std::string, std::string> m_dirCache;
};
