#pragma once

#include "window/capturecontroller.h"
#include "capture/eventsource.h"
#include "core/watchoptions.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>

class CaptureKeeper;
class CaptureStatusBar;
class EventDetailsPane;
class EventTableModel;
class EventTableView;
class FilterBar;
class FindBar;
class QAction;
class QMenu;
class QSplitter;
class RulesController;
class QTabWidget;
class QTableView;
class Session;
class ExportController;

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
    RulesController *rules() const { return m_rules; }
    QTableView *eventView() const;
    EventSource *source() const { return m_capture->source(); }

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
    void setSession(std::unique_ptr<Session> session);
    void chooseSession();
    void resumeWatching();
    void clearEvents();
    void updateActions();
    void updateStatus();
    void updateTitle();
    void updateRecentMenu();
    void updateDetails();
    void showProblems();
    void onProblem(const MonitorProblem &problem);
    void showFallBack(const MonitorProblem &why);
    void saveBookmarks();
    void restoreSettings();
    void saveSettings();

    std::unique_ptr<Session> m_session;
    QString m_rootLabel;

    EventTableModel *m_model;
    FilterBar *m_filterBar;
    EventTableView *m_view;
    FindBar *m_findBar;
    EventDetailsPane *m_details;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    CaptureStatusBar *m_statusBar;
    RulesController *m_rules;
    CaptureController *m_capture;
    ExportController *m_export;
    CaptureKeeper *m_keeper;

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
    QTimer m_statusTimer;
};
