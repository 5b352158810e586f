#pragma once

#include <QObject>

class CaptureController;
class EventTableModel;
class EventTableView;
class FilterBar;
class FindBar;
class QAction;
class QMainWindow;
class QMenu;
class RulesController;

// The window's commands: its actions with their names and shortcuts, the menu bar, the tool bar
// and the Recent menus. Apart from MainWindow so that the window says what a command does (it
// connects to the signals below) and this class where the command sits, what it is called and
// when it can be used.
class MainMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainMenus)

public:
    // Fills `window`'s menu bar and adds its tool bar. Commands that only touch one part (pause
    // the table, follow the tail, focus the path filter) are wired to that part here.
    MainMenus(QMainWindow *window, EventTableModel *model, EventTableView *view,
              FilterBar *filterBar, FindBar *findBar, RulesController *rules,
              const CaptureController *capture);

    // Start needs folders chosen before; Pause and Clear mean nothing for a saved session.
    void setCaptureState(bool running, bool readOnly, bool canStart);
    bool isDisplayPaused() const;
    bool dropsFilteredEvents() const;
    void setFollowing(bool on);
    // File > Recent Folders, from the settings.
    void updateRecentFolders();

Q_SIGNALS:
    void watchRequested();
    void openRequested();
    void exportAllRequested();
    void exportShownRequested();
    void sessionsRequested();
    void startRequested();
    void stopRequested();
    void clearRequested();
    void dropFilteredChanged();
    void showAllRequested();
    void folderChosen(const QString &folder);  // from Recent Folders
    void sessionChosen(const QString &file);   // from Recent Sessions

private:
    void createActions();
    void createMenus();
    void updateRecentSessions();

    QMainWindow *m_window;
    EventTableModel *m_model;
    EventTableView *m_view;
    FilterBar *m_filterBar;
    FindBar *m_findBar;
    RulesController *m_rules;
    const CaptureController *m_capture;

    QAction *m_watchAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_exportShownAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_dropFilteredAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentSessionsMenu = nullptr;
    QAction *m_sessionsAction = nullptr;
};
