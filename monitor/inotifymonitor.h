#pragma once

#include "eventsource.h"

#include <memory>

class PathTable;
class QThread;
class InotifyReader;
struct InotifyMonitorShared;

// Recursive inotify monitoring of one or more directory trees.
//
// Lives in the caller's thread; reading happens in a dedicated reader thread so that a busy
// consumer (a GUI painting) can never let the kernel queue (16,384 events by default,
// /proc/sys/fs/inotify/max_queued_events) overflow. Events arrive in batches through eventsReady(),
// a queued signal, at most every WatchOptions::batchIntervalMs.
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
    QThread *m_thread = nullptr;
    InotifyReader *m_reader = nullptr; // lives in m_thread
    std::unique_ptr<InotifyMonitorShared> m_shared; // counters and stop flag, shared with m_reader
    Stats m_stats; // final figures, kept after stop()
};
