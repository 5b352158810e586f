#include "analysis/ratechart.h"

#include "analysis/eventtypecolors.h"
#include "analysis/eventtypeindex.h"
#include "analysis/ratehistory.h"
#include "text/timetext.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

RateChart::RateChart(QWidget *parent)
    : StatsChartView(tr("Events per second"), parent)
    , m_xAxis(new QDateTimeAxis)
    , m_yAxis(new QValueAxis)
{
    m_xAxis->setFormat(QStringLiteral("hh:mm:ss"));
    m_xAxis->setTickCount(6);
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis->setTitleText(tr("Events/s"));
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    for (int t = 0; t < EventTypeIndex::count(); ++t) {
        auto *series = new QLineSeries;
        series->setName(EventTypeIndex::name(t));
        QPen pen(EventTypeColors::color(t));
        pen.setWidthF(1.5);
        series->setPen(pen);
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        series->setVisible(false);
        m_series.append(series);
    }
}

void RateChart::setData(const RateHistory &history, int resolution, qint64 startNs, qint64 endNs)
{
    const int r = qMin(qMax(0, resolution), history.resolutionCount() - 1);
    if (r < 0)
        return;
    const RateHistory::Resolution res = history.resolution(r);
    const qint64 width = res.bucketSeconds;
    const qint64 lastSlot = qMax<qint64>(0, endNs / TimeText::kNsPerSecond) / width;
    // Show at least half a minute's worth of buckets (a capture just started is not one dot),
    // at most what the ring holds.
    qint64 firstSlot = qMax<qint64>(0, startNs / TimeText::kNsPerSecond) / width;
    firstSlot = qMin(firstSlot, lastSlot - qMax<qint64>(1, 30 / width) + 1);
    firstSlot = qMax(firstSlot, lastSlot - res.buckets + 1);
    const int count = int(lastSlot - firstSlot + 1);

    double maxRate = 1;
    for (int t = 0; t < m_series.size(); ++t) {
        const QList<double> rates = history.rates(r, t, lastSlot, count);
        QList<QPointF> points;
        points.reserve(count);
        bool any = false;
        for (int i = 0; i < count; ++i) {
            const double x = double((firstSlot + i) * width * 1000); // ms since the epoch
            points.append(QPointF(x, rates.at(i)));
            any = any || rates.at(i) > 0;
            maxRate = qMax(maxRate, rates.at(i));
        }
        QLineSeries *series = m_series.at(t);
        series->replace(points);
        series->setVisible(any);
    }
    m_xAxis->setFormat(width >= 60 ? QStringLiteral("dd MMM hh:mm") : QStringLiteral("hh:mm:ss"));
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(firstSlot * width * 1000),
                      QDateTime::fromMSecsSinceEpoch((lastSlot + 1) * width * 1000));
    m_yAxis->setRange(0, maxRate * 1.1);
    m_yAxis->applyNiceNumbers();
}

int RateChart::pointCount() const
{
    return m_series.isEmpty() ? 0 : int(m_series.first()->count());
}

QList<int> RateChart::types() const
{
    QList<int> out;
    for (int t = 0; t < m_series.size(); ++t) {
        if (m_series.at(t)->isVisible())
            out << t;
    }
    return out;
}

int RateChart::visibleSeriesCount() const
{
    int n = 0;
    for (const QLineSeries *s : m_series)
        n += s->isVisible() ? 1 : 0;
    return n;
}
