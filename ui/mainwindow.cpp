#include "mainwindow.h"

#include "csvreader.h"
#include "eventnames.h"
#include "eventsourcefactory.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "pathtable.h"
#include "problemsdialog.h"
#include "problemtext.h"
#include "session.h"
#include "sessionexporter.h"
#include "uilogging.h"
#include "uisettings.h"
#include "watchdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>

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
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_stateLabel(new QLabel(this))
    , m_dirsLabel(new QLabel(this))
    , m_eventsLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_droppedLabel(new QLabel(this))
    , m_overflowLabel(new QLabel(this))
    , m_warningButton(new QToolButton(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/fsnoop.svg")));

    // The table: a million rows stay cheap only with fixed row heights and no per-row header.
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("eventTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Initial widths from what the columns hold, in this language (a translated header or
    // "Folder" can be much wider than the English one); the user's widths are restored later.
    const QFontMetrics fm = m_view->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {11, 10, 13, 36, 0, 6, 5, 8, 0};
    for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
        int w = widths[c] * em;
        w = qMax(w, fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 2 * em);
        header->resizeSection(c, w);
    }
    header->resizeSection(EventTableModel::KindColumn,
                          qMax(header->sectionSize(EventTableModel::KindColumn),
                               qMax(fm.horizontalAdvance(EventTableModel::tr("Folder")),
                                    fm.horizontalAdvance(EventTableModel::tr("File")))
                                   + 2 * em));
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_view, 1);
    m_tabs->addTab(tablePage, tr("Events"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true); // a lone "Events" tab says nothing; others add tabs

    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setPlaceholderText(tr("Select an event to see its details."));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_details);
    // The table takes any extra height; the details pane keeps its few lines.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({600, 7 * m_details->fontMetrics().height()});
    setCentralWidget(m_splitter);

    connect(m_filterBar, &FilterBar::criteriaChanged, m_model, &EventTableModel::setCriteria);
    // A filter change resets the model; keep the selected event selected and in view when it
    // still passes ("show only this file" on a row), else go back to the tail.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_keptSerial = (current.isValid() && m_model->isRowHeld(current.row()))
            ? m_model->serialAt(current.row())
            : ~quint64(0);
    });
    connect(m_model, &EventTableModel::filterChanged, this, [this] {
        m_filterBar->setCriteria(m_model->criteria());
        m_filterBar->setRegexValid(m_model->isFilterValid());
        const int row = m_keptSerial == ~quint64(0) ? -1 : m_model->rowOfSerial(m_keptSerial);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        } else {
            m_view->scrollToBottom();
        }
    });
    connect(m_model, &EventTableModel::countsChanged, this, [this] {
        m_filterBar->setCounts(m_model->shownCount(), m_model->totalCount());
        m_eventsLabel->setText(tr("%1 events").arg(QLocale().toString(qint64(m_model->totalCount()))));
    });
    // Follow the tail only while the user sits at the bottom (as Wireshark does): decide before
    // the rows arrive, scroll after.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_atBottom && m_followAction->isChecked())
            m_view->scrollToBottom();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);

    createActions();
    createMenus();
    createStatusBar();

    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();
    m_rateClock.start();

    restoreSettings();
    setSession(std::make_unique<Session>());
}

MainWindow::~MainWindow()
{
    // The source feeds the session and the model reads it: stop and disconnect in that order.
    if (m_source) {
        disconnect(m_source.get(), nullptr, this, nullptr);
        m_source->stop();
        m_source.reset();
    }
    m_model->setSession(nullptr);
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
    connect(m_exportAllAction, &QAction::triggered, this, [this] { exportCsv(false); });
    m_exportShownAction = new QAction(tr("Export &Shown Events as CSV\u2026"), this);
    m_exportShownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportShownAction, &QAction::triggered, this, [this] { exportCsv(true); });

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
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clearAction->setToolTip(tr("Forget the events recorded so far (Ctrl+L)"));
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearEvents);

    m_followAction = new QAction(tr("&Follow New Events"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);

    // Ctrl+C in the table copies the selected rows' paths, one per line.
    auto *copyAction = new QAction(tr("Copy Paths"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, [this] {
        QStringList paths;
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows) {
            const QString path = row.data(EventTableModel::FullPathRole).toString();
            if (!path.isEmpty())
                paths << path;
        }
        if (!paths.isEmpty())
            QGuiApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
    });
    m_view->addAction(copyAction);

    m_findAction = new QAction(tr("&Filter by Path"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusPathFilter);
    addAction(m_findAction);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_watchAction);
    m_recentMenu = file->addMenu(tr("&Recent Folders"));
    file->addAction(m_openAction);
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_followAction);
    view->addAction(m_findAction);
    QAction *showAll = view->addAction(tr("Show &All Files"));
    connect(showAll, &QAction::triggered, this, &MainWindow::clearPathFilter);

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
    bar->addSeparator();
    bar->addAction(m_exportAllAction);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->addWidget(m_stateLabel, 1);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_dirsLabel, m_eventsLabel, m_rateLabel, m_droppedLabel, m_overflowLabel})
        bar->addPermanentWidget(l);
    m_droppedLabel->setToolTip(tr("The oldest events were dropped to keep memory bounded"));
    m_overflowLabel->setToolTip(tr("Times the kernel queue overflowed and events were lost"));
    m_warningButton->setAutoRaise(true);
    m_warningButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_warningButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_warningButton->setToolTip(tr("Show the warnings and what to do about them"));
    connect(m_warningButton, &QToolButton::clicked, this, &MainWindow::showProblems);
    bar->addPermanentWidget(m_warningButton);
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    // The model and other views let go of the old session before it is destroyed.
    Session *old = m_session.release();
    m_session = std::move(session);
    connect(m_session.get(), &Session::problemReported, this, &MainWindow::onProblem);
    EventFilter::Criteria c = m_model->criteria();
    c.onlyPaths.clear(); // path ids belong to the old session
    c.hiddenPaths.clear();
    m_model->setSession(m_session.get());
    m_model->setCriteria(c);
    m_rateLastSerial = 0;
    m_rate = 0;
    Q_EMIT sessionChanged(m_session.get());
    delete old;
    updateActions();
    updateStatus();
    updateTitle();
    updateDetails();
}

bool MainWindow::startWatching(const WatchOptions &options)
{
    if (options.roots.isEmpty())
        return false;
    stopWatching();
    m_options = options;
    m_rootLabel = QFile::decodeName(options.roots.first());
    auto session = std::make_unique<Session>();
    // A capture left running for days must not eat the machine: past the cap the oldest chunk
    // goes and the status bar counts what was dropped. 3M events is ~100 MB of events + index.
    session->setEventCap(QSettings().value(QStringLiteral("capture/maxEvents"), kDefaultEventCap)
                             .toLongLong());
    setSession(std::move(session));
    resumeWatching();
    if (!m_source)
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
    if (m_options.roots.isEmpty()) {
        chooseFolder();
        return;
    }
    if (m_session->isReadOnly() || (m_source && m_source->isRunning()))
        return;
    m_source = createEventSource(m_options, m_session->sharedPaths(), m_session->processes());
    EventSource *src = m_source.get();
    Session *session = m_session.get();
    connect(src, &EventSource::eventsReady, session,
            qOverload<const FsEventBatch &>(&Session::append));
    connect(src, &EventSource::problem, session, &Session::reportProblem);
    connect(src, &EventSource::setupProgress, this, [this](qint64 scanned) {
        if (!m_setupProgress) {
            m_setupProgress = new QProgressDialog(this);
            m_setupProgress->setWindowTitle(tr("Setting Up Watches"));
            m_setupProgress->setRange(0, 0);
            m_setupProgress->setCancelButtonText(tr("Cancel"));
            connect(m_setupProgress, &QProgressDialog::canceled, this, &MainWindow::stopWatching);
            // A busy dialog (range 0..0) never reaches its minimumDuration logic through
            // setValue(); show it ourselves if the scan is still running a moment later.
            QPointer<QProgressDialog> dialog = m_setupProgress;
            QTimer::singleShot(300, this, [dialog] {
                if (dialog)
                    dialog->show();
            });
        }
        m_setupProgress->setLabelText(tr("Scanned %n folder(s)\u2026", nullptr, int(scanned)));
        m_watchedDirs = scanned;
        m_dirsLabel->setText(tr("%n folder(s) scanned", nullptr, int(scanned)));
    });
    connect(src, &EventSource::setupFinished, this, [this](qint64 watched, qint64 unwatched) {
        if (m_setupProgress)
            m_setupProgress->deleteLater();
        m_watchedDirs = watched;
        m_unwatchedDirs = unwatched;
        updateStatus();
    });
    connect(src, &EventSource::stopped, this, [this] {
        if (m_setupProgress)
            m_setupProgress->deleteLater();
        updateActions();
        updateStatus();
        Q_EMIT captureStopped();
    });
    m_watchedDirs = 0;
    m_unwatchedDirs = 0;
    if (!src->start(m_options)) {
        const MonitorProblem p = src->lastProblem();
        m_source.reset();
        if (m_options.backend == WatchOptions::Backend::Fanotify) {
            fallBackToInotify(); // the problem is in the session's warnings already
            return;
        }
        QMessageBox::warning(this, tr("Could Not Watch"),
                             ProblemText::summary(p) + QStringLiteral("\n\n")
                                 + ProblemText::advice(p));
    }
    updateActions();
    updateStatus();
    updateTitle();
}

void MainWindow::stopWatching()
{
    if (m_setupProgress)
        m_setupProgress->deleteLater();
    if (m_source) {
        EventSource *src = m_source.get();
        if (src->isRunning())
            src->stop();
        // stop() hands over the last events through a queued eventsReady(); the source goes
        // once those have been delivered.
        disconnect(src, &EventSource::setupProgress, this, nullptr);
        m_source.release();
        src->setParent(this); // gone with the window at the latest, even if no loop runs again
        src->deleteLater();
    }
    updateActions();
    updateStatus();
}

void MainWindow::chooseFolder()
{
    QSettings settings;
    WatchDialog dialog(this);
    WatchOptions o = UiSettings::watchOptions(settings);
    if (!m_options.roots.isEmpty())
        o.roots = m_options.roots;
    else if (!UiSettings::recentFolders(settings).isEmpty())
        o.roots = {QFile::encodeName(UiSettings::recentFolders(settings).first())};
    dialog.setOptions(o);
    if (dialog.exec() == QDialog::Accepted)
        startWatching(dialog.options());
}

void MainWindow::chooseSession()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Session"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        openSession(file);
}

bool MainWindow::openSession(const QString &fileName)
{
    stopWatching();
    QProgressDialog progress(tr("Opening %1\u2026").arg(QFileInfo(fileName).fileName()),
                             tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal); // no other command while the file loads
    progress.setMinimumDuration(300);
    progress.setValue(0);
    const qint64 size = qMax<qint64>(1, QFileInfo(fileName).size());

    // Parse in a worker thread so the window keeps painting (a million-row file takes
    // seconds). CsvReader creates the Session in the calling thread; it is handed back to this
    // one with moveToThread() before the worker ends, as csvreader.h asks.
    auto bytesRead = std::make_shared<std::atomic<qint64>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<Session> loaded;
    CsvError error;
    QThread *const guiThread = thread();
    std::unique_ptr<QThread> worker(QThread::create([&loaded, &error, fileName, bytesRead,
                                                     cancelled, guiThread] {
        loaded = CsvReader::load(fileName, &error, [bytesRead, cancelled](qint64 done) {
            bytesRead->store(done);
            return !cancelled->load();
        });
        if (loaded)
            loaded->moveToThread(guiThread);
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [cancelled] { cancelled->store(true); });
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &progress, [&progress, bytesRead, size] {
        progress.setValue(int(qMin<qint64>(999, bytesRead->load() * 1000 / size)));
    });
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    poll.stop();
    progress.reset();
    if (!loaded) {
        if (error.code != CsvError::Cancelled) {
            QMessageBox::warning(this, tr("Open Session"),
                                 tr("Could not open %1 (line %2): %3")
                                     .arg(QDir::toNativeSeparators(fileName))
                                     .arg(error.line)
                                     .arg(QString::fromUtf8(error.detail)));
        }
        return false;
    }
    if (loaded->origin().isEmpty())
        loaded->setOrigin(fileName);
    m_options.roots.clear();
    m_rootLabel.clear();
    setSession(std::move(loaded));
    return true;
}

void MainWindow::exportCsv(bool onlyShown)
{
    if (m_exporter)
        return;
    const QString name = QFileDialog::getSaveFileName(
        this, onlyShown ? tr("Export Shown Events") : tr("Export All Events"),
        QStringLiteral("fsnoop-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    auto *exporter = new SessionExporter(m_session.get(), this);
    if (onlyShown) {
        if (!m_model->isPaused())
            m_model->flush(); // the file holds what the table holds
        exporter->setSerials(m_model->shownSerials());
    }
    if (!exporter->start(name)) {
        QMessageBox::warning(this, tr("Export"),
                             tr("Could not write %1: %2")
                                 .arg(QDir::toNativeSeparators(name), exporter->errorString()));
        delete exporter;
        return;
    }
    m_exporter = exporter;
    auto *progress = new QProgressDialog(tr("Exporting %n event(s)\u2026", nullptr,
                                            int(exporter->total())),
                                         tr("Cancel"), 0, 1000, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, exporter, &SessionExporter::cancel);
    connect(exporter, &SessionExporter::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total ? int(done * 1000 / total) : 1000);
    });
    connect(exporter, &SessionExporter::finished, this, [this, exporter, progress, name](bool ok) {
        progress->close();
        if (ok)
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(name)), 5000);
        else if (!exporter->wasCancelled())
            QMessageBox::warning(this, tr("Export"), exporter->errorString());
        exporter->deleteLater();
    });
}

void MainWindow::clearEvents()
{
    if (m_session->isReadOnly())
        return;
    m_session->clear();
    m_rateLastSerial = 0;
    updateStatus();
    updateDetails();
}

void MainWindow::showOnlyPaths(const QSet<quint32> &pathIds)
{
    m_model->showOnlyPaths(pathIds);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::clearPathFilter()
{
    m_model->clearPathRestriction();
}

void MainWindow::updateActions()
{
    const bool running = m_source && m_source->isRunning();
    const bool readOnly = m_session->isReadOnly();
    m_startAction->setEnabled(!running && !readOnly && !m_options.roots.isEmpty());
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

    const bool running = m_source && m_source->isRunning();
    if (m_session->isReadOnly())
        m_stateLabel->setText(tr("Session %1 (read-only)")
                                  .arg(QDir::toNativeSeparators(m_session->origin())));
    else if (running)
        m_stateLabel->setText(m_pauseAction->isChecked()
                                  ? tr("Watching %1 (display paused)").arg(what)
                                  : tr("Watching %1").arg(what));
    else if (!m_rootLabel.isEmpty())
        m_stateLabel->setText(tr("Stopped"));
    else
        m_stateLabel->setText(tr("Choose a folder to watch (Ctrl+N), or drop one here"));
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const EventStore &store = m_session->events();
    const quint64 end = store.droppedCount() + quint64(store.size());
    const double secs = m_rateClock.restart() / 1000.0;
    if (secs > 0.05) {
        const quint64 delta = end >= m_rateLastSerial ? end - m_rateLastSerial : end;
        m_rate = double(delta) / secs;
    }
    m_rateLastSerial = end;

    const bool live = !m_session->isReadOnly() && m_source;
    if (live && m_source->isRunning()) {
        const qint64 dirs = qMax(m_watchedDirs, m_source->stats().watchedDirectories);
        m_dirsLabel->setText(tr("%n folder(s) watched", nullptr, int(dirs)));
    }
    m_dirsLabel->setVisible(live);
    m_eventsLabel->setText(tr("%1 events").arg(locale.toString(qint64(store.size()))));
    m_rateLabel->setText(tr("%1 events/s").arg(locale.toString(qint64(std::lround(m_rate)))));
    m_rateLabel->setVisible(live);
    m_droppedLabel->setText(tr("%1 dropped").arg(locale.toString(qint64(store.droppedCount()))));
    m_droppedLabel->setVisible(store.droppedCount() > 0);
    m_overflowLabel->setText(tr("%n overflow(s)", nullptr, int(m_session->overflowCount())));
    m_overflowLabel->setVisible(m_session->overflowCount() > 0);
    const qsizetype warnings = m_session->problems().size();
    m_warningButton->setText(tr("%n warning(s)", nullptr, int(warnings)));
    m_warningButton->setVisible(warnings > 0);
    m_filterBar->setCounts(m_model->shownCount(), m_model->totalCount());
    updateTitle();
}

void MainWindow::onProblem(const MonitorProblem &problem)
{
    qCInfo(lcUi, "problem %d on %s (errno %d)", int(problem.kind), problem.path.constData(),
           problem.errnum);
    updateStatus();
    statusBar()->showMessage(ProblemText::summary(problem), 8000);
    const bool helperGone = problem.kind == MonitorProblem::HelperFailed
        || problem.kind == MonitorProblem::HelperCancelled
        || problem.kind == MonitorProblem::HelperNotAuthorized;
    if (helperGone && m_options.backend == WatchOptions::Backend::Fanotify && !m_session->isReadOnly()) {
        // After the source's own stopped(): it may still be unwinding the helper's QProcess.
        QTimer::singleShot(0, this, &MainWindow::fallBackToInotify);
    }
}

void MainWindow::fallBackToInotify()
{
    if (m_options.backend != WatchOptions::Backend::Fanotify)
        return;
    // Without the helper (cancelled, refused, crashed) the user still wants to see the folder:
    // keep the session so far and go on with inotify, which needs no privilege, and say so.
    const MonitorProblem why = m_session->problems().isEmpty() ? MonitorProblem{}
                                                               : m_session->problems().constLast();
    stopWatching();
    m_options.backend = WatchOptions::Backend::Inotify;
    resumeWatching();
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
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->isRowHeld(current.row())) {
        m_details->clear();
        return;
    }
    const FsEvent &e = m_model->eventAt(current.row());
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(current.row(), column).data(role).toString();
    };
    QStringList lines;
    lines << tr("Time: %1").arg(QDateTime::fromMSecsSinceEpoch(e.timeNs / 1000000)
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    lines << tr("Events: %1").arg(cell(EventTableModel::EventColumn));
    if (e.pathId != PathTable::NoPath)
        lines << tr("Path: %1").arg(m_session->paths().displayPath(e.pathId));
    if (e.cookie && !e.isOverflow())
        lines << tr("Cookie: %1").arg(e.cookie);
    if (e.pid >= 0)
        lines << tr("Process: %1 (PID %2) %3")
                     .arg(cell(EventTableModel::ProcessColumn))
                     .arg(e.pid)
                     .arg(cell(EventTableModel::ProcessColumn, Qt::ToolTipRole));
    lines << tr("Source: %1").arg(cell(EventTableModel::SourceColumn));
    const QString tip = cell(EventTableModel::EventColumn, Qt::ToolTipRole);
    if (!tip.isEmpty())
        lines << QString() << tip;
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        const quint32 pathId = index.data(EventTableModel::PathIdRole).toUInt();
        const quint32 mask = index.data(EventTableModel::MaskRole).toUInt();
        const QString path = index.data(EventTableModel::FullPathRole).toString();
        if (pathId != PathTable::NoPath) {
            menu.addAction(tr("Copy Path"), this, [path] {
                QGuiApplication::clipboard()->setText(path);
            });
            menu.addAction(tr("Open Containing Folder"), this, [path] {
                QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
            });
            menu.addSeparator();
            menu.addAction(tr("Show Only This File"), this, [this, pathId] {
                showOnlyPaths({pathId});
            });
            menu.addAction(tr("Hide This File"), this, [this, pathId] {
                EventFilter::Criteria c = m_model->criteria();
                c.hiddenPaths.insert(pathId);
                m_model->setCriteria(c);
            });
        }
        const char *primary = EventNames::primaryName(mask);
        quint32 bit = 0;
        for (const EventNames::Type &t : EventNames::types()) {
            if (QByteArray(t.name).toUpper() == primary)
                bit = t.mask;
        }
        if (bit) {
            menu.addAction(tr("Show Only \u201c%1\u201d Events")
                               .arg(QString::fromLatin1(primary).toLower()),
                           this, [this, bit] {
                               EventFilter::Criteria c = m_model->criteria();
                               c.eventMask = bit;
                               m_model->setCriteria(c);
                           });
        }
    }
    const EventFilter::Criteria c = m_model->criteria();
    if (!c.onlyPaths.isEmpty() || !c.hiddenPaths.isEmpty() || c.eventMask != 0xffffffffu) {
        menu.addSeparator();
        menu.addAction(tr("Show All Files and Events"), this, [this] {
            EventFilter::Criteria c = m_model->criteria();
            c.onlyPaths.clear();
            c.hiddenPaths.clear();
            c.eventMask = 0xffffffffu;
            m_model->setCriteria(c);
        });
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
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
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/columns")).toByteArray());
    m_followAction->setChecked(settings.value(QStringLiteral("view/follow"), true).toBool());
    const EventFilter::Criteria c = UiSettings::filter(settings);
    m_filterBar->setCriteria(c);
    m_model->setCriteria(c);
    updateRecentMenu();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/columns"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("view/follow"), m_followAction->isChecked());
    UiSettings::setFilter(settings, m_model->criteria());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_exporter)
        m_exporter->cancel();
    QMainWindow::closeEvent(event);
}
