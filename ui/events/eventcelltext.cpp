#include "events/eventcelltext.h"

#include "analysis/rulefields.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "events/eventtablemodel.h"
#include "text/rulestext.h"
#include "text/timetext.h"

QString EventCellText::kindText(const FsEvent &e)
{
    if (e.isOverflow())
        return {};
    return RulesText::kind(e.isDir());
}

QString EventCellText::markerToolTip(const FsEvent &e)
{
    if (e.isOverflow()) {
        return tr("The kernel's event queue overflowed here, so some events were lost "
                  "(overflow number %1). fsnoop rescanned the watched folders to catch up. "
                  "Raising /proc/sys/fs/inotify/max_queued_events or narrowing the watched "
                  "events makes this less likely.")
            .arg(e.cookie);
    }
    if (e.isSynthesized()) {
        return tr("Not reported by the kernel: fsnoop found this entry when it scanned a newly "
                  "created folder. inotify cannot watch a folder before it exists, so what was "
                  "created inside it in the first moments is recovered by that scan.");
    }
    return {};
}

QVariant EventCellText::display(const FsEvent &e, int column, bool withDates) const
{
    const PathTable &paths = m_session.paths();
    switch (column) {
    case EventTableModel::TimeColumn:
        return withDates ? TimeText::dateTimeMicros(e.timeNs)
                         : TimeText::timeOfDayMicros(e.timeNs);
    case EventTableModel::EventColumn:
        if (e.isOverflow())
            return tr("overflow");
        return RuleFields::eventTypeText(e.mask, false);
    case EventTableModel::NameColumn:
        return e.pathId == PathTable::NoPath ? QString() : paths.displayName(e.pathId);
    case EventTableModel::FolderColumn:
        // The widest column carries the marker's words, so they are not clipped.
        if (e.isOverflow())
            return tr("Events lost (queue overflow)");
        return e.pathId == PathTable::NoPath ? QString() : paths.displayDirectory(e.pathId);
    case EventTableModel::KindColumn:
        return kindText(e);
    case EventTableModel::CookieColumn:
        return (e.cookie && !e.isOverflow()) ? QVariant(e.cookie) : QVariant();
    case EventTableModel::PidColumn:
        return e.pid >= 0 ? QVariant(e.pid) : QVariant();
    case EventTableModel::ProcessColumn:
        if (e.processId != 0 && e.processId < m_session.processes().size())
            return m_session.processes().info(e.processId).displayName();
        return {};
    case EventTableModel::SourceColumn:
        return RulesText::source(e.source);
    case EventTableModel::ExecutableColumn:
    case EventTableModel::CommandLineColumn:
    case EventTableModel::ParentPidColumn:
    case EventTableModel::UserColumn:
        return processField(e, column);
    }
    return {};
}

QVariant EventCellText::toolTip(const FsEvent &e, quint64 serial, int column) const
{
    const QString tip = markerToolTip(e);
    if (!tip.isEmpty())
        return tip;
    if (column == EventTableModel::ProcessColumn && e.processId != 0
        && e.processId < m_session.processes().size())
        return m_session.processes().info(e.processId).displayExecutable();
    if ((column == EventTableModel::NameColumn || column == EventTableModel::FolderColumn)
        && e.pathId != PathTable::NoPath)
        return m_session.paths().displayPath(e.pathId);
    if (column == EventTableModel::TimeColumn) {
        const QString note = m_session.bookmarks().note(serial);
        return note.isEmpty() ? TimeText::dateTime(e.timeNs)
                              : TimeText::dateTime(e.timeNs) + QLatin1Char('\n') + note;
    }
    return {};
}

QVariant EventCellText::processField(const FsEvent &e, int column) const
{
    if (e.processId == 0 || e.processId >= m_session.processes().size())
        return {};
    const ProcessInfo &info = m_session.processes().info(e.processId);
    switch (column) {
    case EventTableModel::ExecutableColumn: return info.displayExecutable();
    case EventTableModel::CommandLineColumn: return info.displayCommandLine();
    case EventTableModel::ParentPidColumn:
        return info.parentPid >= 0 ? QVariant(info.parentPid) : QVariant();
    case EventTableModel::UserColumn: return info.displayUser();
    }
    return {};
}
