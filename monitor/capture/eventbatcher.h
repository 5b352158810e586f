#pragma once

#include "core/fsevent.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

// Collects events into batches for the consumer, for both backends: a batch is handed over
// (batchReady) when it holds `maxEvents`, or `intervalMs` after its first event, whichever comes
// first. One queued signal per batch instead of one per event is what keeps a busy GUI thread
// from drowning (ARCHITECTURE.md, "Models insert in batches").
//
// Lives in the thread of its owner and is used from that thread only. append() costs a QList
// append and a size test; the timer is touched only when a batch starts or ends.
class EventBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventBatcher)

public:
    explicit EventBatcher(QObject *parent = nullptr);

    void setLimits(int intervalMs, int maxEvents);

    void append(const FsEvent &event)
    {
        if (m_batch.isEmpty())
            startBatch();
        m_batch.append(event);
        if (m_batch.size() >= m_maxEvents)
            flush();
    }

    // Events appended so far, ever: the number of the next one. With pending(), a producer may
    // amend an event it appended as long as it has not been handed over.
    quint64 appended() const { return m_handedOver + quint64(m_batch.size()); }
    FsEvent *pending(quint64 number)
    {
        return number >= m_handedOver && number < appended() ? &m_batch[qsizetype(number - m_handedOver)]
                                                            : nullptr;
    }

    // Hands over what is collected now (nothing if empty).
    void flush();
    // Hands over the batch if it is older than the interval: for a producer too busy reading to
    // give the timer a turn of the event loop.
    void flushIfDue()
    {
        if (!m_batch.isEmpty() && m_age.elapsed() >= m_intervalMs)
            flush();
    }

Q_SIGNALS:
    void batchReady(const FsEventBatch &batch);

private:
    void startBatch();

    static constexpr qsizetype kReserve = 1024;

    FsEventBatch m_batch;
    QElapsedTimer m_age;
    QTimer *m_timer;
    int m_intervalMs = 20;
    int m_maxEvents = 8192;
    quint64 m_handedOver = 0;
};
