#pragma once

#include "analysis/filterrule.h"

#include <QSet>
#include <QTableView>

class EventTableModel;
class TailFollower;
class QMenu;

// The window's event table: sized for a million rows, follows the tail while the user sits at
// the bottom, keeps the selected event across filter changes, copies paths (Ctrl+C) and offers a
// context menu to narrow the filter to a file or an event type.
class EventTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableView)

public:
    explicit EventTableView(EventTableModel *model, QWidget *parent = nullptr);

    // Following new rows at the bottom, and the "Jump to Latest (End)" button.
    TailFollower *follower() const { return m_follower; }
    // Widens the columns whose contents have a known widest form (kind, cookie, PID, time) to
    // fit it; after restoring saved widths too.
    void fitContentColumns();

Q_SIGNALS:
    // "Show Only This File" in the context menu.
    void showOnlyPathsRequested(const QSet<quint32> &pathIds);
    // "Include / Exclude This Process, Path, ..." in the context menu: a rule the user can then
    // see and edit in the Filter dialog.
    void ruleRequested(const FilterRule &rule);

private:
    void showContextMenu(const QPoint &pos);
    void copyPaths();
    void addRuleMenus(QMenu *menu, int row);

    EventTableModel *m_model;
    TailFollower *m_follower = nullptr;
    quint64 m_keptSerial = ~quint64(0); // the selected event across a filter change
};
