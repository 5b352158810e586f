#include "session/sessionstreamer.h"

#include "core/session.h"
#include "io/sessionfilereader.h"

#include <QEventLoop>
#include <QThread>

struct SessionStreamer::Start {
    std::unique_ptr<Session> session; // null on failure
    SessionFileError error;
    qint64 total = 0;
};

SessionStreamer::SessionStreamer(QObject *parent)
    : QObject(parent)
{
}

SessionStreamer::~SessionStreamer()
{
    m_cancelled = true;
    if (m_worker)
        m_worker->wait();
}

std::unique_ptr<Session> SessionStreamer::open(const QString &fileName, SessionFileError *error)
{
    Q_ASSERT(!m_worker);
    auto start = std::make_shared<Start>();
    QEventLoop wait;
    m_worker.reset(QThread::create([this, fileName, start] { read(fileName, start); }));
    // The worker's first progress() (the start) or finished() (a failure) ends the wait; both
    // are queued to this thread, so they are handled inside exec().
    connect(this, &SessionStreamer::progress, &wait, &QEventLoop::quit);
    connect(this, &SessionStreamer::finished, &wait, &QEventLoop::quit);
    m_loading = true;
    m_worker->start();
    wait.exec();
    if (!start->session) {
        *error = start->error;
        return nullptr;
    }
    return std::move(start->session);
}

void SessionStreamer::read(const QString &fileName, const std::shared_ptr<Start> &start)
{
    // Runs in the worker. The Session is made here and filled with the tables and the first
    // chunk while no other thread can see it, then moved to the GUI thread and handed over;
    // every later chunk is appended there (Session is not thread-safe, and its views live there).
    QThread *const gui = thread();
    SessionFileReader reader;
    auto session = std::make_unique<Session>();
    QList<MonitorProblem> problems;
    bool handedOver = false;
    const auto handOver = [&] {
        session->setOrigin(fileName);
        start->total = reader.eventCount();
        session->moveToThread(gui);
        start->session = std::move(session);
        handedOver = true;
        const qint64 loaded = start->session ? start->session->events().size() : 0;
        QMetaObject::invokeMethod(this, [this, start, loaded] {
            m_session = start->session.get();
            m_loaded = loaded;
            m_total = start->total;
            Q_EMIT progress(m_loaded, m_total);
        }, Qt::QueuedConnection);
    };
    // The bookmarks before the events: the window may save its own into this file, and a set
    // that had not been read yet would replace the file's.
    bool ok = reader.open(fileName)
        && reader.readTables(session->paths(), session->processes(), &problems)
        && reader.readBookmarks(&session->bookmarks());
    if (ok) {
        for (const MonitorProblem &p : std::as_const(problems))
            session->reportProblem(p);
        ok = reader.readEvents([&](const FsEvent *events, qsizetype n) {
            if (m_cancelled)
                return false;
            if (!handedOver) {
                session->append(events, n);
                handOver();
                return true;
            }
            // Wait for room in the queue, listening for a cancel meanwhile.
            while (!m_room.tryAcquire(1, 100)) {
                if (m_cancelled)
                    return false;
            }
            const FsEventBatch batch(events, events + n);
            QMetaObject::invokeMethod(this, [this, batch] { deliver(batch); },
                                      Qt::QueuedConnection);
            return true;
        });
    }
    SessionFileError error;
    if (!ok)
        error = reader.error();
    if (!handedOver) {
        // Failed before any event, or an empty session: either way the start comes now.
        if (ok)
            handOver();
        else
            start->error = error;
    }
    QMetaObject::invokeMethod(this, [this, error] { end(error); }, Qt::QueuedConnection);
}

void SessionStreamer::deliver(const FsEventBatch &batch)
{
    m_room.release();
    if (!m_session)
        return; // the window let go of the session: nothing to fill
    m_session->append(batch);
    m_loaded += batch.size();
    Q_EMIT progress(m_loaded, m_total);
}

void SessionStreamer::end(const SessionFileError &error)
{
    if (m_worker)
        m_worker->wait();
    m_loading = false;
    m_endError = error;
    Q_EMIT finished(error.code == SessionFileError::None, error);
}

void SessionStreamer::cancel()
{
    m_cancelled = true;
}
