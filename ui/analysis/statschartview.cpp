#include "analysis/statschartview.h"

StatsChartView::StatsChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(title);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->hide();
    setMinimumSize(320, 220);
}
