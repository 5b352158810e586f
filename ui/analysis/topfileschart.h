#pragma once

#include <QChartView>
#include <QList>

class FileStats;
class QBarCategoryAxis;
class QValueAxis;
class PathTable;

// The busiest paths: the top N by total as horizontal bars, stacked by event type, busiest on
// top. The bars are rebuilt from scratch on each setData() (a handful of bars: cheaper and simpler
// than patching bar sets); the two axes are kept. Double-clicking a bar emits pathActivated() with
// that bar's path id.
class TopFilesChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopFilesChart)

public:
    explicit TopFilesChart(QWidget *parent = nullptr);
    ~TopFilesChart() override;

    void setTopCount(int count);
    int topCount() const { return m_topCount; }

    // Redraws from `stats`; when `aggregate`, folders compete with their subtree's total.
    void setData(const FileStats &stats, const PathTable &paths, bool aggregate);

    // The path ids of the bars, top first (for tests and for the click).
    const QList<quint32> &pathIds() const { return m_pathIds; }

Q_SIGNALS:
    void pathActivated(quint32 pathId);

private:
    QBarCategoryAxis *m_yAxis; // owned by chart()
    QValueAxis *m_xAxis;       // owned by chart()
    int m_topCount = 10;
    QList<quint32> m_pathIds; // top first
    QList<QString> m_fullPaths;
};
