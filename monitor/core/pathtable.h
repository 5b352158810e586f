#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

// Interned paths as (parent, name) nodes, append-only. Filenames are raw bytes as the kernel gave
// them (Linux names need not be UTF-8); display strings are decoded only when shown.
//
// A renamed directory gets a new node: events recorded before the rename keep the node, and so the
// path, they had when they happened.
//
// Thread model: intern() may be called from any thread (a mutex serialises writers, e.g. the inotify
// reader thread and the fanotify source). Reading a node is lock-free: node storage is chunked and
// never moves, and an id is only ever read after it was handed over through a queued signal or a
// mutex, which orders the write before the read.
class PathTable final
{
public:
    using Id = quint32;
    static constexpr Id NoPath = 0;

    PathTable();
    ~PathTable();
    PathTable(const PathTable &) = delete;
    PathTable &operator=(const PathTable &) = delete;

    // The root directory "/" always exists.
    static constexpr Id RootId = 1;

    // The node for `name` inside directory `parent` (created if new). `name` must not contain '/'.
    Id intern(Id parent, QByteArrayView name);

    // The node for an absolute path ("/a/b/c"); "." and ".." are not resolved, empty
    // components are skipped. A relative path is taken as relative to "/".
    Id internPath(QByteArrayView absolutePath);

    // Looks a path up without creating anything; NoPath if unknown.
    Id find(QByteArrayView absolutePath) const;

    Id parent(Id id) const { return node(id).parent; }
    QByteArrayView name(Id id) const { return {node(id).name, node(id).length}; }

    QByteArray path(Id id) const;         // raw bytes, e.g. "/home/a/b"
    QString displayPath(Id id) const;     // decoded for people (QFile::decodeName)
    QString displayName(Id id) const;
    QString displayDirectory(Id id) const; // displayPath(parent(id))

    // True if `id` is `ancestor` or lies below it.
    bool isUnder(Id id, Id ancestor) const;

    // Number of ids handed out so far, including NoPath and the root (ids are 0 .. size()-1).
    quint32 size() const { return m_count.load(std::memory_order_acquire); }

    // Bytes held (nodes, names and the lookup index), for the memory figures.
    std::size_t memoryUsage() const;

private:
    struct Slot {
        Id id;
        quint32 hash;
    };
    struct Node {
        const char *name;
        quint32 length;
        Id parent;
    };
    static constexpr int kChunkBits = 14;
    static constexpr quint32 kChunkSize = 1u << kChunkBits;
    static constexpr quint32 kMaxChunks = 1u << 16; // 2^30 nodes at most

    const Node &node(Id id) const { return m_chunks[id >> kChunkBits][id & (kChunkSize - 1)]; }
    Id internLocked(Id parent, QByteArrayView name);
    Id findLocked(Id parent, QByteArrayView name, quint32 hash) const;
    void insertSlot(std::vector<Slot> &index, Slot slot);
    const char *storeName(QByteArrayView name);
    void growIndex();
    static quint32 hashOf(Id parent, QByteArrayView name);

    mutable std::mutex m_writeMutex;
    std::unique_ptr<std::unique_ptr<Node[]>[]> m_chunks; // kMaxChunks slots, filled on demand
    std::atomic<quint32> m_count{0};

    // Name bytes live in large blocks that never move, so Node::name stays valid.
    std::vector<std::unique_ptr<char[]>> m_nameBlocks;
    std::size_t m_blockUsed = 0;
    std::size_t m_blockSize = 0;

    // Open-addressing index (parent, name) -> id; writer side only. Each slot keeps the name's
    // hash beside the id: a probe compares hashes before touching a node (a likely cache miss),
    // and growing the index never hashes a name again.
    std::vector<Slot> m_index;
};
