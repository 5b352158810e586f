#include "cli/recordmessages.h"

#include "text/problemtext.h"

#include <cerrno>

namespace {
// What a terminal user can do about a problem, beside ProblemText's words for what happened.
QString terminalHint(const MonitorProblem &p)
{
    switch (p.kind) {
    case MonitorProblem::InitFailed:
        if (p.errnum == EMFILE)
            return RecordMessages::tr(
                "too many inotify instances for this user (fs.inotify.max_user_instances). Close "
                "other watchers or raise it, e.g.: sysctl fs.inotify.max_user_instances=512");
        return {};
    case MonitorProblem::WatchLimit:
        return RecordMessages::tr(
                   "the inotify limit of %1 watches per user (fs.inotify.max_user_watches) is "
                   "reached. Events in them are not recorded. Raise the limit, e.g.: sysctl "
                   "fs.inotify.max_user_watches=%2 (add it to /etc/sysctl.d/ to keep it after a "
                   "reboot)")
            .arg(p.limit)
            .arg(ProblemText::suggestedWatchLimit(p.limit));
    case MonitorProblem::QueueOverflow:
        return RecordMessages::tr(
            "some events were lost and are marked Q_OVERFLOW in the record; rescanning. Fewer "
            "events (-e) or a larger fs.inotify.max_queued_events help");
    case MonitorProblem::RootMoved:
        // inotify does not say where a watched root went: its old path is waited for.
        return RecordMessages::tr(
            "inotify cannot tell where it went; the capture goes on and records it again if a "
            "folder comes back under that name");
    case MonitorProblem::HelperFailed:
        return QString::fromUtf8(p.detail); // technical, not translated
    default:
        return {};
    }
}
} // namespace

QStringList RecordMessages::problem(const MonitorProblem &p)
{
    QStringList lines{ProblemText::clause(p)};
    const QString hint = terminalHint(p);
    if (!hint.isEmpty())
        lines << hint;
    return lines;
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

QString RecordMessages::waiting(qint64 roots)
{
    return tr("folders gone and still waited for at the end: %1").arg(roots);
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
