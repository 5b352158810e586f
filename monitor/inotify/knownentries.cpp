#include "inotify/knownentries.h"

namespace {
constexpr std::size_t kInitialSlots = 1024;
}

KnownEntries::KnownEntries()
{
    rebuild(kInitialSlots);
}

std::size_t KnownEntries::slotOf(int wd, NameId name) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = home(quint32(wd), name);; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.wd == 0 || (s.wd == quint32(wd) && (s.bits & kNameMask) == name))
            return i;
    }
}

bool KnownEntries::put(int wd, NameId name, bool isDir, quint64 ino)
{
    Q_ASSERT(wd > 0 && name <= kNameMask);
    const std::size_t i = slotOf(wd, name);
    Slot &s = m_slots[i];
    const quint32 bits = name | kSeen | (isDir ? kDir : 0);
    if (s.wd != 0) {
        if (ino == 0 && (s.bits & kDir) == (bits & kDir))
            ino = s.ino;
        s.bits = bits;
        s.ino = ino;
        return false;
    }
    s.wd = quint32(wd);
    s.bits = bits;
    s.ino = ino;
    ++m_size;
    ++countOf(wd);
    // Load factor at most 7/8: the table is most of the memory per entry, and with a
    // multiplicative hash on distinct keys linear probes stay a few slots long.
    if (m_size * 8 > m_slots.size() * 7)
        grow();
    return true;
}

bool KnownEntries::remove(int wd, NameId name, Entry *old)
{
    const std::size_t i = slotOf(wd, name);
    const Slot &s = m_slots[i];
    if (s.wd == 0)
        return false;
    if (old)
        *old = Entry{s.ino, (s.bits & kDir) != 0, (s.bits & kSeen) != 0};
    eraseAt(i);
    --m_size;
    if (wd == m_countWd && m_count) {
        if (--*m_count == 0)
            eraseCount(m_counts.find(wd));
        return true;
    }
    auto it = m_counts.find(wd);
    if (it == m_counts.end())
        --m_garbage; // an entry of a forgotten directory
    else if (--it->second == 0)
        eraseCount(it);
    return true;
}

bool KnownEntries::find(int wd, NameId name, Entry *out) const
{
    const Slot &s = m_slots[slotOf(wd, name)];
    if (s.wd == 0)
        return false;
    *out = Entry{s.ino, (s.bits & kDir) != 0, (s.bits & kSeen) != 0};
    return true;
}

void KnownEntries::markSeen(int wd, NameId name, quint64 ino)
{
    Slot &s = m_slots[slotOf(wd, name)];
    if (s.wd == 0)
        return;
    s.bits |= kSeen;
    if (s.ino == 0)
        s.ino = ino;
}

void KnownEntries::clearSeen()
{
    for (Slot &s : m_slots)
        s.bits &= ~kSeen;
}

void KnownEntries::eraseAt(std::size_t i)
{
    // Backward-shift deletion (linear probing without tombstones): move later members of the
    // probe run into the hole when their home slot does not lie cyclically in (hole, here].
    const std::size_t mask = m_slots.size() - 1;
    std::size_t hole = i;
    for (std::size_t j = (i + 1) & mask; m_slots[j].wd != 0; j = (j + 1) & mask) {
        const std::size_t k = home(m_slots[j].wd, m_slots[j].bits & kNameMask);
        const bool stays = hole <= j ? (hole < k && k <= j) : (hole < k || k <= j);
        if (!stays) {
            m_slots[hole] = m_slots[j];
            hole = j;
        }
    }
    m_slots[hole] = Slot{};
}

void KnownEntries::forgetDirectory(int wd)
{
    auto it = m_counts.find(wd);
    if (it == m_counts.end())
        return;
    m_garbage += it->second;
    eraseCount(it);
    // Collect when garbage is half the table: the cost of the rebuild is paid by the removals
    // that made the garbage (a deleted tree usually removes its entries one event at a time).
    if (m_garbage > 1024 && m_garbage * 2 > m_size)
        rebuild(m_slots.size());
}

void KnownEntries::grow()
{
    rebuild(m_slots.size() * 2);
}

void KnownEntries::rebuild(std::size_t capacity)
{
    std::vector<Slot> old;
    old.swap(m_slots);
    const std::size_t live = m_size - m_garbage;
    while (capacity > kInitialSlots && live * 8 < capacity)
        capacity /= 2; // shrink after a mass forget (a grow leaves the load at 7/16)
    m_slots.assign(capacity, Slot{});
    unsigned bits = 0;
    while ((std::size_t(1) << bits) < capacity)
        ++bits;
    m_shift = 64 - bits;
    m_size = 0;
    m_garbage = 0;
    for (const Slot &s : old) {
        if (s.wd == 0 || m_counts.count(int(s.wd)) == 0)
            continue;
        m_slots[slotOf(int(s.wd), s.bits & kNameMask)] = s;
        ++m_size;
    }
}

std::size_t KnownEntries::memoryUsage() const
{
    // An unordered_map node: the pair, the next pointer and the cached hash, plus a bucket.
    constexpr std::size_t kCountNode = sizeof(std::pair<const int, quint32>) + 2 * sizeof(void *)
        + sizeof(void *);
    return m_slots.capacity() * sizeof(Slot) + m_names.memoryUsage()
        + m_counts.size() * kCountNode;
}
