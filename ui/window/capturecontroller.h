#pragma once

#include "analysis/filterrule.h"
#include "capture/eventsource.h"
#include "core/watchoptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

class CaptureFilter;
class QProgressDialog;
class QWidget;
class Session;

// The live capture behind the window: creates the event source for the current options, feeds
// the session with it, shows the set-up progress, stops it, and decides to go on with inotify
// when the fanotify helper is gone (the only place that decides it). The window owns it and keeps the session; it tells the window through
// signals when the capture's state changed.
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

    // Starts capturing with the current options (asks for a folder when there is none).
    void resume();
    void stop();
    // Stops the source at once and forgets it, without telling anyone: for the window's end.
    void shutDown();

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

private:
    void onSourceProblem(const MonitorProblem &problem);
    void fallBackToInotify();

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
};
