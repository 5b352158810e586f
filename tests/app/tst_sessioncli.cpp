#include "core/pathtable.h"
#include "core/session.h"
#include "io/csvreader.h"
#include "io/sessionfilereader.h"
#include "io/sqlitedatabase.h"
#include "lib/committedevents.h"
#include "lib/needsroot.h"
#include "lib/recordprocess.h"
#include "lib/scopedmount.h"
#include "lib/temptree.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <unistd.h>

#include <sys/inotify.h>

// The built `fsnoop` with session files, as a user runs it: `record -o S.fsnoop` killed with
// SIGKILL mid-burst, `record` to JSON Lines, `export` between the formats, and the command line's
// answers on a machine without a display.
namespace {

constexpr int kTimeoutMs = 20000;

QString integrity(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {file, QStringLiteral("PRAGMA integrity_check")});
    if (!p.waitForFinished(kTimeoutMs))
        return QStringLiteral("sqlite3 did not finish");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out, err;
};

// Runs fsnoop to the end; `withoutDisplay` removes every way Qt could find one. `stdoutFd`, if
// given, is its standard output instead of a pipe read here.
Run fsnoop(const QStringList &args, bool withoutDisplay = false, int stdoutFd = -1)
{
    QProcess p;
    if (stdoutFd >= 0)
        p.setChildProcessModifier([stdoutFd] { ::dup2(stdoutFd, STDOUT_FILENO); });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    if (withoutDisplay) {
        for (const char *var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(var));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FSNOOP_BINARY), args);
    Run r;
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class tst_SessionCli : public QObject
{
    Q_OBJECT

private:
    // A session with a little of everything, recorded by the real binary.
    bool recordSample(const QTemporaryDir &dir, const QString &file)
    {
        const QString w = dir.filePath(QStringLiteral("w"));
        QProcess p;
        if (!QDir().mkpath(w) || !startRecord(p, {w, QStringLiteral("-o"), file}, kTimeoutMs))
            return false;
        const bool acted = writeFile(w + QStringLiteral("/a.txt"), "x")
            && mv(w + QStringLiteral("/a.txt"), w + QStringLiteral("/b, \"c\".txt"))
            && touch(w + QString::fromLatin1("/caf\xe9")) && QDir().mkdir(w + QStringLiteral("/d"))
            && QFile::remove(w + QStringLiteral("/b, \"c\".txt"));
        if (!acted || !QTest::qWaitFor([&] { return committedEvents(file) >= 8; }, kTimeoutMs))
            return false;
        ::kill(pid_t(p.processId()), SIGINT);
        return p.waitForFinished(kTimeoutMs) && p.exitCode() == 0;
    }

private Q_SLOTS:
    void killNineLosesOnlyTheLastCommit()
    {
        RecordDirs dirs("s.fsnoop");
        const QString &w = dirs.watched, &file = dirs.out;
        QProcess record;
        QVERIFY(startRecordInto(record, dirs, {}, kTimeoutMs));

        // A burst of real files from a child process, still running when the recorder dies.
        QProcess burst;
        burst.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                           QStringLiteral("i=0; while [ $i -lt 200000 ]; do : > \"$0/f$i\"; i=$((i+1)); done"),
                                           w});
        QVERIFY(burst.waitForStarted(kTimeoutMs));
        qint64 seen = 0;
        QTRY_VERIFY_WITH_TIMEOUT((seen = committedEvents(file)) >= 3000, kTimeoutMs);
        QVERIFY(record.state() == QProcess::Running);
        ::kill(pid_t(record.processId()), SIGKILL);
        QVERIFY(record.waitForFinished(kTimeoutMs));
        QCOMPARE(record.exitStatus(), QProcess::CrashExit);
        burst.kill();
        burst.waitForFinished(kTimeoutMs);

        // The file opens, is intact, and holds at least what was committed before the kill.
        QCOMPARE(integrity(file), QStringLiteral("ok"));
        SessionFileError error;
        auto s = SessionFileReader::load(file, &error);
        QVERIFY2(s, SessionFileError::codeName(error.code));
        QVERIFY2(s->events().size() >= seen,
                 qPrintable(QStringLiteral("%1 < %2").arg(s->events().size()).arg(seen)));
        // ... and it is the burst, in order: f0, f1, f2 ... created without a gap.
        qint64 next = 0;
        const QByteArray prefix = QFile::encodeName(w) + "/f";
        for (qsizetype i = 0; i < s->events().size(); ++i) {
            const FsEvent &e = s->events().at(i);
            if (!(e.mask & IN_CREATE))
                continue;
            QCOMPARE(s->paths().path(e.pathId), prefix + QByteArray::number(next));
            ++next;
        }
        QVERIFY(next * 3 >= seen); // CREATE, OPEN, CLOSE_WRITE per file
        // The capture never ended cleanly: no stop time.
        SessionFileReader reader;
        QVERIFY(reader.open(file));
        QCOMPARE(reader.metadata().stoppedNs, 0);
    }

    void fullDiskAndUnwritablePathsAreSaid()
    {
        QTemporaryDir dir;
        const QString w = dir.filePath(QStringLiteral("w"));
        QVERIFY(QDir().mkdir(w));
        // Unwritable: said at once, exit 1, nothing watched.
        const Run missing = fsnoop({QStringLiteral("record"), w, QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("no/such/dir/s.fsnoop"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("cannot write") && missing.err.contains("No such file or directory"),
                 missing.err.constData());

        FSNOOP_SKIP_UNLESS_ROOT("needs root to mount a small tmpfs");
        const QString full = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkdir(full));
        const ScopedMount mount = ScopedMount::tmpfs(full, "512k");
        QVERIFY2(mount.isMounted(), mount.error());
        const QString file = full + QStringLiteral("/s.fsnoop");
        QProcess record;
        QVERIFY(startRecord(record, {w, QStringLiteral("-o"), file}, kTimeoutMs));
        // Long names fill 512 KiB within a few thousand events.
        for (int i = 0; i < 20000 && record.state() == QProcess::Running; ++i)
            QVERIFY(touch(w + QLatin1Char('/') + QString::number(i) + QString(200, QLatin1Char('n'))));
        QVERIFY(record.waitForFinished(kTimeoutMs));
        const QByteArray err = record.readAllStandardError();
        QCOMPARE(record.exitStatus(), QProcess::NormalExit);
        QCOMPARE(record.exitCode(), 1);
        QVERIFY2(err.contains("cannot write " + QFile::encodeName(file) + ": the disk is full"),
                 err.constData());
        // What was committed before the disk filled (maybe only the schema, if the first batch
        // did not fit) is still a sound session that opens.
        QCOMPARE(integrity(file), QStringLiteral("ok"));
        SessionFileError error;
        auto s = SessionFileReader::load(file, &error);
        QVERIFY2(s, SessionFileError::codeName(error.code));
        QCOMPARE(s->events().size(), committedEvents(file));
    }

    void recordsJsonLinesByExtension()
    {
        RecordDirs dirs("out.jsonl");
        const QString &w = dirs.watched, &out = dirs.out;
        QProcess p;
        QVERIFY(startRecordInto(p, dirs, {}, kTimeoutMs));
        QVERIFY(writeFile(w + QStringLiteral("/x.txt"), "1"));
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(out, "close_write"), kTimeoutMs);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(kTimeoutMs));
        QCOMPARE(p.exitCode(), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(o.contains(u"@timestamp"), line.constData());
            QCOMPARE(o[u"file"][u"path"].toString(), w + QStringLiteral("/x.txt"));
        }
    }

    void exportKeepsBookmarks()
    {
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("s.fsnoop"));
        QVERIFY(recordSample(dir, session));
        Bookmarks marks;
        marks.set(0, QStringLiteral("start"));
        marks.set(2);
        {
            SessionFileReader reader;
            QVERIFY(reader.open(session));
            QVERIFY(reader.saveBookmarks(marks));
        }
        const QString copy = dir.filePath(QStringLiteral("copy.fsnoop"));
        const Run r = fsnoop({QStringLiteral("export"), session, QStringLiteral("-o"), copy});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        SessionFileError error;
        auto loaded = SessionFileReader::load(copy, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->bookmarks(), marks);
    }

    void exportConvertsEveryWay()
    {
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("s.fsnoop"));
        QVERIFY(recordSample(dir, session));
        SessionFileError error;
        auto original = SessionFileReader::load(session, &error);
        QVERIFY(original);

        const QString csv = dir.filePath(QStringLiteral("s.csv"));
        const QString jsonl = dir.filePath(QStringLiteral("s.jsonl"));
        const QString back = dir.filePath(QStringLiteral("back.fsnoop"));
        const QString csv2 = dir.filePath(QStringLiteral("s2.csv"));
        for (const auto &[in, out] : {std::pair{session, csv}, {session, jsonl}, {csv, back},
                                      {back, csv2}}) {
            const Run r = fsnoop({QStringLiteral("export"), in, QStringLiteral("-o"), out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.err.contains("exported " + QByteArray::number(original->events().size())),
                     r.err.constData());
        }
        // .fsnoop -> .csv -> .fsnoop -> .csv is the same CSV, byte for byte.
        QFile a(csv), b(csv2);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
        CsvError csvError;
        auto fromCsv = CsvReader::load(csv, &csvError);
        QVERIFY(fromCsv);
        QCOMPARE(fromCsv->events().size(), original->events().size());
        for (qsizetype i = 0; i < original->events().size(); ++i)
            QCOMPARE(fromCsv->paths().path(fromCsv->events().at(i).pathId),
                     original->paths().path(original->events().at(i).pathId));
        QFile j(jsonl);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QCOMPARE(j.readAll().count('\n'), original->events().size());

        // Usage errors are 2, unreadable input is 1, and a failed export leaves no file.
        QCOMPARE(fsnoop({QStringLiteral("export"), session}).exitCode, 2);
        QCOMPARE(fsnoop({QStringLiteral("export"), session, QStringLiteral("-o"),
                         dir.filePath(QStringLiteral("x.txt"))}).exitCode, 2);
        QCOMPARE(fsnoop({QStringLiteral("export"), session, QStringLiteral("-o"), session}).exitCode, 2);
        const QString garbage = dir.filePath(QStringLiteral("garbage.fsnoop"));
        QVERIFY(writeFile(garbage, "SQLite format 3\0 but not really", QIODevice::WriteOnly));
        const QString none = dir.filePath(QStringLiteral("none.csv"));
        const Run bad = fsnoop({QStringLiteral("export"), garbage, QStringLiteral("-o"), none});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("cannot read"), bad.err.constData());
        QVERIFY(!QFile::exists(none));
    }

    void aClosedPipeIsSaidNotADeath()
    {
        // `fsnoop record -o - | head`, `fsnoop export S -o - | head`: once the reader has quit, a
        // write fails with EPIPE (main() ignores SIGPIPE for every terminal command) and the
        // command says so and exits 1, rather than dying of the signal without a word.
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("s.fsnoop"));
        QVERIFY(recordSample(dir, session));
        const QString dash = QStringLiteral("-"), o = QStringLiteral("-o");
        for (const QStringList &args : {QStringList{QStringLiteral("export"), session, o, dash},
                                        QStringList{QStringLiteral("record"), dir.filePath(QStringLiteral("w")), o, dash}}) {
            int fds[2];
            QCOMPARE(::pipe2(fds, O_CLOEXEC), 0);
            ::close(fds[0]); // the reader quit before the first write
            const Run r = fsnoop(args, false, fds[1]);
            ::close(fds[1]);
            QCOMPARE(r.status, QProcess::NormalExit);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("cannot write standard output: Broken pipe"), r.err.constData());
        }
    }

    void noDisplayGivesWordsNotAnAbort_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("mistyped command") << QStringList{QStringLiteral("recrod"), QStringLiteral(".")} << 2
                                          << QByteArray("unknown command or no such folder: recrod");
        QTest::newRow("two folders") << QStringList{QStringLiteral("/"), QStringLiteral("/")} << 2
                                     << QByteArray("unexpected argument");
        QTest::newRow("unknown word") << QStringList{QStringLiteral("recrod")} << 2
                                      << QByteArray("unknown command or no such folder: recrod");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2
                                        << QByteArray("unknown option");
        QTest::newRow("open nothing") << QStringList{QStringLiteral("open")} << 2
                                      << QByteArray("open needs one session file");
        QTest::newRow("open missing") << QStringList{QStringLiteral("open"), QStringLiteral("/nonexistent.fsnoop")}
                                      << 2 << QByteArray("no such file");
        QTest::newRow("a file, not a folder") << QStringList{QStringLiteral(FSNOOP_BINARY)} << 2
                                              << QByteArray("not a folder");
        QTest::newRow("good words, no display") << QStringList{QStringLiteral("/")} << 1
                                                << QByteArray("no display");
        QTest::newRow("export bad format") << QStringList{QStringLiteral("export"), QStringLiteral(FSNOOP_BINARY),
                                                          QStringLiteral("-o"), QStringLiteral("x"),
                                                          QStringLiteral("--format"), QStringLiteral("xml")}
                                           << 2 << QByteArray("unknown format");
    }
    void noDisplayGivesWordsNotAnAbort()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const Run r = fsnoop(args, true);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY2(!r.err.contains("platform plugin"), r.err.constData());
        QCOMPARE(r.exitCode, exitCode);
    }
};

QTEST_GUILESS_MAIN(tst_SessionCli)
#include "tst_sessioncli.moc"
