#pragma once

#include "analysis/sessionstatspanel.h"

#include <QSet>

class QLabel;
class QLineEdit;
class QTreeView;
class RenameChainModel;
class RenameChainProxy;
class Session;

// The history of renamed files and folders: one row per chain, expandable to its steps; moves
// in from or out to places outside the watched folders are listed and marked. Selecting a chain
// only selects; "Show Events" (double-click, Enter, context menu, button) asks the event table to
// show every name it had. setSession() rebinds (a reopened CSV keeps the
// cookies, so it rebuilds the same chains).
class RenameChainPanel final : public SessionStatsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameChainPanel)

public:
    explicit RenameChainPanel(Session *session, QWidget *parent = nullptr);

    void setFilterText(const QString &text);

    RenameChainModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

Q_SIGNALS:
    void showPathsRequested(const QSet<quint32> &pathIds);

protected:
    void refreshViews() override;

private:
    void updateSummary();
    void showEventsOf(const QModelIndex &proxyIndex);

    RenameChainModel *m_model = nullptr;
    RenameChainProxy *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
};
