#pragma once

#include <QObject>
#include <QString>

#include <memory>

class CaptureStatusBar;
class QWidget;
class Session;
class SessionStreamer;
class WorkProgress;

// Opening a saved session (a .fsnoop file or a CSV written by fsnoop): the file dialog, the first
// rows read at once, the rest read in the background with its progress and Stop button in the
// status bar, and the words for how the reading ended. Apart from MainWindow because the window
// only swaps one session for another; this follows one file's reading from start to end.
class SessionOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionOpener)

public:
    // Dialogs open over `window`; the progress sits in `statusBar`, which also shows how a
    // cancelled reading ended.
    SessionOpener(QWidget *window, CaptureStatusBar *statusBar);

    // Asks for a session file; empty when the user cancelled.
    QString chooseFile();
    // Stops any reading still going on, then reads `fileName`: the session with its first rows,
    // or nullptr after telling the user why not (nothing when the user cancelled).
    std::unique_ptr<Session> open(const QString &fileName);
    // Once the session from open() is shown: follows the rest of its reading to finished().
    void follow(const QString &fileName);

    bool isLoading() const;
    void cancel(); // the reading ends with finished(false), keeping the rows read so far
    // Deleting the streamer stops its reader and drops the chunks still queued for the session.
    void stop();

Q_SIGNALS:
    // The file was read to the end (complete), or was not (cancelled or a read error, which the
    // user was told about).
    void finished(bool complete);

private:
    void onFinished(const QString &fileName);

    QWidget *m_window;
    CaptureStatusBar *m_statusBar;
    WorkProgress *m_progress;
    SessionStreamer *m_streamer = nullptr; // while a session file is being read
    QString m_incompleteText; // the last record of the file just opened was cut
};
