#pragma once

#include "core/monitorproblem.h"

#include <QByteArray>
#include <QList>

// What the user should know about the filesystem holding a watched root, found at watch time from
// statfs(2)'s f_type and from what fanotify_mark(2) answered for it. inotify and fanotify both
// report only what this kernel does to the filesystem: a network filesystem changed by another
// machine, a FUSE filesystem changed by its daemon (or the remote side of sshfs), or the lower and
// upper folders of an overlay changed directly, tell neither of them anything. fanotify also needs
// file handles, which overlayfs and FUSE refuse (EOPNOTSUPP, ENODEV/EXDEV), and may mark a btrfs
// subvolume only through its filesystem (EXDEV). tmpfs, ext4, xfs and btrfs need no note.
class FilesystemNotes final
{
public:
    // statfs(2) f_type values (linux/magic.h), for the filesystems that need a note.
    static constexpr quint32 kNfs = 0x6969;
    static constexpr quint32 kSmb = 0x517b;
    static constexpr quint32 kSmb2 = 0xfe534d42;
    static constexpr quint32 kCifs = 0xff534d42;
    static constexpr quint32 kFuse = 0x65735546;
    static constexpr quint32 kOverlay = 0x794c7630;
    static constexpr quint32 kBtrfs = 0x9123683e;

    // `markErrno`: 0 if the helper marked the root (or inotify mode), else fanotify_mark's errno
    // (the root is then watched with inotify); `markedVia`: the path the helper marked instead.
    static QList<MonitorProblem> forRoot(const QByteArray &root, quint32 fsType, int markErrno = 0,
                                         const QByteArray &markedVia = {});
    // The same from statfs(2) of `root` here (nothing if it fails: the watch reports that).
    static QList<MonitorProblem> forRoot(const QByteArray &root);
    // "nfs", "fuse", ... for a detail line; the number in hex for one without a name here.
    static QByteArray typeName(quint32 fsType);
};
