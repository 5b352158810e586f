#include "io/sessionwriterthread.h"

#include "core/pathtable.h"
#include "io/sessionfilewriter.h"

#include <QDateTime>

#include <chrono>

SessionWriterThread::SessionWriterThread(std::shared_ptr<const PathTable> paths, QObject *parent,
                                         qint64 maxQueuedBytes)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_maxQueuedBytes(maxQueuedBytes)
{
}

SessionWriterThread::~SessionWriterThread()
{
    if (isRunning()) {
        SessionFileError ignored;
        finish(QDateTime::currentMSecsSinceEpoch() * 1000000, &ignored);
    }
}

bool SessionWriterThread::start(const QString &fileName, const SessionMetadata &metadata,
                                SessionFileError *error)
{
    m_writer = std::make_unique<SessionFileWriter>();
    if (!m_writer->create(fileName, metadata)) {
        *error = m_writer->error();
        m_writer.reset();
        return false;
    }
    m_stopRequested = false;
    m_failed = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void SessionWriterThread::append(const FsEventBatch &batch, const ProcessTable &processes)
{
    if (batch.isEmpty())
        return;
    if (m_failed.load(std::memory_order_relaxed)) {
        m_notQueued.fetch_add(batch.size(), std::memory_order_relaxed);
        return;
    }
    Job job;
    job.events = batch;
    job.pathCount = m_paths->size();
    for (ProcessTable::Id id = m_processesQueued; id < processes.size(); ++id)
        job.processes.emplace_back(id, processes.info(id));
    {
        std::lock_guard lock(m_mutex);
        if (m_queuedBytes + job.bytes() > m_maxQueuedBytes) {
            // Dropped here, not waited for: the caller is the thread that drains the kernel
            // queue (or the GUI), and waiting would turn a slow disk into lost kernel events.
            // The processes stay unqueued too and go with the next batch that fits.
            m_notQueued.fetch_add(batch.size(), std::memory_order_relaxed);
            return;
        }
        m_queuedBytes += job.bytes();
        m_queue.push_back(std::move(job));
    }
    m_processesQueued = qMax(m_processesQueued, processes.size());
    m_wake.notify_one();
}

void SessionWriterThread::appendProblem(const MonitorProblem &problem, qint64 timeNs)
{
    Job job;
    job.pathCount = m_paths->size();
    job.hasProblem = true;
    job.problem = problem;
    job.problemTimeNs = timeNs;
    enqueue(std::move(job));
}

void SessionWriterThread::replaceBookmarks(const Bookmarks &marks, quint64 firstSerial)
{
    Job job;
    job.pathCount = m_paths->size();
    job.hasBookmarks = true;
    job.bookmarks = marks; // a copy: the GUI goes on changing its own
    job.firstSerial = firstSerial;
    enqueue(std::move(job));
}

void SessionWriterThread::enqueue(Job job)
{
    // Problems and bookmarks are few and small: always queued, whatever the events' bound.
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

bool SessionWriterThread::finish(qint64 stoppedNs, SessionFileError *error)
{
    if (!isRunning()) {
        *error = m_error;
        return false;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
        m_stoppedNs = stoppedNs;
    }
    m_wake.notify_one();
    m_thread.join();
    m_writer.reset();
    *error = m_error;
    return !m_failed.load();
}

bool SessionWriterThread::writeJob(const Job &job)
{
    if (!m_writer->writePaths(*m_paths, job.pathCount))
        return false;
    for (const auto &[id, info] : job.processes) {
        if (!m_writer->writeProcess(id, info))
            return false;
    }
    if (job.hasProblem)
        return m_writer->writeProblem(job.problem, job.problemTimeNs);
    if (job.hasBookmarks)
        return m_writer->writeBookmarks(job.bookmarks, job.firstSerial);
    return m_writer->writeEvents(job.events.constData(), job.events.size());
}

void SessionWriterThread::run()
{
    using Clock = std::chrono::steady_clock;
    const auto interval = std::chrono::milliseconds(kCommitIntervalMs);
    bool ok = true;
    for (;;) {
        std::deque<Job> jobs;
        bool stop = false;
        qint64 stoppedNs = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopRequested; });
            // Gather what arrives in the next kGatherMs into the same transaction: a batch comes
            // every 20 ms under load, and a commit per batch would cost more than the rows.
            m_wake.wait_for(lock, std::chrono::milliseconds(kGatherMs),
                            [this] { return m_stopRequested; });
            jobs.swap(m_queue);
            stop = m_stopRequested;
            stoppedNs = m_stoppedNs;
        }
        // Everything queued goes into one transaction; a large backlog is cut into commits at
        // most kCommitIntervalMs apart, so a crash while catching up loses little.
        if (ok && !jobs.empty()) {
            ok = m_writer->begin();
            auto started = Clock::now();
            for (const Job &job : jobs) {
                ok = ok && writeJob(job);
                if (ok && Clock::now() - started >= interval) {
                    ok = m_writer->commit() && m_writer->begin();
                    m_committed.store(m_writer->eventsWritten(), std::memory_order_relaxed);
                    started = Clock::now();
                }
            }
            ok = ok && m_writer->commit();
            if (ok)
                m_committed.store(m_writer->eventsWritten(), std::memory_order_relaxed);
            if (!ok) {
                m_error = m_writer->error();
                m_failed.store(true);
                Q_EMIT failed(m_error);
            }
        }
        if (!jobs.empty()) {
            qint64 bytes = 0;
            for (const Job &job : jobs)
                bytes += job.bytes();
            std::lock_guard lock(m_mutex);
            m_queuedBytes -= bytes;
        }
        if (stop) {
            if (!m_writer->finish(stoppedNs) && ok) {
                m_error = m_writer->error();
                m_failed.store(true);
            }
            return;
        }
    }
}
