#pragma once

#include <QByteArrayView>

#include <memory>
#include <vector>

// Directory entry names interned once for KnownEntries: the same name in a thousand directories
// ("Makefile", "index.js") costs its bytes once. Not PathTable, on purpose: these names have no
// parent, are read by one thread (no lock), and must cost little, because a tree has ten times as
// many entries as directories. A name costs its bytes, a 2-byte length and about 11 bytes of
// index (8-byte slots, load at most 3/4); its id is its place in the arena (64 KiB blocks that
// never move), below 2^30.
class NamePool final
{
public:
    using Id = quint32;

    NamePool();
    NamePool(const NamePool &) = delete;
    NamePool &operator=(const NamePool &) = delete;

    Id intern(QByteArrayView name);
    QByteArrayView name(Id id) const
    {
        const unsigned char *p = at(id);
        return {reinterpret_cast<const char *>(p + 2), qsizetype(p[0] | (p[1] << 8))};
    }
    std::size_t memoryUsage() const;

private:
    static constexpr unsigned kBlockBits = 16;
    static constexpr std::size_t kBlockSize = std::size_t(1) << kBlockBits;

    const unsigned char *at(Id id) const
    {
        return m_blocks[id >> kBlockBits].get() + (id & (kBlockSize - 1));
    }
    void growIndex();

    std::vector<std::unique_ptr<unsigned char[]>> m_blocks;
    std::size_t m_used = kBlockSize; // in the last block (full: none yet)
    // (hash << 32) | (id + 1); 0 is empty. The hash kept in the slot spares a name comparison
    // on every probe that meets another name (names of one burst often share their length)
    // and a rehash of every name when the index grows.
    std::vector<quint64> m_index;
    std::size_t m_count = 0;
};
