#include "capture/eventbatcher.h"

#include <QTimer>

EventBatcher::EventBatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EventBatcher::flush);
    setLimits(m_intervalMs, m_maxEvents);
    m_batch.reserve(kReserve);
}

void EventBatcher::setLimits(int intervalMs, int maxEvents)
{
    m_intervalMs = intervalMs;
    m_maxEvents = maxEvents;
    m_timer->setInterval(qMax(1, intervalMs));
}

void EventBatcher::startBatch()
{
    m_age.start();
    m_timer->start();
}

void EventBatcher::flush()
{
    m_timer->stop();
    if (m_batch.isEmpty())
        return;
    // The batch leaves by value (QList is implicitly shared, the queued copy costs a reference
    // count); a fresh one is reserved so the next burst does not grow it element by element.
    FsEventBatch batch;
    batch.swap(m_batch);
    m_handedOver += quint64(batch.size());
    m_batch.reserve(kReserve);
    Q_EMIT batchReady(batch);
}
