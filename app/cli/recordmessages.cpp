#include "cli/recordmessages.h"

#include <QFile>

#include <climits>
#include <cstring>

namespace {
QString pathOf(const MonitorProblem &p)
{
    return QFile::decodeName(p.path);
}
QString errnoText(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}
} // namespace

qint64 RecordMessages::suggestedWatchLimit(qint64 current)
{
    return qMax<qint64>(524288, current * 2);
}

QString RecordMessages::problem(const MonitorProblem &p)
{
    switch (p.kind) {
    case MonitorProblem::None:
        return {};
    case MonitorProblem::InitFailed:
        if (p.errnum == EMFILE)
            return tr("cannot start inotify: too many inotify instances for this user "
                      "(fs.inotify.max_user_instances). Close other watchers or raise it, e.g.: "
                      "sysctl fs.inotify.max_user_instances=512");
        return tr("cannot start inotify: %1").arg(errnoText(p.errnum));
    case MonitorProblem::RootMissing:
        return tr("%1 does not exist or is not a folder").arg(pathOf(p));
    case MonitorProblem::WatchLimit:
        return tr("%1 folder(s) could not be watched: the inotify limit of %2 watches per user "
                  "(fs.inotify.max_user_watches) is reached. Events in them are not recorded. "
                  "Raise the limit, e.g.: sysctl fs.inotify.max_user_watches=%3 "
                  "(add it to /etc/sysctl.d/ to keep it after a reboot)")
            .arg(p.count)
            .arg(p.limit)
            .arg(suggestedWatchLimit(p.limit));
    case MonitorProblem::AccessDenied:
        return tr("permission denied: %1 and what is inside it are not watched").arg(pathOf(p));
    case MonitorProblem::ScanError:
        return tr("could not watch %1: %2").arg(pathOf(p), errnoText(p.errnum));
    case MonitorProblem::QueueOverflow:
        return tr("the kernel's event queue overflowed (%1 so far): some events were lost and are "
                  "marked Q_OVERFLOW in the record; rescanning. Fewer events (-e) or a larger "
                  "fs.inotify.max_queued_events help")
            .arg(p.count);
    case MonitorProblem::RootDeleted:
        return tr("the watched folder %1 was deleted").arg(pathOf(p));
    case MonitorProblem::RootMoved:
        // The engine stops watching it: inotify does not say where a watched root went.
        return tr("the watched folder %1 was moved away; nothing more is recorded there (inotify "
                  "cannot tell where it went)")
            .arg(pathOf(p));
    case MonitorProblem::Unmounted:
        return tr("the file system holding %1 was unmounted").arg(pathOf(p));
    case MonitorProblem::HelperFailed:
        return tr("the fanotify helper failed: %1").arg(QString::fromUtf8(p.detail));
    case MonitorProblem::HelperCancelled:
        return tr("authentication for the fanotify helper was cancelled");
    case MonitorProblem::HelperNotAuthorized:
        return tr("not authorized to start the fanotify helper");
    }
    return tr("unknown problem %1").arg(int(p.kind));
}

QString RecordMessages::summary(qint64 events, const EventSource::Stats &stats, qint64 overflows)
{
    // Counts after a colon, so no plural forms are needed and a script can pick them out.
    return tr("summary: events: %1, overflows: %2, folders watched: %3, not watched: %4")
        .arg(events)
        .arg(overflows)
        .arg(stats.watchedDirectories)
        .arg(stats.unwatchedDirectories);
}

QString RecordMessages::watching(qint64 watched, qint64 unwatched)
{
    const QString folders =
        watched == 1 ? tr("watching 1 folder") : tr("watching %1 folders").arg(watched);
    if (unwatched > 0)
        return tr("%1 (%2 could not be watched); press Ctrl+C to stop").arg(folders).arg(unwatched);
    return tr("%1; press Ctrl+C to stop").arg(folders);
}

QString RecordMessages::settingUp(qint64 scanned)
{
    return tr("setting up watches: %1 folders scanned").arg(scanned);
}
