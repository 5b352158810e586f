#include "inotify/namepool.h"

#include <QHashFunctions>

#include <cstring>

NamePool::NamePool()
    : m_index(1024, 0)
{
}

NamePool::Id NamePool::intern(QByteArrayView name)
{
    // Linux names are at most NAME_MAX (255) bytes; the 2-byte length leaves room for FUSE oddities.
    Q_ASSERT(name.size() + 2 <= qsizetype(kBlockSize));
    const quint32 hash = quint32(qHash(name));
    const quint64 tag = quint64(hash) << 32;
    const std::size_t mask = m_index.size() - 1;
    std::size_t i = hash & mask;
    for (; m_index[i] != 0; i = (i + 1) & mask) {
        const quint64 slot = m_index[i];
        if ((slot & ~quint64(0xffffffffu)) == tag && this->name(Id(slot) - 1) == name)
            return Id(slot) - 1;
    }
    const std::size_t need = std::size_t(name.size()) + 2;
    if (m_used + need > kBlockSize) {
        m_blocks.emplace_back(new unsigned char[kBlockSize]);
        m_used = 0;
    }
    const Id id = Id(((m_blocks.size() - 1) << kBlockBits) | m_used);
    Q_ASSERT(id < (1u << 30)); // KnownEntries keeps two flag bits above the id
    unsigned char *p = m_blocks.back().get() + m_used;
    p[0] = quint8(name.size() & 0xff);
    p[1] = quint8(name.size() >> 8);
    std::memcpy(p + 2, name.data(), std::size_t(name.size()));
    m_used += need;
    m_index[i] = tag | (id + 1);
    if (++m_count * 4 > m_index.size() * 3)
        growIndex();
    return id;
}

void NamePool::growIndex()
{
    std::vector<quint64> bigger(m_index.size() * 2, 0);
    const std::size_t mask = bigger.size() - 1;
    for (const quint64 slot : m_index) {
        if (slot == 0)
            continue;
        std::size_t i = std::size_t(slot >> 32) & mask;
        while (bigger[i] != 0)
            i = (i + 1) & mask;
        bigger[i] = slot;
    }
    m_index.swap(bigger);
}

std::size_t NamePool::memoryUsage() const
{
    return m_blocks.size() * kBlockSize + m_index.capacity() * sizeof(quint64);
}
