#pragma once

#include <QByteArrayView>

#include <memory>

// Lists a directory through getdents64(2) on an already opened descriptor, with one reusable
// buffer: no DIR*, no allocation per entry, and the entry type comes from d_type so that only
// filesystems that answer DT_UNKNOWN cost an extra fstatat(AT_SYMLINK_NOFOLLOW).
class DirectoryScanner final
{
public:
    enum class Kind { Directory, Other };

    DirectoryScanner();
    ~DirectoryScanner();
    DirectoryScanner(const DirectoryScanner &) = delete;
    DirectoryScanner &operator=(const DirectoryScanner &) = delete;

    // Calls visit(name, kind, inode) for every entry except "." and "..". Symlinks are never
    // followed: a symlink to a directory is Kind::Other. The inode is d_ino (for a mount point,
    // the covered directory's: the same in every listing). Returns 0 or the errno of the failing getdents64.
    // `calls` receives the number of getdents64 calls (each one is an IN_ACCESS on the directory).
    template<typename Visit>
    int list(int dirFd, Visit &&visit, int *calls = nullptr);

private:
    int fill(int dirFd);           // one getdents64; >0 bytes, 0 end, <0 -errno
    Kind kindOf(int dirFd, const char *name, unsigned char type) const;

    static constexpr int kBufferSize = 64 * 1024;
    std::unique_ptr<char[]> m_buffer;
};

#include <dirent.h>
#include <cstring>

template<typename Visit>
int DirectoryScanner::list(int dirFd, Visit &&visit, int *calls)
{
    // struct linux_dirent64 (getdents64(2)): d_ino, d_off, d_reclen, d_type, d_name[].
    struct Dirent64 {
        quint64 ino;
        qint64 off;
        unsigned short reclen;
        unsigned char type;
        char name[1];
    };
    int n = 0;
    for (;;) {
        const int bytes = fill(dirFd);
        ++n;
        if (bytes <= 0) {
            if (calls)
                *calls = n;
            return bytes < 0 ? -bytes : 0;
        }
        for (int pos = 0; pos < bytes;) {
            const auto *d = reinterpret_cast<const Dirent64 *>(m_buffer.get() + pos);
            pos += d->reclen;
            const char *name = d->name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
                continue;
            visit(QByteArrayView(name, qsizetype(std::strlen(name))), kindOf(dirFd, name, d->type),
                  d->ino);
        }
    }
}
