#pragma once

#include "core/fsevent.h"

#include <deque>
#include <memory>

// Chunked, append-only event storage with an optional cap. When the cap is exceeded the oldest
// whole chunk is released: eviction costs one free(), never a per-row scan or a memmove, and the
// number of events dropped so far is kept so the UI can say so.
//
// Indexes passed to at() are positions among the events currently held (0 = oldest held).
// serialOf(i) gives an event's position in the whole capture, which never changes.
class EventStore final
{
public:
    static constexpr qsizetype kChunkEvents = 1 << 16; // 2 MiB per chunk

    explicit EventStore(qsizetype cap = 0); // 0: unlimited

    // Drops the oldest chunks so that `incoming` more events fit under the cap; returns how many
    // events went (dropsFor(incoming)). append() calls it itself; a caller that must announce the
    // drop first (Session) calls it explicitly.
    qsizetype makeRoomFor(qsizetype incoming);

    // Appends events; returns how many of the oldest events were dropped to honour the cap.
    qsizetype append(const FsEvent *events, qsizetype count);
    qsizetype append(const FsEventBatch &batch) { return append(batch.constData(), batch.size()); }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const FsEvent &at(qsizetype i) const
    {
        const qsizetype pos = m_firstOffset + i;
        return m_chunks[std::size_t(pos / kChunkEvents)][pos % kChunkEvents];
    }

    quint64 droppedCount() const { return m_dropped; }
    quint64 serialOf(qsizetype i) const { return m_dropped + quint64(i); }
    // The held events are the serials [droppedCount(), endSerial()). Callers that keep serials
    // (the event table's rows, an export of them) go through these rather than redo the
    // serial <-> index arithmetic each.
    quint64 endSerial() const { return m_dropped + quint64(m_size); }
    bool holdsSerial(quint64 serial) const { return serial >= m_dropped && serial < endSerial(); }
    const FsEvent &atSerial(quint64 serial) const { return at(qsizetype(serial - m_dropped)); }

    // How many of the oldest events the next append of `incoming` events will drop.
    qsizetype dropsFor(qsizetype incoming) const;

    qsizetype cap() const { return m_cap; }
    void setCap(qsizetype cap); // takes effect on the next append
    void clear();

    std::size_t memoryUsage() const { return m_chunks.size() * kChunkEvents * sizeof(FsEvent); }

private:

    std::deque<std::unique_ptr<FsEvent[]>> m_chunks;
    qsizetype m_firstOffset = 0; // index of the oldest held event inside m_chunks.front()
    qsizetype m_size = 0;
    qsizetype m_cap = 0;
    quint64 m_dropped = 0;
};
