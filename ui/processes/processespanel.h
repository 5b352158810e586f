#pragma once

#include "analysis/filterrule.h"

#include "analysis/sessionstatspanel.h"

#include <QKeySequence>
#include <QSet>

class ProcessTreeModel;
class QSortFilterProxyModel;
class QTreeView;
class Session;

// The Processes tab: every process seen, as a tree by parent, with its counts (ProcessTreeModel).
// "Show Events" narrows the event table to the process; include/exclude adds filter rules the
// user sees in the Filter dialog (Ctrl+L), for the process or its whole subtree. Only the
// fanotify helper knows processes: without them the tab says so and offers to start it.
//
// Like the statistics, the tree refreshes at most twice a second, however many batches came.
class ProcessesPanel final : public SessionStatsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessesPanel)

public:
    // `filterDialogKey` opens the Filter dialog (RulesController's): the rule actions' tool tips
    // name it.
    explicit ProcessesPanel(Session *session, const QKeySequence &filterDialogKey = {},
                            QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    QWidget *notice() const { return m_notice; }

    // The filter rules that include or exclude the process at `index` (of the view's model) and,
    // with `subtree`, every process below it: one "PID is N" rule per process.
    FilterRules rulesFor(const QModelIndex &index, FilterRule::Action action, bool subtree) const;

Q_SIGNALS:
    // Narrow the event table to these ProcessTable ids (one process may have several).
    void showProcessesRequested(const QSet<quint32> &processIds);
    void rulesRequested(const FilterRules &rules);
    // The user wants process information: watch again with the fanotify helper.
    void processInformationRequested();

protected:
    void refreshViews() override;

private:
    void showEventsOf(const QModelIndex &index);
    void addRuleActions(const QKeySequence &filterDialogKey);
    void updateNotice();
    int statsRowOf(const QModelIndex &index) const;

    ProcessTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QWidget *m_notice;
};
