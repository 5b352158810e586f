#include "window/mainmenus.h"

#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "events/filterbar.h"
#include "events/findbar.h"
#include "events/rulescontroller.h"
#include "events/tailfollower.h"
#include "session/spooldirectory.h"
#include "text/sessiontext.h"
#include "text/shortcuttip.h"
#include "window/capturecontroller.h"
#include "window/uisettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>

static QIcon themedIcon(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

MainMenus::MainMenus(QMainWindow *window, EventTableModel *model, EventTableView *view,
                     FilterBar *filterBar, FindBar *findBar, RulesController *rules,
                     const CaptureController *capture)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_view(view)
    , m_filterBar(filterBar)
    , m_findBar(findBar)
    , m_rules(rules)
    , m_capture(capture)
{
    createActions();
    createMenus();
    updateRecentFolders();
    updateRecentSessions();
}

void MainMenus::setCaptureState(bool running, bool readOnly, bool canStart)
{
    m_startAction->setEnabled(!running && !readOnly && canStart);
    m_stopAction->setEnabled(running);
    m_pauseAction->setEnabled(!readOnly);
    m_clearAction->setEnabled(!readOnly);
    if (readOnly && m_pauseAction->isChecked())
        m_pauseAction->setChecked(false);
}

bool MainMenus::isDisplayPaused() const
{
    return m_pauseAction->isChecked();
}

bool MainMenus::dropsFilteredEvents() const
{
    return m_dropFilteredAction->isChecked();
}

void MainMenus::setFollowing(bool on)
{
    m_followAction->setChecked(on);
}

void MainMenus::createActions()
{
    m_watchAction = new QAction(themedIcon("folder-open", "watch"), tr("&Watch Folder\u2026"), this);
    m_watchAction->setShortcut(QKeySequence::New);
    m_watchAction->setToolTip(tr("Choose a folder and start watching it"));
    connect(m_watchAction, &QAction::triggered, this, &MainMenus::watchRequested);

    m_openAction = new QAction(themedIcon("document-open", "open"), tr("&Open Session\u2026"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a CSV file saved by fsnoop"));
    connect(m_openAction, &QAction::triggered, this, &MainMenus::openRequested);

    m_exportAllAction = new QAction(themedIcon("document-save-as", "export"),
                                    tr("&Export All Events as CSV\u2026"), this);
    m_exportAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAllAction, &QAction::triggered, this, &MainMenus::exportAllRequested);
    m_exportShownAction = new QAction(tr("Export &Shown Events as CSV\u2026"), this);
    m_exportShownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportShownAction, &QAction::triggered, this, &MainMenus::exportShownRequested);

    m_sessionsAction = new QAction(tr("&Sessions\u2026"), this);
    m_sessionsAction->setToolTip(tr("The captures saved as they ran, and when they are cleaned up"));
    connect(m_sessionsAction, &QAction::triggered, this, &MainMenus::sessionsRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, m_window, &QWidget::close);

    m_startAction = new QAction(themedIcon("media-playback-start", "start"), tr("&Start"), this);
    ShortcutTip::set(m_startAction, QKeySequence(Qt::Key_F5),
                     tr("Start watching again with the same options"));
    connect(m_startAction, &QAction::triggered, this, &MainMenus::startRequested);

    m_stopAction = new QAction(themedIcon("media-playback-stop", "stop"), tr("S&top"), this);
    ShortcutTip::set(m_stopAction, QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Stop watching"));
    connect(m_stopAction, &QAction::triggered, this, &MainMenus::stopRequested);

    m_pauseAction = new QAction(themedIcon("media-playback-pause", "pause"), tr("&Pause Display"),
                                this);
    m_pauseAction->setCheckable(true);
    ShortcutTip::set(m_pauseAction, QKeySequence(Qt::CTRL | Qt::Key_P),
                     tr("Freeze the table; events are still recorded"));
    connect(m_pauseAction, &QAction::toggled, m_model, &EventTableModel::setPaused);

    m_clearAction = new QAction(themedIcon("edit-clear", "clear"), tr("&Clear"), this);
    // Ctrl+X as in Process Monitor, whose Ctrl+L is the filter (RulesController).
    ShortcutTip::set(m_clearAction, QKeySequence(Qt::CTRL | Qt::Key_X),
                     tr("Forget the events recorded so far"));
    connect(m_clearAction, &QAction::triggered, this, &MainMenus::clearRequested);

    // Off at every start, never remembered: a setting that silently loses events must be chosen.
    m_dropFilteredAction = new QAction(tr("&Drop Filtered Events"), this);
    m_dropFilteredAction->setCheckable(true);
    m_dropFilteredAction->setToolTip(tr("Do not record the events the filter rules exclude, "
                                        "for long captures of busy folders"));
    connect(m_dropFilteredAction, &QAction::toggled, this, &MainMenus::dropFilteredChanged);

    m_followAction = new QAction(tr("&Follow New Events"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    // The menu shows whether the table follows: scrolling up unticks it, End ticks it again.
    connect(m_followAction, &QAction::toggled, m_view->follower(), [this](bool on) {
        if (on != m_view->follower()->isFollowing())
            m_view->follower()->setFollowing(on);
    });
    connect(m_view->follower(), &TailFollower::followingChanged, m_followAction,
            &QAction::setChecked);

    m_findAction = new QAction(tr("&Filter by Path"), this);
    // Ctrl+F is Find (FindBar), which searches without filtering.
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusPathFilter);
    m_window->addAction(m_findAction);
}

void MainMenus::createMenus()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addAction(m_watchAction);
    m_recentMenu = file->addMenu(tr("&Recent Folders"));
    file->addAction(m_openAction);
    m_recentSessionsMenu = file->addMenu(tr("Recent S&essions"));
    m_recentSessionsMenu->setObjectName(QStringLiteral("recentSessionsMenu"));
    // Read when opened: the folder changes behind the window's back (other fsnoops, cleanup).
    connect(m_recentSessionsMenu, &QMenu::aboutToShow, this, &MainMenus::updateRecentSessions);
    file->addAction(m_sessionsAction);
    file->addSeparator();
    file->addAction(m_exportAllAction);
    file->addAction(m_exportShownAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *capture = m_window->menuBar()->addMenu(tr("&Capture"));
    capture->addAction(m_startAction);
    capture->addAction(m_stopAction);
    capture->addAction(m_pauseAction);
    capture->addAction(m_clearAction);
    capture->addSeparator();
    capture->addAction(m_dropFilteredAction);

    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->addAction(m_followAction);
    view->addAction(m_findAction);
    view->addAction(m_rules->filterAction());
    view->addAction(m_rules->highlightAction());
    QAction *showAll = view->addAction(tr("Show &All Files"));
    connect(showAll, &QAction::triggered, this, &MainMenus::showAllRequested);

    QMenu *go = m_window->menuBar()->addMenu(tr("&Go"));
    go->addActions(m_findBar->findActions());
    go->addSeparator();
    go->addActions(m_view->goActions());

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About fsnoop"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(m_window, tr("About fsnoop"),
                           tr("<h3>fsnoop %1</h3><p>Live filesystem activity monitor for the "
                              "Linux desktop.</p>")
                               .arg(QStringLiteral(FSNOOP_VERSION)));
    });

    QToolBar *bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_watchAction);
    bar->addAction(m_openAction);
    bar->addSeparator();
    bar->addAction(m_startAction);
    bar->addAction(m_stopAction);
    bar->addAction(m_pauseAction);
    bar->addAction(m_clearAction);
    bar->addAction(m_rules->filterAction());
    bar->addSeparator();
    bar->addAction(m_exportAllAction);
}

void MainMenus::updateRecentFolders()
{
    QSettings settings;
    m_recentMenu->clear();
    const QStringList folders = UiSettings::recentFolders(settings);
    for (const QString &folder : folders) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(folder));
        connect(a, &QAction::triggered, this, [this, folder] { Q_EMIT folderChosen(folder); });
    }
    m_recentMenu->setEnabled(!folders.isEmpty());
}

void MainMenus::updateRecentSessions()
{
    m_recentSessionsMenu->clear();
    // The spooled captures first (newest first), then files opened from elsewhere.
    QStringList listed;
    const QList<SpoolDirectory::Entry> spooled = SpoolDirectory::entries(m_capture->openSpoolFile());
    for (const SpoolDirectory::Entry &e : spooled) {
        if (listed.size() >= UiSettings::kMaxRecentFolders)
            break;
        if (e.locked || !e.readable)
            continue; // the running capture is the one on screen
        QAction *a = m_recentSessionsMenu->addAction(SessionText::menuLabel(e));
        a->setToolTip(QDir::toNativeSeparators(e.file));
        const QString file = e.file;
        connect(a, &QAction::triggered, this, [this, file] { Q_EMIT sessionChosen(file); });
        listed.append(e.file);
    }
    QSettings settings;
    const QStringList opened = UiSettings::recentSessions(settings);
    bool separated = false;
    for (const QString &file : opened) {
        if (listed.contains(file) || !QFileInfo::exists(file))
            continue;
        if (!separated && !listed.isEmpty())
            m_recentSessionsMenu->addSeparator();
        separated = true;
        QAction *a = m_recentSessionsMenu->addAction(QDir::toNativeSeparators(file));
        connect(a, &QAction::triggered, this, [this, file] { Q_EMIT sessionChosen(file); });
    }
    m_recentSessionsMenu->addSeparator();
    m_recentSessionsMenu->addAction(m_sessionsAction);
}
