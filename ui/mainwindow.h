#pragma once

#include "eventsource.h"
#include "watchoptions.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class EventTableModel;
class FilterBar;
class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressDialog;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class Session;
class SessionExporter;

// The window: the live event table with its filters, the status bar, and the menus that start a
// watch, open a saved session and export one. Other views (statistics, rename chains) are added
// as tabs beside the table with addView(); they follow the current session through
// sessionChanged() and can narrow the table with showOnlyPaths().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    static constexpr qsizetype kDefaultEventCap = 3000000; // QSettings capture/maxEvents

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addView(QWidget *view, const QString &title);

    Session *session() const { return m_session.get(); }
    EventTableModel *eventModel() const { return m_model; }
    QTableView *eventView() const { return m_view; }
    EventSource *source() const { return m_source.get(); }

    // Starts a live capture into a new session. Returns false (and tells the user) on failure.
    bool startWatching(const WatchOptions &options);
    // Watches `folder` with the last used options.
    bool watchFolder(const QString &folder);
    // Opens a CSV written by fsnoop, read-only. Returns false (and tells the user) on failure.
    bool openSession(const QString &fileName);

    void showOnlyPaths(const QSet<quint32> &pathIds);
    void clearPathFilter();

public Q_SLOTS:
    void stopWatching();
    void chooseFolder(); // the watch dialog

Q_SIGNALS:
    void sessionChanged(Session *session);
    // The live capture ended (stopped by the user, or the source ended on its own).
    void captureStopped();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void setSession(std::unique_ptr<Session> session);
    void chooseSession();
    void resumeWatching();
    void exportCsv(bool onlyShown);
    void clearEvents();
    void updateActions();
    void updateStatus();
    void updateTitle();
    void updateRecentMenu();
    void updateDetails();
    void showProblems();
    void showContextMenu(const QPoint &pos);
    void onProblem(const MonitorProblem &problem);
    void fallBackToInotify();
    void restoreSettings();
    void saveSettings();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<EventSource> m_source;
    WatchOptions m_options;
    QString m_rootLabel;

    EventTableModel *m_model;
    FilterBar *m_filterBar;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;

    QLabel *m_stateLabel;
    QLabel *m_dirsLabel;
    QLabel *m_eventsLabel;
    QLabel *m_rateLabel;
    QLabel *m_droppedLabel;
    QLabel *m_overflowLabel;
    QToolButton *m_warningButton;

    QAction *m_watchAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_exportShownAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QPointer<QProgressDialog> m_setupProgress;
    QPointer<SessionExporter> m_exporter;
    QTimer m_statusTimer;
    QElapsedTimer m_rateClock;
    quint64 m_rateLastSerial = 0;
    double m_rate = 0;
    qint64 m_watchedDirs = 0;
    qint64 m_unwatchedDirs = 0;
    bool m_atBottom = true;
    quint64 m_keptSerial = ~quint64(0); // the selected event across a filter change
};
