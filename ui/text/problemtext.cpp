#include "text/problemtext.h"

#include <QFile>

#include <cstring>

static QString pathOf(const MonitorProblem &p)
{
    return QFile::decodeName(p.path);
}

static QString errorText(int errnum)
{
    // strerror() only formats a number we were given; it makes no syscall.
    return errnum ? QString::fromLocal8Bit(std::strerror(errnum)) : QString();
}

qint64 ProblemText::suggestedWatchLimit(qint64 current)
{
    return qMax<qint64>(524288, current * 2);
}

QString ProblemText::clause(const MonitorProblem &p)
{
    // Lower case first: a terminal prints "fsnoop: cannot start inotify: ...". Capitalizing the
    // first letter for the window (summary()) is right in every language we ship; lower-casing a
    // translated sentence would not be (German nouns keep their capital).
    switch (p.kind) {
    case MonitorProblem::None:
        return {};
    case MonitorProblem::InitFailed:
        return tr("cannot start inotify: %1").arg(errorText(p.errnum));
    case MonitorProblem::RootMissing:
        return tr("%1 does not exist or is not a folder").arg(pathOf(p));
    case MonitorProblem::WatchLimit:
        return tr("watch limit reached: %n folder(s) are not watched", nullptr, int(p.count));
    case MonitorProblem::AccessDenied:
        return tr("permission denied: %1 and what is inside it are not watched").arg(pathOf(p));
    case MonitorProblem::ScanError:
        return tr("could not watch %1: %2").arg(pathOf(p), errorText(p.errnum));
    case MonitorProblem::QueueOverflow: {
        const QString lost = tr("events were lost: the kernel queue overflowed (%n time(s))",
                                nullptr, int(p.count));
        if (!p.rescanned)
            return lost;
        return lost + QLatin1String("; ")
            + tr("the rescan found what changed meanwhile: %1 created, %2 deleted")
                  .arg(p.created)
                  .arg(p.deleted);
    }
    case MonitorProblem::RootDeleted:
        return tr("the watched folder %1 was deleted; waiting for it to come back").arg(pathOf(p));
    case MonitorProblem::RootMoved:
        return tr("the watched folder %1 was moved away; waiting for it to come back").arg(pathOf(p));
    case MonitorProblem::Unmounted:
        return tr("the file system holding %1 was unmounted").arg(pathOf(p));
    case MonitorProblem::RootBack:
        return tr("watching %1 again").arg(pathOf(p));
    case MonitorProblem::Mounted:
        return tr("a file system was mounted on %1; watching what it holds").arg(pathOf(p));
    case MonitorProblem::HelperFailed:
        return tr("the process-information helper failed");
    case MonitorProblem::HelperCancelled:
        return tr("watching with process information was cancelled");
    case MonitorProblem::HelperNotAuthorized:
        return tr("not authorized to watch with process information");
    case MonitorProblem::SpillFailed:
        return tr("could not keep events on disk in %1: %2").arg(pathOf(p), errorText(p.errnum));
    case MonitorProblem::RemoteFilesystem:
        return tr("%1 is on a network file system (%2): changes made by other computers are not "
                  "seen").arg(pathOf(p), QString::fromUtf8(p.detail));
    case MonitorProblem::FuseFilesystem:
        return tr("%1 is on a FUSE file system: changes made by its program or on the other side "
                  "(a remote computer, a disk it translates) are not seen").arg(pathOf(p));
    case MonitorProblem::OverlayFilesystem:
        return tr("%1 is an overlay (as in containers): only changes made through it are seen, "
                  "not those made in its lower or upper folders").arg(pathOf(p));
    case MonitorProblem::InotifyFallback:
        return tr("%1 is watched with inotify, without process information: fanotify cannot "
                  "watch this file system (%2: %3)")
            .arg(pathOf(p), QString::fromUtf8(p.detail), errorText(p.errnum));
    case MonitorProblem::SubvolumeWatched:
        return tr("%1 is in a btrfs subvolume: watched through its whole file system at %2")
            .arg(pathOf(p), QFile::decodeName(p.detail));
    }
    return tr("unknown problem %1").arg(int(p.kind));
}

QString ProblemText::summary(const MonitorProblem &p)
{
    QString text = clause(p);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ProblemText::advice(const MonitorProblem &p)
{
    switch (p.kind) {
    case MonitorProblem::None:
        return {};
    case MonitorProblem::InitFailed:
        return tr("Too many programs may be using inotify already. The limit is in "
                  "/proc/sys/fs/inotify/max_user_instances; raise it with\n"
                  "sudo sysctl fs.inotify.max_user_instances=512");
    case MonitorProblem::RootMissing:
        return tr("Choose an existing folder in File > Watch Folder.");
    case MonitorProblem::WatchLimit:
        return tr("inotify needs one watch per folder and the limit "
                  "(/proc/sys/fs/inotify/max_user_watches) is %1. Events in the folders that "
                  "are not watched are not recorded. Raise the limit with\n"
                  "sudo sysctl fs.inotify.max_user_watches=%2\n"
                  "(add fs.inotify.max_user_watches=%2 to /etc/sysctl.d/90-fsnoop.conf to keep "
                  "it), then start watching again — or watch with process information, which "
                  "needs no watch per folder.")
            .arg(p.limit)
            .arg(suggestedWatchLimit(p.limit));
    case MonitorProblem::AccessDenied:
        return tr("You may not read this folder, so nothing inside it is recorded. Watch with "
                  "process information (administrator) to see it.");
    case MonitorProblem::ScanError:
        return tr("This folder and what is inside it are not recorded.");
    case MonitorProblem::QueueOverflow:
        return tr("The kernel dropped events because they came faster than they could be "
                  "read. The table shows a marker where this happened, and the folders were "
                  "scanned again. Raise /proc/sys/fs/inotify/max_queued_events, watch fewer "
                  "event types (access and open are the busiest), or exclude busy folders.");
    case MonitorProblem::RootDeleted:
    case MonitorProblem::RootMoved:
        return tr("The folder above it is watched for this one name. When a folder is there again "
                  "under this name (made anew, or moved back), it is watched again and what it "
                  "holds is recorded as found by a scan.");
    case MonitorProblem::Unmounted:
        return tr("What the file system held is not recorded as deleted. The folder it covered is "
                  "watched in its place; if a file system is mounted there again, it is watched "
                  "again.");
    case MonitorProblem::RootBack:
        return tr("What the folder holds now is recorded as found by a scan (source \"scan\"); "
                  "what happened in it while it was gone is not known.");
    case MonitorProblem::Mounted:
        return tr("What the file system holds is recorded as found by a scan (source \"scan\"). "
                  "The folder it covers is hidden until it is unmounted.");
    case MonitorProblem::HelperFailed:
        return tr("fsnoop stays on inotify, without process information. Technical detail: %1")
            .arg(QString::fromUtf8(p.detail));
    case MonitorProblem::HelperCancelled:
        return tr("The administrator password dialog was dismissed. fsnoop stays on inotify, "
                  "without process information.");
    case MonitorProblem::HelperNotAuthorized:
        return tr("The system policy (polkit) did not allow the helper to run. Ask your "
                  "administrator, or keep watching without process information.");
    case MonitorProblem::SpillFailed:
        return tr("Nothing was lost: the events stay in memory instead, so a long capture or a "
                  "big session now uses more memory. Make room on that disk, or make the folder "
                  "writable, and open or start the capture again.");
    case MonitorProblem::RemoteFilesystem:
    case MonitorProblem::FuseFilesystem:
    case MonitorProblem::OverlayFilesystem:
        return tr("The kernel reports only what happens through this computer's own view of the "
                  "file system; the record cannot show the rest.");
    case MonitorProblem::InotifyFallback:
    case MonitorProblem::SubvolumeWatched:
        return {};
    }
    return {};
}
