#pragma once

#include "inotify/namepool.h"

#include <QByteArrayView>

#include <unordered_map>
#include <vector>

// What the engine knows of each watched directory's entries: (watch, name) -> type and inode.
// After a queue overflow the rescan compares it with a fresh listing and records the difference
// (ARCHITECTURE.md, "Recursive inotify done right", 4); the set-up walk fills it and create,
// delete and move events keep it current.
//
// Compact on purpose, because a tree has far more entries than directories: one 16-byte slot in
// an open-addressing table keyed by (wd, name id), names interned once in a NamePool (the same
// name in a thousand directories is stored once). Keyed by wd, not by path, so that a
// directory moved inside the tree keeps what we know of it without any work.
//
// An inode of 0 means "not known yet": events do not carry one and a stat per created file would
// cost a syscall on the hot path; the next listing fills it in.
//
// Used from the reader thread only (owned by WatchRegistry).
class KnownEntries final
{
public:
    using NameId = NamePool::Id;

    struct Entry {
        quint64 ino = 0;
        bool isDir = false;
        bool seen = false; // met by the current rescan (or changed by an event since it began)
    };

    KnownEntries();
    KnownEntries(const KnownEntries &) = delete;
    KnownEntries &operator=(const KnownEntries &) = delete;

    NameId nameId(QByteArrayView name) { return m_names.intern(name); }
    QByteArrayView name(NameId id) const { return m_names.name(id); }

    // Adds or updates; marks the entry seen. An inode of 0 keeps the one known for an entry of
    // the same type. Returns true if the entry was new.
    bool put(int wd, NameId name, bool isDir, quint64 ino);
    // Forgets one entry; false if it was not known. `old` receives it.
    bool remove(int wd, NameId name, Entry *old = nullptr);
    bool find(int wd, NameId name, Entry *out) const;
    // Marks a known entry seen (and fills in its inode if it was unknown).
    void markSeen(int wd, NameId name, quint64 ino);

    quint32 countIn(int wd) const
    {
        auto it = m_counts.find(wd);
        return it == m_counts.end() ? 0 : it->second;
    }

    // A rescan begins: no entry has been seen yet.
    void clearSeen();
    // Removes the entries of the directories in `dirs` that the current rescan has not seen,
    // calling gone(wd, name, isDir) for each: one pass over the table for the whole rescan.
    template<typename Gone>
    void removeUnseenIn(const std::unordered_map<int, bool> &dirs, Gone &&gone);

    // The watch is gone: its entries are garbage, collected lazily (see forgetDirectory()).
    void forgetDirectory(int wd);

    qsizetype size() const { return qsizetype(m_size - m_garbage); }
    // Bytes held: the table, the interned names and the per-directory counts.
    std::size_t memoryUsage() const;

private:
    struct Slot {
        quint32 wd = 0;   // 0: empty (inotify wds start at 1)
        quint32 bits = 0; // name id | kSeen | kDir
        quint64 ino = 0;
    };
    static_assert(sizeof(Slot) == 16, "a known entry is meant to cost 16 bytes of table");
    static constexpr quint32 kDir = 1u << 31;
    static constexpr quint32 kSeen = 1u << 30;
    static constexpr quint32 kNameMask = kSeen - 1; // NamePool ids stay below 2^30

    std::size_t home(quint32 wd, quint32 name) const
    {
        const quint64 key = (quint64(wd) << 32) | name;
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift);
    }
    std::size_t slotOf(int wd, NameId name) const; // the entry's slot, or the empty one to use
    void eraseAt(std::size_t i);
    void grow();
    void rebuild(std::size_t capacity); // also drops the garbage of forgotten directories

    NamePool m_names;
    std::vector<Slot> m_slots;
    unsigned m_shift = 0;
    std::size_t m_size = 0;    // live + garbage slots
    std::size_t m_garbage = 0; // slots of forgotten directories
    std::unordered_map<int, quint32> m_counts; // wd -> live entries
    // The count of the last directory touched: events come in runs on one directory, and a
    // node's value stays put until it is erased (then the cache is dropped).
    int m_countWd = 0;
    quint32 *m_count = nullptr;
    quint32 &countOf(int wd)
    {
        if (wd != m_countWd || !m_count) {
            m_count = &m_counts[wd];
            m_countWd = wd;
        }
        return *m_count;
    }
    void eraseCount(std::unordered_map<int, quint32>::iterator it)
    {
        if (it->first == m_countWd)
            m_count = nullptr;
        m_counts.erase(it);
    }
};

template<typename Gone>
void KnownEntries::removeUnseenIn(const std::unordered_map<int, bool> &dirs, Gone &&gone)
{
    if (dirs.empty())
        return;
    struct Victim {
        int wd;
        NameId name;
        bool isDir;
    };
    std::vector<Victim> victims;
    for (const Slot &s : m_slots) {
        if (s.wd != 0 && !(s.bits & kSeen) && dirs.count(int(s.wd)) > 0)
            victims.push_back({int(s.wd), s.bits & kNameMask, (s.bits & kDir) != 0});
    }
    for (const Victim &v : victims) {
        if (remove(v.wd, v.name))
            gone(v.wd, v.name, v.isDir);
    }
}
