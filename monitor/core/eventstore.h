#pragma once

#include "core/fsevent.h"
#include "core/monitorproblem.h"

#include <QByteArray>

#include <algorithm>
#include <deque>
#include <memory>

class SpillFile;

// Chunked, append-only event storage with an optional cap. When the cap is exceeded the oldest
// whole chunk is released: eviction costs one free() or munmap(), never a per-row scan or a
// memmove, and the number of events dropped so far is kept so the UI can say so.
//
// A store can hold more than memory: only the newest kResidentChunks chunks stay in RAM; older
// full chunks are written to an unlinked spill file (SpillFile) and mapped back read-only, so
// at() stays one index computation and a pointer load whether the event is in RAM or on disk, and
// the views work unchanged. The cap then bounds the disk the file takes, not RAM. If the file
// cannot be made (no room, a read-only cache directory), the store keeps everything in RAM, as
// before, and spillProblem() says why.
//
// Indexes passed to at() are positions among the events currently held (0 = oldest held).
// serialOf(i) gives an event's position in the whole capture, which never changes.
class EventStore final
{
public:
    static constexpr qsizetype kChunkEvents = 1 << 16; // 2 MiB per chunk
    // Chunks kept in RAM (the newest): appends, the live table's tail and the statistics of new
    // events touch only these.
    static constexpr qsizetype kResidentChunks = 4;

    explicit EventStore(qsizetype cap = 0); // 0: unlimited
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

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
        return m_chunks[std::size_t(pos / kChunkEvents)].data[pos % kChunkEvents];
    }

    quint64 droppedCount() const { return m_dropped; }
    quint64 serialOf(qsizetype i) const { return m_dropped + quint64(i); }
    // The held events are the serials [droppedCount(), endSerial()). Callers that keep serials
    // (the event table's rows, an export of them) go through these rather than redo the
    // serial <-> index arithmetic each.
    quint64 endSerial() const { return m_dropped + quint64(m_size); }
    bool holdsSerial(quint64 serial) const { return serial >= m_dropped && serial < endSerial(); }
    const FsEvent &atSerial(quint64 serial) const { return at(qsizetype(serial - m_dropped)); }

    // Calls f(serial, event) for the held serials [from, to) in order. A pass over spilled
    // events lets go of each chunk's resident pages once it is done with it, so a filter over
    // 50 million events reads 1.6 GB of file without keeping it: use this, not an atSerial()
    // loop, for anything that walks more than a screenful.
    template <typename F>
    void scan(quint64 from, quint64 to, F &&f) const
    {
        from = std::max(from, m_dropped);
        to = std::min(to, endSerial());
        while (from < to) {
            const qsizetype pos = m_firstOffset + qsizetype(from - m_dropped);
            const Chunk &chunk = m_chunks[std::size_t(pos / kChunkEvents)];
            const qsizetype inChunk = pos % kChunkEvents;
            const quint64 end = std::min(to, from + quint64(kChunkEvents - inChunk));
            for (const FsEvent *e = chunk.data + inChunk; from < end; ++from, ++e)
                f(from, *e);
            if (!chunk.ram)
                dropResident(chunk);
        }
    }

    // Lets go of the resident pages of the spilled chunks holding serials [from, to): for a walk
    // that cannot use scan() (an export of scattered serials), once it is past them.
    void releaseResident(quint64 from, quint64 to) const;

    // How many of the oldest events the next append of `incoming` events will drop.
    qsizetype dropsFor(qsizetype incoming) const;

    qsizetype cap() const { return m_cap; }
    void setCap(qsizetype cap); // takes effect on the next append
    void clear();

    // Where the spill file goes (made on the first chunk that leaves RAM); empty: never spill,
    // keep everything in RAM. The default is defaultSpillDirectory(). Set it before the first
    // spill: once the file holds chunks it stays the one file.
    void setSpillDirectory(const QByteArray &directory);
    QByteArray spillDirectory() const { return m_spillDirectory; }
    // $XDG_CACHE_HOME/fsnoop (~/.cache/fsnoop): on the user's disk. Not /tmp, which is often a
    // tmpfs, that is RAM, and would defeat the purpose.
    static QByteArray defaultSpillDirectory();
    // Why the store could not spill (MonitorProblem::SpillFailed), once; Kind None while all is
    // well. takeSpillProblem() hands it over and clears it, so it is reported exactly once.
    MonitorProblem takeSpillProblem();
    bool spills() const;

    // Bytes of events in RAM (the resident chunks, and every chunk when not spilling) and in the
    // spill file.
    std::size_t memoryUsage() const;
    std::size_t spilledBytes() const;

private:
    struct Chunk {
        const FsEvent *data = nullptr;   // where the events are: ram.get() or a spill mapping
        std::unique_ptr<FsEvent[]> ram;  // null once spilled
    };

    static void dropResident(const Chunk &chunk);
    void spillOldResident();
    void releaseChunk(Chunk &chunk);
    void releaseAll();
    void failSpill(int err);

    std::deque<Chunk> m_chunks;
    qsizetype m_firstOffset = 0; // index of the oldest held event inside m_chunks.front()
    qsizetype m_size = 0;
    qsizetype m_cap = 0;
    quint64 m_dropped = 0;
    qsizetype m_resident = 0;    // chunks in RAM (always the newest ones)
    QByteArray m_spillDirectory;
    std::unique_ptr<SpillFile> m_spill;
    bool m_spillFailed = false;  // tried and failed: stay in RAM from now on
    MonitorProblem m_spillProblem;
};
