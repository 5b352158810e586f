#include "analysis/statspanel.h"

#include "analysis/eventtypelegend.h"
#include "analysis/proxyfilterfield.h"
#include "analysis/ratechart.h"
#include "core/session.h"
#include "analysis/sessionstats.h"
#include "analysis/statsmodel.h"
#include "analysis/statssortproxy.h"
#include "analysis/statsviewlook.h"
#include "analysis/showeventsaction.h"
#include "analysis/topfileschart.h"
#include "text/timetext.h"
#include "uilogging.h"

#include <QCheckBox>
#include <QComboBox>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kRefreshMs = 500;

QWidget *chartBox(QWidget *chart, const QList<QWidget *> &controls, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    for (QWidget *w : controls)
        bar->addWidget(w);
    bar->addStretch();
    layout->addLayout(bar);
    layout->addWidget(chart, 1);
    return box;
}
} // namespace

StatsPanel::StatsPanel(Session *session, QWidget *parent)
    : SessionStatsPanel(SessionStats::Files | SessionStats::Rates, kRefreshMs, parent)
    , m_model(new StatsModel(stats(), this))
    , m_proxy(new StatsSortProxy(m_model, this))
    , m_clockTimer(new QTimer(this))
{
    const QString help = tr("Counts are kernel notifications, not operations: inotify merges an "
                            "event identical to the previous unread one, so ten quick writes to a "
                            "file may count as one modify.");

    m_filter = new ProxyFilterField(tr("Filter by path"), m_proxy, this);
    m_aggregate = new QCheckBox(tr("Include subfolders in folder totals"), this);
    m_aggregate->setToolTip(tr("A folder's counts include every event in its subtree."));
    m_grouping = new QComboBox(this);
    m_grouping->addItem(tr("By file"));
    m_grouping->addItem(tr("By process"));
    m_grouping->setToolTip(tr("Processes are only known with the privileged (fanotify) monitor."));
    m_summary = new QLabel(this);
    m_summary->setToolTip(help);
    auto *helpLabel = new QLabel(tr("<a href=\"#\">What do the counts mean?</a>"), this);
    helpLabel->setToolTip(help);
    connect(helpLabel, &QLabel::linkActivated, this, [this, help] {
        QMessageBox::information(this, tr("About these counts"), help);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 2);
    top->addWidget(m_aggregate);
    top->addWidget(m_grouping);
    top->addWidget(helpLabel);

    m_proxy->setFilterKeyColumn(StatsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatsModel::TotalColumn, Qt::DescendingOrder);
    StatsViewLook::apply(m_table, m_table->horizontalHeader(), StatsModel::NameColumn, 360);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Paths are long and the counts many: the path column is elided on the left so the file name
    // stays visible; the rest scrolls if it must.
    m_table->setTextElideMode(Qt::ElideLeft);
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto *show = new ShowEventsAction(m_table);
    connect(show, &ShowEventsAction::requested, this, &StatsPanel::showEventsOf);
    top->insertWidget(1, show->createButton(this));

    m_topChart = new TopFilesChart(this);
    m_topCount = new QSpinBox(this);
    m_topCount->setObjectName(QStringLiteral("topCount"));
    m_topCount->setRange(1, 50);
    m_topCount->setValue(10);
    m_topCount->setPrefix(tr("Top "));
    m_topCount->setToolTip(tr("How many paths the chart shows"));
    auto *saveTop = new QPushButton(tr("Save as PNG…"), this);

    m_rateChart = new RateChart(this);
    m_resolution = new QComboBox(this);
    // Matches RateHistory's default rings.
    m_resolution->addItem(tr("Last 10 minutes, per second"));
    m_resolution->addItem(tr("Last 2 hours, per 10 seconds"));
    m_resolution->addItem(tr("Last 24 hours, per minute"));
    auto *saveRate = new QPushButton(tr("Save as PNG…"), this);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(chartBox(m_topChart, {m_topCount, saveTop}, charts));
    charts->addWidget(chartBox(m_rateChart, {m_resolution, saveRate}, charts));

    m_legend = new EventTypeLegend(this);
    auto *chartsBox = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(chartsBox);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(charts, 1);
    chartsLayout->addWidget(m_legend);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(chartsBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        if (this->session() && !this->session()->isReadOnly())
            refreshRateChart();
    });
    // The model, connected first (in its constructor), has reset itself by then.
    connect(stats(), &SessionStats::reset, this, &StatsPanel::refreshNow);
    connect(m_aggregate, &QCheckBox::toggled, this, &StatsPanel::setAggregate);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setGrouping(index == 1 ? StatsModel::ByProcess : StatsModel::ByFile);
        m_aggregate->setEnabled(index == 0);
        updateColumnVisibility();
    });
    connect(m_topChart, &TopFilesChart::pathActivated, this,
            [this](quint32 id) { Q_EMIT showPathsRequested({id}); });
    connect(m_topCount, &QSpinBox::valueChanged, this, &StatsPanel::refreshCharts);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &StatsPanel::refreshCharts);
    connect(saveTop, &QPushButton::clicked, this, [this] { askSaveChart(Chart::TopFiles); });
    connect(saveRate, &QPushButton::clicked, this, [this] { askSaveChart(Chart::Rate); });

    setSession(session);
}

void StatsPanel::setAggregate(bool aggregate)
{
    if (m_aggregate->isChecked() != aggregate)
        m_aggregate->setChecked(aggregate); // comes back here through toggled()
    m_model->setAggregate(aggregate);
    refreshCharts();
}

void StatsPanel::setFilterText(const QString &text)
{
    m_filter->setText(text); // the field filters the proxy
}

void StatsPanel::refreshViews()
{
    m_model->refresh();
    m_proxy->resort();
    updateColumnVisibility();
    refreshCharts();
    updateSummary();
}

void StatsPanel::refreshCharts()
{
    Session *session = stats()->session();
    if (!session) {
        m_topChart->setData(FileStats(), PathTable(), false, m_topCount->value());
    } else {
        m_topChart->setData(stats()->files(), session->paths(), m_model->aggregate(),
                            m_topCount->value());
    }
    refreshRateChart();
}

void StatsPanel::updateLegend()
{
    QList<int> types = m_topChart->types();
    for (int t : m_rateChart->types()) {
        if (!types.contains(t))
            types << t;
    }
    std::sort(types.begin(), types.end());
    m_legend->setTypes(types);
}

void StatsPanel::refreshRateChart()
{
    Session *session = stats()->session();
    const RateHistory &rates = stats()->rates();
    const qint64 nowNs = TimeText::nowNs();
    const int resolution = m_resolution->currentIndex();
    if (!session || rates.isEmpty()) {
        // An empty chart of the last half minute.
        m_rateChart->setData(rates, resolution, nowNs, nowNs);
        updateLegend();
        return;
    }
    // A live capture's chart moves with the clock, unless it has been quiet for longer than the
    // chart spans; a reopened one ends at its last event.
    qint64 endNs = rates.lastEventNs();
    const RateHistory::Resolution res = rates.resolution(resolution);
    if (!session->isReadOnly() && nowNs - endNs < qint64(res.bucketSeconds) * res.buckets * TimeText::kNsPerSecond)
        endNs = qMax(endNs, nowNs);
    m_rateChart->setData(rates, resolution, stats()->files().totals().firstNs, endNs);
    updateLegend();
}

void StatsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_clockTimer->start();
    refreshNow();
}

void StatsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clockTimer->stop();
}

void StatsPanel::updateColumnVisibility()
{
    // Like inotifywatch: only the event types that occurred get a column.
    const FileStats::Counts &totals = stats()->files().totals();
    for (int t = 0; t < EventTypeIndex::count(); ++t)
        m_table->setColumnHidden(m_model->typeColumn(t), totals.count(t) == 0);
}

void StatsPanel::updateSummary()
{
    const FileStats &files = stats()->files();
    m_summary->setText(tr("Notifications: %1 · Paths with events: %2")
                           .arg(files.totals().total)
                           .arg(files.ownRows().size()));
}

void StatsPanel::showEventsOf(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const QSet<quint32> ids = m_model->pathIdsForRow(source.row());
    if (!ids.isEmpty())
        Q_EMIT showPathsRequested(ids);
}

bool StatsPanel::saveChartImage(Chart chart, const QString &fileName)
{
    QWidget *view = chart == Chart::TopFiles ? static_cast<QWidget *>(m_topChart)
                                             : static_cast<QWidget *>(m_rateChart);
    const bool ok = view->grab().save(fileName, "PNG");
    if (!ok)
        qCWarning(lcUi) << "could not save the chart to" << fileName;
    return ok;
}

void StatsPanel::askSaveChart(Chart chart)
{
    const QString name = QFileDialog::getSaveFileName(
        this, tr("Save Chart"),
        chart == Chart::TopFiles ? tr("busiest-paths.png") : tr("event-rate.png"),
        tr("PNG images (*.png)"));
    if (name.isEmpty())
        return;
    if (!saveChartImage(chart, name))
        m_summary->setText(tr("Could not save the chart to %1.").arg(name));
}
