#pragma once

#include "capture/eventsource.h"

#include <memory>

class PathTable;
class QThread;
class InotifyEngine;
struct InotifyMonitorShared;

// Recursive inotify monitoring of one or more directory trees.
//
// Lives in the caller's thread; reading happens in a dedicated reader thread so that a busy
// consumer (a GUI painting) can never let the kernel queue (16,384 events by default,
// /proc/sys/fs/inotify/max_queued_events) overflow. Events arrive in batches through eventsReady(),
// a queued signal, at most every WatchOptions::batchIntervalMs.
//
// What it promises (details and reasons in inotifyengine.cpp, treewalker.cpp and
// inotifyselffilter.h):
// - New directories are watched before they are listed; what they already hold is reported as
//   IN_CREATE events flagged FsEvent::Synthesized (source FsEvent::Scan).
// - The engine's own directory listings never appear in the record. During the initial walk
//   (until setupFinished) OPEN/ACCESS/CLOSE_NOWRITE are not recorded on the directories it
//   lists, much as inotifywait records nothing before "Watches established.".
// - A subdirectory's own copy of an event its parent also reports (attrib, open, close...) is
//   recorded once, with the path taken from the parent's report.
// - An entry both found by the listing of a new directory and reported by the kernel is one row,
//   the kernel's (PendingScanCreates).
// - IN_Q_OVERFLOW: an FsEvent::OverflowMarker event (cookie = overflows so far), then a rescan that
//   compares every watched directory with what the engine knew of its entries (KnownEntries),
//   records the difference as FsEvent::Rescan rows, adds missing watches and drops stale ones;
//   then a QueueOverflow problem that says what it found (MonitorProblem::rescanFound).
// - ENOSPC: keeps running with what it has, WatchLimit problem with the count and the limit.
// - A root deleted (RootDeleted) or moved away (RootMoved) stops being watched, even if a
//   directory of the same name comes back: the others keep running, and stopped() is emitted
//   when no root is left.
class InotifyMonitor final : public EventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InotifyMonitor)

public:
    explicit InotifyMonitor(std::shared_ptr<PathTable> paths, QObject *parent = nullptr);
    ~InotifyMonitor() override;

    bool start(const WatchOptions &options) override;
    void stop() override;
    bool isRunning() const override;
    Stats stats() const override;

private:
    std::shared_ptr<PathTable> m_paths;
    QThread *m_thread = nullptr;         // child while running
    InotifyEngine *m_engine = nullptr;   // lives in m_thread and is destroyed there
    std::unique_ptr<InotifyMonitorShared> m_shared; // counters and stop flag, shared with m_engine
    Stats m_stats; // final figures, kept after stop()
};
