#include "io/sessionfilereader.h"

#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "io/sessionbookmarks.h"
#include "io/sessionschema.h"
#include "io/sqlitestatement.h"
#include "core/uniquefd.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Ids in the file are dense in practice (the writer copies PathTable ids); a hostile file could
// name id 4 billion, so the maps grow only as far as the rows that exist, and an id beyond them
// is an error rather than a huge allocation.
constexpr qint64 kMaxMappedId = qint64(1) << 30;

quint32 mapped(const std::vector<quint32> &map, qint64 id)
{
    return (id > 0 && id < qint64(map.size())) ? map[std::size_t(id)] : 0;
}

} // namespace

bool SessionFileReader::fail(SessionFileError::Code code, QByteArray detail)
{
    m_error = SessionFileError{};
    m_error.code = code;
    m_error.detail = std::move(detail);
    m_error.version = m_fileVersion;
    return false;
}

bool SessionFileReader::failFromDatabase()
{
    m_error = SessionFileError::fromDatabase(m_db);
    return false;
}

bool SessionFileReader::looksLikeSessionFile(const QString &fileName)
{
    // Only a regular file is sniffed: opening a FIFO for reading would block until a writer
    // comes, and a device may never end (O_NONBLOCK, then fstat what was opened). Anything else
    // goes on to the CSV reader, which says what it is.
    UniqueFd fd(::open(QFile::encodeName(fileName).constData(),
                       O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    struct stat st {};
    if (!fd.isValid() || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    char header[16];
    return ::pread(fd.get(), header, sizeof header, 0) == ssize_t(sizeof header)
        && QByteArrayView(header, sizeof header) == QByteArrayView("SQLite format 3\0", 16);
}

bool SessionFileReader::open(const QString &fileName)
{
    const QByteArray path = QFile::encodeName(fileName);
    if (::access(path.constData(), R_OK) != 0) {
        m_error = SessionFileError{};
        m_error.code = SessionFileError::Io;
        m_error.errnum = errno;
        return false;
    }
    if (!looksLikeSessionFile(fileName))
        return fail(SessionFileError::NotASession, "no SQLite header");
    // Read-write when we may: an older file is migrated in place, and a live capture's WAL needs
    // its shared-memory index. A read-only file of the current version opens read-only.
    const bool writable = ::access(path.constData(), W_OK) == 0;
    if (!m_db.open(path, writable ? SqliteDatabase::Mode::ReadWrite : SqliteDatabase::Mode::ReadOnly))
        return failFromDatabase();
    qint64 appId = 0, version = 0;
    if (!m_db.queryInt("PRAGMA application_id", &appId)
        || !m_db.queryInt("PRAGMA user_version", &version))
        return failFromDatabase();
    if (appId != SessionSchema::kApplicationId)
        return fail(SessionFileError::NotASession, "application_id is not fsnoop's");
    m_fileVersion = int(version);
    if (version > SessionSchema::kVersion)
        return fail(SessionFileError::TooNew);
    if (version < 1)
        return fail(SessionFileError::NotASession, "no schema version");
    if (version < SessionSchema::kVersion) {
        if (!writable)
            return fail(SessionFileError::CannotUpgrade, "the file is read-only");
        if (!SessionSchema::migrate(m_db, int(version))) {
            failFromDatabase();
            m_error.code = SessionFileError::CannotUpgrade;
            m_error.version = m_fileVersion;
            return false;
        }
    }
    if (!SessionMetadata::load(m_db, &m_metadata))
        return failFromDatabase();
    // max(id), not count(*): the rowid b-tree answers it from its last page.
    if (!m_db.queryInt("SELECT coalesce(max(id), 0) FROM events", &m_eventCount))
        return failFromDatabase();
    return true;
}

bool SessionFileReader::readTables(PathTable &paths, ProcessTable &processes,
                                   QList<MonitorProblem> *problems)
{
    SqliteStatement select;
    if (!select.prepare(m_db, "SELECT id, parent, name FROM paths ORDER BY id"))
        return failFromDatabase();
    m_pathMap.assign(2, 0);
    m_pathMap[PathTable::RootId] = PathTable::RootId;
    while (select.nextRow()) {
        const qint64 id = select.columnInt(0);
        const qint64 parent = select.columnInt(1);
        const QByteArrayView name = select.columnBlob(2);
        if (id <= PathTable::RootId)
            continue; // "/" is every table's id 1
        // A parent is always written before its children; anything else is damage.
        if (id >= kMaxMappedId || parent >= id || (parent != PathTable::RootId && mapped(m_pathMap, parent) == 0)
            || name.isEmpty() || name.contains('/'))
            return fail(SessionFileError::Corrupt, "bad path row " + QByteArray::number(id));
        if (qint64(m_pathMap.size()) <= id)
            m_pathMap.resize(std::size_t(id) + 1, 0);
        m_pathMap[std::size_t(id)] = paths.intern(mapped(m_pathMap, parent), name);
    }
    if (select.failed())
        return failFromDatabase();

    if (!select.prepare(m_db, "SELECT id, pid, name, executable, start_time_ns, command_line, parent_pid,"
                                 " user_id FROM processes ORDER BY id"))
        return failFromDatabase();
    m_processMap.assign(1, 0);
    while (select.nextRow()) {
        const qint64 id = select.columnInt(0);
        if (id <= 0 || id >= kMaxMappedId)
            return fail(SessionFileError::Corrupt, "bad process row " + QByteArray::number(id));
        ProcessInfo info;
        info.pid = qint32(select.columnInt(1));
        info.name = select.columnBlob(2).toByteArray();
        info.executable = select.columnBlob(3).toByteArray();
        info.startTimeNs = select.columnInt(4); // NULL reads as 0: unknown
        info.commandLine = select.columnBlob(5).toByteArray();
        if (!select.isNull(6))
            info.parentPid = qint32(select.columnInt(6));
        if (!select.isNull(7))
            info.uid = quint32(select.columnInt(7));
        if (qint64(m_processMap.size()) <= id)
            m_processMap.resize(std::size_t(id) + 1, 0);
        m_processMap[std::size_t(id)] = processes.intern(info);
    }
    if (select.failed())
        return failFromDatabase();

    if (!problems)
        return true;
    if (!select.prepare(m_db, "SELECT kind, path, errnum, count, \"limit\", detail FROM problems"
                              " ORDER BY id"))
        return failFromDatabase();
    while (select.nextRow()) {
        MonitorProblem p;
        p.kind = SessionSchema::problemKindFromName(select.columnBlob(0));
        p.path = select.columnBlob(1).toByteArray();
        p.errnum = int(select.columnInt(2));
        p.count = select.columnInt(3);
        p.limit = select.columnInt(4);
        p.detail = select.columnBlob(5).toByteArray();
        if (p.kind != MonitorProblem::None) // a kind a newer fsnoop knows: left out
            problems->append(p);
    }
    if (select.failed())
        return failFromDatabase();
    return true;
}

bool SessionFileReader::readEvents(const std::function<bool(const FsEvent *, qsizetype)> &chunk)
{
    SqliteStatement select;
    if (!select.prepare(m_db, "SELECT time_ns, mask, cookie, path, pid, process, flags, source"
                              " FROM events ORDER BY id"))
        return failFromDatabase();
    std::vector<FsEvent> buffer;
    buffer.reserve(std::size_t(kChunkEvents));
    while (select.nextRow()) {
        FsEvent e;
        e.timeNs = select.columnInt(0);
        e.mask = quint32(select.columnInt(1));
        e.cookie = quint32(select.columnInt(2));
        const qint64 path = select.isNull(3) ? 0 : select.columnInt(3);
        e.pathId = path == PathTable::RootId ? PathTable::RootId : mapped(m_pathMap, path);
        if (path != 0 && e.pathId == 0)
            return fail(SessionFileError::Corrupt, "event names unknown path " + QByteArray::number(path));
        e.pid = select.isNull(4) ? -1 : qint32(select.columnInt(4));
        e.processId = select.isNull(5) ? 0 : mapped(m_processMap, select.columnInt(5));
        e.flags = quint16(select.columnInt(6));
        e.source = quint8(select.columnInt(7));
        buffer.push_back(e);
        if (qsizetype(buffer.size()) == kChunkEvents) {
            if (!chunk(buffer.data(), qsizetype(buffer.size())))
                return fail(SessionFileError::Cancelled);
            buffer.clear();
        }
    }
    if (select.failed())
        return failFromDatabase();
    if (!buffer.empty() && !chunk(buffer.data(), qsizetype(buffer.size())))
        return fail(SessionFileError::Cancelled);
    return true;
}

bool SessionFileReader::readBookmarks(Bookmarks *marks)
{
    return SessionBookmarks::read(m_db, marks) || failFromDatabase();
}

bool SessionFileReader::saveBookmarks(const Bookmarks &marks)
{
    if (!m_db.exec("BEGIN IMMEDIATE"))
        return failFromDatabase();
    if (SessionBookmarks::write(m_db, marks) && m_db.exec("COMMIT"))
        return true;
    failFromDatabase();
    m_db.exec("ROLLBACK"); // after taking the error: a successful rollback clears nothing we need
    return false;
}

std::unique_ptr<Session> SessionFileReader::load(const QString &fileName, SessionFileError *error,
                                                 const std::function<bool(qint64, qint64)> &progress)
{
    SessionFileReader reader;
    auto session = std::make_unique<Session>();
    QList<MonitorProblem> problems;
    if (!reader.open(fileName)
        || !reader.readTables(session->paths(), session->processes(), &problems)) {
        *error = reader.error();
        return nullptr;
    }
    for (const MonitorProblem &p : std::as_const(problems))
        session->reportProblem(p);
    const qint64 total = reader.eventCount();
    qint64 done = 0;
    const bool ok = reader.readEvents([&](const FsEvent *events, qsizetype n) {
        session->append(events, n);
        done += n;
        return !progress || progress(done, total);
    });
    if (!ok || !reader.readBookmarks(&session->bookmarks())) {
        *error = reader.error();
        return nullptr;
    }
    session->setOrigin(fileName);
    return session;
}
