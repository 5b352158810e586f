#pragma once

#include "analysis/filterrule.h"
#include "capture/eventsource.h"
#include "core/watchoptions.h"
#include "io/sessionfileerror.h"

#include <QObject>
#include <QPointer>

#include <memory>

class CaptureFilter;
class QProgressDialog;
class QWidget;
class Session;
class SessionWriterThread;

// The live capture behind the window: creates the event source for the current options, feeds
// the session with it, shows the set-up progress, stops it, and decides to go on with inotify
// when the fanotify helper is gone (the only place that decides it). The window owns it and keeps
// the session; it tells the window through signals when the capture's state changed.
//
// Every live capture is spooled (issue 12): from its first start, a session's events, processes
// and problems also go to a session file in SpoolDirectory, written by a SessionWriterThread, so
// a crash or kill -9 loses at most the last quarter second. Stop and Start (F5) go on in the same
// file; the file is finished (stop time written) by closeSpool(), when the window lets the
// session go; an empty one is deleted then. Clear deletes the file (restartSpool()), since the
// user threw those events away, and the capture goes on in a new one. The bookmarks go to the
// file as they change. While it is open the writer holds the file's OutputLock, so the crash
// check of this or another fsnoop never takes a running capture for a dead one.
class CaptureController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureController)

public:
    // Dialogs (set-up progress, "could not watch") are shown over `window`, which also owns this.
    explicit CaptureController(QWidget *window);
    ~CaptureController() override;

    EventSource *source() const { return m_source.get(); }
    bool isRunning() const { return m_source && m_source->isRunning(); }
    const WatchOptions &options() const { return m_options; }
    void setOptions(const WatchOptions &options) { m_options = options; }
    // The folders watched: while setting up, what the set-up reported (the source's own count may
    // run ahead); afterwards the source's count, which drops as watched folders are deleted.
    qint64 watchedDirs() const;

    // The session the next capture feeds; it must outlive the capture or be set again first.
    void setSession(Session *session);

    // "Drop Filtered Events": while `rules` has enabled rules, the events they exclude are not
    // stored at all (CaptureFilter, before the session). Empty: every event is stored.
    void setDropRules(const FilterRules &rules);
    // Events not stored because of the drop rules, in the current session.
    quint64 droppedByRules() const;
    Session *session() const { return m_session; }

    // Starts capturing with the current options (asks for a folder when there is none).
    void resume();
    void stop();
    // Stops the source at once and forgets it, without telling anyone: for the window's end.
    void shutDown();

    // The session file the current session is spooled to (empty: none, or it could not be
    // created); it stays named after closeSpool() until the session changes.
    QString spoolFile() const { return m_spoolFile; }
    // The file being written now (empty when none is open): what this process must not open.
    QString openSpoolFile() const { return m_spool ? m_spoolFile : QString(); }
    // Events handed to the spool for the current session (written or queued).
    qint64 spooledEvents() const { return m_spooledEvents; }
    // Events the spool could not take: its queue was full (the disk too slow) or it failed.
    qint64 unspooledEvents() const;
    // Writes what is queued, records the stop time and closes the file; false (and the error)
    // if a write failed along the way. The capture must be stopped first. A spool that never
    // got an event is no capture to keep: its file is deleted.
    bool closeSpool(SessionFileError *error = nullptr);
    // For Clear, after which the table starts again: the spool file, which holds what the user
    // threw away, is closed and deleted; a running capture goes on in a new file, a stopped one
    // opens its new file when it starts again. Called once the session is cleared (its serials
    // start again at 0).
    void restartSpool();
    // Writes the session's bookmarks into the spool file (through its writer thread); false when
    // there is no open spool file to keep them in.
    bool spoolBookmarks();

Q_SIGNALS:
    // Running or not, or the counts changed: the window updates its actions and status.
    void stateChanged();
    void foldersScanned(qint64 scanned);
    void setupFinished();
    // The source ended (stopped by the user, or on its own).
    void stopped();
    void folderNeeded();
    // fanotify could not go on; the capture now runs with inotify. `why` is the last warning.
    void fellBackToInotify(const MonitorProblem &why);
    // The spool file could not be created or written: the capture goes on in memory only.
    void spoolFailed(const QString &fileName, const SessionFileError &error);

private:
    void onSourceProblem(const MonitorProblem &problem);
    void fallBackToInotify();
    void startSpool();
    void spool(const FsEventBatch &batch);

    QWidget *m_window;
    Session *m_session = nullptr;
    FilterRules m_dropRules;
    // On m_session's tables; shared with the running source's connection, which must keep the
    // one of its own session even after the window moved on to another.
    std::shared_ptr<CaptureFilter> m_dropFilter;
    std::unique_ptr<EventSource> m_source;
    WatchOptions m_options;
    QPointer<QProgressDialog> m_setupProgress;
    qint64 m_watchedDirs = 0;
    qint64 m_unwatchedDirs = 0;
    bool m_setupDone = false;

    std::unique_ptr<SessionWriterThread> m_spool;
    QString m_spoolFile;
    qint64 m_spooledEvents = 0;
    // The store serial of the spool file's first event (its id 1): the session's end serial
    // when the file was opened, so a file opened after its events began still maps bookmarks.
    quint64 m_spoolFirstSerial = 0;
    qint64 m_unspooledEvents = 0; // after the spool failed or closed
    qint64 m_lastStopNs = 0;
};
