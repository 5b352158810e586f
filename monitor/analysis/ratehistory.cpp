#include "analysis/ratehistory.h"

RateHistory::RateHistory()
    : RateHistory({{1, 600}, {10, 720}, {60, 1440}})
{
}

RateHistory::RateHistory(const QList<Resolution> &resolutions)
{
    for (const Resolution &res : resolutions) {
        Ring ring;
        ring.res = {qMax(1, res.bucketSeconds), qMax(1, res.buckets)};
        ring.buckets.resize(std::size_t(ring.res.buckets));
        m_rings.push_back(std::move(ring));
    }
}

void RateHistory::addTo(Ring &ring, qint64 seconds, quint32 mask)
{
    const qint64 slot = seconds / ring.res.bucketSeconds;
    const qint64 n = ring.res.buckets;
    if (slot > ring.head) {
        // Clear the buckets skipped over; at most one full turn of the ring.
        const qint64 from = ring.head < 0 ? slot : qMax(ring.head + 1, slot - n + 1);
        for (qint64 s = from; s <= slot; ++s)
            ring.buckets[std::size_t(s % n)].fill(0);
        ring.head = slot;
    } else if (slot <= ring.head - n) {
        return; // older than this ring's window
    }
    Bucket &b = ring.buckets[std::size_t(slot % n)];
    EventTypeIndex::forEach(mask, [&b](int i) { ++b[std::size_t(i)]; });
}

void RateHistory::add(const FsEvent &event)
{
    if (event.isOverflow() || event.timeNs <= 0)
        return;
    const qint64 seconds = event.timeNs / 1000000000;
    for (Ring &ring : m_rings)
        addTo(ring, seconds, event.mask);
    if (event.timeNs > m_lastNs)
        m_lastNs = event.timeNs;
}

void RateHistory::add(const FsEvent *events, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        add(events[i]);
}

void RateHistory::clear()
{
    for (Ring &ring : m_rings) {
        for (Bucket &b : ring.buckets)
            b.fill(0);
        ring.head = -1;
    }
    m_lastNs = 0;
}

RateHistory::Bucket RateHistory::bucket(int r, qint64 slot) const
{
    const Ring &ring = m_rings[std::size_t(r)];
    const qint64 n = ring.res.buckets;
    if (ring.head < 0 || slot < 0 || slot > ring.head || slot <= ring.head - n)
        return Bucket{};
    return ring.buckets[std::size_t(slot % n)];
}

QList<double> RateHistory::rates(int r, int typeIndex, qint64 lastSlot, int count) const
{
    QList<double> out;
    out.reserve(count);
    const double width = m_rings[std::size_t(r)].res.bucketSeconds;
    for (qint64 slot = lastSlot - count + 1; slot <= lastSlot; ++slot) {
        const Bucket b = bucket(r, slot);
        quint64 n = 0;
        if (typeIndex < 0) {
            for (quint32 c : b)
                n += c;
        } else {
            n = b[std::size_t(typeIndex)];
        }
        out.append(double(n) / width);
    }
    return out;
}
