#pragma once

#include "analysis/eventtypeindex.h"
#include "core/fsevent.h"

#include <QList>

#include <array>
#include <vector>

// Events per time bucket, by event type, in bounded ring buffers at several resolutions (by
// default 1 s for 10 minutes, 10 s for 2 hours, 1 min for a day), so that a long capture costs a
// fixed amount of memory and a chart reads at most a few hundred buckets. Time is the event's own
// timeNs, so a session reopened from CSV gets the same history as the live one.
//
// Events older than a resolution's window are ignored by that resolution only; a clock step back
// (CLOCK_REALTIME can jump) lands in the bucket of its time if that is still held.
class RateHistory final
{
public:
    struct Resolution {
        int bucketSeconds;
        int buckets;
    };
    using Bucket = std::array<quint32, EventTypeIndex::kMaxTypes>;

    RateHistory();
    explicit RateHistory(const QList<Resolution> &resolutions);

    void add(const FsEvent &event);
    void add(const FsEvent *events, qsizetype count);
    void clear();

    int resolutionCount() const { return int(m_rings.size()); }
    Resolution resolution(int r) const { return m_rings[std::size_t(r)].res; }

    // The last bucket index (time / bucketSeconds) seen at resolution r; -1 when empty.
    qint64 lastSlot(int r) const { return m_rings[std::size_t(r)].head; }
    qint64 lastEventNs() const { return m_lastNs; }
    bool isEmpty() const { return m_lastNs == 0; }

    // Counts of slot `slot` (seconds since the epoch / bucketSeconds) at resolution r; zeros when
    // the slot is not held (too old, or in the future).
    Bucket bucket(int r, qint64 slot) const;

    // Events per second of one type (typeIndex, or -1 for all types) for `count` slots ending
    // at `lastSlot` inclusive, oldest first.
    QList<double> rates(int r, int typeIndex, qint64 lastSlot, int count) const;

private:
    struct Ring {
        Resolution res;
        std::vector<Bucket> buckets;
        qint64 head = -1; // newest slot held
    };
    static void addTo(Ring &ring, qint64 seconds, quint32 mask);

    std::vector<Ring> m_rings;
    qint64 m_lastNs = 0;
};
