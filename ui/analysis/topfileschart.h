#pragma once

#include "analysis/statschartview.h"

#include <QList>
#include <QStringList>

class FileStats;
class QGraphicsSimpleTextItem;
class QBarCategoryAxis;
class QValueAxis;
class PathTable;

// The busiest paths: the top N by total as horizontal bars, stacked by event type, busiest on
// top. The bars are rebuilt from scratch on each setData() (a handful of bars: cheaper and simpler
// than patching bar sets); the two axes are kept. Double-clicking a bar emits pathActivated() with
// that bar's path id.
class TopFilesChart final : public StatsChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopFilesChart)

public:
    explicit TopFilesChart(QWidget *parent = nullptr);

    // Redraws the top `count` paths of `stats`; when `aggregate`, folders compete with their
    // subtree's total.
    void setData(const FileStats &stats, const PathTable &paths, bool aggregate, int count);

    // The path ids of the bars, top first (for tests and for the click).
    const QList<quint32> &pathIds() const { return m_pathIds; }
    // The bars' labels before eliding (the shortest unique path suffixes), top first.
    const QStringList &labels() const { return m_labels; }
    // The event types drawn (EventTypeIndex), for the shared legend.
    const QList<int> &types() const { return m_types; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;

Q_SIGNALS:
    void pathActivated(quint32 pathId);

private:
    QBarCategoryAxis *m_yAxis; // owned by chart()
    QValueAxis *m_xAxis;       // owned by chart()
    QList<quint32> m_pathIds; // top first
    QList<QString> m_fullPaths;
    QStringList m_labels; // top first
    QList<int> m_types;

    static constexpr qreal kMinLabelPointSize = 6.5;
    static constexpr int kLabelGap = 6;

    int labelWidth() const;
    void placeLabels();

    QList<QGraphicsSimpleTextItem *> m_labelItems; // children of chart()
};
