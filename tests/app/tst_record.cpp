#include "io/csvreader.h"
#include "core/eventstore.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "lib/needsroot.h"
#include "lib/recordprocess.h"
#include "lib/scopedmount.h"
#include "lib/temptree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <QRegularExpression>

#include <csignal>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sys/inotify.h>

// Runs the real `fsnoop record` binary on a QTemporaryDir, acts on files, stops it with a signal
// and reads its CSV back with CsvReader: the whole path a user takes.
namespace {

constexpr int kTimeoutMs = 15000;

struct Row {
    quint32 mask;
    QByteArray path;
    quint32 cookie;
    bool isDir;
};

QList<Row> rowsOf(const Session &s)
{
    QList<Row> rows;
    for (qsizetype i = 0; i < s.events().size(); ++i) {
        const FsEvent &e = s.events().at(i);
        rows.append({e.mask, s.paths().path(e.pathId), e.cookie, e.isDir()});
    }
    return rows;
}

int indexOf(const QList<Row> &rows, quint32 mask, const QByteArray &path, int from = 0)
{
    for (int i = from; i < rows.size(); ++i) {
        if ((rows[i].mask & mask) == mask && rows[i].path == path)
            return i;
    }
    return -1;
}

qint64 countAfter(const QByteArray &text, const char *label)
{
    const QRegularExpression re(QString::fromLatin1(label) + QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch m = re.match(QString::fromLocal8Bit(text));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// The events of s that match, in order.
template <typename Match>
QList<FsEvent> eventsWhere(const Session &s, Match match)
{
    QList<FsEvent> found;
    for (qsizetype i = 0; i < s.events().size(); ++i) {
        if (match(s.events().at(i)))
            found.append(s.events().at(i));
    }
    return found;
}

} // namespace

class tst_Record : public QObject
{
    Q_OBJECT

private:
    // Standard error from the start of the test on, in m_stderr.
    bool startRecord(QProcess &p, const QStringList &args)
    {
        return ::startRecord(p, args, kTimeoutMs, &m_stderr);
    }

    bool startRecordInto(QProcess &p, const RecordDirs &dirs, const QStringList &options = {})
    {
        return ::startRecordInto(p, dirs, options, kTimeoutMs, &m_stderr);
    }

    // The capture that names processes (root).
    bool startFanotifyRecord(QProcess &p, const RecordDirs &dirs)
    {
        return startRecordInto(p, dirs, {QStringLiteral("--fanotify")});
    }

    // Reads the recorder's standard error until it has said `what` (since the test began).
    bool waitForStderr(QProcess &p, const QByteArray &what)
    {
        return waitForRecordStderr(p, what, m_stderr, kTimeoutMs);
    }

    bool stopWith(QProcess &p, int signalNumber)
    {
        ::kill(pid_t(p.processId()), signalNumber);
        const bool ok = p.waitForFinished(kTimeoutMs);
        m_stderr += p.readAllStandardError();
        return ok;
    }

    std::unique_ptr<Session> load(const QString &file)
    {
        CsvError error;
        auto s = CsvReader::load(file, &error);
        if (!s)
            qWarning("CSV error %s at line %lld: %s", CsvError::codeName(error.code), error.line,
                     error.detail.constData());
        return s;
    }

    // Runs `record WATCHED args... -o OUT` while the folder `madeDir` (if any) is made, `keep` is
    // written and removed and skip.tmp is written, and returns the rows read back after checking
    // them: creates and deletes only, none for a .tmp file, and both of keep's. A caller that
    // goes on after it checks QTest::currentTestFailed().
    QList<Row> recordKeepAndSkip(const RecordDirs &dirs, const QStringList &args, const QString &keep,
                                 const QString &madeDir = {})
    {
        const QString &watched = dirs.watched;
        QProcess p;
        [&] { QVERIFY(startRecord(p, QStringList{watched} + args + QStringList{QStringLiteral("-o"), dirs.out})); }();
        if (QTest::currentTestFailed())
            return {};
        const bool made = madeDir.isEmpty() || QDir().mkdir(watched + u'/' + madeDir);
        const bool written = writeFile(watched + u'/' + keep, "data")
                             && writeFile(watched + QStringLiteral("/skip.tmp"), "data")
                             && QFile::remove(watched + u'/' + keep);
        [&] {
            QVERIFY(made);
            QVERIFY(written);
            QTRY_VERIFY_WITH_TIMEOUT(fileContains(dirs.out, "DELETE,"), kTimeoutMs);
            QVERIFY(stopWith(p, SIGTERM));
            QCOMPARE(p.exitCode(), 0);
        }();
        if (QTest::currentTestFailed())
            return {};
        auto s = load(dirs.out);
        [&] { QVERIFY(s); }();
        if (!s)
            return {};
        const QList<Row> rows = rowsOf(*s);
        const QByteArray keepPath = QFile::encodeName(watched + u'/' + keep);
        [&] {
            for (const Row &r : rows) {
                const quint32 type = r.mask & ~quint32(IN_ISDIR);
                QVERIFY2(type == IN_CREATE || type == IN_DELETE, r.path.constData());
                QVERIFY2(!r.path.endsWith(".tmp"), r.path.constData());
            }
            QVERIFY(indexOf(rows, IN_CREATE, keepPath) >= 0);
            QVERIFY(indexOf(rows, IN_DELETE, keepPath) >= 0);
        }();
        return rows;
    }

    QByteArray m_stderr;

private Q_SLOTS:
    void init() { m_stderr.clear(); }

    void recordsCreateModifyRenameDeleteUntilSigint()
    {
        RecordDirs dirs;
        const QString &watched = dirs.watched, &out = dirs.out;
        QProcess p;
        QVERIFY(startRecordInto(p, dirs));

        const QByteArray w = QFile::encodeName(watched);
        QVERIFY(writeFile(watched + QStringLiteral("/a.txt"), "hello"));
        QVERIFY(QDir().mkdir(watched + QStringLiteral("/sub")));
        QVERIFY(writeFile(watched + QStringLiteral("/sub/b, \"odd\"\nname"), "x"));
        QVERIFY(QFile::rename(watched + QStringLiteral("/a.txt"), watched + QStringLiteral("/c.txt")));
        QVERIFY(QFile::remove(watched + QStringLiteral("/c.txt")));

        // Live: the rows are in the file before the capture ends (one write per batch).
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(out, "DELETE,"), kTimeoutMs);

        QVERIFY(stopWith(p, SIGINT));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(m_stderr.contains("summary: events: "), m_stderr.constData());
        QVERIFY2(m_stderr.contains("overflows: 0,"), m_stderr.constData());

        auto s = load(out);
        QVERIFY(s);
        const QList<Row> rows = rowsOf(*s);
        const int create = indexOf(rows, IN_CREATE, w + "/a.txt");
        QVERIFY(create >= 0);
        QVERIFY(indexOf(rows, IN_MODIFY, w + "/a.txt", create) > create);
        QVERIFY(indexOf(rows, IN_CLOSE_WRITE, w + "/a.txt", create) > create);
        const int mkdirRow = indexOf(rows, IN_CREATE | IN_ISDIR, w + "/sub");
        QVERIFY(mkdirRow >= 0);
        QVERIFY(rows[mkdirRow].isDir);
        QVERIFY(indexOf(rows, IN_CREATE, w + "/sub/b, \"odd\"\nname") > mkdirRow);
        const int from = indexOf(rows, IN_MOVED_FROM, w + "/a.txt");
        const int to = indexOf(rows, IN_MOVED_TO, w + "/c.txt");
        QVERIFY(from >= 0 && to > from);
        QVERIFY(rows[from].cookie != 0);
        QCOMPARE(rows[to].cookie, rows[from].cookie);
        QVERIFY(indexOf(rows, IN_DELETE, w + "/c.txt", to) > to);
    }

    void rootThatComesBackIsRecordedAgain()
    {
        // rm -rf build && mkdir build: the recorder waits instead of ending, and takes it up again.
        RecordDirs dirs;
        const QString &watched = dirs.watched, &out = dirs.out;
        const QByteArray w = QFile::encodeName(watched);
        QProcess p;
        QVERIFY(startRecordInto(p, dirs));
        QVERIFY(QDir(watched).removeRecursively());
        QVERIFY(waitForStderr(p, "the watched folder " + w + " was deleted; waiting for it to come back"));
        QCOMPARE(p.state(), QProcess::Running);
        QVERIFY(mkdirs(watched + QStringLiteral("/obj")));
        QVERIFY(touch(watched + QStringLiteral("/obj/back.o")));
        QVERIFY(waitForStderr(p, "watching " + w + " again"));
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(out, "/obj/back.o"), kTimeoutMs);
        // Gone again at the end: still running, and the summary says it was waited for.
        m_stderr.clear();
        QVERIFY(QDir(watched).removeRecursively());
        QVERIFY(waitForStderr(p, "was deleted; waiting for it to come back"));
        QCOMPARE(p.state(), QProcess::Running);
        QVERIFY(stopWith(p, SIGINT));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(m_stderr.contains("folders gone and still waited for at the end: 1"),
                 m_stderr.constData());

        auto s = load(out);
        QVERIFY(s);
        const QList<Row> rows = rowsOf(*s);
        int back = 0;
        for (const Row &r : rows)
            back += (r.mask & IN_CREATE) && r.path == w + "/obj/back.o";
        QCOMPARE(back, 1);
        const int root = indexOf(rows, IN_CREATE | IN_ISDIR, w);
        QVERIFY(root >= 0);
        QVERIFY(indexOf(rows, IN_CREATE | IN_ISDIR, w + "/obj") > root);
        QVERIFY(indexOf(rows, IN_DELETE_SELF, w) >= 0);
    }

    void stopRightAfterBurstLosesNothing()
    {
        // SIGINT the moment the last file exists: the kernel already queued every event, and
        // stopping must still read, write and flush all of them.
        RecordDirs dirs;
        QVERIFY(dirs.isValid());
        const QString &watched = dirs.watched, &out = dirs.out;
        QProcess p;
        QVERIFY(startRecord(p, {watched, QStringLiteral("-e"), QStringLiteral("create"),
                                QStringLiteral("-o"), out}));
        constexpr int kFiles = 2000;
        for (int i = 0; i < kFiles; ++i) {
            QFile f(watched + QStringLiteral("/f%1").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(stopWith(p, SIGINT));
        QCOMPARE(p.exitCode(), 0);
        auto s = load(out);
        QVERIFY(s);
        QCOMPARE(s->events().size(), qsizetype(kFiles));
        QVERIFY2(m_stderr.contains("summary: events: 2000,"), m_stderr.constData());
    }

    void outputInsideWatchedFolderIsLeftOut()
    {
        // Otherwise each write of a batch is a MODIFY that makes the next batch: a loop.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QProcess p;
        QVERIFY(startRecord(p, {dir.path(), QStringLiteral("-o"), out}));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("x")), "1"));
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(out, "/x,0,0,,,,inotify"), kTimeoutMs);
        // The kernel queued the MODIFY of out.csv (the write above) before y's events.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("y")), "1"));
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(out, "CLOSE_WRITE," + QFile::encodeName(dir.filePath(QStringLiteral("y")))), kTimeoutMs);
        QVERIFY(stopWith(p, SIGINT));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!fileContains(out, "out.csv,"));
    }

    void durationEndsOnItsOwnAndStdoutIsDefault()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        QVERIFY(startRecord(p, {dir.path(), QStringLiteral("--duration"), QStringLiteral("0.3")}));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("f")), "1"));
        QVERIFY(p.waitForFinished(kTimeoutMs));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray csv = p.readAllStandardOutput();
        QVERIFY(csv.startsWith("time,events,path,is_dir,cookie,pid,process,executable,source\r\n"));
        QVERIFY2(csv.contains("CREATE,") && csv.contains("/f,0,0,,,,inotify\r\n"), csv.constData());
    }

    void quietSaysNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        p.start(QStringLiteral(FSNOOP_BINARY),
                {QStringLiteral("record"), dir.path(), QStringLiteral("-q"),
                 QStringLiteral("--duration"), QStringLiteral("0.2")});
        QVERIFY(p.waitForFinished(kTimeoutMs));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray());
        QCOMPARE(p.readAllStandardOutput(),
                 QByteArray("time,events,path,is_dir,cookie,pid,process,executable,source\r\n"));
    }

    void eventFilterAndExclude()
    {
        RecordDirs dirs;
        QVERIFY(dirs.isValid());
        recordKeepAndSkip(dirs, {QStringLiteral("-e"), QStringLiteral("create,delete"),
                                 QStringLiteral("--exclude"), QStringLiteral("\\.tmp$")},
                          QStringLiteral("keep"));
    }

    void filterFileDrivesTheCapture()
    {
        // The same JSON file the window's Filter dialog saves (docs/filter-format.md): the named
        // set is used, not the first one (which would let nothing through).
        RecordDirs dirs;
        QVERIFY(dirs.isValid());
        const QString filter = dirs.dir.filePath(QStringLiteral("filter.json"));
        QVERIFY(QDir().mkpath(dirs.watched + QStringLiteral("/sub")));
        QVERIFY(writeFile(filter, "{\"fsnoop_filter\": 1, \"sets\": ["
            "            {\"name\": \"Nothing\", \"rules\": [{\"column\": \"path\", \"relation\": \"contains\", \"value\": \"no such\"}]},"
            "            {\"name\": \"Keep\", \"rules\": ["
            "                {\"column\": \"extension\", \"relation\": \"is\", \"value\": \".tmp\", \"action\": \"exclude\"},"
            "                {\"column\": \"event\", \"relation\": \"is\", \"value\": \"create\"},"
            "                {\"column\": \"event\", \"relation\": \"is\", \"value\": \"delete\"},"
            "                {\"column\": \"kind\", \"relation\": \"is\", \"value\": \"folder\", \"action\": \"exclude\", \"enabled\": false}"
            "            ]}]}"));
        const QList<Row> rows = recordKeepAndSkip(
            dirs, {QStringLiteral("--filter"), filter, QStringLiteral("--filter-set"), QStringLiteral("Keep")},
            QStringLiteral("sub/keep"), QStringLiteral("made"));
        if (QTest::currentTestFailed())
            return;
        // The disabled rule is off: a folder's creation passes.
        QVERIFY(indexOf(rows, IN_CREATE | IN_ISDIR, QFile::encodeName(dirs.watched) + "/made") >= 0);
    }

    void badFilterFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bad regex") << QByteArray("{\"fsnoop_filter\":1,\"sets\":[{\"name\":\"a\",\"rules\":["
            "            {\"column\":\"path\",\"relation\":\"is\",\"value\":\"x\"},{\"column\":\"name\",\"relation\":\"matches\",\"value\":\"(x\"}]}]}")
            << QStringList{} << QByteArray("rule 2: the regular expression is not valid");
        QTest::newRow("unknown column") << QByteArray("{\"fsnoop_filter\":1,\"sets\":[{\"name\":\"a\",\"rules\":["
            "            {\"column\":\"colour\",\"relation\":\"is\",\"value\":\"x\"}]}]}")
            << QStringList{} << QByteArray("set 1, rule 1: unknown column \"colour\"");
        QTest::newRow("no such set") << QByteArray("{\"fsnoop_filter\":1,\"sets\":[{\"name\":\"a\",\"rules\":[]}]}")
            << QStringList{QStringLiteral("--filter-set"), QStringLiteral("b")} << QByteArray("no set called \"b\"");
        QTest::newRow("not a filter file") << QByteArray("time,events\n") << QStringList{} << QByteArray("not a JSON document");
    }

    void badFilterFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString filter = dir.filePath(QStringLiteral("filter.json"));
        QVERIFY(writeFile(filter, json));
        QProcess p;
        p.start(QStringLiteral(FSNOOP_BINARY),
                QStringList{QStringLiteral("record"), dir.path(), QStringLiteral("--filter"), filter} + extra);
        QVERIFY(p.waitForFinished(kTimeoutMs));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(message), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void statsPrintsPerFileTableSortedByEvent()
    {
        RecordDirs dirs;
        const QString &watched = dirs.watched, &out = dirs.out;
        QProcess p;
        QVERIFY(startRecordInto(p, dirs, {QStringLiteral("--stats"), QStringLiteral("-d"),
                                          QStringLiteral("modify")}));
        // busy.txt gets three separate writes (three MODIFY), quiet.txt one.
        QVERIFY(writeFile(watched + QStringLiteral("/quiet.txt"), "q"));
        for (int i = 0; i < 3; ++i) {
            QFile f(watched + QStringLiteral("/busy.txt"));
            QVERIFY(f.open(QIODevice::Append));
            QCOMPARE(f.write("x"), qint64(1));
        }
        QTRY_VERIFY_WITH_TIMEOUT(QFile(out).size() > 300, kTimeoutMs);
        QVERIFY(stopWith(p, SIGINT));
        QCOMPARE(p.exitCode(), 0);

        // inotifywatch's layout: a header naming the columns, then one line per path, busiest
        // MODIFY first because of -d modify.
        const QList<QByteArray> lines = m_stderr.split('\n');
        int header = -1;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith("total") && lines[i].contains("modify")) {
                header = i;
                break;
            }
        }
        QVERIFY2(header >= 0, m_stderr.constData());
        const QList<QByteArray> columns = lines[header].simplified().split(' ');
        const int modifyColumn = int(columns.indexOf("modify"));
        QVERIFY(modifyColumn > 0);
        const QList<QByteArray> first = lines[header + 1].simplified().split(' ');
        QVERIFY2(first.last().endsWith("/busy.txt"), lines[header + 1].constData());
        QCOMPARE(first.at(modifyColumn), QByteArray("3"));
        QVERIFY(m_stderr.contains("/quiet.txt"));
    }

    void fanotifyNamesTheProcess_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("csvName");
        QTest::newRow("plain name") << QByteArray("fsnoop-writer") << QByteArray("fsnoop-writer");
        // Named like a spreadsheet formula: the CSV cell is not a formula, and fsnoop reads the
        // name back exactly.
        QTest::newRow("formula") << QByteArray("=1+1") << QByteArray("\\x3D1+1");
    }
    void fanotifyNamesTheProcess()
    {
        // A real process names itself with prctl, creates a file, and stays alive until the
        // helper has read the event: the helper names processes at read time and, rightly,
        // reports a process that already exited as gone. Its rows carry its pid and its name, in
        // the CSV as in the session read back.
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, csvName);
        FSNOOP_SKIP_UNLESS_ROOT("fanotify needs root (CI runs as root); run the suite as root to cover it");
        RecordDirs dirs;
        const QString &watched = dirs.watched, &out = dirs.out;
        QProcess p;
        QVERIFY(startFanotifyRecord(p, dirs));
        const QByteArray target = QFile::encodeName(watched) + "/named.txt";
        int hold[2];
        QCOMPARE(::pipe2(hold, O_CLOEXEC), 0);
        const pid_t child = ::fork();
        if (child == 0) {
            // Only async-signal-safe calls here: rename, create, wait to be released, exit.
            ::prctl(PR_SET_NAME, name.constData(), 0, 0, 0);
            const int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            if (fd >= 0)
                ::close(fd);
            char c;
            ::close(hold[1]);
            while (::read(hold[0], &c, 1) < 0 && errno == EINTR) {
            }
            ::_exit(fd >= 0 ? 0 : 1);
        }
        QVERIFY(child > 0);
        ::close(hold[0]);
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(out, "named.txt"), kTimeoutMs);
        ::close(hold[1]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QVERIFY(stopWith(p, SIGINT));
        QCOMPARE(p.exitCode(), 0);

        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        const QByteArray pid = "," + QByteArray::number(child) + ",";
        QVERIFY2(csv.contains(pid + csvName + ","), csv.constData());
        if (csvName != name)
            QVERIFY(!csv.contains(pid + name + ","));
        auto session = load(out);
        QVERIFY(session);
        const QList<FsEvent> byChild = eventsWhere(*session, [&](const FsEvent &e) { return e.pid == qint32(child); });
        for (const FsEvent &e : byChild)
            QCOMPARE(session->processes().info(e.processId).name, name);
        const QList<FsEvent> created = eventsWhere(*session, [&](const FsEvent &e) {
            return session->paths().path(e.pathId) == target && (e.mask & IN_CREATE);
        });
        for (const FsEvent &e : created) {
            QCOMPARE(e.source, quint8(FsEvent::Fanotify));
            QCOMPARE(e.pid, qint32(child));
        }
        QVERIFY2(!created.isEmpty(), m_stderr.constData());
    }

    void permissionDeniedEverywhereExits3()
    {
        // As an unprivileged user on a folder it cannot read: a clear message and exit code 3.
        FSNOOP_SKIP_UNLESS_ROOT("needs root, to run fsnoop as the user nobody on a folder it cannot read");
        QTemporaryDir dir(QStringLiteral("/tmp/fsnoop-perm-XXXXXX"));
        QVERIFY(dir.isValid());
        // A copy of the binary nobody can run, wherever the build tree is.
        const QString binary = dir.filePath(QStringLiteral("fsnoop"));
        QVERIFY(QFile::copy(QStringLiteral(FSNOOP_BINARY), binary));
        const QString closed = dir.filePath(QStringLiteral("closed"));
        QVERIFY(QDir().mkdir(closed));
        QVERIFY(QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther
                                                      | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(binary, QFile::permissions(binary) | QFile::ExeOther
                                                  | QFile::ReadOther));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(QStringLiteral("/"));
        p.start(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("nobody"),
                                            QStringLiteral("--"), binary, QStringLiteral("record"),
                                            closed, QStringLiteral("--duration"),
                                            QStringLiteral("5")});
        QVERIFY(p.waitForFinished(kTimeoutMs));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains("permission denied: " + QFile::encodeName(closed)), err.constData());
        QVERIFY2(err.contains("nothing could be watched"), err.constData());

        // With -o: no header-only file is left, and a file that was there before is left as it
        // was (record removes only a file it created itself).
        const QString outDir = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkdir(outDir));
        const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(outDir, all));
        const QString existing = outDir + QStringLiteral("/existing.csv");
        QVERIFY(writeFile(existing, "keep me\n"));
        QVERIFY(QFile::setPermissions(existing, all));
        for (const QString &out : {outDir + QStringLiteral("/new.csv"), existing}) {
            p.start(QStringLiteral("runuser"),
                    {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), binary,
                     QStringLiteral("record"), closed, QStringLiteral("-o"), out});
            QVERIFY(p.waitForFinished(kTimeoutMs));
            QCOMPARE(p.exitCode(), 3);
            QVERIFY(p.readAllStandardError().contains("nothing could be watched"));
        }
        QVERIFY(!QFileInfo::exists(outDir + QStringLiteral("/new.csv")));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
    }

    void writeErrorCountsWhatWasWritten()
    {
        // `record` into a 1 MB tmpfs until the disk is full: it stops with exit code 1, its summary
        // counts exactly the rows in the file, and the file (cut in its last row) still opens.
        FSNOOP_SKIP_UNLESS_ROOT("needs root, to mount a small tmpfs");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString watched = dir.filePath(QStringLiteral("w"));
        const QString full = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkdir(watched));
        QVERIFY(QDir().mkdir(full));
        const ScopedMount mount = ScopedMount::tmpfs(full, "1m");
        QVERIFY(mount.isMounted());
        const QString out = full + QStringLiteral("/out.csv");
        QProcess p;
        QVERIFY(startRecord(p, {watched, QStringLiteral("-e"), QStringLiteral("create"),
                                QStringLiteral("-o"), out}));
        const QString longName = QString(200, QLatin1Char('n'));
        int created = 0;
        for (; created < 50000 && p.state() == QProcess::Running; ++created) {
            QVERIFY(touch(watched + QLatin1Char('/') + longName + QString::number(created)));
            if (created % 200 == 0)
                p.waitForFinished(0);
        }
        QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(kTimeoutMs));
        m_stderr += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(m_stderr.contains("cannot write " + QFile::encodeName(out)), m_stderr.constData());
        const qint64 summary = countAfter(m_stderr, "summary: events: ");
        const qint64 unwritten = countAfter(m_stderr, "events not written: ");
        QVERIFY2(summary > 1000 && unwritten > 0, m_stderr.constData());
        QVERIFY(summary + unwritten <= created);

        CsvError error;
        auto s = CsvReader::load(out, &error);
        QVERIFY2(s, error.detail.constData());
        QCOMPARE(s->events().size(), qsizetype(summary));
    }

    void secondRecordToTheSameFileIsRefused()
    {
        RecordDirs dirs;
        const QString &watched = dirs.watched, &out = dirs.out;
        QProcess first;
        QVERIFY(startRecordInto(first, dirs));
        QVERIFY(touch(watched + QStringLiteral("/one")));
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(out, "/one,0,0,,,,inotify"), kTimeoutMs);
        const qint64 sizeBefore = QFileInfo(out).size();

        // The second one fails at once, says why, and does not touch the file.
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(FSNOOP_BINARY),
                     {QStringLiteral("record"), watched, QStringLiteral("-o"), out});
        QVERIFY(second.waitForFinished(kTimeoutMs));
        const QByteArray err = second.readAllStandardError();
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(err.contains("cannot write " + QFile::encodeName(out)
                              + ": another fsnoop is writing to it"),
                 err.constData());
        QCOMPARE(QFileInfo(out).size(), sizeBefore);

        // The first one goes on, alone in its file.
        QVERIFY(touch(watched + QStringLiteral("/two")));
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(out, "/two,0,0,,,,inotify"), kTimeoutMs);
        QVERIFY(stopWith(first, SIGINT));
        QCOMPARE(first.exitCode(), 0);
        auto s = load(out);
        QVERIFY(s);
        const QList<Row> rows = rowsOf(*s);
        QVERIFY(indexOf(rows, IN_CREATE, QFile::encodeName(watched) + "/one") >= 0);
        QVERIFY(indexOf(rows, IN_CREATE, QFile::encodeName(watched) + "/two") >= 0);

        // Once the first has finished, the file can be recorded to again.
        QProcess third;
        m_stderr.clear();
        QVERIFY(startRecord(third, {watched, QStringLiteral("-o"), out}));
        QVERIFY(stopWith(third, SIGINT));
        QCOMPARE(third.exitCode(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString tmp = QDir::tempPath();
        QTest::newRow("no folder") << QStringList{} << QByteArray("no folder to watch");
        QTest::newRow("missing folder") << QStringList{QStringLiteral("/nonexistent/fsnoop")} << QByteArray("no such folder: /nonexistent/fsnoop");
        QTest::newRow("unknown event") << QStringList{tmp, QStringLiteral("-e"), QStringLiteral("modify,explode")} << QByteArray("unknown event name \"explode\"");
        QTest::newRow("bad regex") << QStringList{tmp, QStringLiteral("--exclude"), QStringLiteral("(")} << QByteArray("bad regular expression \"(\" for --exclude");
        QTest::newRow("bad duration") << QStringList{tmp, QStringLiteral("--duration"), QStringLiteral("soon")} << QByteArray("--duration needs a positive number");
        QTest::newRow("unknown option") << QStringList{tmp, QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("sort without stats") << QStringList{tmp, QStringLiteral("-d"), QStringLiteral("modify")} << QByteArray("add --stats");
        QTest::newRow("missing filter file") << QStringList{tmp, QStringLiteral("--filter"), QStringLiteral("/nonexistent/f.json")} << QByteArray("--filter /nonexistent/f.json: cannot read the file");
        QTest::newRow("filter set without filter") << QStringList{tmp, QStringLiteral("--filter-set"), QStringLiteral("x")} << QByteArray("add --filter");
        QTest::newRow("unknown sort event") << QStringList{tmp, QStringLiteral("--stats"), QStringLiteral("-a"), QStringLiteral("boom")} << QByteArray("unknown event name \"boom\" for -a");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QProcess p;
        p.start(QStringLiteral(FSNOOP_BINARY), QStringList{QStringLiteral("record")} + args);
        QVERIFY(p.waitForFinished(kTimeoutMs));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(message), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty()); // no half CSV on stdout
    }

    void helpAndVersion()
    {
        QProcess p;
        p.start(QStringLiteral(FSNOOP_BINARY), {QStringLiteral("record"), QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(kTimeoutMs));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray help = p.readAllStandardOutput();
        QVERIFY(help.contains("Exit codes"));
        QVERIFY(help.contains("close_write"));
        p.start(QStringLiteral(FSNOOP_BINARY), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(kTimeoutMs));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("fsnoop "));
        p.start(QStringLiteral(FSNOOP_BINARY), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(kTimeoutMs));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("fsnoop record"));
    }
};

QTEST_GUILESS_MAIN(tst_Record)
#include "tst_record.moc"
