#pragma once

#include "core/bookmarks.h"
#include "core/fsevent.h"
#include "core/monitorproblem.h"
#include "core/processtable.h"
#include "io/sessionfileerror.h"
#include "io/sessionmetadata.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class PathTable;
class SessionFileWriter;

// Spools a live capture into a session file from a thread of its own: neither the inotify reader
// (which must drain the kernel queue) nor the GUI thread ever waits on the disk. append() only
// queues the batch (a QList reference count) and the process identities it is the first to use.
//
// The thread writes whatever was queued within kGatherMs of a first batch in one transaction and
// commits it; while a backlog is being written it commits at least every kCommitIntervalMs. So a kill -9 loses at most what arrived in
// the last quarter second, and the file is never corrupt.
//
// Paths are read from the shared PathTable in the writer thread: its nodes never move and the
// count published before a batch is queued orders their writes before the reads (pathtable.h).
// ProcessTable is not thread-safe, so new process rows are copied on the caller's thread.
//
// The queue is bounded (maxQueuedBytes): when the disk cannot keep up, a batch that does not fit
// is not queued but counted (eventsNotQueued()), so neither the reader nor the GUI ever waits on
// the disk and memory stays bounded; the file then lacks those events, and the caller says so.
class SessionWriterThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWriterThread)

public:
    static constexpr int kCommitIntervalMs = 250;
    // How long the thread waits after the first queued batch for more before writing them in one
    // transaction; with the time the write takes, well inside kCommitIntervalMs.
    static constexpr int kGatherMs = 100;
    // Events queued and not yet written, in bytes of FsEvent: 128 MiB is about 40 s of a sustained
    // 100,000 events/s that the disk does not take at all.
    static constexpr qint64 kDefaultMaxQueuedBytes = qint64(128) << 20;

    explicit SessionWriterThread(std::shared_ptr<const PathTable> paths, QObject *parent = nullptr,
                                 qint64 maxQueuedBytes = kDefaultMaxQueuedBytes);
    ~SessionWriterThread() override; // finishes if still running (stop time: now)

    // Creates the file in the calling thread (so "cannot create" is known at once), then starts
    // the thread. False with *error filled if the file cannot be created.
    bool start(const QString &fileName, const SessionMetadata &metadata, SessionFileError *error);

    // From the thread that owns `processes` (the capture's consumer thread).
    void append(const FsEventBatch &batch, const ProcessTable &processes);
    void appendProblem(const MonitorProblem &problem, qint64 timeNs);
    // Replaces the file's bookmarks with `marks` (store serials; `firstSerial` is the serial of
    // the first event this file holds). Queued behind the events already appended, so a mark
    // is written in the same or a later transaction than its event, never before it.
    void replaceBookmarks(const Bookmarks &marks, quint64 firstSerial);

    // Writes everything queued, records the stop time, closes the file and joins the thread.
    // False with *error filled if any write failed since start().
    bool finish(qint64 stoppedNs, SessionFileError *error);

    bool isRunning() const { return m_thread.joinable(); }
    // Events in committed transactions so far (any thread).
    qint64 eventsCommitted() const { return m_committed.load(std::memory_order_relaxed); }
    // Events append() could not queue (the queue was full) or took after a failure (any thread).
    qint64 eventsNotQueued() const { return m_notQueued.load(std::memory_order_relaxed); }

Q_SIGNALS:
    // A write failed (disk full, I/O error): the capture goes on but nothing more is written.
    // Emitted from the writer thread once; connect with a queued (default) connection.
    void failed(const SessionFileError &error);

private:
    struct Job {
        FsEventBatch events;
        quint32 pathCount = 0; // PathTable::size() when queued
        std::vector<std::pair<ProcessTable::Id, ProcessInfo>> processes;
        bool hasProblem = false;
        MonitorProblem problem;
        qint64 problemTimeNs = 0;
        bool hasBookmarks = false;
        Bookmarks bookmarks;
        quint64 firstSerial = 0;
        qint64 bytes() const { return qint64(events.size()) * qint64(sizeof(FsEvent)); }
    };
    void enqueue(Job job);
    void run();
    bool writeJob(const Job &job);

    std::shared_ptr<const PathTable> m_paths;
    std::unique_ptr<SessionFileWriter> m_writer;
    std::thread m_thread;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;     // guarded by m_mutex
    bool m_stopRequested = false; // guarded by m_mutex
    qint64 m_stoppedNs = 0;      // guarded by m_mutex
    qint64 m_queuedBytes = 0;    // guarded by m_mutex: queued or being written
    const qint64 m_maxQueuedBytes;

    ProcessTable::Id m_processesQueued = 1; // caller's thread: ids below are queued already
    std::atomic<qint64> m_committed{0};
    std::atomic<qint64> m_notQueued{0};
    std::atomic<bool> m_failed{false};
    SessionFileError m_error; // written by the thread before m_failed, read after join
};
