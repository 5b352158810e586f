#pragma once

#include <QtGlobal>

class Bookmarks;
class SqliteDatabase;

// The `bookmarks` table of a session file (schema 3, docs/session-format.md): one row per marked
// event, `event` being events.id. Events are numbered from 1 in capture order, so in a session
// read from a file a store serial is the event id - 1; `firstSerial` shifts that for a writer
// whose first event had another serial.
class SessionBookmarks final
{
public:
    // Replaces the table's rows with `marks`, inside the caller's transaction.
    static bool write(SqliteDatabase &db, const Bookmarks &marks, quint64 firstSerial = 0);
    // Adds the table's rows to `marks`.
    static bool read(SqliteDatabase &db, Bookmarks *marks);
};
