#pragma once

#include "analysis/statschartview.h"

#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class RateHistory;

// Events per second over time, one line per event type, read from RateHistory's rings. Each
// setData() replaces every series' points (QXYSeries::replace: one repaint, bounded size) — never
// an append that would grow with the capture.
class RateChart final : public StatsChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateChart)

public:
    explicit RateChart(QWidget *parent = nullptr);

    // Redraws the buckets of ring `resolution` (an index into RateHistory's resolutions, 0: the
    // finest) from max(startNs, the ring's oldest) to endNs.
    void setData(const RateHistory &history, int resolution, qint64 startNs, qint64 endNs);

    int pointCount() const; // points in each series after the last setData (for tests)
    int visibleSeriesCount() const;
    QList<int> types() const; // the event types drawn (EventTypeIndex), for the shared legend

private:
    QList<QLineSeries *> m_series; // one per event type
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
};
