#include "window/capturecontroller.h"

#include "capture/capturefilter.h"
#include "capture/eventsourcefactory.h"
#include "text/problemtext.h"
#include "text/timetext.h"
#include "core/session.h"
#include "io/sessionmetadata.h"
#include "io/sessionwriterthread.h"
#include "session/spooldirectory.h"

#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

#include <cerrno>

CaptureController::CaptureController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}


void CaptureController::setDropRules(const FilterRules &rules)
{
    m_dropRules = rules;
    if (m_dropFilter)
        m_dropFilter->setRules(rules);
}

quint64 CaptureController::droppedByRules() const
{
    return m_dropFilter ? m_dropFilter->droppedCount() : 0;
}

CaptureController::~CaptureController()
{
    shutDown();
    closeSpool();
}

void CaptureController::setSession(Session *session)
{
    if (session == m_session)
        return;
    // The spool belongs to the session it copies: a new session starts a new file.
    closeSpool();
    m_spoolFile.clear();
    m_spooledEvents = 0;
    m_unspooledEvents = 0;
    m_session = session;
    // The drop rules' counts belong to the session too.
    m_dropFilter.reset();
    if (session) {
        m_dropFilter = std::make_shared<CaptureFilter>(&session->paths(), &session->processes());
        m_dropFilter->setRules(m_dropRules);
    }
}

void CaptureController::startSpool()
{
    const QDateTime started = QDateTime::currentDateTime();
    QString file;
    SessionFileError error;
    if (!QDir().mkpath(SpoolDirectory::path())) {
        error.code = SessionFileError::Io;
        error.errnum = errno;
    } else {
        file = SpoolDirectory::newFileName(started);
        auto spool = std::make_unique<SessionWriterThread>(m_session->sharedPaths());
        const qint64 startedNs = started.toMSecsSinceEpoch() * TimeText::kNsPerMs;
        if (spool->start(file, SessionMetadata::forCapture(m_options, startedNs), &error))
            m_spool = std::move(spool);
    }
    m_spoolFile = m_spool ? file : QString();
    m_spooledEvents = 0;
    m_spoolFirstSerial = m_session->events().endSerial();
    if (!m_spool) {
        Q_EMIT spoolFailed(file.isEmpty() ? SpoolDirectory::path() : file, error);
        return;
    }
    connect(m_spool.get(), &SessionWriterThread::failed, this,
            [this](const SessionFileError &e) { Q_EMIT spoolFailed(m_spoolFile, e); });
}

void CaptureController::spool(const FsEventBatch &batch)
{
    if (m_spool) {
        m_spool->append(batch, m_session->processes());
        m_spooledEvents += batch.size();
    } else {
        m_unspooledEvents += batch.size();
    }
}

qint64 CaptureController::unspooledEvents() const
{
    return m_unspooledEvents + (m_spool ? m_spool->eventsNotQueued() : 0);
}

bool CaptureController::closeSpool(SessionFileError *error)
{
    if (!m_spool)
        return true;
    SessionFileError ignored;
    SessionFileError &e = error ? *error : ignored;
    m_unspooledEvents += m_spool->eventsNotQueued();
    const bool ok = m_spool->finish(m_lastStopNs > 0 ? m_lastStopNs : TimeText::nowNs(), &e);
    m_spool.reset();
    // However the window goes (closed, quit, a signal, a new watch), an empty capture leaves no
    // file to clutter the recent sessions.
    if (m_spooledEvents == 0)
        SpoolDirectory::remove(m_spoolFile);
    return ok;
}

void CaptureController::restartSpool()
{
    if (!m_spool)
        return; // none open (it failed): the next start tries a new one anyway
    const std::unique_ptr<SessionWriterThread> cleared = std::move(m_spool);
    const QString clearedFile = m_spoolFile;
    m_spoolFile.clear();
    m_spooledEvents = 0;
    m_unspooledEvents = 0;
    // The new file is named while the cleared one still exists: one cleared in the second it
    // started must not hand its name on, as if the new capture were the same file.
    if (isRunning())
        startSpool();
    SessionFileError ignored; // what it could not write is thrown away anyway
    cleared->finish(TimeText::nowNs(), &ignored);
    SpoolDirectory::remove(clearedFile);
}

bool CaptureController::spoolBookmarks()
{
    if (!m_spool || !m_session)
        return false;
    m_spool->replaceBookmarks(m_session->bookmarks(), m_spoolFirstSerial);
    return true;
}

void CaptureController::shutDown()
{
    // The source feeds the session and the model reads it: stop and disconnect in that order.
    if (m_source) {
        disconnect(m_source.get(), nullptr, this, nullptr);
        m_source->stop();
        m_source.reset();
    }
}

qint64 CaptureController::watchedDirs() const
{
    if (m_setupDone && m_source)
        return m_source->stats().watchedDirectories;
    return m_watchedDirs;
}

void CaptureController::resume()
{
    if (m_options.roots.isEmpty()) {
        Q_EMIT folderNeeded();
        return;
    }
    if (!m_session || m_session->isReadOnly() || isRunning())
        return;
    // The first start of a session opens its spool; a Start after Stop goes on in the same file.
    if (!m_spool)
        startSpool();
    m_source = createEventSource(m_options, m_session->sharedPaths(), m_session->processes());
    EventSource *src = m_source.get();
    Session *session = m_session;
    // Events the drop rules exclude are stored nowhere, neither in the table nor in the file. The
    // spool first: Session::append may drop the oldest events past its cap, the file keeps them.
    // Both run on this thread, where the source has just updated the process table.
    connect(src, &EventSource::eventsReady, session,
            [this, session, drop = m_dropFilter](const FsEventBatch &batch) {
                const FsEventBatch &kept = drop->apply(batch);
                spool(kept);
                session->append(kept);
            });
    connect(src, &EventSource::problem, this, [this](const MonitorProblem &p) {
        if (m_spool)
            m_spool->appendProblem(p, TimeText::nowNs());
    });
    connect(src, &EventSource::problem, session, &Session::reportProblem);
    connect(src, &EventSource::problem, this, &CaptureController::onSourceProblem);
    connect(src, &EventSource::setupProgress, this, [this](qint64 scanned) {
        if (!m_setupProgress) {
            m_setupProgress = new QProgressDialog(m_window);
            m_setupProgress->setWindowTitle(
                tr("Setting Up Watches"));
            m_setupProgress->setRange(0, 0);
            m_setupProgress->setCancelButtonText(tr("Cancel"));
            connect(m_setupProgress, &QProgressDialog::canceled, this, &CaptureController::stop);
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
        Q_EMIT foldersScanned(scanned);
    });
    connect(src, &EventSource::setupFinished, this, [this](qint64 watched, qint64 unwatched) {
        if (m_setupProgress)
            m_setupProgress->deleteLater();
        m_watchedDirs = watched;
        m_unwatchedDirs = unwatched;
        m_setupDone = true;
        Q_EMIT setupFinished();
    });
    connect(src, &EventSource::stopped, this, [this] {
        m_lastStopNs = TimeText::nowNs();
        if (m_setupProgress)
            m_setupProgress->deleteLater();
        Q_EMIT stopped();
    });
    m_watchedDirs = 0;
    m_unwatchedDirs = 0;
    m_setupDone = false;
    m_lastStopNs = 0;
    if (!src->start(m_options)) {
        const MonitorProblem p = src->lastProblem();
        m_source.reset();
        if (m_options.backend == WatchOptions::Backend::Fanotify) {
            fallBackToInotify(); // the problem is in the session's warnings already
            return;
        }
        QMessageBox::warning(m_window, tr("Could Not Watch"),
                             ProblemText::summary(p) + QStringLiteral("\n\n")
                                 + ProblemText::advice(p));
    }
    Q_EMIT stateChanged();
}

void CaptureController::stop()
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
    Q_EMIT stateChanged();
}

void CaptureController::onSourceProblem(const MonitorProblem &problem)
{
    const bool helperGone = problem.kind == MonitorProblem::HelperFailed
        || problem.kind == MonitorProblem::HelperCancelled
        || problem.kind == MonitorProblem::HelperNotAuthorized;
    // After the source's own stopped(): it may still be unwinding the helper's QProcess.
    if (helperGone && m_options.backend == WatchOptions::Backend::Fanotify)
        QTimer::singleShot(0, this, &CaptureController::fallBackToInotify);
}

void CaptureController::fallBackToInotify()
{
    if (m_options.backend != WatchOptions::Backend::Fanotify)
        return;
    // Without the helper (cancelled, refused, crashed) the user still wants to see the folder:
    // keep the session so far and go on with inotify, which needs no privilege, and say so.
    const MonitorProblem why = (!m_session || m_session->problems().isEmpty())
        ? MonitorProblem{}
        : m_session->problems().constLast();
    stop();
    m_options.backend = WatchOptions::Backend::Inotify;
    resume();
    Q_EMIT fellBackToInotify(why);
}
