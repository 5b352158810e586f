#pragma once

#include "core/monitorproblem.h"

#include <QByteArrayView>

class SqliteDatabase;

// The tables of a session file and their history (docs/session-format.md). `PRAGMA user_version`
// holds the schema version; a file written by an older fsnoop is migrated forward, one explicit
// step per version, inside one transaction; a newer one is refused (its meaning is unknown here).
class SessionSchema final
{
public:
    // PRAGMA application_id: "fsno", so `file(1)` and fsnoop tell a session from other SQLite files.
    static constexpr qint64 kApplicationId = 0x66736e6f;
    // 1: metadata, roots, paths, processes (pid, name, executable), events.
    // 2: processes gain start time, command line, parent pid and user; problems; event_names and
    //    the events_view.
    // 3: bookmarks (event id, note).
    static constexpr int kVersion = 3;

    // Creates every table and view of kVersion in an empty database (inside a transaction).
    static bool create(SqliteDatabase &db);

    // Brings a file of schema `from` (1 <= from < kVersion) to kVersion, in one transaction: on
    // failure the file is left as it was.
    static bool migrate(SqliteDatabase &db, int from);

    // Stable names for the `kind` column of the problems table. Enum values may be renumbered;
    // these words never change.
    static const char *problemKindName(MonitorProblem::Kind kind);
    static MonitorProblem::Kind problemKindFromName(QByteArrayView name);
};
