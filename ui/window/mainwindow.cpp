#include "window/mainwindow.h"

#include "window/capturebudget.h"
#include "window/capturekeeper.h"
#include "window/capturestatusbar.h"
#include "window/crashedcaptureoffer.h"
#include "window/sessionsdialog.h"
#include "session/spoolcleanup.h"
#include "session/spooldirectory.h"
#include "text/sessiontext.h"
#include "session/sessionfileerrortext.h"
#include "io/csvreader.h"
#include "events/eventdetailspane.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "events/filterbar.h"
#include "events/findbar.h"
#include "events/tailfollower.h"
#include "events/rulescontroller.h"
#include "window/problemsdialog.h"
#include "text/problemtext.h"
#include "core/session.h"
#include "window/exportcontroller.h"
#include "io/sessionfilereader.h"
#include "session/sessionfileerrortext.h"
#include "session/sessionloader.h"
#include "session/sessionstreamer.h"
#include "uilogging.h"
#include "window/uisettings.h"
#include "window/watchdialog.h"
#include "window/workprogress.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>
#include <utility>

static void initResources()
{
    // fsnoop_ui is a static library: its .qrc must be registered by hand (Qt resource docs).
    Q_INIT_RESOURCE(fsnoop);
}

static QIcon themedIcon(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::make_unique<Session>())
    , m_model(new EventTableModel(this))
    , m_filterBar(new FilterBar(this))
    , m_view(new EventTableView(m_model, this))
    , m_findBar(new FindBar(m_view, this))
    , m_details(new EventDetailsPane(m_model, this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_statusBar(new CaptureStatusBar(this))
    , m_rules(new RulesController(m_model, m_filterBar, this))
    , m_capture(new CaptureController(this))
    , m_export(new ExportController(this))
    , m_keeper(new CaptureKeeper(this, m_export, m_capture))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/fsnoop.svg")));

    connect(m_view, &EventTableView::showOnlyPathsRequested, this, &MainWindow::showOnlyPaths);
    connect(m_view, &EventTableView::ruleRequested, m_rules, &RulesController::addFilterRule);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_findBar);
    m_tabs->addTab(tablePage, tr("Events"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true); // a lone "Events" tab says nothing; others add tabs

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_details);
    // The table takes any extra height; the details pane keeps its few lines.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({600, 7 * m_details->fontMetrics().height()});
    setCentralWidget(m_splitter);

    connect(m_filterBar, &FilterBar::criteriaChanged, m_model, &EventTableModel::setCriteria);
    connect(m_model, &EventTableModel::filterChanged, this, [this] {
        m_filterBar->setCriteria(m_model->criteria());
        m_filterBar->setRegexValid(m_model->isFilterValid());
    });
    connect(m_model, &EventTableModel::countsChanged, this, [this] {
        m_filterBar->setCounts(m_model->shownCount(), m_model->totalCount());
        m_statusBar->setEventCount(m_model->totalCount());
    });
    connect(m_model, &EventTableModel::bookmarksChanged, this, &MainWindow::saveBookmarks);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
    // A filter (or "Hide This File") resets the rows: the pane must not keep showing an event
    // the table no longer shows; the view selects the kept row again afterwards, if any.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateDetails);
    // The pane describes the table's selection: beside statistics or renames it means nothing.
    connect(m_tabs, &QTabWidget::currentChanged, m_details,
            [this](int index) { m_details->setVisible(index == 0); });

    createActions();
    createMenus();
    setStatusBar(m_statusBar);
    // Long jobs say how far they are, beside the counts, and can be stopped there.
    m_loadProgress = new WorkProgress(m_statusBar);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_filterProgress = new WorkProgress(m_statusBar);
    m_filterProgress->setObjectName(QStringLiteral("filterProgress"));
    m_statusBar->addPermanentWidget(m_loadProgress);
    m_statusBar->addPermanentWidget(m_filterProgress);
    connect(m_loadProgress, &WorkProgress::cancelRequested, this, &MainWindow::cancelLoading);
    connect(m_filterProgress, &WorkProgress::cancelRequested, m_model,
            &EventTableModel::cancelFilter);
    connect(m_model, &EventTableModel::filterProgress, this, [this](qint64 done, qint64 total) {
        if (m_filterProgress->isHidden())
            m_filterProgress->start(tr("Filtering\u2026"));
        m_filterProgress->setProgress(done, total);
    });
    connect(m_model, &EventTableModel::filterFinished, this, &MainWindow::onFilterFinished);
    connect(m_statusBar, &CaptureStatusBar::warningsRequested, this, &MainWindow::showProblems);

    connect(m_capture, &CaptureController::stateChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_capture, &CaptureController::foldersScanned, m_statusBar,
            &CaptureStatusBar::showScannedFolders);
    connect(m_capture, &CaptureController::setupFinished, this, &MainWindow::updateStatus);
    connect(m_capture, &CaptureController::stopped, this, [this] {
        updateActions();
        updateStatus();
        Q_EMIT captureStopped();
    });
    connect(m_capture, &CaptureController::folderNeeded, this, &MainWindow::chooseFolder);
    connect(m_capture, &CaptureController::fellBackToInotify, this, &MainWindow::showFallBack);
    connect(m_capture, &CaptureController::spoolFailed, this, &MainWindow::showSpoolFailure);

    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    restoreSettings();
    setSession(std::make_unique<Session>());
}

MainWindow::~MainWindow()
{
    // The source and the loader feed the session and the model reads it: stop them first.
    m_capture->shutDown();
    stopLoading();
    m_model->setSession(nullptr);
}

QTableView *MainWindow::eventView() const
{
    return m_view;
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    m_tabs->addTab(view, title);
}

void MainWindow::createActions()
{
    m_watchAction = new QAction(themedIcon("folder-open", "watch"), tr("&Watch Folder\u2026"), this);
    m_watchAction->setShortcut(QKeySequence::New);
    m_watchAction->setToolTip(tr("Choose a folder and start watching it"));
    connect(m_watchAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_openAction = new QAction(themedIcon("document-open", "open"), tr("&Open Session\u2026"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a CSV file saved by fsnoop"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseSession);

    m_exportAllAction = new QAction(themedIcon("document-save-as", "export"),
                                    tr("&Export All Events as CSV\u2026"), this);
    m_exportAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAllAction, &QAction::triggered, this, [this] { m_export->exportCsv(m_session.get()); });
    m_exportShownAction = new QAction(tr("Export &Shown Events as CSV\u2026"), this);
    m_exportShownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportShownAction, &QAction::triggered, this, [this] { m_export->exportCsv(m_session.get(), m_model); });

    m_sessionsAction = new QAction(tr("&Sessions\u2026"), this);
    m_sessionsAction->setToolTip(tr("The captures saved as they ran, and when they are cleaned up"));
    connect(m_sessionsAction, &QAction::triggered, this, &MainWindow::showSessions);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_startAction = new QAction(themedIcon("media-playback-start", "start"), tr("&Start"), this);
    m_startAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_startAction->setToolTip(tr("Start watching again with the same options (F5)"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::resumeWatching);

    m_stopAction = new QAction(themedIcon("media-playback-stop", "stop"), tr("S&top"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setToolTip(tr("Stop watching (Shift+F5)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopWatching);

    m_pauseAction = new QAction(themedIcon("media-playback-pause", "pause"), tr("&Pause Display"),
                                this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setToolTip(tr("Freeze the table; events are still recorded (Ctrl+P)"));
    connect(m_pauseAction, &QAction::toggled, m_model, &EventTableModel::setPaused);

    m_clearAction = new QAction(themedIcon("edit-clear", "clear"), tr("&Clear"), this);
    // Ctrl+X as in Process Monitor, whose Ctrl+L is the filter (RulesController).
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_X));
    m_clearAction->setToolTip(tr("Forget the events recorded so far (Ctrl+X)"));
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearEvents);

    // Off at every start, never remembered: a setting that silently loses events must be chosen.
    m_dropFilteredAction = new QAction(tr("&Drop Filtered Events"), this);
    m_dropFilteredAction->setCheckable(true);
    m_dropFilteredAction->setToolTip(tr("Do not record the events the filter rules exclude, "
                                        "for long captures of busy folders"));
    connect(m_dropFilteredAction, &QAction::toggled, this, &MainWindow::updateDropRules);
    connect(m_model, &EventTableModel::filterChanged, this, &MainWindow::updateDropRules);

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
    addAction(m_findAction);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_watchAction);
    m_recentMenu = file->addMenu(tr("&Recent Folders"));
    file->addAction(m_openAction);
    m_recentSessionsMenu = file->addMenu(tr("Recent S&essions"));
    m_recentSessionsMenu->setObjectName(QStringLiteral("recentSessionsMenu"));
    // Read when opened: the folder changes behind the window's back (other fsnoops, cleanup).
    connect(m_recentSessionsMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentSessionsMenu);
    file->addAction(m_sessionsAction);
    file->addSeparator();
    file->addAction(m_exportAllAction);
    file->addAction(m_exportShownAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *capture = menuBar()->addMenu(tr("&Capture"));
    capture->addAction(m_startAction);
    capture->addAction(m_stopAction);
    capture->addAction(m_pauseAction);
    capture->addAction(m_clearAction);
    capture->addSeparator();
    capture->addAction(m_dropFilteredAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_followAction);
    view->addAction(m_findAction);
    view->addAction(m_rules->filterAction());
    view->addAction(m_rules->highlightAction());
    QAction *showAll = view->addAction(tr("Show &All Files"));
    connect(showAll, &QAction::triggered, this, &MainWindow::clearPathFilter);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions(m_findBar->findActions());
    go->addSeparator();
    go->addActions(m_view->goActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About fsnoop"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About fsnoop"),
                           tr("<h3>fsnoop %1</h3><p>Live filesystem activity monitor for the "
                              "Linux desktop.</p>")
                               .arg(QStringLiteral(FSNOOP_VERSION)));
    });

    QToolBar *bar = addToolBar(tr("Main"));
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

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    // The model and other views let go of the old session before it is destroyed, at the end of
    // this function.
    const std::unique_ptr<Session> old = std::exchange(m_session, std::move(session));
    m_capture->setSession(m_session.get());
    connect(m_session.get(), &Session::problemReported, this, &MainWindow::onProblem);
    EventFilter::Criteria c = m_model->criteria();
    c.onlyPaths.clear(); // path ids belong to the old session
    c.hiddenPaths.clear();
    c.onlyProcesses.clear();
    m_model->setSession(m_session.get());
    m_model->setCriteria(c);
    m_rules->setSession(m_session.get());
    m_statusBar->restartRate();
    Q_EMIT sessionChanged(m_session.get());
    updateActions();
    updateStatus();
    updateTitle();
    updateDetails();
}

bool MainWindow::startWatching(const WatchOptions &options)
{
    if (options.roots.isEmpty())
        return false;
    if (!m_keeper->mayDiscard(m_session.get(), CaptureKeeper::Reason::NewWatch))
        return false;
    stopWatching();
    stopLoading();
    m_capture->setOptions(options);
    m_rootLabel = QFile::decodeName(options.roots.first());
    auto session = std::make_unique<Session>();
    // A capture left running for days must not eat the machine: past the budget the oldest
    // chunk goes and the status bar counts what was dropped (the spool file keeps them).
    QSettings budget;
    session->setEventCap(CaptureBudget::eventCap(budget));
    setSession(std::move(session));
    resumeWatching();
    if (!m_capture->source())
        return false;
    QSettings settings;
    UiSettings::setWatchOptions(settings, options);
    UiSettings::addRecentFolder(settings, m_rootLabel);
    updateRecentMenu();
    return true;
}

bool MainWindow::watchFolder(const QString &folder)
{
    QSettings settings;
    WatchOptions o = UiSettings::watchOptions(settings);
    o.roots = {QFile::encodeName(QFileInfo(folder).absoluteFilePath())};
    if (!QFileInfo(folder).isDir()) {
        QMessageBox::warning(this, tr("Watch Folder"),
                             tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    return startWatching(o);
}

void MainWindow::resumeWatching()
{
    m_capture->resume();
}

void MainWindow::stopWatching()
{
    m_capture->stop();
}

void MainWindow::chooseFolder()
{
    QSettings settings;
    WatchDialog dialog(this);
    WatchOptions o = UiSettings::watchOptions(settings);
    if (!m_capture->options().roots.isEmpty()) {
        o.roots = m_capture->options().roots;
        o.backend = m_capture->options().backend; // chosen in this run: offered again
    } else if (!UiSettings::recentFolders(settings).isEmpty())
        o.roots = {QFile::encodeName(UiSettings::recentFolders(settings).first())};
    dialog.setOptions(o);
    if (dialog.exec() == QDialog::Accepted)
        startWatching(dialog.options());
}

void MainWindow::chooseSession()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Session"), QString(),
                                                      tr("Sessions (*.fsnoop *.csv);;All files (*)"));
    if (!file.isEmpty())
        openSession(file);
}

bool MainWindow::openSession(const QString &fileName)
{
    if (!m_keeper->mayDiscard(m_session.get(), CaptureKeeper::Reason::OpenSession))
        return false;
    stopWatching();
    stopLoading();
    CsvError error;
    auto *streamer = new SessionStreamer(this);
    std::unique_ptr<Session> loaded = SessionLoader::open(fileName, &error, this, streamer);
    if (!loaded) {
        delete streamer;
        if (error.code != CsvError::Cancelled)
            SessionLoader::report(this, tr("Open Session"),
                                  SessionLoader::failureText(fileName, error), true);
        return false;
    }
    if (loaded->origin().isEmpty())
        loaded->setOrigin(fileName);
    if (!SpoolDirectory::contains(fileName)) {
        QSettings settings;
        UiSettings::addRecentSession(settings, QFileInfo(fileName).absoluteFilePath());
    }
    WatchOptions options = m_capture->options();
    options.roots.clear();
    m_capture->setOptions(options);
    m_rootLabel.clear();
    setSession(std::move(loaded));
    m_streamer = streamer;
    if (streamer->isLoading()) {
        m_loadProgress->start(tr("Opening %1\u2026").arg(QFileInfo(fileName).fileName()));
        m_loadProgress->setProgress(streamer->loadedCount(), streamer->totalCount());
        connect(streamer, &SessionStreamer::progress, m_loadProgress, &WorkProgress::setProgress);
        connect(streamer, &SessionStreamer::finished, this,
                [this, fileName] { onLoadFinished(fileName); });
    } else if (streamer->endError().code != SessionFileError::None) {
        onLoadFinished(fileName); // it ended (badly) before we listened
    } else {
        stopLoading(); // read whole already, or a CSV
    }
    if (error.incompleteLastLine > 0)
        SessionLoader::report(this, tr("Open Session"),
                              SessionLoader::incompleteText(fileName, error), false);
    return true;
}

bool MainWindow::isLoading() const
{
    return m_streamer && m_streamer->isLoading();
}

void MainWindow::cancelLoading()
{
    if (m_streamer)
        m_streamer->cancel();
}

void MainWindow::stopLoading()
{
    // Deleting the streamer stops its reader and drops the chunks still queued for the session.
    delete std::exchange(m_streamer, nullptr);
    m_loadProgress->finish();
}

void MainWindow::onLoadFinished(const QString &fileName)
{
    m_loadProgress->finish();
    SessionStreamer *const streamer = std::exchange(m_streamer, nullptr);
    if (!streamer)
        return;
    const qint64 loaded = streamer->loadedCount();
    const qint64 total = streamer->totalCount();
    const SessionFileError failure = streamer->endError();
    streamer->deleteLater(); // we may be in its signal
    const bool complete = failure.code == SessionFileError::None;
    qCDebug(lcUi, "session loaded: %lld of %lld events", loaded, total);
    if (failure.code == SessionFileError::Cancelled) {
        m_statusBar->showMessage(tr("Opening stopped: %1 of %2 events were loaded.")
                                     .arg(QLocale().toString(loaded), QLocale().toString(total)));
    } else if (!complete) {
        SessionLoader::report(this, tr("Open Session"),
                              SessionLoader::partialText(fileName, failure, loaded), true);
    }
    updateStatus();
    updateTitle();
    Q_EMIT sessionLoaded(complete);
}

void MainWindow::onFilterFinished()
{
    m_filterProgress->finish();
    const QString partial = tr("Filter stopped: the table shows the matches found so far. "
                               "Change the filter to search again.");
    if (m_model->isFilterPartial())
        m_statusBar->showMessage(partial);
    else if (m_statusBar->currentMessage() == partial)
        m_statusBar->clearMessage(); // a complete filter since: no longer true
}

void MainWindow::clearEvents()
{
    if (m_session->isReadOnly())
        return;
    m_session->clear();
    m_statusBar->rebaseRate();
    updateStatus();
    updateDetails();
}

void MainWindow::showOnlyPaths(const QSet<quint32> &pathIds)
{
    m_model->showOnlyPaths(pathIds);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::showOnlyProcesses(const QSet<quint32> &processIds)
{
    m_model->showOnlyProcesses(processIds);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::watchWithProcessInformation()
{
    WatchOptions options = m_capture->options();
    if (options.roots.isEmpty()) {
        chooseFolder(); // the dialog has the "with process information" box
        return;
    }
    options.backend = WatchOptions::Backend::Fanotify;
    startWatching(options);
}

void MainWindow::clearPathFilter()
{
    m_model->clearPathRestriction();
}

void MainWindow::updateActions()
{
    const bool running = m_capture->isRunning();
    const bool readOnly = m_session->isReadOnly();
    m_startAction->setEnabled(!running && !readOnly && !m_capture->options().roots.isEmpty());
    m_stopAction->setEnabled(running);
    m_pauseAction->setEnabled(!readOnly);
    m_clearAction->setEnabled(!readOnly);
    if (readOnly && m_pauseAction->isChecked())
        m_pauseAction->setChecked(false);
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString what;
    if (m_session->isReadOnly())
        what = tr("%1 (read-only)").arg(QFileInfo(m_session->origin()).fileName());
    else if (!m_rootLabel.isEmpty())
        what = QDir::toNativeSeparators(m_rootLabel);
    setWindowTitle(what.isEmpty() ? QStringLiteral("fsnoop")
                                  : QStringLiteral("%1 \u2014 fsnoop").arg(what));

    const bool running = m_capture->isRunning();
    if (m_session->isReadOnly())
        m_statusBar->setStateText(tr("Session %1 (read-only)")
                                      .arg(QDir::toNativeSeparators(m_session->origin())));
    else if (running)
        m_statusBar->setStateText(m_pauseAction->isChecked()
                                      ? tr("Watching %1 (display paused)").arg(what)
                                      : tr("Watching %1").arg(what));
    else if (!m_rootLabel.isEmpty())
        m_statusBar->setStateText(tr("Stopped"));
    else
        m_statusBar->setStateText(tr("Choose a folder to watch (Ctrl+N), or drop one here"));
}

void MainWindow::updateStatus()
{
    m_statusBar->refresh(*m_session, m_capture->source(), m_capture->watchedDirs());
    const bool live = !m_session->isReadOnly();
    m_statusBar->setSpool(live ? m_capture->spoolFile() : QString(),
                          live ? m_capture->unspooledEvents() : 0);
    m_statusBar->setWatchScope(m_capture->isRunning() ? &m_capture->options() : nullptr);
    m_statusBar->setRuleDrops(m_dropFilteredAction->isChecked(), m_capture->droppedByRules());
    m_filterBar->setCounts(m_model->shownCount(), m_model->totalCount());
    updateTitle();
}

void MainWindow::updateDropRules()
{
    m_capture->setDropRules(m_dropFilteredAction->isChecked() ? m_model->rules().rules()
                                                               : FilterRules());
    updateStatus();
}

void MainWindow::onProblem(const MonitorProblem &problem)
{
    qCInfo(lcUi, "problem %d on %s (errno %d)", int(problem.kind), problem.path.constData(),
           problem.errnum);
    updateStatus();
    statusBar()->showMessage(ProblemText::summary(problem), 8000);
}

void MainWindow::showFallBack(const MonitorProblem &why)
{
    QString text = tr("Process information is not available, so fsnoop goes on watching with "
                      "inotify, without it. The events captured so far are kept.");
    if (why.kind != MonitorProblem::None)
        text = ProblemText::summary(why) + QStringLiteral("\n\n") + text;
    statusBar()->showMessage(tr("Watching without process information"), 8000);
    // open(), not exec(): capture goes on behind the message instead of waiting for a click.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Watching Without Process Information"),
                                text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showSpoolFailure(const QString &fileName, const SessionFileError &error)
{
    const QString text = tr("The capture cannot be saved to %1: %2")
                             .arg(QDir::toNativeSeparators(fileName),
                                  SessionFileErrorText::describe(error));
    statusBar()->showMessage(text, 8000);
    updateStatus();
    // open(), not exec(): the capture goes on in memory behind the message.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Capture Not Saved"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("spoolFailedBox"));
    box->setInformativeText(tr("Capturing goes on in memory only: export the events before "
                               "closing the window, or free some space and start again."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::reviewSpooledSessions()
{
    const QString file = CrashedCaptureOffer::ask(this);
    QSettings settings;
    SpoolCleanup::apply(SpoolCleanup::rule(settings), m_capture->openSpoolFile());
    if (!file.isEmpty())
        openSession(file);
}

void MainWindow::showSessions()
{
    SessionsDialog dialog(m_capture->openSpoolFile(), this);
    QString chosen;
    connect(&dialog, &SessionsDialog::openRequested, this,
            [&chosen](const QString &file) { chosen = file; });
    dialog.exec();
    if (!chosen.isEmpty())
        openSession(chosen);
}

void MainWindow::updateRecentSessionsMenu()
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
        connect(a, &QAction::triggered, this, [this, file] { openSession(file); });
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
        connect(a, &QAction::triggered, this, [this, file] { openSession(file); });
    }
    m_recentSessionsMenu->addSeparator();
    m_recentSessionsMenu->addAction(m_sessionsAction);
}

void MainWindow::showProblems()
{
    ProblemsDialog dialog(this);
    dialog.setProblems(m_session->problems());
    dialog.exec();
}

void MainWindow::updateRecentMenu()
{
    QSettings settings;
    m_recentMenu->clear();
    const QStringList folders = UiSettings::recentFolders(settings);
    for (const QString &folder : folders) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(folder));
        connect(a, &QAction::triggered, this, [this, folder] { watchFolder(folder); });
    }
    m_recentMenu->setEnabled(!folders.isEmpty());
}

void MainWindow::updateDetails()
{
    m_details->showRow(m_view->currentIndex());
}

static QString droppedPath(const QMimeData *mime, bool *isDir)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QFileInfo info(mime->urls().first().toLocalFile());
    *isDir = info.isDir();
    if (info.isDir() || (info.isFile() && info.suffix().compare(QLatin1String("csv"),
                                                               Qt::CaseInsensitive) == 0))
        return info.absoluteFilePath();
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    bool isDir = false;
    if (!droppedPath(event->mimeData(), &isDir).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    bool isDir = false;
    const QString path = droppedPath(event->mimeData(), &isDir);
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Let the drag finish before a possibly long set-up or load starts.
    QTimer::singleShot(0, this, [this, path, isDir] {
        if (isDir)
            watchFolder(path);
        else
            openSession(path);
    });
}

void MainWindow::saveBookmarks()
{
    // Bookmarks live in the session file (its `bookmarks` table); a live capture or a CSV has no
    // place for them, so they last as long as the session does.
    const QString file = m_session->origin();
    if (file.isEmpty() || !SessionFileReader::looksLikeSessionFile(file)) {
        statusBar()->showMessage(tr("Bookmarks are kept in .fsnoop session files only; these "
                                    "last until the session is closed"),
                                 8000);
        return;
    }
    SessionFileReader writer;
    if (!writer.open(file) || !writer.saveBookmarks(m_session->bookmarks()))
        statusBar()->showMessage(tr("Cannot save the bookmarks in %1: %2")
                                     .arg(QDir::toNativeSeparators(file),
                                          SessionFileErrorText::describe(writer.error())),
                                 15000);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: most of the screen, the table needs the width.
        const QRect avail = screen()->availableGeometry();
        resize(qMin(1320, avail.width() * 9 / 10), qMin(840, avail.height() * 9 / 10));
        move(avail.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    // setColumnLayout() fits the content columns: saved in another language, or before a wider
    // value came.
    m_view->setColumnLayout(UiSettings::columnLayout(settings));
    m_followAction->setChecked(settings.value(QStringLiteral("view/follow"), true).toBool());
    const EventFilter::Criteria c = UiSettings::filter(settings);
    m_filterBar->setCriteria(c);
    m_model->setCriteria(c);
    m_rules->restore(settings);
    updateRecentMenu();
    updateRecentSessionsMenu();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    UiSettings::setColumnLayout(settings, m_view->columnLayout());
    settings.setValue(QStringLiteral("view/follow"), !m_view->follower()->isTurnedOff());
    UiSettings::setFilter(settings, m_model->criteria());
    m_rules->save(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_keeper->mayDiscard(m_session.get(), CaptureKeeper::Reason::Quit)) {
        event->ignore();
        return;
    }
    saveSettings();
    m_export->cancel();
    QMainWindow::closeEvent(event);
}
