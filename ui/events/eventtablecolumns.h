#pragma once

#include <QObject>
#include <QStringList>

class EventTableModel;
class QPoint;
class QTableView;

// The event table's columns: their first widths in the language shown, the layout the user
// arranged (saved by UiSettings), the widths that always fit a kind, a cookie, a PID or a time,
// and the column chooser on the header. Split from EventTableView, which keeps the rows.
class EventTableColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableColumns)

public:
    EventTableColumns(QTableView *view, EventTableModel *model);

    void reset();
    // "key:width" in the order shown, ":hidden" for a hidden one (EventTableView::columnLayout()).
    QStringList layout() const;
    void setLayout(const QStringList &layout);
    void fitContent();
    void showMenu(const QPoint &pos); // the header's context menu

private:
    QTableView *m_view;
    EventTableModel *m_model;
};
