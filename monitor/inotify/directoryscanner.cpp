#include "inotify/directoryscanner.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

DirectoryScanner::DirectoryScanner()
    : m_buffer(new char[kBufferSize])
{
}

DirectoryScanner::~DirectoryScanner() = default;

int DirectoryScanner::fill(int dirFd)
{
    // glibc 2.36 (Debian 12) has getdents64(), but the raw syscall keeps us independent of it.
    for (;;) {
        const long r = syscall(SYS_getdents64, dirFd, m_buffer.get(), kBufferSize);
        if (r >= 0)
            return int(r);
        if (errno != EINTR)
            return -errno;
    }
}

DirectoryScanner::Kind DirectoryScanner::kindOf(int dirFd, const char *name, unsigned char type) const
{
    if (type == DT_DIR)
        return Kind::Directory;
    if (type != DT_UNKNOWN)
        return Kind::Other;
    // Some filesystems (older XFS, some FUSE) do not fill d_type. Ask without following a
    // symlink: a link to a directory must not pull another tree (or a loop) into the watch set.
    struct stat st;
    if (fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode))
        return Kind::Directory;
    return Kind::Other;
}
