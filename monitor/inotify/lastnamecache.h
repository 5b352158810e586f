#pragma once

#include "core/pathtable.h"
#include "inotify/knownentries.h"

#include <QByteArrayView>

// The last (directory, name) the engine interned, with its path id and, once asked for, its
// KnownEntries name id. One file usually brings several events in a row (CREATE, OPEN, MODIFY,
// CLOSE_WRITE), and a file's CREATE and its DELETE or MOVED_FROM often come close: the last name
// saves a hash and a lock for all but the first. It is apart from InotifyEngine because it is a
// pure cache with its own invariant (the two ids belong to the name kept here), testable alone.
//
// Used from the reader thread only, by InotifyEngine.
class LastNameCache final
{
public:
    explicit LastNameCache(PathTable &paths);
    LastNameCache(const LastNameCache &) = delete;
    LastNameCache &operator=(const LastNameCache &) = delete;

    // The path id of `name` in `dir`: interned in the path table unless it was the last one.
    PathTable::Id intern(PathTable::Id dir, QByteArrayView name);
    // The name id in `known` of `name`, which must be the name intern() was last given: asked of
    // `known` only once for that name (unless it was too long to keep).
    KnownEntries::NameId nameId(KnownEntries &known, QByteArrayView name);

private:
    static constexpr KnownEntries::NameId kNoNameId = ~KnownEntries::NameId(0);

    PathTable &m_paths;
    PathTable::Id m_lastDir = PathTable::NoPath; // NoPath: nothing kept
    PathTable::Id m_lastId = PathTable::NoPath;
    KnownEntries::NameId m_lastNameId = kNoNameId;
    qsizetype m_lastNameLength = 0;
    char m_lastName[256];
};
