#include "window/mainwindow.h"

#include "window/capturebudget.h"
#include "window/capturekeeper.h"
#include "window/capturenotices.h"
#include "window/capturestatusbar.h"
#include "window/crashedcaptureoffer.h"
#include "window/sessionsdialog.h"
#include "session/spoolcleanup.h"
#include "session/sessionfileerrortext.h"
#include "events/eventdetailspane.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "events/filterbar.h"
#include "events/rowcopyjob.h"
#include "events/findbar.h"
#include "events/tailfollower.h"
#include "events/rulescontroller.h"
#include "window/pathdroptarget.h"
#include "window/problemsdialog.h"
#include "window/sessionopener.h"
#include "core/session.h"
#include "window/exportcontroller.h"
#include "window/mainmenus.h"
#include "io/sessionfilereader.h"
#include "window/uisettings.h"
#include "window/watchdialog.h"
#include "window/workprogress.h"
#include "uilogging.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <utility>

static void initResources()
{
    // fsnoop_ui is a static library: its .qrc must be registered by hand (Qt resource docs).
    Q_INIT_RESOURCE(fsnoop);
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
    , m_notices(new CaptureNotices(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fsnoop.svg")));
    auto *dropTarget = new PathDropTarget(this);
    connect(dropTarget, &PathDropTarget::folderDropped, this, &MainWindow::watchFolder);
    connect(dropTarget, &PathDropTarget::sessionDropped, this, &MainWindow::openSession);

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
    connect(m_tabs, &QTabWidget::currentChanged, m_details, [this](int index) {
        m_details->setVisible(index == 0);
        // For the scripts that drive the window: a key that switches tabs is only done once this
        // says so (tests/ui/processes-window.sh).
        qCDebug(lcUi, "tab shown: %s", m_tabs->widget(index)->metaObject()->className());
    });

    m_menus = new MainMenus(this, m_model, m_view, m_filterBar, m_findBar, m_rules, m_capture);
    connect(m_menus, &MainMenus::watchRequested, this, &MainWindow::chooseFolder);
    connect(m_menus, &MainMenus::openRequested, this, &MainWindow::chooseSession);
    connect(m_menus, &MainMenus::exportAllRequested, this,
            [this] { m_export->exportCsv(m_session.get()); });
    connect(m_menus, &MainMenus::exportShownRequested, this,
            [this] { m_export->exportCsv(m_session.get(), m_model); });
    connect(m_menus, &MainMenus::sessionsRequested, this, &MainWindow::showSessions);
    connect(m_menus, &MainMenus::startRequested, this, &MainWindow::resumeWatching);
    connect(m_menus, &MainMenus::stopRequested, this, &MainWindow::stopWatching);
    connect(m_menus, &MainMenus::clearRequested, this, &MainWindow::clearEvents);
    connect(m_menus, &MainMenus::dropFilteredChanged, this, &MainWindow::updateDropRules);
    connect(m_model, &EventTableModel::filterChanged, this, &MainWindow::updateDropRules);
    connect(m_menus, &MainMenus::showAllRequested, this, &MainWindow::clearPathFilter);
    connect(m_menus, &MainMenus::folderChosen, this, &MainWindow::watchFolder);
    connect(m_menus, &MainMenus::sessionChosen, this, &MainWindow::openSession);
    setStatusBar(m_statusBar);
    // Long jobs say how far they are, beside the counts, and can be stopped there.
    m_opener = new SessionOpener(this, m_statusBar);
    connect(m_opener, &SessionOpener::finished, this, [this](bool complete) {
        updateStatus();
        updateTitle();
        Q_EMIT sessionLoaded(complete);
    });
    m_filterProgress = new WorkProgress(m_statusBar);
    m_filterProgress->setObjectName(QStringLiteral("filterProgress"));
    connect(m_filterProgress, &WorkProgress::cancelRequested, m_model,
            &EventTableModel::cancelFilter);
    connect(m_model, &EventTableModel::filterProgress, this, [this](qint64 done, qint64 total) {
        m_filterProgress->setProgress(tr("Filtering\u2026"), done, total);
    });
    connect(m_model, &EventTableModel::filterFinished, this, &MainWindow::onFilterFinished);
    // A Copy of many rows goes in slices (RowCopyJob); one too big for the clipboard is exported.
    m_copyProgress = new WorkProgress(m_statusBar);
    m_copyProgress->setObjectName(QStringLiteral("copyProgress"));
    RowCopyJob *copy = m_view->copyJob();
    connect(m_copyProgress, &WorkProgress::cancelRequested, copy, &RowCopyJob::cancel);
    connect(copy, &RowCopyJob::progress, this, [this](qint64 done, qint64 total) {
        m_copyProgress->setProgress(tr("Copying %Ln row(s)\u2026", nullptr, int(total)), done, total);
    });
    connect(copy, &RowCopyJob::finished, this, [this, copy](bool copied) {
        if (m_copyProgress->isHidden())
            return; // done in one slice: nothing to tell
        m_copyProgress->finish();
        m_statusBar->showMessage(copied ? tr("Copied %Ln row(s).", nullptr, int(copy->total()))
                                        : copy->errorString(),
                                 5000);
    });
    connect(m_view, &EventTableView::exportSelectedRequested, this, [this] {
        // "All" is every shown row: the export of the shown events, without a list of serials.
        if (m_view->isAllSelected())
            m_export->exportCsv(m_session.get(), m_model);
        else
            m_export->exportSerials(m_session.get(), m_view->selectedSerials());
    });
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
    connect(m_capture, &CaptureController::fellBackToInotify, m_notices,
            &CaptureNotices::showFallBack);
    connect(m_capture, &CaptureController::spoolFailed, m_notices,
            &CaptureNotices::showSpoolFailure);
    connect(m_notices, &CaptureNotices::statusStale, this, &MainWindow::updateStatus);

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
    m_opener->stop();
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

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    // The model and other views let go of the old session before it is destroyed, at the end of
    // this function.
    const std::unique_ptr<Session> old = std::exchange(m_session, std::move(session));
    m_capture->setSession(m_session.get());
    connect(m_session.get(), &Session::problemReported, m_notices, &CaptureNotices::showProblem);
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
    m_opener->stop();
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
    m_menus->updateRecentFolders();
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
    WatchOptions o = UiSettings::watchOptions(settings);
    if (!m_capture->options().roots.isEmpty()) {
        o.roots = m_capture->options().roots;
        o.backend = m_capture->options().backend; // chosen in this run: offered again
    } else if (!UiSettings::recentFolders(settings).isEmpty())
        o.roots = {QFile::encodeName(UiSettings::recentFolders(settings).first())};
    WatchDialog dialog(o, this);
    if (dialog.exec() == QDialog::Accepted)
        startWatching(dialog.options());
}

void MainWindow::chooseSession()
{
    const QString file = m_opener->chooseFile();
    if (!file.isEmpty())
        openSession(file);
}

bool MainWindow::openSession(const QString &fileName)
{
    if (!m_keeper->mayDiscard(m_session.get(), CaptureKeeper::Reason::OpenSession))
        return false;
    stopWatching();
    std::unique_ptr<Session> loaded = m_opener->open(fileName);
    if (!loaded)
        return false;
    WatchOptions options = m_capture->options();
    options.roots.clear();
    m_capture->setOptions(options);
    m_rootLabel.clear();
    setSession(std::move(loaded));
    m_opener->follow(fileName);
    return true;
}

bool MainWindow::isLoading() const
{
    return m_opener->isLoading();
}

void MainWindow::cancelLoading()
{
    m_opener->cancel();
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
    // What the table no longer shows must not come back through Keep or a crash: the spool
    // file of those events goes, and the capture goes on in a new one.
    m_capture->restartSpool();
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
    m_menus->setCaptureState(m_capture->isRunning(), m_session->isReadOnly(),
                             !m_capture->options().roots.isEmpty());
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
        m_statusBar->setStateText(m_menus->isDisplayPaused()
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
    m_statusBar->setRuleDrops(m_menus->dropsFilteredEvents(), m_capture->droppedByRules());
    m_filterBar->setCounts(m_model->shownCount(), m_model->totalCount());
    updateTitle();
}

void MainWindow::updateDropRules()
{
    m_capture->setDropRules(m_menus->dropsFilteredEvents() ? m_model->rules().rules()
                                                               : FilterRules());
    updateStatus();
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

void MainWindow::showProblems()
{
    ProblemsDialog dialog(m_session->problems(), this);
    dialog.exec();
}

void MainWindow::updateDetails()
{
    m_details->showRow(m_view->currentIndex());
}

void MainWindow::saveBookmarks()
{
    // Bookmarks live in the session file (its `bookmarks` table): a live capture's go to its
    // spool file, a reopened file's into that file. A CSV, or a capture whose spool could not be
    // written, has no place for them, so they last as long as the session does.
    if (!m_session->isReadOnly() && m_capture->spoolBookmarks())
        return;
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
    m_menus->setFollowing(settings.value(QStringLiteral("view/follow"), true).toBool());
    const EventFilter::Criteria c = UiSettings::filter(settings);
    m_filterBar->setCriteria(c);
    m_model->setCriteria(c);
    m_rules->restore(settings);
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

void MainWindow::closeKeepingCapture()
{
    m_askOnClose = false;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_askOnClose) {
        m_keeper->keepWithoutAsking(m_session.get());
    } else if (!m_keeper->mayDiscard(m_session.get(), CaptureKeeper::Reason::Quit)) {
        event->ignore();
        return;
    }
    saveSettings();
    m_export->cancel();
    QMainWindow::closeEvent(event);
}
