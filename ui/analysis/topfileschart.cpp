#include "analysis/topfileschart.h"

#include "analysis/eventtypecolors.h"
#include "analysis/eventtypeindex.h"
#include "analysis/filestats.h"
#include "core/pathtable.h"
#include "text/pathsuffix.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

TopFilesChart::TopFilesChart(QWidget *parent)
    : StatsChartView(tr("Busiest paths"), parent)
    , m_yAxis(new QBarCategoryAxis)
    , m_xAxis(new QValueAxis)
{
    // The axes stay for the chart's lifetime (addAxis makes the chart their owner); only the bars
    // are rebuilt. removeAxis() would hand ownership back and leave us a delete to do.
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_xAxis->setTitleText(tr("Notifications"));
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    m_yAxis->setLabelsVisible(false); // placeLabels() names the bars
    connect(chart(), &QChart::plotAreaChanged, this, &TopFilesChart::placeLabels);
}

int TopFilesChart::labelWidth() const
{
    return qMax(60, width() * 3 / 10);
}

void TopFilesChart::placeLabels()
{
    // The bar names are drawn here, not by the category axis: Qt Charts cuts an axis label
    // taller than its band (its line plus padding) down to "...", which with Top 10 at the
    // default window size hit every label in a CJK font (issue 15). Here a name is elided in the
    // middle to the width the left margin gives it, and the font shrinks to the bands' height.
    qDeleteAll(m_labelItems);
    m_labelItems.clear();
    QAbstractSeries *series = chart()->series().value(0);
    const qsizetype n = m_labels.size();
    const QRectF plot = chart()->plotArea();
    if (!series || n == 0 || plot.height() <= 0)
        return;
    const qreal band = plot.height() / qreal(n);
    QFont f = font();
    qreal size = f.pointSizeF() > 0 ? f.pointSizeF() : 9;
    while (size > kMinLabelPointSize && QFontMetricsF(f).height() > band) {
        size -= 0.5;
        f.setPointSizeF(size);
    }
    const QFontMetricsF fm(f);
    // Still taller than a band (Top 50 in a small window): name every other bar, or fewer.
    const qsizetype step = qMax<qsizetype>(1, qsizetype(std::ceil(fm.height() / band)));
    for (qsizetype i = 0; i < n; i += step) {
        // Labels are top first; bars count bottom-up.
        const QPointF centre = chart()->mapToPosition(QPointF(0, qreal(n - 1 - i)), series);
        auto *item = new QGraphicsSimpleTextItem(
            fm.elidedText(m_labels.at(i), Qt::ElideMiddle, labelWidth()), chart());
        item->setFont(f);
        item->setBrush(m_xAxis->labelsBrush());
        item->setToolTip(m_fullPaths.at(i));
        const QRectF r = item->boundingRect();
        item->setPos(plot.left() - kLabelGap - r.width(), centre.y() - r.height() / 2);
        m_labelItems.append(item);
    }
}

void TopFilesChart::resizeEvent(QResizeEvent *event)
{
    StatsChartView::resizeEvent(event);
    // Room on the left for the names; the plot takes the rest.
    QMargins m = chart()->margins();
    m.setLeft(labelWidth() + 2 * kLabelGap);
    chart()->setMargins(m);
    placeLabels();
}

void TopFilesChart::hideEvent(QHideEvent *event)
{
    // A bar's tooltip must not stay over the next tab.
    QToolTip::hideText();
    StatsChartView::hideEvent(event);
}

void TopFilesChart::setData(const FileStats &stats, const PathTable &paths, bool aggregate,
                            int count)
{
    const QList<int> candidates = aggregate ? stats.aggregateRows() : stats.ownRows();
    auto countsOf = [&](int row) -> const FileStats::Counts & {
        return aggregate ? stats.subtreeCounts(row) : stats.ownCounts(row);
    };
    QList<int> top = candidates;
    const int n = int(qMin<qsizetype>(qMax(1, count), top.size()));
    std::partial_sort(top.begin(), top.begin() + n, top.end(), [&](int a, int b) {
        const quint64 ta = countsOf(a).total;
        const quint64 tb = countsOf(b).total;
        return ta != tb ? ta > tb : a < b;
    });
    top.resize(n);

    m_pathIds.clear();
    m_fullPaths.clear();
    for (int i = 0; i < n; ++i) {
        const FileStats::Row &row = stats.row(top[i]);
        m_pathIds.append(row.pathId);
        m_fullPaths.append(paths.displayPath(row.pathId) + (row.isDir ? QStringLiteral("/") : QString()));
    }
    // Bare names cannot tell two `config` files apart: the shortest suffix that can.
    m_labels = PathSuffix::shortestUnique(m_fullPaths);

    chart()->removeAllSeries(); // deletes them

    auto *series = new QHorizontalStackedBarSeries;
    m_types.clear();
    quint64 maxTotal = 0;
    for (int i = 0; i < n; ++i)
        maxTotal = qMax(maxTotal, countsOf(top[i]).total);
    for (int t = 0; t < EventTypeIndex::count(); ++t) {
        QList<qreal> values;
        bool any = false;
        for (int i = n - 1; i >= 0; --i) {
            const quint32 c = countsOf(top[i]).count(t);
            any = any || c > 0;
            values.append(c);
        }
        if (!any)
            continue;
        auto *set = new QBarSet(EventTypeIndex::name(t));
        set->setColor(EventTypeColors::color(t));
        set->setBorderColor(EventTypeColors::color(t));
        set->append(values);
        series->append(set);
        m_types.append(t);
    }
    series->setBarWidth(0.7);
    chart()->addSeries(series);

    QStringList categories; // one per bar, bottom-up; unique, as the axis needs them
    for (int i = n - 1; i >= 0; --i)
        categories << QString::number(i + 1);
    if (categories != m_yAxis->categories()) {
        m_yAxis->clear();
        m_yAxis->append(categories);
    }
    series->attachAxis(m_yAxis);
    m_xAxis->setRange(0, qMax<qreal>(1, qreal(maxTotal) * 1.05));
    m_xAxis->applyNiceNumbers();
    series->attachAxis(m_xAxis);
    placeLabels();

    // Bar index counts bottom-up. A double-click, as in the table beside it: a click selects
    // nothing and must not switch tabs.
    connect(series, &QAbstractBarSeries::doubleClicked, this, [this](int index, QBarSet *) {
        const int topIndex = int(m_pathIds.size()) - 1 - index;
        if (topIndex >= 0 && topIndex < m_pathIds.size()) {
            QToolTip::hideText(); // the Events tab comes up: the bar's tooltip must not stay
            Q_EMIT pathActivated(m_pathIds.at(topIndex));
        }
    });
    connect(series, &QAbstractBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) {
                const int topIndex = int(m_pathIds.size()) - 1 - index;
                if (!status || topIndex < 0 || topIndex >= m_fullPaths.size()) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1\n%2: %3\nDouble-click to show these events.")
                                       .arg(m_fullPaths.at(topIndex), set->label())
                                       .arg(set->at(index)),
                                   this);
            });
}
