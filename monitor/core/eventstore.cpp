#include "core/eventstore.h"

#include "core/spillfile.h"

#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <cstring>

EventStore::EventStore(qsizetype cap)
    : m_cap(cap)
    , m_spillDirectory(defaultSpillDirectory())
{
}

EventStore::~EventStore() = default;

QByteArray EventStore::defaultSpillDirectory()
{
    // Empty when there is no home to find it in: then the store keeps its events in RAM.
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return cache.isEmpty() ? QByteArray() : QFile::encodeName(cache + QLatin1String("/fsnoop"));
}

void EventStore::setCap(qsizetype cap)
{
    m_cap = cap;
}

void EventStore::setSpillDirectory(const QByteArray &directory)
{
    m_spillDirectory = directory;
    m_spillFailed = false;
    if (!m_spill || m_spill->slotCount() == 0)
        m_spill.reset();
}

bool EventStore::spills() const
{
    return !m_spillDirectory.isEmpty() && !m_spillFailed;
}

MonitorProblem EventStore::takeSpillProblem()
{
    return std::exchange(m_spillProblem, MonitorProblem());
}

std::size_t EventStore::memoryUsage() const
{
    return std::size_t(m_resident) * kChunkEvents * sizeof(FsEvent);
}

std::size_t EventStore::spilledBytes() const
{
    return (m_chunks.size() - std::size_t(m_resident)) * kChunkEvents * sizeof(FsEvent);
}

void EventStore::clear()
{
    releaseAll();
    m_size = 0;
    m_dropped = 0;
}

void EventStore::releaseAll()
{
    while (!m_chunks.empty()) {
        releaseChunk(m_chunks.front());
        m_chunks.pop_front();
    }
    m_firstOffset = 0;
}

void EventStore::releaseChunk(Chunk &chunk)
{
    if (chunk.ram)
        --m_resident;
    else if (m_spill)
        m_spill->release(chunk.data);
}

void EventStore::dropResident(const Chunk &chunk)
{
    SpillFile::dropResident(chunk.data);
}

void EventStore::releaseResident(quint64 from, quint64 to) const
{
    from = std::max(from, m_dropped);
    to = std::min(to, endSerial());
    if (from >= to)
        return;
    const auto chunkOf = [this](quint64 serial) {
        return std::size_t((m_firstOffset + qsizetype(serial - m_dropped)) / kChunkEvents);
    };
    for (std::size_t c = chunkOf(from), last = chunkOf(to - 1); c <= last; ++c) {
        if (!m_chunks[c].ram)
            dropResident(m_chunks[c]);
    }
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
        releaseChunk(m_chunks.front());
        m_chunks.pop_front();
        m_firstOffset = 0;
        m_size -= inFirst;
        dropped += inFirst;
    }
    m_dropped += quint64(dropped);
    if (m_size == 0)
        releaseAll();
    return dropped;
}

qsizetype EventStore::append(const FsEvent *events, qsizetype count)
{
    const qsizetype dropped = makeRoomFor(count);
    qsizetype done = 0;
    while (done < count) {
        const qsizetype end = m_firstOffset + m_size;
        const qsizetype inChunk = end % kChunkEvents;
        if (inChunk == 0 && qsizetype(m_chunks.size()) * kChunkEvents == end) {
            spillOldResident();
            Chunk chunk;
            chunk.ram.reset(new FsEvent[kChunkEvents]);
            chunk.data = chunk.ram.get();
            m_chunks.push_back(std::move(chunk));
            ++m_resident;
        }
        const qsizetype n = std::min(count - done, kChunkEvents - inChunk);
        std::memcpy(static_cast<void *>(&m_chunks.back().ram[inChunk]), events + done,
                    std::size_t(n) * sizeof(FsEvent));
        done += n;
        m_size += n;
    }
    return dropped;
}

void EventStore::spillOldResident()
{
    // Called before a new chunk is added: the oldest RAM chunk is full by then (only the newest
    // chunk is ever partly filled), so it can go to disk as it is.
    if (m_resident < kResidentChunks || !spills())
        return;
    if (!m_spill) {
        auto file = std::make_unique<SpillFile>();
        if (!file->open(m_spillDirectory)) {
            failSpill(file->errorNumber());
            return;
        }
        m_spill = std::move(file);
    }
    Chunk &oldest = m_chunks[m_chunks.size() - std::size_t(m_resident)];
    const FsEvent *mapped = m_spill->store(oldest.ram.get(), std::size_t(kChunkEvents));
    if (!mapped) {
        failSpill(m_spill->errorNumber());
        return;
    }
    oldest.data = mapped;
    oldest.ram.reset();
    --m_resident;
}

void EventStore::failSpill(int err)
{
    // What is already spilled stays mapped and readable; from now on the store grows in RAM, as
    // it did before it could spill, and says so once.
    m_spillFailed = true;
    m_spillProblem = MonitorProblem::spillFailed(m_spillDirectory, err);
}
