#pragma once

#include "fsevent.h"
#include "monitorproblem.h"
#include "watchoptions.h"

#include <QObject>

#include <memory>

class PathTable;
class QThread;
class InotifyReader;

// Recursive inotify monitoring of one or more directory trees.
//
// Lives in the caller's thread; reading happens in a dedicated reader thread so that a busy
// consumer (a GUI painting) can never let the kernel queue (16,384 events by default,
// /proc/sys/fs/inotify/max_queued_events) overflow. Events arrive in batches through eventsReady(),
// a queued signal, at most every WatchOptions::batchIntervalMs.
class InotifyMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InotifyMonitor)

public:
    struct Stats {
        qint64 watchedDirectories = 0;
        qint64 unwatchedDirectories = 0; // could not be watched (limit, permission, vanished)
        qint64 overflows = 0;
        qint64 eventsRead = 0;           // kernel events read (before filtering)
        qint64 eventsRecorded = 0;       // events handed over (after filtering, with synthesized)
    };

    explicit InotifyMonitor(std::shared_ptr<PathTable> paths, QObject *parent = nullptr);
    ~InotifyMonitor() override;

    // Starts the reader thread and the initial scan. Returns false (and problem() is emitted, see
    // lastProblem()) when inotify itself cannot be set up; a root that cannot be watched is
    // reported through problem() and the others still run.
    bool start(const WatchOptions &options);

    // Stops reading, flushes what was read as a last eventsReady(), and joins the thread.
    // Also cancels a set-up still in progress.
    void stop();

    bool isRunning() const;
    MonitorProblem lastProblem() const;
    Stats stats() const; // thread-safe snapshot

Q_SIGNALS:
    void eventsReady(const FsEventBatch &batch);
    // While the initial walk runs: directories scanned so far (emitted at most every ~100 ms).
    void setupProgress(qint64 directoriesScanned);
    void setupFinished(qint64 watchedDirectories, qint64 unwatchedDirectories);
    void problem(const MonitorProblem &problem);
    // The reader stopped on its own (every root gone) or after stop().
    void stopped();

private:
    std::shared_ptr<PathTable> m_paths;
    QThread *m_thread = nullptr;
    InotifyReader *m_reader = nullptr; // lives in m_thread
    MonitorProblem m_lastProblem;
};
