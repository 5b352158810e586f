#include "inotify/lastnamecache.h"

#include <cstring>

LastNameCache::LastNameCache(PathTable &paths)
    : m_paths(paths)
{
}

PathTable::Id LastNameCache::intern(PathTable::Id dir, QByteArrayView name)
{
    if (dir == m_lastDir && name.size() == m_lastNameLength
        && std::memcmp(name.data(), m_lastName, std::size_t(name.size())) == 0) {
        return m_lastId;
    }
    m_lastId = m_paths.intern(dir, name);
    m_lastNameId = kNoNameId;
    if (name.size() <= qsizetype(sizeof m_lastName)) {
        m_lastDir = dir;
        m_lastNameLength = name.size();
        std::memcpy(m_lastName, name.data(), std::size_t(name.size()));
    } else {
        m_lastDir = PathTable::NoPath;
    }
    return m_lastId;
}

KnownEntries::NameId LastNameCache::nameId(KnownEntries &known, QByteArrayView name)
{
    // After a hit in intern(), the name's id is the one noted for it earlier, and the name is not
    // hashed a second time.
    if (m_lastNameId == kNoNameId || m_lastDir == PathTable::NoPath)
        m_lastNameId = known.nameId(name);
    return m_lastNameId;
}
