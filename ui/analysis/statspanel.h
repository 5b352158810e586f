#pragma once

#include "analysis/sessionstatspanel.h"

#include <QSet>

class EventTypeLegend;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;
class RateChart;
class Session;
class StatsModel;
class StatsSortProxy;
class TopFilesChart;

// Statistics beside the event table: the per-file table (sortable, filter by path, folders
// aggregated on demand, by file or by process), the busiest paths and the event rate over time.
// Works the same on a live capture and a reopened session; setSession() rebinds.
//
// Views refresh at most twice a second, however many batches arrived in between.
class StatsPanel final : public SessionStatsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsPanel)

public:
    enum class Chart { TopFiles, Rate };

    explicit StatsPanel(Session *session, QWidget *parent = nullptr);

    // Saves a chart as it is shown, as PNG. Returns false if the file could not be written.
    bool saveChartImage(Chart chart, const QString &fileName);

    StatsModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    TopFilesChart *topFilesChart() const { return m_topChart; }
    RateChart *rateChart() const { return m_rateChart; }
    EventTypeLegend *legend() const { return m_legend; }
    void setAggregate(bool aggregate);
    void setFilterText(const QString &text);

Q_SIGNALS:
    // The user asked to see these paths' events in the event table.
    void showPathsRequested(const QSet<quint32> &pathIds);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void refreshViews() override;

private:
    void refreshCharts();
    void refreshRateChart();
    void updateLegend();
    void updateColumnVisibility();
    void updateSummary();
    void showEventsOf(const QModelIndex &proxyIndex);
    void askSaveChart(Chart chart);

    StatsModel *m_model = nullptr;
    StatsSortProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_aggregate = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_summary = nullptr;
    TopFilesChart *m_topChart = nullptr;
    QSpinBox *m_topCount = nullptr;
    RateChart *m_rateChart = nullptr;
    EventTypeLegend *m_legend = nullptr;
    QComboBox *m_resolution = nullptr;
    QTimer *m_clockTimer = nullptr; // moves a live rate chart along while nothing happens
};
