#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;
class RenameChainModel;
class Session;
class SessionStats;

// The history of renamed files and folders: one row per chain, expandable to its steps; moves
// in from or out to places outside the watched folders are listed and marked. Selecting a chain
// only selects; "Show Events" (double-click, Enter, context menu, button) asks the event table to
// show every name it had. setSession() rebinds (a reopened CSV keeps the
// cookies, so it rebuilds the same chains).
class RenameChainPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameChainPanel)

public:
    static constexpr int kRefreshMs = 250;

    explicit RenameChainPanel(Session *session, QWidget *parent = nullptr);
    ~RenameChainPanel() override;

    void setSession(Session *session);
    Session *session() const;

    // End of a capture: halves still waiting for their partner are shown as moved out now.
    void finishCapture();

    void refreshNow();
    void setFilterText(const QString &text);

    SessionStats *stats() const { return m_stats; }
    RenameChainModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

Q_SIGNALS:
    void showPathsRequested(const QSet<quint32> &pathIds);

private:
    void scheduleRefresh();
    void updateSummary();
    void showEventsOf(const QModelIndex &proxyIndex);

    SessionStats *m_stats = nullptr;
    RenameChainModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_refreshTimer = nullptr;
};
