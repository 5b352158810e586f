#include "analysis/eventtypelegend.h"

#include "analysis/eventtypecolors.h"
#include "analysis/eventtypeindex.h"

EventTypeLegend::EventTypeLegend(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("eventTypeLegend"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
}

void EventTypeLegend::setTypes(const QList<int> &typeIndexes)
{
    if (typeIndexes == m_types && !text().isEmpty())
        return;
    m_types = typeIndexes;
    QStringList entries;
    for (int t : typeIndexes) {
        // A no-break space ties each swatch to its name; lines wrap only between entries.
        entries << QStringLiteral("<span style=\"color:%1\">\u25a0</span>&nbsp;%2")
                       .arg(EventTypeColors::color(t).name(),
                            EventTypeIndex::name(t).toHtmlEscaped());
    }
    setText(entries.join(QStringLiteral(" &nbsp; ")));
}
