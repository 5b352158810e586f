#include "events/eventdescription.h"

#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "events/eventtablemodel.h"
#include "text/timetext.h"

namespace {
bool holds(const EventTableModel &model, int row)
{
    return row >= 0 && row < model.shownCount() && model.isRowHeld(row) && model.session();
}

QString cell(const EventTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.cellData(row, column, role).toString();
}
} // namespace

QStringList EventDescription::eventLines(const EventTableModel &model, int row)
{
    if (!holds(model, row))
        return {};
    const FsEvent &e = model.eventAt(row);
    QStringList lines;
    lines << tr("Time: %1").arg(TimeText::dateTimeMicros(e.timeNs));
    lines << tr("Events: %1").arg(cell(model, row, EventTableModel::EventColumn));
    if (e.pathId != PathTable::NoPath)
        lines << tr("Path: %1").arg(model.session()->paths().displayPath(e.pathId));
    const QString kind = cell(model, row, EventTableModel::KindColumn);
    if (!kind.isEmpty())
        lines << tr("Kind: %1").arg(kind);
    if (e.cookie && !e.isOverflow())
        lines << tr("Cookie: %1").arg(e.cookie);
    lines << tr("Source: %1").arg(cell(model, row, EventTableModel::SourceColumn));
    return lines;
}

QString EventDescription::meaning(const EventTableModel &model, int row)
{
    return holds(model, row) ? cell(model, row, EventTableModel::EventColumn, Qt::ToolTipRole)
                             : QString();
}

QStringList EventDescription::processLines(const EventTableModel &model, int row)
{
    if (!holds(model, row))
        return {};
    const FsEvent &e = model.eventAt(row);
    QStringList lines;
    if (e.pid >= 0)
        lines << tr("Process: %1 (PID %2) %3")
                     .arg(cell(model, row, EventTableModel::ProcessColumn))
                     .arg(e.pid)
                     .arg(cell(model, row, EventTableModel::ProcessColumn, Qt::ToolTipRole));
    const ProcessTable &processes = model.session()->processes();
    if (e.processId != ProcessTable::NoProcess && e.processId < processes.size()) {
        const ProcessInfo &p = processes.info(e.processId);
        if (p.parentPid >= 0)
            lines << tr("Parent process: PID %1").arg(p.parentPid);
        if (p.uid != ProcessInfo::NoUid)
            lines << tr("User: %1").arg(p.displayUser());
        if (!p.commandLine.isEmpty())
            lines << tr("Command line: %1").arg(p.displayCommandLine());
        if (p.startTimeNs > 0)
            lines << tr("Process started: %1").arg(TimeText::dateTime(p.startTimeNs));
    }
    return lines;
}
