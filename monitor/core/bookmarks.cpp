#include "core/bookmarks.h"

QString Bookmarks::note(quint64 serial) const
{
    const auto it = m_marks.find(serial);
    return it == m_marks.end() ? QString() : it->second;
}

bool Bookmarks::toggle(quint64 serial)
{
    if (m_marks.erase(serial) != 0)
        return false;
    m_marks.emplace(serial, QString());
    return true;
}
