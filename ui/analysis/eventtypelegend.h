#pragma once

#include <QLabel>
#include <QList>

// One legend for both statistics charts (they share EventTypeColors): a colour swatch and the
// name of every event type drawn in either chart, wrapped over as many lines as the width needs.
// Qt Charts' own legends are a fixed column that clips at the default window size — a rate line
// in a colour nobody could name (issue 15).
class EventTypeLegend final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTypeLegend)

public:
    explicit EventTypeLegend(QWidget *parent = nullptr);

    // EventTypeIndex indexes, in that order.
    void setTypes(const QList<int> &typeIndexes);
    const QList<int> &types() const { return m_types; }

private:
    QList<int> m_types;
};
