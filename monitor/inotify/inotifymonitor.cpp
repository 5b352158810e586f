#include "inotify/inotifymonitor.h"

#include "capture/filesystemnotes.h"
#include "inotify/inotifycounters.h"
#include "inotify/inotifyengine.h"
#include "core/logging.h"
#include "core/pathtable.h"

#include <QCoreApplication>
#include <QThread>

#include <cerrno>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

// Everything the monitor shares with its reader thread; kept out of the public header.
struct InotifyMonitorShared {
    InotifyCounters counters;
    std::atomic<bool> stopRequested{false};
};

namespace {

// "/a/b//" -> "/a/b"; the root "/" stays "/".
QByteArray cleanRoot(QByteArray path)
{
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    return path;
}
} // namespace

InotifyMonitor::InotifyMonitor(std::shared_ptr<PathTable> paths, QObject *parent)
    : EventSource(parent)
    , m_paths(std::move(paths))
{
    qRegisterMetaType<FsEventBatch>("FsEventBatch");
    qRegisterMetaType<MonitorProblem>("MonitorProblem");
}

InotifyMonitor::~InotifyMonitor()
{
    if (isRunning()) {
        const QSignalBlocker blocker(this); // nobody listens to a monitor being destroyed
        stop();
    }
}

bool InotifyMonitor::start(const WatchOptions &options)
{
    if (isRunning())
        stop();

    QList<QByteArray> roots;
    for (const QByteArray &raw : options.roots) {
        const QByteArray root = cleanRoot(raw);
        struct stat st;
        errno = 0;
        if (!root.startsWith('/') || ::stat(root.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            reportProblem(MonitorProblem::rootMissing(
                raw, root.startsWith('/') ? (errno ? errno : ENOTDIR) : EINVAL));
            continue;
        }
        if (!roots.contains(root))
            roots.append(root);
    }
    if (roots.isEmpty()) {
        if (options.roots.isEmpty())
            reportProblem(MonitorProblem::rootMissing({}, EINVAL));
        return false;
    }
    // inotify sees only what this kernel does to a filesystem: say so for network, FUSE and
    // overlay roots before the first row, as the fanotify helper does for the roots it marks.
    if (options.filesystemNotes) {
        for (const QByteArray &root : std::as_const(roots)) {
            for (const MonitorProblem &note : FilesystemNotes::forRoot(root))
                reportProblem(note);
        }
    }

    // IN_NONBLOCK: the reader drains until EAGAIN; IN_CLOEXEC: programs we start do not inherit it.
    UniqueFd fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
    if (!fd.isValid()) {
        reportProblem(MonitorProblem::initFailed(errno)); // EMFILE: max_user_instances reached
        return false;
    }

    m_shared = std::make_unique<InotifyMonitorShared>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("fsnoop-inotify"));
    m_engine = new InotifyEngine(std::move(fd), m_paths, options, roots, &m_shared->counters,
                                 &m_shared->stopRequested);
    m_engine->moveToThread(m_thread);
    // The engine, its notifier and timers belong to the reader thread and are destroyed there:
    // QThread::finished is emitted in that thread after its loop has quit, and deferred deletes
    // posted then are run before the thread ends, so wait() returns after the engine (and with
    // it the inotify fd, which removes every watch) is gone.
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    // Queued hops into this thread. The reader's batches go through this object (not straight to
    // the consumer) so that stop() can deliver everything still in flight before stopped().
    connect(m_engine, &InotifyEngine::batchReady, this, &InotifyMonitor::eventsReady,
            Qt::QueuedConnection);
    connect(m_engine, &InotifyEngine::setupProgress, this, &InotifyMonitor::setupProgress,
            Qt::QueuedConnection);
    connect(m_engine, &InotifyEngine::setupFinished, this, &InotifyMonitor::setupFinished,
            Qt::QueuedConnection);
    connect(m_engine, &InotifyEngine::problem, this,
            [this](const MonitorProblem &p) { reportProblem(p); }, Qt::QueuedConnection);
    connect(m_engine, &InotifyEngine::allRootsGone, this, &InotifyMonitor::stop,
            Qt::QueuedConnection);

    m_thread->start();
    QMetaObject::invokeMethod(m_engine, &InotifyEngine::begin, Qt::QueuedConnection);
    return true;
}

void InotifyMonitor::stop()
{
    if (!isRunning() || m_shared->stopRequested.load())
        return; // not running, or already stopping (a queued allRootsGone delivered below)
    // The flag cancels a set-up walk between two directories; the blocking call then runs the
    // engine's shutdown (last drain and flush) in its own thread once it is back in its loop.
    m_shared->stopRequested.store(true);
    QMetaObject::invokeMethod(m_engine, &InotifyEngine::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_engine = nullptr; // destroyed in its thread (see start())
    // Deliver batches still queued for us, in order, so the last eventsReady() precedes stopped().
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_thread->deleteLater(); // finished: a plain QObject now, freed by the event loop or by us
    m_thread = nullptr;
    m_stats = stats(); // keep the final figures readable after the stop
    m_shared.reset();
    Q_EMIT stopped();
}

bool InotifyMonitor::isRunning() const
{
    return m_thread != nullptr;
}

EventSource::Stats InotifyMonitor::stats() const
{
    if (!m_shared)
        return m_stats;
    const InotifyCounters &c = m_shared->counters;
    Stats s;
    s.watchedDirectories = c.watched.load(std::memory_order_relaxed);
    s.unwatchedDirectories = c.unwatched.load(std::memory_order_relaxed);
    s.overflows = c.overflows.load(std::memory_order_relaxed);
    s.eventsRead = c.eventsRead.load(std::memory_order_relaxed);
    s.eventsRecorded = c.eventsRecorded.load(std::memory_order_relaxed);
    s.waitingRoots = c.waitingRoots.load(std::memory_order_relaxed);
    return s;
}
