#include "core/eventstore.h"

#include <algorithm>
#include <cstring>

EventStore::EventStore(qsizetype cap)
    : m_cap(cap)
{
}

void EventStore::setCap(qsizetype cap)
{
    m_cap = cap;
}

void EventStore::clear()
{
    m_chunks.clear();
    m_firstOffset = 0;
    m_size = 0;
    m_dropped = 0;
}

qsizetype EventStore::dropsFor(qsizetype incoming) const
{
    if (m_cap <= 0)
        return 0;
    // Whole chunks go; the cap is honoured to within one chunk, rounded so that we never keep
    // fewer than `cap` events when there are that many.
    qsizetype dropped = 0;
    qsizetype firstOffset = m_firstOffset;
    qsizetype size = m_size;
    while (size + incoming > m_cap + kChunkEvents && size > 0) {
        const qsizetype inFirst = std::min(kChunkEvents - firstOffset, size);
        dropped += inFirst;
        size -= inFirst;
        firstOffset = 0;
    }
    return dropped;
}

qsizetype EventStore::makeRoomFor(qsizetype incoming)
{
    const qsizetype toDrop = dropsFor(incoming);
    qsizetype dropped = 0;
    while (dropped < toDrop) {
        const qsizetype inFirst = std::min(kChunkEvents - m_firstOffset, m_size);
        m_chunks.pop_front();
        m_firstOffset = 0;
        m_size -= inFirst;
        dropped += inFirst;
    }
    m_dropped += quint64(dropped);
    if (m_size == 0 && !m_chunks.empty()) {
        m_chunks.clear();
        m_firstOffset = 0;
    }
    return dropped;
}

qsizetype EventStore::append(const FsEvent *events, qsizetype count)
{
    const qsizetype dropped = makeRoomFor(count);
    qsizetype done = 0;
    while (done < count) {
        const qsizetype end = m_firstOffset + m_size;
        const qsizetype inChunk = end % kChunkEvents;
        if (inChunk == 0 && qsizetype(m_chunks.size()) * kChunkEvents == end)
            m_chunks.emplace_back(new FsEvent[kChunkEvents]);
        const qsizetype n = std::min(count - done, kChunkEvents - inChunk);
        std::memcpy(static_cast<void *>(&m_chunks.back()[inChunk]), events + done,
                    std::size_t(n) * sizeof(FsEvent));
        done += n;
        m_size += n;
    }
    return dropped;
}
