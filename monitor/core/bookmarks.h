#pragma once

#include <QString>

#include <map>
#include <optional>

// Events the user marked (Ctrl+B in the table), each with an optional note, by store serial.
// Serials, not rows: a bookmark stays on its event whatever the filter shows. A session file keeps
// them in its `bookmarks` table (docs/session-format.md), by event id (serial + 1 in a session
// read from the file).
class Bookmarks final
{
public:
    bool contains(quint64 serial) const { return m_marks.count(serial) != 0; }
    std::size_t size() const { return m_marks.size(); }
    QString note(quint64 serial) const;
    void set(quint64 serial, const QString &note = {}) { m_marks[serial] = note; }
    // Adds or removes the mark on `serial`; true when it is now marked.
    bool toggle(quint64 serial);
    void clear() { m_marks.clear(); }

    // The first marked serial after (or before) `serial` that `accept` takes, wrapping around
    // the ends; nothing when no mark is accepted.
    template<typename Accept>
    std::optional<quint64> next(quint64 serial, bool forward, Accept accept) const;

    const std::map<quint64, QString> &all() const { return m_marks; }

    friend bool operator==(const Bookmarks &a, const Bookmarks &b) { return a.m_marks == b.m_marks; }

private:
    std::map<quint64, QString> m_marks;
};

template<typename Accept>
std::optional<quint64> Bookmarks::next(quint64 serial, bool forward, Accept accept) const
{
    if (forward) {
        for (auto it = m_marks.upper_bound(serial); it != m_marks.end(); ++it)
            if (accept(it->first))
                return it->first;
        for (auto it = m_marks.begin(); it != m_marks.end() && it->first <= serial; ++it)
            if (accept(it->first))
                return it->first;
    } else {
        for (auto it = std::make_reverse_iterator(m_marks.lower_bound(serial)); it != m_marks.rend(); ++it)
            if (accept(it->first))
                return it->first;
        for (auto it = m_marks.rbegin(); it != m_marks.rend() && it->first >= serial; ++it)
            if (accept(it->first))
                return it->first;
    }
    return std::nullopt;
}
