#pragma once

#include <QChartView>

// The look the Statistics tab's charts share (RateChart, TopFilesChart): antialiased, titled, no
// animation (they are redrawn at every refresh tick; an animation would never settle), no legend
// of their own (StatsPanel's EventTypeLegend names the colours of both charts), and a minimum size
// at which their axes stay readable.
class StatsChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsChartView)

protected:
    StatsChartView(const QString &title, QWidget *parent);
};
