#include "session/spooldirectory.h"

#include "io/outputlock.h"
#include "io/sessionfilereader.h"
#include "io/sqlitedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {
const char *const kCompanions[] = {"-wal", "-shm"};
}

QString SpoolDirectory::path()
{
    // XDG Base Directory spec: a relative $XDG_STATE_HOME is invalid and must be ignored.
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/fsnoop/sessions");
}

QString SpoolDirectory::newFileName(const QDateTime &start)
{
    const QString stem = path() + QLatin1Char('/')
        + start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    QString name = stem + QStringLiteral(".fsnoop");
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = stem + QStringLiteral("-%1.fsnoop").arg(n);
    return name;
}

qint64 SpoolDirectory::bytesOnDisk(const QString &file)
{
    qint64 bytes = QFileInfo(file).size();
    for (const char *suffix : kCompanions)
        bytes += QFileInfo(file + QLatin1String(suffix)).size();
    return bytes;
}

SpoolDirectory::Entry SpoolDirectory::entry(const QString &file, const QString &ownFile)
{
    Entry e;
    e.file = file;
    const QFileInfo info(file);
    e.bytes = bytesOnDisk(file);
    e.modified = info.lastModified();
    if (!ownFile.isEmpty() && info.absoluteFilePath() == QFileInfo(ownFile).absoluteFilePath()) {
        e.locked = true;
        return e;
    }
    // A file being written carries its writer's OutputLock (SessionFileWriter), taken as soon as
    // SQLite created it. It is not opened here: a capture's numbers are in its own window, and
    // a connection opened while the writer sets the file up (before WAL mode) would block it.
    OutputLock probe;
    e.locked = probe.lock(file) == OutputLock::Result::Busy;
    probe.unlock();
    if (e.locked)
        return e;
    SessionFileReader reader;
    if (reader.open(file)) {
        e.readable = true;
        e.metadata = reader.metadata();
        e.events = reader.eventCount();
    }
    return e;
}

QList<SpoolDirectory::Entry> SpoolDirectory::entries(const QString &ownFile)
{
    QList<Entry> list;
    const QFileInfoList files = QDir(path()).entryInfoList({QStringLiteral("*.fsnoop")},
                                                           QDir::Files, QDir::Time);
    for (const QFileInfo &info : files)
        list.append(entry(info.absoluteFilePath(), ownFile));
    // By start time, which a later write (the stop time) does not change; for one not read (a
    // running capture, an unreadable file) its last write is the best there is.
    const auto started = [](const Entry &e) {
        return e.readable && e.metadata.startedNs > 0 ? e.metadata.startedNs
                                                      : e.modified.toMSecsSinceEpoch() * 1000000;
    };
    std::stable_sort(list.begin(), list.end(),
                     [&started](const Entry &a, const Entry &b) { return started(a) > started(b); });
    return list;
}

bool SpoolDirectory::contains(const QString &file)
{
    const QString dir = QFileInfo(path()).canonicalFilePath();
    const QFileInfo info(file);
    // Canonical paths, not a string prefix: "sessions/../x" or a link out must not pass.
    return !dir.isEmpty() && info.isFile() && !info.isSymLink()
        && QFileInfo(info.canonicalFilePath()).absolutePath() == dir;
}

bool SpoolDirectory::remove(const QString &file)
{
    bool ok = QFile::remove(file);
    for (const char *suffix : kCompanions)
        QFile::remove(file + QLatin1String(suffix)); // usually absent after a clean finish
    return ok;
}

bool SpoolDirectory::seal(const QString &file)
{
    SqliteDatabase db;
    SessionMetadata metadata;
    qint64 lastEvent = 0;
    if (!db.open(QFile::encodeName(file), SqliteDatabase::Mode::ReadWrite)
        || !SessionMetadata::load(db, &metadata)
        || !db.queryInt("SELECT coalesce(max(time_ns), 0) FROM events", &lastEvent))
        return false;
    if (metadata.stoppedNs != 0)
        return true;
    return metadata.saveStopTime(db, qMax(lastEvent, metadata.startedNs));
}
