#include "io/sessionfilewriter.h"

#include "core/pathtable.h"
#include "io/sessionbookmarks.h"
#include "io/sessionschema.h"

#include <QFile>

#include <unistd.h>

namespace {

// A process's text as the bytes the kernel gave. ProcessInfo holds QString today (decoded with
// QFile::decodeName by the fanotify client), and encodeName is its exact inverse for names that
// came from bytes; this is the one place to change when ProcessInfo keeps bytes itself.
// "INSERT INTO table(columns) VALUES(?,..),(?,..)...": `rows` rows of `columns.count(',') + 1`
// parameters each.
QByteArray multiRowInsert(const char *table, QByteArrayView columns, int rows)
{
    const qsizetype perRow = columns.count(',') + 1;
    QByteArray row = "(?" + QByteArray(",?").repeated(perRow - 1) + ')';
    QByteArray sql = "INSERT INTO " + QByteArray(table) + '(' + columns.toByteArray() + ") VALUES";
    for (int i = 0; i < rows; ++i)
        sql += (i == 0 ? "" : ",") + row;
    return sql;
}

constexpr const char *kEventColumns = "time_ns, mask, cookie, path, pid, process, flags, source";
constexpr const char *kPathColumns = "id, parent, name";

void removeFileAndLogs(const QByteArray &path)
{
    ::unlink(path.constData());
    ::unlink((path + "-wal").constData());
    ::unlink((path + "-shm").constData());
    ::unlink((path + "-journal").constData());
}

} // namespace

bool SessionFileWriter::fail()
{
    m_error = SessionFileError::fromDatabase(m_db);
    return false;
}

bool SessionFileWriter::create(const QString &fileName, const SessionMetadata &metadata)
{
    const QByteArray path = QFile::encodeName(fileName);
    // A stale -wal beside an old file of the same name would be replayed into the new one.
    removeFileAndLogs(path);
    m_metadata = metadata;
    bool ok = m_db.open(path, SqliteDatabase::Mode::Create)
        // Right after SQLite created the file and before it takes any lock of its own (see
        // m_lock); advisory, so a file system without flock(2) still gets its session.
        && (m_lock.lock(fileName), true)
        // WAL: readers (fsnoop open of a live capture) never block the writer, and a commit is a
        // sequential append. synchronous=NORMAL: no fsync per commit; committed transactions
        // survive a crash of this process (they are in the kernel's page cache), the file stays
        // consistent after a power cut (https://sqlite.org/wal.html).
        // 16 KiB pages: a quarter of the b-tree page splits and WAL frame headers of the default
        // 4 KiB for the same rows (must be set before the first table exists).
        && m_db.exec("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL;"
                     "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;")
        && SessionSchema::create(m_db) && m_db.exec("BEGIN") && metadata.save(m_db)
        && m_db.exec("COMMIT")
        && m_insertPath.prepare(m_db, multiRowInsert("paths", kPathColumns, 1).constData())
        && m_insertPaths.prepare(m_db,
                                 multiRowInsert("paths", kPathColumns, kRowsPerInsert).constData())
        && m_insertProcess.prepare(m_db, "INSERT INTO processes(id, pid, name, executable,"
                                         " start_time_ns, command_line, parent_pid, user_id)"
                                         " VALUES(?, ?, ?, ?, ?, ?, ?, ?)")
        && m_insertEvent.prepare(m_db, multiRowInsert("events", kEventColumns, 1).constData())
        && m_insertEvents.prepare(m_db,
                                  multiRowInsert("events", kEventColumns, kRowsPerInsert).constData())
        && m_insertProblem.prepare(m_db, "INSERT INTO problems(time_ns, before_event, kind, path,"
                                         " errnum, count, \"limit\", detail)"
                                         " VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ok) {
        if (m_db.isOpen())
            fail();
        else
            m_error = SessionFileError::fromDatabase(m_db);
        finalizeStatements();
        m_db.close();
        m_lock.unlock();
        removeFileAndLogs(path);
        return false;
    }
    return true;
}

bool SessionFileWriter::begin()
{
    if (!m_db.exec("BEGIN"))
        return fail();
    m_inTransaction = true;
    return true;
}

bool SessionFileWriter::commit()
{
    m_inTransaction = false;
    if (!m_db.exec("COMMIT")) {
        fail();
        m_db.exec("ROLLBACK");
        return false;
    }
    return true;
}

bool SessionFileWriter::writePaths(const PathTable &paths, quint32 count)
{
    count = qMin(count, paths.size());
    const auto bind = [&paths](SqliteStatement &s, int first, quint32 id) {
        s.bindInt(first, id);
        s.bindInt(first + 1, paths.parent(id));
        s.bindStaticBlob(first + 2, paths.name(id)); // PathTable names never move
    };
    while (m_pathsWritten < count) {
        const bool block = count - m_pathsWritten >= quint32(kRowsPerInsert);
        SqliteStatement &s = block ? m_insertPaths : m_insertPath;
        const int rows = block ? kRowsPerInsert : 1;
        for (int r = 0; r < rows; ++r)
            bind(s, 1 + 3 * r, m_pathsWritten + quint32(r));
        if (!s.execute())
            return fail();
        m_pathsWritten += quint32(rows);
    }
    return true;
}

// Every prepared statement is finalized before the database closes: sqlite3_close() refuses
// (SQLITE_BUSY) while any is left, and sqlite3_close_v2() only defers the close until they are.
void SessionFileWriter::finalizeStatements()
{
    for (SqliteStatement *s : {&m_insertPath, &m_insertPaths, &m_insertProcess, &m_insertEvent,
                               &m_insertEvents, &m_insertProblem})
        s->finalize();
}

bool SessionFileWriter::writeProcess(ProcessTable::Id id, const ProcessInfo &info)
{
    m_insertProcess.bindInt(1, id);
    m_insertProcess.bindInt(2, info.pid);
    // Raw bytes, as the kernel gave them; NULL where fsnoop does not know.
    m_insertProcess.bindBlob(3, info.name);
    m_insertProcess.bindBlobOrNull(4, info.executable);
    m_insertProcess.bindIntOrNull(5, info.startTimeNs, info.startTimeNs > 0);
    m_insertProcess.bindBlobOrNull(6, info.commandLine);
    m_insertProcess.bindIntOrNull(7, info.parentPid, info.parentPid >= 0);
    m_insertProcess.bindIntOrNull(8, info.uid, info.uid != ProcessInfo::NoUid);
    return m_insertProcess.execute() || fail();
}

void SessionFileWriter::bindEvent(SqliteStatement &s, int first, const FsEvent &e)
{
    s.bindInt(first, e.timeNs);
    s.bindInt(first + 1, e.mask);
    s.bindInt(first + 2, e.cookie);
    s.bindIntOrNull(first + 3, e.pathId, e.pathId != PathTable::NoPath);
    s.bindIntOrNull(first + 4, e.pid, e.pid >= 0);
    s.bindIntOrNull(first + 5, e.processId, e.processId != ProcessTable::NoProcess);
    s.bindInt(first + 6, e.flags);
    s.bindInt(first + 7, e.source);
}

bool SessionFileWriter::writeEvents(const FsEvent *events, qsizetype count)
{
    qsizetype i = 0;
    for (; i + kRowsPerInsert <= count; i += kRowsPerInsert) {
        for (int r = 0; r < kRowsPerInsert; ++r)
            bindEvent(m_insertEvents, 1 + 8 * r, events[i + r]);
        if (!m_insertEvents.execute())
            return fail();
        m_eventsWritten += kRowsPerInsert;
    }
    for (; i < count; ++i) {
        bindEvent(m_insertEvent, 1, events[i]);
        if (!m_insertEvent.execute())
            return fail();
        ++m_eventsWritten;
    }
    return true;
}

bool SessionFileWriter::writeProblem(const MonitorProblem &problem, qint64 timeNs)
{
    SqliteStatement &s = m_insertProblem;
    s.bindInt(1, timeNs);
    s.bindInt(2, m_eventsWritten);
    s.bindText(3, SessionSchema::problemKindName(problem.kind));
    s.bindBlobOrNull(4, problem.path);
    s.bindInt(5, problem.errnum);
    s.bindInt(6, problem.count);
    s.bindInt(7, problem.limit);
    s.bindBlobOrNull(8, problem.detail);
    return s.execute() || fail();
}

bool SessionFileWriter::writeBookmarks(const Bookmarks &marks, quint64 firstSerial)
{
    return SessionBookmarks::write(m_db, marks, firstSerial) || fail();
}

bool SessionFileWriter::finish(qint64 stoppedNs)
{
    if (!m_db.isOpen())
        return false;
    if (m_inTransaction && !commit())
        return false;
    finalizeStatements();
    bool ok = m_db.exec("BEGIN") && m_metadata.saveStopTime(m_db, stoppedNs)
        && m_db.exec("COMMIT")
        // Back to a rollback journal: the WAL is checkpointed into the file and removed, so the
        // finished session can be copied or mailed as one file.
        && m_db.exec("PRAGMA journal_mode = DELETE");
    if (!ok)
        fail();
    m_db.close();
    m_lock.unlock();
    return ok;
}
