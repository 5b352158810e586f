#pragma once

#include "inotify/knownentries.h"

#include <optional>
#include <unordered_map>

// The creations our own listings recorded (`scan` and `rescan` rows) whose kernel event may still
// be queued. A directory is watched before it is listed, so an entry made between the two is both
// reported by the kernel and found by the listing: one creation, two rows, and statistics that
// count it twice. The engine keeps the kernel's row in place of ours (EventBatcher::pending())
// when it arrives. Once the fd has been drained to EAGAIN after a listing, every kernel event
// for an entry that listing saw has been read (the entry existed before the listing, so its
// event was queued before it), and whatever is left here is forgotten. A delete or move in
// between makes the next creation a new one.
//
// Used from the reader thread only.
class PendingScanCreates final
{
public:
    void add(int wd, KnownEntries::NameId name, quint64 row) { m_rows[key(wd, name)] = row; }

    // The kernel reports the creation of (wd, name): the number of our row for it, if any.
    std::optional<quint64> take(int wd, KnownEntries::NameId name)
    {
        if (m_rows.empty())
            return std::nullopt;
        auto it = m_rows.find(key(wd, name));
        if (it == m_rows.end())
            return std::nullopt;
        const quint64 row = it->second;
        m_rows.erase(it);
        return row;
    }
    void forget(int wd, KnownEntries::NameId name)
    {
        if (!m_rows.empty())
            m_rows.erase(key(wd, name));
    }
    void clear() { m_rows.clear(); }
    bool isEmpty() const { return m_rows.empty(); }

private:
    static quint64 key(int wd, KnownEntries::NameId name) { return (quint64(quint32(wd)) << 32) | name; }

    std::unordered_map<quint64, quint64> m_rows;
};
