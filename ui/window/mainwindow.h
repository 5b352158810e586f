#pragma once

#include "window/capturecontroller.h"
#include "capture/eventsource.h"
#include "core/watchoptions.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>

class CaptureKeeper;
class CaptureNotices;
class CaptureStatusBar;
class EventDetailsPane;
class EventTableModel;
class EventTableView;
class FilterBar;
class FindBar;
class MainMenus;
class QSplitter;
class RulesController;
class QTabWidget;
class QTableView;
class Session;
class SessionOpener;
class ExportController;
class WorkProgress;

// The window: the live event table with its filters, the status bar, and the menus that start a
// watch, open a saved session and export one. Other views (statistics, rename chains) are added
// as tabs beside the table with addView(); they follow the current session through
// sessionChanged() and can narrow the table with showOnlyPaths().
// The window wires its parts together; the jobs it hands off sit in their own classes: the
// actions and menus (MainMenus), reading a saved session (SessionOpener), notices about a running
// capture (CaptureNotices) and what a drop does (PathDropTarget).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addView(QWidget *view, const QString &title);

    Session *session() const { return m_session.get(); }
    EventTableModel *eventModel() const { return m_model; }
    RulesController *rules() const { return m_rules; }
    QTableView *eventView() const;
    EventSource *source() const { return m_capture->source(); }
    const CaptureController *capture() const { return m_capture; }

    // Starts a live capture into a new session. Returns false (and tells the user) on failure.
    bool startWatching(const WatchOptions &options);
    // Watches `folder` with the last used options.
    bool watchFolder(const QString &folder);
    // Opens a session file or a CSV written by fsnoop, read-only. Returns false (and tells the
    // user) on failure. A session file opens progressively: this returns with its first rows
    // shown, and the rest follows in the background (isLoading(), sessionLoaded()).
    bool openSession(const QString &fileName);
    bool isLoading() const;
    void cancelLoading();

    // At start: offers to reopen captures that a crash or kill ended (CrashedCaptureOffer), then
    // applies the sessions folder's cleanup rule (SpoolCleanup).
    void reviewSpooledSessions();
    void showSessions(); // File > Sessions

    void showOnlyPaths(const QSet<quint32> &pathIds);
    void showOnlyProcesses(const QSet<quint32> &processIds); // ProcessTable ids
    // Watches the current folders again (or asks for one) with the fanotify helper.
    void watchWithProcessInformation();
    void clearPathFilter();

public Q_SLOTS:
    // Closes the window keeping the capture without a question (CaptureKeeper::keepWithoutAsking):
    // for SIGTERM, SIGINT, SIGHUP and FSNOOP_QUIT_AFTER_MS, where nobody is there to answer.
    void closeKeepingCapture();
    void stopWatching();
    void chooseFolder(); // the watch dialog

Q_SIGNALS:
    void sessionChanged(Session *session);
    // The live capture ended (stopped by the user, or the source ended on its own).
    void captureStopped();
    // A progressively opened session file was read to the end (complete), or was not (cancelled
    // or a read error, which the user was told about).
    void sessionLoaded(bool complete);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setSession(std::unique_ptr<Session> session);
    void onFilterFinished();
    void chooseSession();
    void resumeWatching();
    void clearEvents();
    void updateActions();
    void updateStatus();
    void updateDropRules();
    void updateTitle();
    void updateDetails();
    void showProblems();
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
    CaptureNotices *m_notices;
    MainMenus *m_menus = nullptr;
    SessionOpener *m_opener = nullptr;
    WorkProgress *m_filterProgress;
    WorkProgress *m_copyProgress;

    QTimer m_statusTimer;
    bool m_askOnClose = true; // false: closeKeepingCapture()
};
