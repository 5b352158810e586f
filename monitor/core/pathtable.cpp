#include "core/pathtable.h"

#include <QFile>
#include <QHashFunctions>

#include <cstring>

namespace {
constexpr std::size_t kNameBlock = 64 * 1024;
}

PathTable::PathTable()
    : m_chunks(new std::unique_ptr<Node[]>[kMaxChunks])
{
    m_index.assign(1024, Slot{NoPath, 0});
    std::lock_guard lock(m_writeMutex);
    // Id 0 is "no path"; id 1 is "/". Both have NoPath as parent.
    m_chunks[0].reset(new Node[kChunkSize]);
    m_chunks[0][0] = Node{"", 0, NoPath};
    m_chunks[0][1] = Node{"", 0, NoPath};
    m_count.store(2, std::memory_order_release);
}

PathTable::~PathTable() = default;

quint32 PathTable::hashOf(Id parent, QByteArrayView name)
{
    const std::size_t h = qHash(name, std::size_t(parent) * 0x9E3779B97F4A7C15ull);
    return quint32(h ^ (h >> 32));
}

PathTable::Id PathTable::findLocked(Id parent, QByteArrayView name, quint32 hash) const
{
    const std::size_t mask = m_index.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const Slot &s = m_index[slot];
        if (s.id == NoPath)
            return NoPath;
        if (s.hash != hash)
            continue;
        const Node &n = node(s.id);
        if (n.parent == parent && QByteArrayView(n.name, n.length) == name)
            return s.id;
    }
}

void PathTable::insertSlot(std::vector<Slot> &index, Slot slot)
{
    const std::size_t mask = index.size() - 1;
    std::size_t i = slot.hash & mask;
    while (index[i].id != NoPath)
        i = (i + 1) & mask;
    index[i] = slot;
}

const char *PathTable::storeName(QByteArrayView name)
{
    const std::size_t len = std::size_t(name.size());
    if (len == 0)
        return "";
    if (m_blockUsed + len > m_blockSize) {
        m_blockSize = std::max(kNameBlock, len);
        m_nameBlocks.emplace_back(new char[m_blockSize]);
        m_blockUsed = 0;
    }
    char *dst = m_nameBlocks.back().get() + m_blockUsed;
    std::memcpy(dst, name.data(), len);
    m_blockUsed += len;
    return dst;
}

void PathTable::growIndex()
{
    std::vector<Slot> bigger(m_index.size() * 2, Slot{NoPath, 0});
    for (const Slot &s : m_index) {
        if (s.id != NoPath)
            insertSlot(bigger, s);
    }
    m_index.swap(bigger);
}

PathTable::Id PathTable::internLocked(Id parent, QByteArrayView name)
{
    const quint32 hash = hashOf(parent, name);
    if (Id existing = findLocked(parent, name, hash))
        return existing;

    const quint32 id = m_count.load(std::memory_order_relaxed);
    const quint32 chunk = id >> kChunkBits;
    Q_ASSERT(chunk < kMaxChunks);
    if (!m_chunks[chunk])
        m_chunks[chunk].reset(new Node[kChunkSize]);
    m_chunks[chunk][id & (kChunkSize - 1)] = Node{storeName(name), quint32(name.size()), parent};
    m_count.store(id + 1, std::memory_order_release);

    // Keep the load factor at most 1/2 so that probes stay short.
    if (std::size_t(id) * 2 >= m_index.size())
        growIndex();
    insertSlot(m_index, Slot{id, hash});
    return id;
}

PathTable::Id PathTable::intern(Id parent, QByteArrayView name)
{
    std::lock_guard lock(m_writeMutex);
    return internLocked(parent, name);
}

PathTable::Id PathTable::internPath(QByteArrayView absolutePath)
{
    std::lock_guard lock(m_writeMutex);
    Id id = RootId;
    qsizetype start = 0;
    const qsizetype size = absolutePath.size();
    while (start < size) {
        qsizetype end = absolutePath.indexOf('/', start);
        if (end < 0)
            end = size;
        if (end > start)
            id = internLocked(id, absolutePath.sliced(start, end - start));
        start = end + 1;
    }
    return id;
}

PathTable::Id PathTable::find(QByteArrayView absolutePath) const
{
    std::lock_guard lock(m_writeMutex);
    Id id = RootId;
    qsizetype start = 0;
    const qsizetype size = absolutePath.size();
    while (start < size && id != NoPath) {
        qsizetype end = absolutePath.indexOf('/', start);
        if (end < 0)
            end = size;
        if (end > start) {
            const QByteArrayView component = absolutePath.sliced(start, end - start);
            id = findLocked(id, component, hashOf(id, component));
        }
        start = end + 1;
    }
    return id;
}

QByteArray PathTable::path(Id id) const
{
    if (id == NoPath)
        return {};
    if (id == RootId)
        return QByteArrayLiteral("/");
    // Walk up once to size the result, then fill it from the end: no reallocation per component.
    qsizetype total = 0;
    for (Id cur = id; cur != RootId && cur != NoPath; cur = node(cur).parent)
        total += node(cur).length + 1;
    QByteArray out(total, Qt::Uninitialized);
    qsizetype pos = total;
    for (Id cur = id; cur != RootId && cur != NoPath; cur = node(cur).parent) {
        const Node &n = node(cur);
        pos -= n.length;
        std::memcpy(out.data() + pos, n.name, n.length);
        out[--pos] = '/';
    }
    return out;
}

QString PathTable::displayPath(Id id) const
{
    return QFile::decodeName(path(id));
}

QString PathTable::displayName(Id id) const
{
    if (id == RootId)
        return QStringLiteral("/");
    return QFile::decodeName(name(id).toByteArray());
}

QString PathTable::displayDirectory(Id id) const
{
    if (id == NoPath || id == RootId)
        return {};
    return displayPath(parent(id));
}

bool PathTable::isUnder(Id id, Id ancestor) const
{
    for (Id cur = id; cur != NoPath; cur = node(cur).parent) {
        if (cur == ancestor)
            return true;
    }
    return false;
}

std::size_t PathTable::memoryUsage() const
{
    std::lock_guard lock(m_writeMutex);
    std::size_t chunks = 0;
    const quint32 used = (m_count.load(std::memory_order_relaxed) >> kChunkBits) + 1;
    chunks = std::size_t(used) * kChunkSize * sizeof(Node);
    return chunks + kMaxChunks * sizeof(void *) + m_nameBlocks.size() * kNameBlock
        + m_index.size() * sizeof(Slot);
}
