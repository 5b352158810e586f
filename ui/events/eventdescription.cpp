#include "events/eventdescription.h"

#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "events/eventtablemodel.h"
#include "text/rulestext.h"
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

// "Type: File".
QString field(FilterRule::Column column, const QString &value)
{
    return EventDescription::tr("%1: %2").arg(RulesText::column(column), value);
}
} // namespace

QStringList EventDescription::eventLines(const EventTableModel &model, int row)
{
    if (!holds(model, row))
        return {};
    const FsEvent &e = model.eventAt(row);
    QStringList lines;
    using Column = FilterRule::Column;
    lines << field(Column::Time, TimeText::dateTimeMicros(e.timeNs));
    lines << field(Column::EventType, cell(model, row, EventTableModel::EventColumn));
    if (e.pathId != PathTable::NoPath)
        lines << field(Column::Path, model.session()->paths().displayPath(e.pathId));
    const QString kind = cell(model, row, EventTableModel::KindColumn);
    if (!kind.isEmpty())
        lines << field(Column::Kind, kind);
    if (e.cookie && !e.isOverflow())
        lines << field(Column::Cookie, QString::number(e.cookie));
    lines << field(Column::Source, cell(model, row, EventTableModel::SourceColumn));
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
            lines << field(FilterRule::Column::User, p.displayUser());
        if (!p.commandLine.isEmpty())
            lines << field(FilterRule::Column::CommandLine, p.displayCommandLine());
        if (p.startTimeNs > 0)
            lines << tr("Process started: %1").arg(TimeText::dateTime(p.startTimeNs));
    }
    return lines;
}
