#include "analysis/topfileschart.h"

#include "analysis/eventtypecolors.h"
#include "analysis/eventtypeindex.h"
#include "analysis/filestats.h"
#include "core/pathtable.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

TopFilesChart::TopFilesChart(QWidget *parent)
    : QChartView(parent)
    , m_yAxis(new QBarCategoryAxis)
    , m_xAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(tr("Busiest paths"));
    chart()->legend()->setAlignment(Qt::AlignRight); // a column of full type names
    chart()->setAnimationOptions(QChart::NoAnimation);
    // The axes stay for the chart's lifetime (addAxis makes the chart their owner); only the bars
    // are rebuilt. removeAxis() would hand ownership back and leave us a delete to do.
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_xAxis->setTitleText(tr("Notifications"));
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    setMinimumSize(320, 220);
}

TopFilesChart::~TopFilesChart() = default;

void TopFilesChart::setTopCount(int count)
{
    m_topCount = qBound(1, count, 100);
}

void TopFilesChart::setData(const FileStats &stats, const PathTable &paths, bool aggregate)
{
    const QList<int> candidates = aggregate ? stats.aggregateRows() : stats.ownRows();
    auto countsOf = [&](int row) -> const FileStats::Counts & {
        return aggregate ? stats.row(row).subtree : stats.row(row).own;
    };
    QList<int> top = candidates;
    const int n = int(qMin<qsizetype>(m_topCount, top.size()));
    std::partial_sort(top.begin(), top.begin() + n, top.end(), [&](int a, int b) {
        const quint64 ta = countsOf(a).total;
        const quint64 tb = countsOf(b).total;
        return ta != tb ? ta > tb : a < b;
    });
    top.resize(n);

    m_pathIds.clear();
    m_fullPaths.clear();
    QStringList categories;
    // Horizontal bars are drawn bottom-up: reverse, so the busiest is on top.
    for (int i = n - 1; i >= 0; --i) {
        const FileStats::Row &row = stats.row(top[i]);
        QString name = paths.displayName(row.pathId);
        if (row.isDir)
            name += u'/';
        // Same name in two directories: add the parent's name so the bars can be told apart.
        if (categories.contains(name))
            name = paths.displayName(paths.parent(row.pathId)) + u'/' + name;
        while (categories.contains(name))
            name += u' ';
        categories.prepend(name);
    }
    std::reverse(categories.begin(), categories.end());
    for (int i = 0; i < n; ++i) {
        m_pathIds.append(stats.row(top[i]).pathId);
        m_fullPaths.append(paths.displayPath(stats.row(top[i]).pathId));
    }

    chart()->removeAllSeries(); // deletes them

    auto *series = new QHorizontalStackedBarSeries;
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
        auto *set = new QBarSet(QString::fromLatin1(EventNames::types().at(t).name));
        set->setColor(EventTypeColors::color(t));
        set->setBorderColor(EventTypeColors::color(t));
        set->append(values);
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart()->addSeries(series);

    m_yAxis->clear();
    m_yAxis->append(categories);
    series->attachAxis(m_yAxis);
    m_xAxis->setRange(0, qMax<qreal>(1, qreal(maxTotal) * 1.05));
    m_xAxis->applyNiceNumbers();
    series->attachAxis(m_xAxis);

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
