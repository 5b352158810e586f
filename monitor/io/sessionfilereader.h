#pragma once

#include "core/fsevent.h"
#include "core/monitorproblem.h"
#include "io/sessionfileerror.h"
#include "io/sessionmetadata.h"
#include "io/sqlitedatabase.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class Bookmarks;
class PathTable;
class ProcessTable;
class Session;

// Reads a session file (docs/session-format.md): the metadata, then the path and process tables
// into memory, then the events as a stream of chunks, so `fsnoop export` converts a session far
// bigger than memory. A file written by an older fsnoop is migrated forward on open; one being
// written by a live capture is read as of its last commit.
class SessionFileReader final
{
public:
    static constexpr qsizetype kChunkEvents = 1 << 16;

    SessionFileReader() = default;
    SessionFileReader(const SessionFileReader &) = delete;
    SessionFileReader &operator=(const SessionFileReader &) = delete;

    bool open(const QString &fileName);
    const SessionFileError &error() const { return m_error; }
    const SessionMetadata &metadata() const { return m_metadata; }
    int fileVersion() const { return m_fileVersion; } // before migration
    qint64 eventCount() const { return m_eventCount; }

    // Interns every path and process into the tables (which may already hold others: ids are
    // mapped), then reads the problems. Call once, before readEvents().
    bool readTables(PathTable &paths, ProcessTable &processes, QList<MonitorProblem> *problems);

    // Calls `chunk` with up to kChunkEvents events at a time, in capture order, ids mapped onto
    // the tables readTables() filled. `chunk` returns false to cancel (error Cancelled).
    bool readEvents(const std::function<bool(const FsEvent *, qsizetype)> &chunk);

    // The `bookmarks` table (schema 3), by serial of a session read from this file (event id - 1).
    bool readBookmarks(Bookmarks *marks);
    // The one thing written back into a file opened for reading: the user's bookmarks, which
    // replace the table's rows in one transaction. Fails (Io) on a file opened read-only.
    bool saveBookmarks(const Bookmarks &marks);

    // The whole session in a new read-only Session (origin = fileName), or nullptr with *error.
    // `progress(events read, total)` is called per chunk and may return false to cancel. The
    // session is created in the calling thread (see CsvReader::load for the hand-over).
    static std::unique_ptr<Session> load(const QString &fileName, SessionFileError *error,
                                         const std::function<bool(qint64, qint64)> &progress = {});

    // True if the file starts with SQLite's header: how `fsnoop open` and export tell a session
    // file from a CSV whatever its name.
    static bool looksLikeSessionFile(const QString &fileName);

private:
    bool fail(SessionFileError::Code code, QByteArray detail = {});
    bool failFromDatabase();

    SqliteDatabase m_db;
    SessionMetadata m_metadata;
    SessionFileError m_error;
    int m_fileVersion = 0;
    qint64 m_eventCount = 0;
    std::vector<quint32> m_pathMap;    // file path id -> PathTable id
    std::vector<quint32> m_processMap; // file process id -> ProcessTable id
};
