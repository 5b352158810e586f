#pragma once

#include "core/fsevent.h"
#include "core/monitorproblem.h"
#include "core/watchoptions.h"

#include <QObject>

// A live source of filesystem events: the inotify engine or the fanotify helper. The window and
// `fsnoop record` drive either through this interface, so switching backends keeps the session.
class EventSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSource)

public:
    struct Stats {
        qint64 watchedDirectories = 0;
        qint64 unwatchedDirectories = 0; // could not be watched (limit, permission, vanished)
        qint64 overflows = 0;
        qint64 eventsRead = 0;           // kernel events read (before filtering)
        qint64 eventsRecorded = 0;       // events handed over (after filtering, with synthesized)
        qint64 waitingRoots = 0;         // roots gone for now, waited for on a parent (inotify)
    };

    using QObject::QObject;
    ~EventSource() override = default;

    // Starts capturing. Returns false when the backend cannot start at all (the reason is in
    // lastProblem() and was emitted through problem()); partial failures (one unreadable
    // directory) are reported through problem() while the rest runs.
    virtual bool start(const WatchOptions &options) = 0;

    // Stops, delivers what was already read as a last eventsReady(), then emits stopped().
    virtual void stop() = 0;

    virtual bool isRunning() const = 0;
    virtual Stats stats() const = 0; // callable from the owning thread at any time
    MonitorProblem lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    void eventsReady(const FsEventBatch &batch);
    // While the initial set-up runs: directories scanned so far (at most every ~100 ms).
    void setupProgress(qint64 directoriesScanned);
    void setupFinished(qint64 watchedDirectories, qint64 unwatchedDirectories);
    void problem(const MonitorProblem &problem);
    // The source stopped on its own (every root gone, helper exited) or after stop().
    void stopped();

protected:
    void reportProblem(const MonitorProblem &p)
    {
        m_lastProblem = p;
        Q_EMIT problem(p);
    }

private:
    MonitorProblem m_lastProblem;
};
