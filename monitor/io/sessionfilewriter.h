#pragma once

#include "core/fsevent.h"
#include "core/monitorproblem.h"
#include "core/processtable.h"
#include "io/outputlock.h"
#include "io/sessionfileerror.h"
#include "io/sessionmetadata.h"
#include "io/sqlitedatabase.h"
#include "io/sqlitestatement.h"

#include <QString>

class Bookmarks;
class PathTable;

// Writes one session file (docs/session-format.md) through prepared statements, reused for every
// row. Synchronous and single-threaded: SessionWriterThread runs it off the capture's threads, and
// `fsnoop export` calls it directly.
//
// Paths are written by id order up to a given count: PathTable ids are dense and a parent is
// always interned before its children, so every path row refers to a row already written.
//
// Write calls go into the transaction opened by begin(); commit() makes them durable against a
// crash of this process (WAL, synchronous=NORMAL: a kill -9 cannot lose a committed transaction;
// a power cut may lose the last ones but never corrupts the file).
class SessionFileWriter final
{
public:
    // Creates `fileName` (replacing an existing file, as `record -o` does for CSV) with the schema
    // and `metadata`, and holds its OutputLock until finish(). On failure nothing is left behind
    // and error() says why.
    bool create(const QString &fileName, const SessionMetadata &metadata);

    bool begin();
    bool commit();

    // Path rows for every id in [pathsWritten(), count) that `paths` holds.
    bool writePaths(const PathTable &paths, quint32 count);
    bool writeProcess(ProcessTable::Id id, const ProcessInfo &info);
    bool writeEvents(const FsEvent *events, qsizetype count);
    // `beforeEvent` is the number of events written when the problem happened (it goes before
    // that event in the capture).
    bool writeProblem(const MonitorProblem &problem, qint64 timeNs);

    // The user's bookmarks; `firstSerial` is the serial of the first event written (its id 1).
    bool writeBookmarks(const Bookmarks &marks, quint64 firstSerial);

    // Records the stop time, folds the write-ahead log back into the file and closes it, so a
    // finished session is one self-contained file.
    bool finish(qint64 stoppedNs);

    quint32 pathsWritten() const { return m_pathsWritten; }
    qint64 eventsWritten() const { return m_eventsWritten; }
    const SessionFileError &error() const { return m_error; }

    // Events and paths are inserted this many rows per statement: SQLite's per-statement cost (start,
    // halt, reset) then falls on 32 rows instead of one, about a third of the time per row.
    static constexpr int kRowsPerInsert = 32;

private:
    void finalizeStatements();
    bool fail();
    void bindEvent(SqliteStatement &s, int first, const FsEvent &e);

    // Taken on the file the moment SQLite has created it, before its first byte, and let go
    // only after the connection closed: no other fsnoop (the window's crash check, its cleanup)
    // ever takes a file being written, even half-created, for a crashed or finished one. Before
    // m_db, so it goes after it: closing another descriptor on the file while SQLite holds it
    // would drop SQLite's own POSIX locks (fcntl(2): locks go with any close by the process).
    OutputLock m_lock;
    SqliteDatabase m_db;
    SqliteStatement m_insertPath;
    SqliteStatement m_insertPaths; // kRowsPerInsert rows at once
    SqliteStatement m_insertProcess;
    SqliteStatement m_insertEvent;
    SqliteStatement m_insertEvents; // kRowsPerInsert rows at once
    SqliteStatement m_insertProblem;
    SessionMetadata m_metadata;
    quint32 m_pathsWritten = 1; // id 0 ("no path") is never a row
    qint64 m_eventsWritten = 0;
    bool m_inTransaction = false;
    SessionFileError m_error;
};
