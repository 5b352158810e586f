#include "handlepathresolver.h"

#include <fcntl.h>
#include <linux/types.h> // __kernel_fsid_t
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstring>
#include <utility>

namespace {

constexpr std::size_t kMaxCachedDirs = 8192;

} // namespace

bool HandlePathResolver::fdPath(int fd, std::string &path)
{
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char buf[PATH_MAX];
    const ssize_t n = ::readlink(link, buf, sizeof buf);
    if (n <= 0 || std::size_t(n) >= sizeof buf || buf[0] != '/')
        return false; // anon inodes, sockets, ... are not paths
    path.assign(buf, std::size_t(n));
    // An unlinked object reads back as "PATH (deleted)"; only trust that suffix when the link
    // count says so, since a file may really be called "x (deleted)".
    static const std::string kDeleted = " (deleted)";
    struct stat st;
    if (path.size() > kDeleted.size()
        && path.compare(path.size() - kDeleted.size(), kDeleted.size(), kDeleted) == 0
        && ::fstat(fd, &st) == 0 && st.st_nlink == 0)
        path.resize(path.size() - kDeleted.size());
    return true;
}

bool HandlePathResolver::addFilesystem(std::string fsid, const std::string &dir)
{
    UniqueFd mountFd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!mountFd.isValid())
        return false;
    m_filesystems.emplace(std::move(fsid), Filesystem{std::move(mountFd), {}});
    return true;
}

void HandlePathResolver::addMountedFilesystem(std::string fsid, const std::string &dir)
{
    m_filesystems.emplace(std::move(fsid), Filesystem{UniqueFd(), dir});
}

void HandlePathResolver::removeMountedFilesystem(const std::string &dir)
{
    for (auto it = m_filesystems.begin(); it != m_filesystems.end(); ++it) {
        if (!it->second.fd.isValid() && it->second.mountPoint == dir) {
            m_filesystems.erase(it);
            // Cached directories of it are paths that no longer exist; the cache refills.
            m_dirCache.clear();
            return;
        }
    }
}

UniqueFd HandlePathResolver::openMountPoint(const std::string &fsid, const std::string &dir) const
{
    // The path may show another filesystem by now (unmounted, something else mounted there): a
    // handle is only meaningful on its own filesystem, so check the fsid before using it.
    UniqueFd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    struct statfs sfs;
    if (!fd.isValid() || ::fstatfs(fd.get(), &sfs) != 0
        || std::memcmp(&sfs.f_fsid, fsid.data(), sizeof sfs.f_fsid) != 0)
        return UniqueFd();
    return fd;
}

void HandlePathResolver::clear()
{
    m_filesystems.clear();
    m_dirCache.clear();
}

UniqueFd HandlePathResolver::openByHandle(const FidInfo &fid) const
{
    const std::string fsid(fid.fsid, 8);
    auto filesystem = m_filesystems.find(fsid);
    if (filesystem == m_filesystems.end())
        return UniqueFd();
    const UniqueFd opened = filesystem->second.fd.isValid() ? UniqueFd()
                                                            : openMountPoint(fsid, filesystem->second.mountPoint);
    const int mountFd = filesystem->second.fd.isValid() ? filesystem->second.fd.get() : opened.get();
    if (mountFd < 0)
        return UniqueFd();
    // struct file_handle has int members: give it an aligned copy.
    alignas(8) char handleBuf[sizeof(file_handle) + MAX_HANDLE_SZ];
    if (fid.handleSize > sizeof handleBuf)
        return UniqueFd();
    std::memcpy(handleBuf, fid.handle, fid.handleSize);
    // O_PATH: enough for readlink, needs no read permission and touches no data.
    return UniqueFd(::open_by_handle_at(mountFd, reinterpret_cast<file_handle *>(handleBuf),
                                        O_PATH | O_CLOEXEC));
}

void HandlePathResolver::remember(std::string key, const std::string &path)
{
    if (m_dirCache.size() >= kMaxCachedDirs)
        m_dirCache.clear();
    m_dirCache[std::move(key)] = path;
}

bool HandlePathResolver::resolve(const FidInfo &fid, std::string &path)
{
    auto cached = m_dirCache.find(fid.key);
    if (cached != m_dirCache.end()) {
        path = cached->second;
        return true;
    }
    const UniqueFd fd = openByHandle(fid);
    if (!fd.isValid())
        return false; // ESTALE: the directory is gone and was not seen before; expected, quiet
    if (!fdPath(fd.get(), path))
        return false;
    remember(fid.key, path);
    return true;
}

void HandlePathResolver::renameDirectory(const std::string &from, const std::string &to)
{
    for (auto &entry : m_dirCache) {
        std::string &path = entry.second;
        if (path.compare(0, from.size(), from) == 0 && (path.size() == from.size() || path[from.size()] == '/'))
            path.replace(0, from.size(), to);
    }
}

void HandlePathResolver::learnDirectory(const FidInfo &parent, const std::string &path)
{
    // A directory's own events (FAN_DELETE_SELF, FAN_MOVE_SELF) carry its own handle, and once it
    // is gone open_by_handle_at(2) answers ESTALE. Its handle is learned while it exists, from its
    // creation or its arrival, so that those events still name its last known path. The handle
    // of name_to_handle_at(2) is the one fanotify reports (both encode the inode without parent).
    // It is asked of the name in the parent the kernel reported, opened by its handle, never of a
    // path: a path could lead elsewhere by then (a directory swapped for a symlink), and a handle
    // of a directory outside the roots labelled with a path inside them would report its events.
    if (parent.name.empty() || parent.name == "." || parent.name.find('/') != std::string::npos)
        return;
    const UniqueFd dir = openByHandle(parent);
    if (!dir.isValid())
        return;
    alignas(8) char handleBuf[sizeof(file_handle) + MAX_HANDLE_SZ];
    auto *handle = reinterpret_cast<file_handle *>(handleBuf);
    handle->handle_bytes = MAX_HANDLE_SZ;
    int mountId = 0;
    if (::name_to_handle_at(dir.get(), parent.name.c_str(), handle, &mountId, 0) != 0)
        return; // gone already, or no handles here: its self events stay unresolved
    std::string key(parent.fsid, sizeof(__kernel_fsid_t));
    key.append(handleBuf, sizeof(file_handle) + handle->handle_bytes);
    remember(std::move(key), path);
}
