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
    const std::size_t mask = m_index.size() - 1;
    std::size_t i = qHash(name) & mask;
    for (; m_index[i] != 0; i = (i + 1) & mask) {
        if (this->name(m_index[i] - 1) == name)
            return m_index[i] - 1;
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
    m_index[i] = id + 1;
    if (++m_count * 4 > m_index.size() * 3)
        growIndex();
    return id;
}

void NamePool::growIndex()
{
    std::vector<quint32> bigger(m_index.size() * 2, 0);
    const std::size_t mask = bigger.size() - 1;
    for (const quint32 slot : m_index) {
        if (slot == 0)
            continue;
        std::size_t i = qHash(name(slot - 1)) & mask;
        while (bigger[i] != 0)
            i = (i + 1) & mask;
        bigger[i] = slot;
    }
    m_index.swap(bigger);
}

std::size_t NamePool::memoryUsage() const
{
    return m_blocks.size() * kBlockSize + m_index.capacity() * sizeof(quint32);
}
