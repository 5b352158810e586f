#include "window/capturecontroller.h"

#include "capture/capturefilter.h"
#include "capture/eventsourcefactory.h"
#include "text/problemtext.h"
#include "core/session.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

CaptureController::CaptureController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void CaptureController::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    m_dropFilter.reset();
    if (session) {
        m_dropFilter = std::make_shared<CaptureFilter>(&session->paths(), &session->processes());
        m_dropFilter->setRules(m_dropRules);
    }
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
    m_source = createEventSource(m_options, m_session->sharedPaths(), m_session->processes());
    EventSource *src = m_source.get();
    Session *session = m_session;
    connect(src, &EventSource::eventsReady, session,
            [session, drop = m_dropFilter](const FsEventBatch &batch) {
                session->append(drop->apply(batch));
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
        if (m_setupProgress)
            m_setupProgress->deleteLater();
        Q_EMIT stopped();
    });
    m_watchedDirs = 0;
    m_unwatchedDirs = 0;
    m_setupDone = false;
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
