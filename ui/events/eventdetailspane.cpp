#include "events/eventdetailspane.h"

#include "events/eventtablemodel.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "text/timetext.h"

EventDetailsPane::EventDetailsPane(const EventTableModel *model, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_model(model)
{
    setReadOnly(true);
    setObjectName(QStringLiteral("eventDetails"));
    setPlaceholderText(tr("Select an event to see its details."));
}

void EventDetailsPane::showRow(const QModelIndex &current)
{
    if (!current.isValid() || !m_model->isRowHeld(current.row()) || !m_model->session()) {
        clear();
        return;
    }
    const FsEvent &e = m_model->eventAt(current.row());
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(current.row(), column).data(role).toString();
    };
    QStringList lines;
    lines << tr("Time: %1").arg(TimeText::dateTimeMicros(e.timeNs));
    lines << tr("Events: %1").arg(cell(EventTableModel::EventColumn));
    if (e.pathId != PathTable::NoPath)
        lines << tr("Path: %1").arg(m_model->session()->paths().displayPath(e.pathId));
    if (e.cookie && !e.isOverflow())
        lines << tr("Cookie: %1").arg(e.cookie);
    if (e.pid >= 0)
        lines << tr("Process: %1 (PID %2) %3")
                     .arg(cell(EventTableModel::ProcessColumn))
                     .arg(e.pid)
                     .arg(cell(EventTableModel::ProcessColumn, Qt::ToolTipRole));
    const ProcessTable &processes = m_model->session()->processes();
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
    lines << tr("Source: %1").arg(cell(EventTableModel::SourceColumn));
    const QString tip = cell(EventTableModel::EventColumn, Qt::ToolTipRole);
    if (!tip.isEmpty())
        lines << QString() << tip;
    setPlainText(lines.join(QLatin1Char('\n')));
}
