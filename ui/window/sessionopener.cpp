#include "window/sessionopener.h"

#include "core/session.h"
#include "io/csvreader.h"
#include "session/sessionloader.h"
#include "session/sessionstreamer.h"
#include "session/spooldirectory.h"
#include "uilogging.h"
#include "window/capturestatusbar.h"
#include "window/uisettings.h"
#include "window/workprogress.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <utility>

SessionOpener::SessionOpener(QWidget *window, CaptureStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_statusBar(statusBar)
    , m_progress(new WorkProgress(statusBar))
{
    // A long reading says how far it is, beside the counts, and can be stopped there.
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    connect(m_progress, &WorkProgress::cancelRequested, this, &SessionOpener::cancel);
}

QString SessionOpener::chooseFile()
{
    return QFileDialog::getOpenFileName(m_window, tr("Open Session"), QString(),
                                        tr("Sessions (*.fsnoop *.csv);;All files (*)"));
}

std::unique_ptr<Session> SessionOpener::open(const QString &fileName)
{
    stop();
    CsvError error;
    auto *streamer = new SessionStreamer(this);
    std::unique_ptr<Session> loaded = SessionLoader::open(fileName, &error, m_window, streamer);
    if (!loaded) {
        delete streamer;
        if (error.code != CsvError::Cancelled)
            SessionLoader::report(m_window, tr("Open Session"),
                                  SessionLoader::failureText(fileName, error), true);
        return nullptr;
    }
    if (loaded->origin().isEmpty())
        loaded->setOrigin(fileName);
    if (!SpoolDirectory::contains(fileName)) {
        QSettings settings;
        UiSettings::addRecentSession(settings, QFileInfo(fileName).absoluteFilePath());
    }
    m_streamer = streamer;
    m_incompleteText = error.incompleteLastLine > 0
                           ? SessionLoader::incompleteText(fileName, error)
                           : QString();
    return loaded;
}

void SessionOpener::follow(const QString &fileName)
{
    SessionStreamer *const streamer = m_streamer;
    if (!streamer) {
        // open() failed, or stop() came between: nothing is being read
    } else if (streamer->isLoading()) {
        const QString text = tr("Opening %1\u2026").arg(QFileInfo(fileName).fileName());
        m_progress->setProgress(text, streamer->loadedCount(), streamer->totalCount());
        connect(streamer, &SessionStreamer::progress, m_progress,
                [this, text](qint64 done, qint64 total) { m_progress->setProgress(text, done, total); });
        connect(streamer, &SessionStreamer::finished, this,
                [this, fileName] { onFinished(fileName); });
    } else if (streamer->endError().code != SessionFileError::None) {
        onFinished(fileName); // it ended (badly) before we listened
    } else {
        stop(); // read whole already, or a CSV
    }
    if (!m_incompleteText.isEmpty())
        SessionLoader::report(m_window, tr("Open Session"), std::exchange(m_incompleteText, {}),
                              false);
}

bool SessionOpener::isLoading() const
{
    return m_streamer && m_streamer->isLoading();
}

void SessionOpener::cancel()
{
    if (m_streamer)
        m_streamer->cancel();
}

void SessionOpener::stop()
{
    delete std::exchange(m_streamer, nullptr);
    m_progress->finish();
}

void SessionOpener::onFinished(const QString &fileName)
{
    m_progress->finish();
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
        SessionLoader::report(m_window, tr("Open Session"),
                              SessionLoader::partialText(fileName, failure, loaded), true);
    }
    Q_EMIT finished(complete);
}
