#include "io/sessionschema.h"

#include "core/eventnames.h"
#include "io/sqlitedatabase.h"
#include "io/sqlitestatement.h"

#include <array>
#include <utility>

namespace {

// Version 1: what every later version starts from. Kept verbatim: migrate() replays history.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE metadata(key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;
CREATE TABLE roots(id INTEGER PRIMARY KEY, path BLOB NOT NULL);
CREATE TABLE paths(id INTEGER PRIMARY KEY, parent INTEGER NOT NULL, name BLOB NOT NULL);
CREATE TABLE processes(id INTEGER PRIMARY KEY, pid INTEGER NOT NULL, name BLOB, executable BLOB);
CREATE TABLE events(id INTEGER PRIMARY KEY, time_ns INTEGER NOT NULL, mask INTEGER NOT NULL,
                    cookie INTEGER NOT NULL DEFAULT 0, path INTEGER, pid INTEGER, process INTEGER,
                    flags INTEGER NOT NULL DEFAULT 0, source INTEGER NOT NULL DEFAULT 0);
)sql";

// Version 1 -> 2.
constexpr const char *kMigrateV2 = R"sql(
ALTER TABLE processes ADD COLUMN start_time_ns INTEGER;
ALTER TABLE processes ADD COLUMN command_line BLOB;
ALTER TABLE processes ADD COLUMN parent_pid INTEGER;
ALTER TABLE processes ADD COLUMN user_id INTEGER;
CREATE TABLE problems(id INTEGER PRIMARY KEY, time_ns INTEGER NOT NULL,
                      before_event INTEGER NOT NULL, kind TEXT NOT NULL, path BLOB,
                      errnum INTEGER, count INTEGER, "limit" INTEGER, detail BLOB);
CREATE TABLE event_names(bit INTEGER PRIMARY KEY, name TEXT NOT NULL);
-- One row per event with its full path, event names and process, for sqlite3 and Python alone.
-- The path is walked up from the event's node on demand (a correlated recursive CTE), so
-- `LIMIT 5` costs five short walks, not the whole table. Names are the raw bytes read as text;
-- `paths.name` keeps the exact bytes.
CREATE VIEW events_view AS
SELECT e.id AS id,
       strftime('%Y-%m-%dT%H:%M:%f', e.time_ns / 1000000000.0, 'unixepoch') || 'Z' AS time_utc,
       e.time_ns AS time_ns,
       (SELECT group_concat(name, '|')
          FROM (SELECT name FROM event_names WHERE e.mask & bit ORDER BY bit)) AS events,
       CASE WHEN e.path IS NULL OR e.path = 0 THEN NULL
            WHEN e.path = 1 THEN '/'
            ELSE (WITH RECURSIVE up(id, parent, p) AS (
                      SELECT id, parent, '/' || CAST(name AS TEXT) FROM paths WHERE id = e.path
                      UNION ALL
                      SELECT x.id, x.parent, '/' || CAST(x.name AS TEXT) || up.p
                        FROM paths x JOIN up ON x.id = up.parent WHERE x.id > 1)
                  SELECT p FROM up WHERE parent <= 1)
       END AS path,
       (e.flags & 1) AS is_dir,
       e.cookie AS cookie,
       e.pid AS pid,
       CAST(p.name AS TEXT) AS process,
       CAST(p.executable AS TEXT) AS executable,
       CASE WHEN e.flags & 2 THEN 'scan' WHEN e.source = 2 THEN 'fanotify'
            WHEN e.source = 3 THEN 'rescan' ELSE 'inotify' END
           AS source,
       (e.flags & 4) != 0 AS overflow
  FROM events e LEFT JOIN processes p ON p.id = e.process;
)sql";

// Version 2 -> 3: the user's bookmarks. `event` is events.id; no foreign key, so a reader that
// skips the table loses nothing else.
constexpr const char *kMigrateV3 = R"sql(
CREATE TABLE bookmarks(event INTEGER PRIMARY KEY NOT NULL, note TEXT NOT NULL DEFAULT '');
)sql";

bool fillEventNames(SqliteDatabase &db)
{
    SqliteStatement insert;
    if (!insert.prepare(db, "INSERT INTO event_names(bit, name) VALUES(?, ?)"))
        return false;
    for (int bit = 0; bit < 32; ++bit) {
        const quint32 mask = 1u << bit;
        const QByteArray name = EventNames::join(mask);
        if (name.isEmpty())
            continue;
        insert.bindInt(1, mask);
        insert.bindText(2, name);
        if (insert.step() != SqliteStatement::Step::Done)
            return false;
        insert.reset();
    }
    return true;
}

bool setVersion(SqliteDatabase &db, int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return db.exec(sql.constData());
}

constexpr std::array<std::pair<MonitorProblem::Kind, const char *>, 20> kKindNames = {{
    {MonitorProblem::InitFailed, "init_failed"},
    {MonitorProblem::RootMissing, "root_missing"},
    {MonitorProblem::WatchLimit, "watch_limit"},
    {MonitorProblem::AccessDenied, "access_denied"},
    {MonitorProblem::ScanError, "scan_error"},
    {MonitorProblem::QueueOverflow, "queue_overflow"},
    {MonitorProblem::RootDeleted, "root_deleted"},
    {MonitorProblem::RootMoved, "root_moved"},
    {MonitorProblem::Unmounted, "unmounted"},
    {MonitorProblem::HelperFailed, "helper_failed"},
    {MonitorProblem::HelperCancelled, "helper_cancelled"},
    {MonitorProblem::HelperNotAuthorized, "helper_not_authorized"},
    {MonitorProblem::SpillFailed, "spill_failed"},
    {MonitorProblem::RemoteFilesystem, "remote_filesystem"},
    {MonitorProblem::FuseFilesystem, "fuse_filesystem"},
    {MonitorProblem::OverlayFilesystem, "overlay_filesystem"},
    {MonitorProblem::InotifyFallback, "inotify_fallback"},
    {MonitorProblem::SubvolumeWatched, "subvolume_watched"},
    {MonitorProblem::RootBack, "root_back"},
    {MonitorProblem::Mounted, "mounted"},
}};

} // namespace

bool SessionSchema::create(SqliteDatabase &db)
{
    const QByteArray appId = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
    return db.exec("BEGIN") && db.exec(appId.constData()) && db.exec(kSchemaV1)
        && db.exec(kMigrateV2) && fillEventNames(db) && db.exec(kMigrateV3) && setVersion(db, kVersion)
        && db.exec("COMMIT");
}

bool SessionSchema::migrate(SqliteDatabase &db, int from)
{
    // BEGIN IMMEDIATE: take the write lock now, so a second reader migrating the same file waits
    // instead of failing half-way.
    if (!db.exec("BEGIN IMMEDIATE"))
        return false;
    bool ok = true;
    if (from < 2)
        ok = db.exec(kMigrateV2) && fillEventNames(db);
    if (from < 3)
        ok = ok && db.exec(kMigrateV3);
    ok = ok && setVersion(db, kVersion) && db.exec("COMMIT");
    if (!ok)
        db.exec("ROLLBACK"); // a successful rollback leaves the first error in place
    return ok;
}

const char *SessionSchema::problemKindName(MonitorProblem::Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return name;
    }
    return "unknown";
}

MonitorProblem::Kind SessionSchema::problemKindFromName(QByteArrayView name)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == n)
            return k;
    }
    return MonitorProblem::None;
}
