#include "io/sessionmetadata.h"

#include "core/eventnames.h"
#include "io/sqlitedatabase.h"
#include "io/sqlitestatement.h"

#include <sys/utsname.h>

namespace {

bool put(SqliteStatement &insert, const char *key, QByteArrayView value)
{
    insert.bindText(1, key);
    insert.bindText(2, value);
    return insert.execute();
}

bool putInt(SqliteStatement &insert, const char *key, qint64 value)
{
    insert.bindText(1, key);
    insert.bindInt(2, value);
    return insert.execute();
}

// Regular expressions one per line: a pattern cannot hold a newline that matters here (they are
// matched against paths, which PathFilter compiles from one line of a command line or a dialog).
QByteArray joinLines(const QStringList &list)
{
    return list.join(QLatin1Char('\n')).toUtf8();
}

QStringList splitLines(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'));
}

} // namespace

SessionMetadata SessionMetadata::forCapture(const WatchOptions &options, qint64 startedNs)
{
    SessionMetadata m;
    m.roots = options.roots;
    m.backend = options.backend == WatchOptions::Backend::Fanotify ? "fanotify" : "inotify";
    m.mode = options.recursive ? "recursive" : "single";
    m.events = options.events;
    for (const QRegularExpression &re : options.excludes)
        m.excludes.append(re.pattern());
    for (const QRegularExpression &re : options.includes)
        m.includes.append(re.pattern());
    struct utsname u {};
    if (::uname(&u) == 0) {
        m.host = u.nodename;
        m.kernel = QByteArray(u.sysname) + ' ' + u.release;
    }
    m.fsnoopVersion = FSNOOP_VERSION;
    m.startedNs = startedNs;
    return m;
}

bool SessionMetadata::save(SqliteDatabase &db) const
{
    SqliteStatement insert;
    if (!insert.prepare(db, "INSERT OR REPLACE INTO metadata(key, value) VALUES(?, ?)"))
        return false;
    bool ok = put(insert, "backend", backend) && put(insert, "mode", mode)
        && put(insert, "events", EventNames::join(events, ','))
        && put(insert, "excludes", joinLines(excludes))
        && put(insert, "includes", joinLines(includes)) && put(insert, "host", host)
        && put(insert, "kernel", kernel) && put(insert, "fsnoop_version", fsnoopVersion)
        && putInt(insert, "started_ns", startedNs);
    if (!ok)
        return false;
    SqliteStatement root;
    if (!root.prepare(db, "INSERT INTO roots(path) VALUES(?)"))
        return false;
    for (const QByteArray &path : roots) {
        root.bindBlob(1, path);
        if (root.step() != SqliteStatement::Step::Done)
            return false;
        root.reset();
    }
    return true;
}

bool SessionMetadata::saveStopTime(SqliteDatabase &db, qint64 stopped) const
{
    SqliteStatement insert;
    return insert.prepare(db, "INSERT OR REPLACE INTO metadata(key, value) VALUES(?, ?)")
        && putInt(insert, "stopped_ns", stopped);
}

bool SessionMetadata::load(SqliteDatabase &db, SessionMetadata *out)
{
    SessionMetadata m;
    SqliteStatement select;
    if (!select.prepare(db, "SELECT key, value FROM metadata"))
        return false;
    while (select.nextRow()) {
        const QByteArrayView key = select.columnBlob(0);
        if (key == "backend")
            m.backend = select.columnBlob(1).toByteArray();
        else if (key == "mode")
            m.mode = select.columnBlob(1).toByteArray();
        else if (key == "events")
            EventNames::split(select.columnBlob(1), &m.events, ',');
        else if (key == "excludes")
            m.excludes = splitLines(select.columnBlob(1));
        else if (key == "includes")
            m.includes = splitLines(select.columnBlob(1));
        else if (key == "host")
            m.host = select.columnBlob(1).toByteArray();
        else if (key == "kernel")
            m.kernel = select.columnBlob(1).toByteArray();
        else if (key == "fsnoop_version")
            m.fsnoopVersion = select.columnBlob(1).toByteArray();
        else if (key == "started_ns")
            m.startedNs = select.columnInt(1);
        else if (key == "stopped_ns")
            m.stoppedNs = select.columnInt(1);
        // Unknown keys are a newer writer's additions: ignored, as the format promises.
    }
    if (select.failed())
        return false;
    SqliteStatement roots;
    if (!roots.prepare(db, "SELECT path FROM roots ORDER BY id"))
        return false;
    while (roots.nextRow())
        m.roots.append(roots.columnBlob(0).toByteArray());
    if (roots.failed())
        return false;
    *out = std::move(m);
    return true;
}
