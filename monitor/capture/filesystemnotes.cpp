#include "capture/filesystemnotes.h"

#include <sys/statfs.h>

QByteArray FilesystemNotes::typeName(quint32 fsType)
{
    switch (fsType) {
    case kNfs:
        return "nfs";
    case kSmb:
        return "smb";
    case kSmb2:
        return "smb2";
    case kCifs:
        return "cifs";
    case kFuse:
        return "fuse";
    case kOverlay:
        return "overlay";
    case kBtrfs:
        return "btrfs";
    default:
        return "0x" + QByteArray::number(fsType, 16);
    }
}

QList<MonitorProblem> FilesystemNotes::forRoot(const QByteArray &root, quint32 fsType, int markErrno,
                                               const QByteArray &markedVia)
{
    QList<MonitorProblem> notes;
    const QByteArray name = typeName(fsType);
    switch (fsType) {
    case kNfs:
    case kSmb:
    case kSmb2:
    case kCifs:
        notes << MonitorProblem::filesystem(MonitorProblem::RemoteFilesystem, root, name);
        break;
    case kFuse:
        notes << MonitorProblem::filesystem(MonitorProblem::FuseFilesystem, root, name);
        break;
    case kOverlay:
        notes << MonitorProblem::filesystem(MonitorProblem::OverlayFilesystem, root, name);
        break;
    default:
        break;
    }
    if (markErrno != 0)
        notes << MonitorProblem::filesystem(MonitorProblem::InotifyFallback, root, name, markErrno);
    else if (!markedVia.isEmpty())
        notes << MonitorProblem::filesystem(MonitorProblem::SubvolumeWatched, root, markedVia);
    return notes;
}

QList<MonitorProblem> FilesystemNotes::forRoot(const QByteArray &root)
{
    struct statfs sfs;
    if (::statfs(root.constData(), &sfs) != 0)
        return {};
    return forRoot(root, quint32(sfs.f_type));
}
