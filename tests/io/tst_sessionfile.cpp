#include "core/bookmarks.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "io/jsonlwriter.h"
#include "io/sessionfilereader.h"
#include "io/sessionfilewriter.h"
#include "io/sessionschema.h"
#include "io/sessionwriterthread.h"
#include "io/sqlitedatabase.h"
#include "io/sqlitestatement.h"
#include "lib/needsroot.h"
#include "lib/scopedmount.h"
#include "lib/testevent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The session file on real SQLite files: round trips of hostile names, the events_view, the
// schema version and its migration, the writer thread's commits, and a full disk.
namespace {

constexpr int kTimeoutMs = 10000;

struct Capture {
    std::shared_ptr<PathTable> paths = std::make_shared<PathTable>();
    ProcessTable processes;
    FsEventBatch events;
};

// A capture with names that are not text: a byte 0xFF, a newline, a comma and quote, a
// backslash; a process; a rename pair; an overflow marker.
Capture hostileCapture()
{
    Capture c;
    PathTable &p = *c.paths;
    const PathTable::Id dir = p.internPath("/w/sub dir");
    const PathTable::Id bad = p.intern(dir, QByteArray("caf\xff\xfe", 5));
    const PathTable::Id odd = p.intern(dir, "a,\"b\"\nc\\x41");
    const PathTable::Id renamed = p.intern(dir, "renamed");
    ProcessInfo info;
    info.pid = 4242;
    info.name = QByteArrayLiteral("touch");
    info.executable = QByteArrayLiteral("/usr/bin/touch");
    info.commandLine = QByteArray("touch\0caf\xff\0", 12); // NUL-separated, not UTF-8
    info.parentPid = 4200;
    info.uid = 1000;
    info.startTimeNs = 1700000000120000000LL;
    const ProcessTable::Id proc = c.processes.intern(info);
    c.events = {
        ev(IN_CREATE | IN_ISDIR, dir).ms(1),
        ev(IN_CREATE, bad).ms(2).process(proc),
        ev(IN_MODIFY, odd).ms(3),
        ev(IN_MOVED_FROM, odd).ms(4).cookie(77),
        ev(IN_MOVED_TO, renamed).ms(4).cookie(77),
        ev(IN_CREATE, p.intern(dir, "scanned")).ms(5).scan(),
        ev(IN_Q_OVERFLOW, PathTable::NoPath).ms(6).overflowMarker(),
        ev(IN_DELETE, renamed).at(-1500000000), // before 1970: a negative time survives too
    };
    c.events[1].pid = 4242;
    return c;
}

bool writeCapture(const QString &file, const Capture &c, const SessionMetadata &meta)
{
    SessionFileWriter w;
    if (!w.create(file, meta) || !w.begin() || !w.writePaths(*c.paths, c.paths->size()))
        return false;
    for (ProcessTable::Id id = 1; id < c.processes.size(); ++id) {
        if (!w.writeProcess(id, c.processes.info(id)))
            return false;
    }
    return w.writeProblem(MonitorProblem::directoryFailed("/w/locked", EACCES), 7)
        && w.writeEvents(c.events.constData(), c.events.size()) && w.commit() && w.finish(99);
}

QStringList column(const QString &file, const char *sql)
{
    SqliteDatabase db;
    SqliteStatement s;
    QStringList out;
    if (!db.open(QFile::encodeName(file), SqliteDatabase::Mode::ReadOnly) || !s.prepare(db, sql))
        return {QStringLiteral("error: ") + QString::fromUtf8(db.errorMessage())};
    while (s.step() == SqliteStatement::Step::Row)
        out.append(s.isNull(0) ? QStringLiteral("NULL") : QString::fromUtf8(s.columnBlob(0).toByteArray()));
    return out;
}

// hostileCapture() going to a new session file `name` in a temporary folder through a
// SessionWriterThread whose queue holds `maxQueuedBytes`: the opening of the writer thread's tests.
struct WriterThreadFile
{
    explicit WriterThreadFile(const char *name,
                              qint64 maxQueuedBytes = SessionWriterThread::kDefaultMaxQueuedBytes)
        : file(dir.filePath(QString::fromLatin1(name))), writer(c.paths, nullptr, maxQueuedBytes)
    {
    }
    bool start() { return writer.start(file, SessionMetadata{}, &error); }
    // The whole capture, once more.
    void appendCapture() { writer.append(c.events, c.processes); }
    bool finish(qint64 stoppedNs) { return writer.finish(stoppedNs, &error); }

    QTemporaryDir dir;
    const QString file;
    const Capture c = hostileCapture();
    SessionWriterThread writer;
    SessionFileError error;
};

// Runs `sql` on the SQLite file `file` through a connection of its own: how the tests make the
// files fsnoop did not write (or not this way).
bool runSql(const QString &file, SqliteDatabase::Mode mode, const char *sql)
{
    SqliteDatabase db;
    return db.open(QFile::encodeName(file), mode) && db.exec(sql);
}

// Why a SessionFileReader refuses `file` (code None if it opens it).
SessionFileError refusal(const QString &file)
{
    SessionFileReader reader;
    return reader.open(file) ? SessionFileError{} : reader.error();
}

// A session file of an older schema, made by hand: the SQL of tests/fixtures/session/NAME run on a
// new SQLite file. Kept apart from monitor/io/sessionschema.cpp on purpose: a migration test must
// not take the old schema from the code it tests.
bool writeOldSessionFile(const QString &file, const char *name)
{
    QFile sql(QStringLiteral(FSNOOP_SESSION_FIXTURES "/") + QLatin1String(name));
    if (!sql.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << sql.fileName() << sql.errorString();
        return false;
    }
    return runSql(file, SqliteDatabase::Mode::Create, sql.readAll().constData());
}

// A file of the older schema NAME (writeOldSessionFile) in a temporary folder, open in `reader`:
// what each migration test starts from.
struct OldSessionFile
{
    explicit OldSessionFile(const char *name)
        : file(dir.filePath(QStringLiteral("old.fsnoop")))
    {
        m_written = writeOldSessionFile(file, name);
        m_open = m_written && reader.open(file);
    }
    bool isOpen() const { return m_open; }
    // Why it is not, for the test's message.
    QByteArray failure() const { return m_written ? reader.error().detail : QByteArrayLiteral("not written"); }
    // The whole file, as the app loads a session (after the migration open() made).
    std::unique_ptr<Session> load() const
    {
        SessionFileError error;
        return SessionFileReader::load(file, &error);
    }

    QTemporaryDir dir;
    const QString file;
    SessionFileReader reader;

private:
    bool m_written = false;
    bool m_open = false;
};

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

} // namespace

class tst_SessionFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryByte()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.fsnoop"));
        const Capture c = hostileCapture();
        WatchOptions options;
        options.roots = {QByteArray("/w\xff", 3)};
        options.excludes = {QRegularExpression(QStringLiteral("\\.git/"))};
        const SessionMetadata meta = SessionMetadata::forCapture(options, 5);
        QVERIFY(writeCapture(file, c, meta));
        // Finished: one self-contained file, no WAL left beside it.
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));

        SessionFileError error;
        auto s = SessionFileReader::load(file, &error);
        QVERIFY2(s, SessionFileError::codeName(error.code));
        QVERIFY(s->isReadOnly());
        QCOMPARE(s->events().size(), c.events.size());
        for (qsizetype i = 0; i < c.events.size(); ++i) {
            const FsEvent &a = c.events.at(i);
            const FsEvent &b = s->events().at(i);
            QCOMPARE(b.timeNs, a.timeNs);
            QCOMPARE(b.mask, a.mask);
            QCOMPARE(b.cookie, a.cookie);
            QCOMPARE(b.flags, a.flags);
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.pid, a.pid);
            QCOMPARE(s->paths().path(b.pathId), c.paths->path(a.pathId));
            QCOMPARE(s->processes().info(b.processId), c.processes.info(a.processId));
        }
        QCOMPARE(s->overflowCount(), 1);
        QCOMPARE(s->problems().size(), 1);
        QCOMPARE(s->problems().first().kind, MonitorProblem::AccessDenied);
        QCOMPARE(s->problems().first().path, QByteArray("/w/locked"));

        SessionFileReader reader;
        QVERIFY(reader.open(file));
        QCOMPARE(reader.metadata().roots, options.roots);
        QCOMPARE(reader.metadata().excludes, QStringList{QStringLiteral("\\.git/")});
        QCOMPARE(reader.metadata().events, options.events);
        QCOMPARE(reader.metadata().backend, QByteArray("inotify"));
        QCOMPARE(reader.metadata().startedNs, 5);
        QCOMPARE(reader.metadata().stoppedNs, 99);
        QVERIFY(!reader.metadata().host.isEmpty());
        QCOMPARE(reader.eventCount(), c.events.size());
    }

    void eventsViewShowsPathsNamesAndProcesses()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.fsnoop"));
        QVERIFY(writeCapture(file, hostileCapture(), SessionMetadata{}));
        QCOMPARE(column(file, "SELECT events FROM events_view ORDER BY id"),
                 strings({"CREATE|ISDIR", "CREATE", "MODIFY", "MOVED_FROM", "MOVED_TO", "CREATE",
                          "Q_OVERFLOW", "DELETE"}));
        const QStringList paths = column(file, "SELECT path FROM events_view ORDER BY id");
        QCOMPARE(paths.value(0), QStringLiteral("/w/sub dir"));
        QCOMPARE(paths.value(4), QStringLiteral("/w/sub dir/renamed"));
        QCOMPARE(paths.value(6), QStringLiteral("NULL"));
        // The exact bytes of a name that is not UTF-8: in the path blob, byte for byte.
        QCOMPARE(column(file, "SELECT hex(CAST(path AS BLOB)) FROM events_view WHERE id = 2"),
                 QStringList{QString::fromLatin1(QByteArray("/w/sub dir/caf\xff\xfe", 16).toHex().toUpper())});
        QCOMPARE(column(file, "SELECT process || ' ' || executable || ' ' || pid FROM events_view"
                              " WHERE id = 2"),
                 QStringList{QStringLiteral("touch /usr/bin/touch 4242")});
        QCOMPARE(column(file, "SELECT source FROM events_view WHERE id IN (1, 6) ORDER BY id"),
                 strings({"inotify", "scan"}));
        QCOMPARE(column(file, "SELECT time_utc FROM events_view WHERE id = 1"),
                 QStringList{QStringLiteral("2023-11-14T22:13:20.001Z")});
        QCOMPARE(column(file, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    }

    void migratesAHandMadeVersionOneFile()
    {
        // Written the way fsnoop's first session format was, by hand (session-v1.sql): no
        // problems table, no view, processes without parent or user.
        OldSessionFile old("session-v1.sql");
        QVERIFY2(old.isOpen(), old.failure().constData());
        QCOMPARE(old.reader.fileVersion(), 1);
        QCOMPARE(old.reader.metadata().backend, QByteArray("fanotify"));
        QCOMPARE(old.reader.metadata().roots, QList<QByteArray>{"/srv"});
        QCOMPARE(column(old.file, "PRAGMA user_version"), QStringList{QString::number(SessionSchema::kVersion)});
        QCOMPARE(column(old.file, "SELECT events || ' ' || path || ' ' || process || ' ' || source"
                                  " FROM events_view"),
                 QStringList{QStringLiteral("MODIFY /srv/x.log nginx fanotify")});
        QCOMPARE(column(old.file, "SELECT count(*) FROM problems"), QStringList{QStringLiteral("0")});

        auto s = old.load();
        QVERIFY(s);
        QCOMPARE(s->events().size(), 1);
        QCOMPARE(s->paths().path(s->events().at(0).pathId), QByteArray("/srv/x.log"));
        QCOMPARE(s->processes().info(s->events().at(0).processId).name, QByteArrayLiteral("nginx"));
    }

    void migratesAHandMadeVersionTwoFile()
    {
        // Schema 2 as fsnoop wrote it before bookmarks, by hand (session-v2.sql, only what the
        // reader needs): opening it adds an empty bookmarks table, and bookmarks saved then read
        // back.
        OldSessionFile old("session-v2.sql");
        QVERIFY2(old.isOpen(), old.failure().constData());
        QCOMPARE(old.reader.fileVersion(), 2);
        QCOMPARE(column(old.file, "PRAGMA user_version"), QStringList{QStringLiteral("3")});
        QCOMPARE(column(old.file, "SELECT count(*) FROM bookmarks"), QStringList{QStringLiteral("0")});
        Bookmarks marks;
        marks.set(0, QStringLiteral("first"));
        marks.set(2, QStringLiteral("caf\u00e9, \"last\""));
        QVERIFY(old.reader.saveBookmarks(marks));
        // Event ids in the file are serial + 1.
        QCOMPARE(column(old.file, "SELECT event || ':' || note FROM bookmarks ORDER BY event"),
                 QStringList({QStringLiteral("1:first"), QStringLiteral("3:caf\u00e9, \"last\"")}));
        auto s = old.load();
        QVERIFY(s);
        QCOMPARE(s->events().size(), 3);
        QCOMPARE(s->bookmarks(), marks);
    }

    void refusesNewerAndForeignFiles()
    {
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.fsnoop"));
        QVERIFY(writeCapture(newer, hostileCapture(), SessionMetadata{}));
        QVERIFY(runSql(newer, SqliteDatabase::Mode::ReadWrite, "PRAGMA user_version = 99"));
        const SessionFileError tooNew = refusal(newer);
        QCOMPARE(tooNew.code, SessionFileError::TooNew);
        QCOMPARE(tooNew.version, 99);

        const QString foreign = dir.filePath(QStringLiteral("other.db"));
        QVERIFY(runSql(foreign, SqliteDatabase::Mode::Create, "CREATE TABLE t(x)"));
        QCOMPARE(refusal(foreign).code, SessionFileError::NotASession);

        const QString csv = dir.filePath(QStringLiteral("x.csv"));
        QVERIFY(QFile(csv).open(QIODevice::WriteOnly));
        QCOMPARE(refusal(csv).code, SessionFileError::NotASession);

        const SessionFileError missing = refusal(dir.filePath(QStringLiteral("none.fsnoop")));
        QCOMPARE(missing.code, SessionFileError::Io);
        QCOMPARE(missing.errnum, ENOENT);
    }

    void writerThreadCommitsWhileRunning()
    {
        WriterThreadFile f("live.fsnoop");
        QVERIFY(f.start());
        f.appendCapture();
        // Visible to another connection before the capture ends: committed, not just queued.
        QTRY_COMPARE_WITH_TIMEOUT(column(f.file, "SELECT count(*) FROM events"),
                                  QStringList{QString::number(f.c.events.size())}, kTimeoutMs);
        QCOMPARE(f.writer.eventsCommitted(), f.c.events.size());
        f.writer.appendProblem(MonitorProblem::queueOverflow(1), 8);
        f.appendCapture();
        QVERIFY(f.finish(123));
        QCOMPARE(column(f.file, "SELECT count(*) FROM events"),
                 QStringList{QString::number(2 * f.c.events.size())});
        QCOMPARE(column(f.file, "SELECT kind || ' ' || before_event FROM problems"),
                 QStringList{QStringLiteral("queue_overflow 8")});
        QCOMPARE(column(f.file, "SELECT value FROM metadata WHERE key = 'stopped_ns'"),
                 QStringList{QStringLiteral("123")});
    }

    // A live capture's bookmarks go through the writer thread, behind the events they mark, by
    // the file's event ids: the store serial less the serial of the file's first event, plus 1.
    void writerThreadReplacesBookmarks()
    {
        WriterThreadFile f("marks.fsnoop");
        QVERIFY(f.c.events.size() >= 2);
        QVERIFY(f.start());
        f.appendCapture();
        constexpr quint64 kFirst = 100; // the file began at store serial 100
        Bookmarks marks;
        marks.set(kFirst + 1, QStringLiteral("second"));
        marks.set(kFirst - 1, QStringLiteral("before the file")); // an event it does not hold
        f.writer.replaceBookmarks(marks, kFirst);
        QTRY_COMPARE_WITH_TIMEOUT(column(f.file, "SELECT event || ' ' || note FROM bookmarks"),
                                  QStringList{QStringLiteral("2 second")}, kTimeoutMs);
        marks.clear();
        marks.set(kFirst, QStringLiteral("first"));
        f.writer.replaceBookmarks(marks, kFirst);
        QVERIFY(f.finish(9));
        QCOMPARE(column(f.file, "SELECT event || ' ' || note FROM bookmarks"),
                 QStringList{QStringLiteral("1 first")});
    }

    // The writer's queue is bounded in bytes: when the disk does not keep up, a batch that does
    // not fit is counted, never waited for, and the file holds exactly what was queued.
    void fullQueueCountsWhatItRefuses()
    {
        const qint64 batchBytes = qint64(hostileCapture().events.size()) * qint64(sizeof(FsEvent));
        WriterThreadFile f("slow.fsnoop", batchBytes + batchBytes / 2);
        const qsizetype batch = f.c.events.size();
        QVERIFY(f.start());

        // A slow disk, for real: another connection holds SQLite's write lock, so the writer
        // cannot write the first batch (it waits in SQLite's busy handler) and the queue stays
        // full until the lock goes.
        SqliteDatabase other;
        QVERIFY(other.open(QFile::encodeName(f.file), SqliteDatabase::Mode::ReadWrite));
        QVERIFY(other.exec("BEGIN IMMEDIATE"));
        f.appendCapture(); // fits
        f.appendCapture(); // does not: counted, not waited for
        QCOMPARE(f.writer.eventsNotQueued(), batch);
        QVERIFY(other.exec("ROLLBACK"));
        other.close(); // finish() folds the log back, which needs the file to itself
        QTRY_COMPARE_WITH_TIMEOUT(f.writer.eventsCommitted(), batch, kTimeoutMs);
        f.appendCapture(); // room again once written
        QVERIFY(f.finish(5));
        QCOMPARE(f.writer.eventsCommitted(), 2 * batch);
        QCOMPARE(f.writer.eventsNotQueued(), batch);
        QCOMPARE(column(f.file, "SELECT count(*) FROM events"), QStringList{QString::number(2 * batch)});
        // The process, referred to by every batch, is written once.
        QCOMPARE(column(f.file, "SELECT count(*) FROM processes"), QStringList{QStringLiteral("1")});
    }

    void unwritablePlacesSayWhy()
    {
        QTemporaryDir dir;
        SessionFileWriter w;
        QVERIFY(!w.create(dir.filePath(QStringLiteral("no/such/dir/s.fsnoop")), SessionMetadata{}));
        QCOMPARE(w.error().code, SessionFileError::Io);
        QCOMPARE(w.error().errnum, ENOENT);

        const QString file = dir.filePath(QStringLiteral("f"));
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        SessionFileWriter under;
        QVERIFY(!under.create(file + QStringLiteral("/s.fsnoop"), SessionMetadata{}));
        QCOMPARE(under.error().code, SessionFileError::Io);
        QCOMPARE(under.error().errnum, ENOTDIR);
    }

    void fullDiskStopsWithDiskFull()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root to mount a small tmpfs");
        QTemporaryDir dir;
        const ScopedMount mount = ScopedMount::tmpfs(dir.path(), "256k");
        QVERIFY2(mount.isMounted(), mount.error());

        Capture c;
        SessionWriterThread writer(c.paths);
        QSignalSpy failed(&writer, &SessionWriterThread::failed);
        SessionFileError error;
        QVERIFY(writer.start(dir.filePath(QStringLiteral("full.fsnoop")), SessionMetadata{}, &error));
        // Long names so that 256 KiB fill after a few thousand rows.
        FsEventBatch batch;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray name = QByteArray::number(i) + QByteArray(200, 'n');
            batch.append(ev(IN_CREATE, c.paths->internPath("/d/" + name)).ms(i));
        }
        for (int round = 0; round < 20 && failed.isEmpty(); ++round)
            writer.append(batch, c.processes);
        QVERIFY(failed.wait(kTimeoutMs) || !failed.isEmpty());
        QCOMPARE(failed.first().first().value<SessionFileError>().code, SessionFileError::DiskFull);
        QVERIFY(!writer.finish(1, &error));
        QCOMPARE(error.code, SessionFileError::DiskFull);
    }

    void jsonLinesUseEcsNamesAndKeepBytes()
    {
        const Capture c = hostileCapture();
        JsonlWriter w(*c.paths, c.processes);
        QByteArray out;
        w.append(out, c.events);
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), c.events.size() + 1); // each line ends with \n
        QVERIFY(lines.last().isEmpty());
        QList<QJsonObject> objects;
        for (qsizetype i = 0; i < c.events.size(); ++i) {
            QJsonParseError perr;
            const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &perr);
            QVERIFY2(doc.isObject(), lines.at(i).constData());
            objects.append(doc.object());
        }
        const QJsonObject create = objects.at(1);
        QCOMPARE(create.value(u"@timestamp").toString(), QStringLiteral("2023-11-14T22:13:20.002000000Z"));
        QCOMPARE(create[u"event"][u"action"].toString(), QStringLiteral("create"));
        QCOMPARE(create[u"event"][u"type"].toArray().first().toString(), QStringLiteral("creation"));
        QCOMPARE(create[u"event"][u"category"].toArray().first().toString(), QStringLiteral("file"));
        // Not UTF-8: the CSV byte escape, inside valid JSON.
        QCOMPARE(create[u"file"][u"path"].toString(), QStringLiteral("/w/sub dir/caf\\xFF\\xFE"));
        QCOMPARE(create[u"file"][u"name"].toString(), QStringLiteral("caf\\xFF\\xFE"));
        QCOMPARE(create[u"file"][u"directory"].toString(), QStringLiteral("/w/sub dir"));
        QCOMPARE(create[u"file"][u"type"].toString(), QStringLiteral("file"));
        QCOMPARE(create[u"process"][u"pid"].toInt(), 4242);
        QCOMPARE(create[u"process"][u"name"].toString(), QStringLiteral("touch"));
        QCOMPARE(create[u"process"][u"executable"].toString(), QStringLiteral("/usr/bin/touch"));
        QCOMPARE(create[u"process"][u"command_line"].toString(), QStringLiteral("touch caf\\xFF"));
        QCOMPARE(create[u"process"][u"parent"][u"pid"].toInt(), 4200);
        QCOMPARE(create[u"user"][u"id"].toString(), QStringLiteral("1000"));
        QCOMPARE(objects.at(0)[u"file"][u"type"].toString(), QStringLiteral("dir"));
        // Comma, quote, newline and backslash: JSON escaping over the byte escape.
        QCOMPARE(objects.at(2)[u"file"][u"name"].toString(), QStringLiteral("a,\"b\"\nc\\\\x41"));
        const QJsonObject from = objects.at(3);
        QCOMPARE(from[u"fsnoop"][u"cookie"].toInt(), 77);
        QCOMPARE(from[u"fsnoop"][u"rename"][u"target"].toString(), QStringLiteral("/w/sub dir/renamed"));
        QCOMPARE(objects.at(4)[u"fsnoop"][u"rename"][u"source"].toString(),
                 QStringLiteral("/w/sub dir/a,\"b\"\nc\\\\x41"));
        QCOMPARE(objects.at(5)[u"fsnoop"][u"source"].toString(), QStringLiteral("scan"));
        QCOMPARE(objects.at(6)[u"event"][u"action"].toString(), QStringLiteral("overflow"));
        QVERIFY(!objects.at(6).contains(u"file"));
        QCOMPARE(objects.at(7).value(u"@timestamp").toString(), QStringLiteral("1969-12-31T23:59:58.500000000Z"));
    }

    void jsonLinesPairRenamesAcrossBatches()
    {
        // record writes each batch as it comes; a batch may end between the two halves.
        PathTable paths;
        ProcessTable processes;
        const PathTable::Id a = paths.internPath("/w/a"), b = paths.internPath("/w/b");
        const PathTable::Id c = paths.internPath("/w/c"), d = paths.internPath("/w/d");
        JsonlWriter w(paths, processes);
        QByteArray out;
        w.append(out, FsEventBatch{ev(IN_MOVED_FROM, a).cookie(5), ev(IN_MOVED_FROM, c).cookie(6)});
        w.append(out, FsEventBatch{ev(IN_MOVED_TO, b).cookie(5), ev(IN_MOVED_TO, d).cookie(9)});
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 5);
        const QJsonObject to = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(to[u"fsnoop"][u"rename"][u"source"].toString(), QStringLiteral("/w/a"));
        // A cookie never seen moving out (c's is 6): no source is made up.
        const QJsonObject unpaired = QJsonDocument::fromJson(lines.at(3)).object();
        QVERIFY(!unpaired[u"fsnoop"].toObject().contains(u"rename"));
    }
};

QTEST_GUILESS_MAIN(tst_SessionFile)
#include "tst_sessionfile.moc"
