#include "analysis/sessionstats.h"

#include "core/session.h"

#include <QDateTime>
#include <QTimer>

SessionStats::SessionStats(Session *session, Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_expiryTimer(new QTimer(this))
{
    // A rename's partner normally arrives in the same read; a lone MOVED_FROM of a quiet live
    // capture is resolved by wall clock a little after the grace window.
    m_expiryTimer->setInterval(int(m_renames.graceNs() / 1000000) + 250);
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, &SessionStats::expireRenames);
    setSession(session);
}

Session *SessionStats::session() const
{
    return m_session;
}

void SessionStats::setSession(Session *session, bool streaming)
{
    m_streaming = session && streaming;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (session) {
        m_connections << connect(session, &Session::eventsAppended, this, &SessionStats::onAppended)
                      << connect(session, &Session::cleared, this, &SessionStats::onCleared)
                      << connect(session, &QObject::destroyed, this,
                                 &SessionStats::onSessionDestroyed);
    }
    recount();
}

void SessionStats::recount()
{
    m_files.clear();
    m_rates.clear();
    m_renames.clear();
    m_processes.clear();
    if (m_session) {
        const EventStore &store = m_session->events();
        for (qsizetype i = 0; i < store.size(); ++i) {
            const FsEvent &e = store.at(i);
            if (m_parts & Files)
                m_files.add(e, m_session->paths());
            if (m_parts & Rates)
                m_rates.add(e);
            if (m_parts & Renames)
                m_renames.add(e, m_session->paths());
            if (m_parts & Processes)
                m_processes.add(e, m_session->processes());
        }
        if (m_session->isReadOnly() && !m_streaming)
            m_renames.flush();
        else
            scheduleExpiry();
    }
    Q_EMIT reset();
}

void SessionStats::onAppended(qsizetype first, qsizetype count)
{
    const EventStore &store = m_session->events();
    const PathTable &paths = m_session->paths();
    for (qsizetype i = first; i < first + count; ++i) {
        const FsEvent &e = store.at(i);
        if (m_parts & Files)
            m_files.add(e, paths);
        if (m_parts & Rates)
            m_rates.add(e);
        if (m_parts & Renames)
            m_renames.add(e, paths);
        if (m_parts & Processes)
            m_processes.add(e, m_session->processes());
    }
    scheduleExpiry();
    Q_EMIT updated();
}

void SessionStats::scheduleExpiry()
{
    // Only a live capture's quiet MOVED_FROM waits on the wall clock: a session read from a file
    // (streaming, or complete and flushed) has its events' own times, which add() follows.
    if (m_renames.pendingCount() > 0 && m_session && !m_session->isReadOnly())
        m_expiryTimer->start();
}

void SessionStats::onCleared()
{
    recount();
}

void SessionStats::onSessionDestroyed()
{
    m_connections.clear();
    m_session = nullptr;
    recount();
}

void SessionStats::finish()
{
    m_streaming = false;
    if (!m_session || m_renames.pendingCount() == 0)
        return;
    m_renames.flush();
    Q_EMIT updated();
}

void SessionStats::expireRenames()
{
    if (!m_session || m_session->isReadOnly() || m_renames.pendingCount() == 0)
        return;
    const quint64 before = m_renames.revision();
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    m_renames.expire(nowNs);
    scheduleExpiry();
    if (m_renames.revision() != before)
        Q_EMIT updated();
}
