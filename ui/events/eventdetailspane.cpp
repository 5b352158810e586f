#include "events/eventdetailspane.h"

#include "events/eventdescription.h"
#include "events/eventtablemodel.h"

#include <QModelIndex>

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
    const int row = m_model->rowOf(current);
    QStringList lines = EventDescription::eventLines(*m_model, row);
    if (!current.isValid() || lines.isEmpty()) {
        clear();
        return;
    }
    lines << EventDescription::processLines(*m_model, row);
    const QString meaning = EventDescription::meaning(*m_model, row);
    if (!meaning.isEmpty())
        lines << QString() << meaning;
    setPlainText(lines.join(QLatin1Char('\n')));
}
