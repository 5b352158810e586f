// FanotifySource: the GUI side of the helper, on the real kernel (as root) and against fake
// "helpers" that misbehave.
#include "fanotify/fanotifysource.h"
#include "protocol/protocol.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "lib/needsroot.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <csignal>
#include <unistd.h>

namespace {

WatchOptions optionsFor(const QString &dir)
{
    WatchOptions o;
    o.backend = WatchOptions::Backend::Fanotify;
    o.roots = {QFile::encodeName(dir)};
    return o;
}

QString writeScript(const QTemporaryDir &dir, const char *name, const QByteArray &body)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// A FanotifySource with the tables it fills, running `helper` (the one just built by default).
// Keeps the events it hands over and spies on its ready and stopped signals.
struct HelperSource
{
    explicit HelperSource(const QString &helper = QStringLiteral(FSNOOP_HELPER_PATH))
    {
        source.setHelperProgram(helper);
        QObject::connect(&source, &EventSource::eventsReady, &source, [this](const FsEventBatch &b) { events += b; });
    }
    // Starts on `o` and waits until the helper says it is ready.
    bool startReady(const WatchOptions &o) { return source.start(o) && ready.wait(5000); }

    std::shared_ptr<PathTable> paths = std::make_shared<PathTable>();
    ProcessTable processes;
    FanotifySource source{paths, processes};
    QSignalSpy ready{&source, &FanotifySource::helperReady};
    QSignalSpy stopped{&source, &EventSource::stopped};
    FsEventBatch events;
};

} // namespace

class tst_FanotifySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        FSNOOP_SKIP_UNLESS_ROOT("FanotifySource starts the helper directly only as root (otherwise "
                                "through pkexec, which needs an authentication agent); run the suite "
                                "as root, as CI does");
    }

    void helperIsFoundInTheBuildTree()
    {
        // Run from the build tree, the default is the freshly built helper, not an installed one.
        qunsetenv("FSNOOP_HELPER");
        QCOMPARE(FanotifySource::defaultHelperPath(), QStringLiteral(FSNOOP_HELPER_PATH));
        qputenv("FSNOOP_HELPER", "/opt/elsewhere/helper");
        QCOMPARE(FanotifySource::defaultHelperPath(), QStringLiteral("/opt/elsewhere/helper"));
        qunsetenv("FSNOOP_HELPER");
    }

    void eventsCarryProcessIdentity()
    {
        QTemporaryDir dir;
        HelperSource h;
        FanotifySource &source = h.source;
        QSignalSpy problems(&source, &EventSource::problem);
        QVERIFY(h.startReady(optionsFor(dir.path())));

        QProcess probe;
        probe.start(QStringLiteral(FSNOOP_PROBE_PATH), {dir.path()});
        QVERIFY(probe.waitForReadyRead(5000));
        const qint32 pid = qint32(probe.processId());
        const QByteArray root = QFile::encodeName(QDir(dir.path()).canonicalPath());
        auto has = [&](quint32 mask, const QByteArray &path) -> const FsEvent * {
            for (const FsEvent &e : h.events) {
                if ((e.mask & mask) == mask && h.paths->path(e.pathId) == path)
                    return &e;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(IN_DELETE, root + "/b"), 5000);
        probe.closeWriteChannel();
        QVERIFY(probe.waitForFinished());

        const FsEvent *create = has(IN_CREATE, root + "/a");
        QVERIFY(create);
        QCOMPARE(create->mask, quint32(IN_CREATE)); // merged fanotify records come split
        QCOMPARE(create->pid, pid);
        QCOMPARE(create->source, quint8(FsEvent::Fanotify));
        QCOMPARE(h.processes.info(create->processId).name, QByteArrayLiteral("fsnoop-probe"));
        QCOMPARE(h.processes.info(create->processId).pid, pid);
        QVERIFY(has(IN_CLOSE_WRITE, root + "/a"));
        const FsEvent *from = has(IN_MOVED_FROM, root + "/a");
        const FsEvent *to = has(IN_MOVED_TO, root + "/b");
        QVERIFY(from && to);
        QCOMPARE(from->cookie, to->cookie);
        QVERIFY(from->cookie != 0);
        const FsEvent *mkdir = has(IN_CREATE | IN_ISDIR, root + "/d");
        QVERIFY(mkdir && mkdir->isDir());
        QCOMPARE(problems.count(), 0);

        source.stop();
        QVERIFY(h.stopped.wait(5000));
        QCOMPARE(problems.count(), 0);
        QVERIFY(!source.isRunning());
    }

    void optionsFilterLikeInotify()
    {
        // Non-recursive, an exclude, and only some event types: the helper marks the whole
        // filesystem, so FanotifySource applies WatchOptions itself.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/deep")));
        HelperSource h;
        WatchOptions o = optionsFor(dir.path());
        o.recursive = false;
        o.events = IN_CREATE | IN_MOVED_TO;
        o.excludes = {QRegularExpression(QStringLiteral("/skip$"))};
        QVERIFY(h.startReady(o));
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"),
                                             QStringLiteral("cd \"$1\" && : > skip && : > sub/deep/f && : > top && mv top moved"),
                                             QStringLiteral("sh"), dir.path()});
        QVERIFY(sh.waitForFinished(5000) && sh.exitCode() == 0);
        const QByteArray root = QFile::encodeName(QDir(dir.path()).canonicalPath());
        auto seen = [&](quint32 mask, const QByteArray &path) {
            for (const FsEvent &e : h.events) {
                if (e.mask == mask && h.paths->path(e.pathId) == path)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(IN_MOVED_TO, root + "/moved"), 5000);
        QVERIFY(seen(IN_CREATE, root + "/top"));
        QVERIFY(!seen(IN_MOVED_FROM, root + "/top")); // not asked for
        QVERIFY(!seen(IN_CREATE, root + "/skip"));     // excluded
        QVERIFY(!seen(IN_CREATE, root + "/sub/deep/f")); // not recursive
        for (const FsEvent &e : h.events)
            QVERIFY(e.mask == IN_CREATE || e.mask == IN_MOVED_TO);
    }

    void fdModeIsReported()
    {
        QTemporaryDir dir;
        HelperSource h;
        FanotifySource &source = h.source;
        source.setRequestOptions(fsnoop::proto::OptForceFdMode);
        QVERIFY(h.startReady(optionsFor(dir.path())));
        QCOMPARE(source.helperMode(), int(fsnoop::proto::Mode::FdMount));
        QVERIFY(source.helperDetail().startsWith("fd mode"));
    }

    void killedHelperIsReported()
    {
        QTemporaryDir dir;
        HelperSource h;
        FanotifySource &source = h.source;
        QVERIFY(h.startReady(optionsFor(dir.path())));
        QCOMPARE(::kill(pid_t(source.helperProcessId()), SIGKILL), 0);
        QVERIFY(h.stopped.wait(5000));
        QCOMPARE(source.lastProblem().kind, MonitorProblem::HelperFailed);
        QVERIFY(!source.isRunning());
    }

    void misbehavingHelper_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QByteArray>("detail");
        QTest::newRow("text garbage") << QByteArray("echo 'this is not a frame'; exec sleep 10\n") << QByteArray("garbage");
        QTest::newRow("huge frame") << QByteArray("printf 'FN\\005\\002\\377\\377\\377\\177'; exec sleep 10\n") << QByteArray("garbage");
        // A helper of an older protocol (installed beside a newer fsnoop) is named as such.
        QTest::newRow("old helper") << QByteArray("printf 'FN\\001\\002\\000\\000\\000\\000'; exec sleep 10\n")
                                    << QByteArray("protocol version 1, this one version 5: fsnoop and its helper come from different builds");
        QTest::newRow("event before ready") << QByteArray("printf 'FN\\005\\004\\000\\000\\000\\000'; exec sleep 10\n")
                                            << QByteArray("ready");
        // A ready record (mode 1, nothing else: 21 bytes), then a mount record cut short.
        QTest::newRow("bad mount record")
            << QByteArray("printf 'FN\\005\\002\\025\\000\\000\\000\\001'; head -c 20 /dev/zero; "
                          "printf 'FN\\005\\005\\003\\000\\000\\000\\001\\000\\000'; exec sleep 10\n")
            << QByteArray("bad mount record");
        // The mounts present at the start come right after the ready record, as many as it says
        // (its last byte); a mount record of 23 bytes at /x, Present (3) or Mounted (1).
        QTest::newRow("mount change before the mounts present")
            << QByteArray("printf 'FN\\005\\002\\025\\000\\000\\000\\001'; head -c 16 /dev/zero; printf '\\001\\000\\000\\000'; "
                          "printf 'FN\\005\\005\\027\\000\\000\\000\\001'; head -c 8 /dev/zero; printf '\\002\\000/x'; "
                          "head -c 10 /dev/zero; exec sleep 10\n")
            << QByteArray("a mount change before the mounts present at start");
        QTest::newRow("event before the mounts present")
            << QByteArray("printf 'FN\\005\\002\\025\\000\\000\\000\\001'; head -c 16 /dev/zero; printf '\\001\\000\\000\\000'; "
                          "printf 'FN\\005\\004\\000\\000\\000\\000'; exec sleep 10\n")
            << QByteArray("an event before the mounts present at start");
        QTest::newRow("mount present not announced")
            << QByteArray("printf 'FN\\005\\002\\025\\000\\000\\000\\001'; head -c 20 /dev/zero; "
                          "printf 'FN\\005\\005\\027\\000\\000\\000\\003'; head -c 8 /dev/zero; printf '\\002\\000/x'; "
                          "head -c 10 /dev/zero; exec sleep 10\n")
            << QByteArray("more mounts present at start than announced");
        QTest::newRow("random bytes") << QByteArray("head -c 4096 /dev/urandom; exec sleep 10\n") << QByteArray("garbage");
        QTest::newRow("exits at once") << QByteArray("exit 0\n") << QByteArray("unexpectedly");
        QTest::newRow("exits 3") << QByteArray("cat > /dev/null & exit 3\n") << QByteArray("code 3");
    }

    void misbehavingHelper()
    {
        QFETCH(QByteArray, script);
        QFETCH(QByteArray, detail);
        QTemporaryDir dir;
        const QString fake = writeScript(dir, "fake-helper", script);
        HelperSource h(fake);
        FanotifySource &source = h.source;
        QSignalSpy events(&source, &EventSource::eventsReady);
        QVERIFY(source.start(optionsFor(dir.path())));
        QVERIFY(h.stopped.wait(5000));
        QCOMPARE(source.lastProblem().kind, MonitorProblem::HelperFailed);
        QVERIFY2(source.lastProblem().detail.contains(detail), source.lastProblem().detail.constData());
        QCOMPARE(events.count(), 0);
        QVERIFY(!source.isRunning());
    }

    void pkexecOutcomes_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("kind");
        // pkexec(1): 126 = the user dismissed the dialog, 127 = not authorized.
        QTest::newRow("cancelled") << QByteArray("echo 'Error executing command as another user: Request dismissed' >&2; exit 126\n")
                                   << int(MonitorProblem::HelperCancelled);
        QTest::newRow("not authorized") << QByteArray("echo 'Error executing command as another user: Not authorized' >&2; exit 127\n")
                                        << int(MonitorProblem::HelperNotAuthorized);
        // Authorized: the stand-in runs the helper it was given, as pkexec would.
        QTest::newRow("authorized") << QByteArray("exec \"$1\"\n") << int(MonitorProblem::None);
    }

    void pkexecOutcomes()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, kind);
        QTemporaryDir dir;
        HelperSource h;
        FanotifySource &source = h.source;
        source.setLauncher(writeScript(dir, "pkexec", script));
        QVERIFY(source.start(optionsFor(dir.path())));
        if (kind == MonitorProblem::None) {
            QVERIFY(h.ready.wait(5000));
            source.stop();
        }
        QVERIFY(h.stopped.wait(5000));
        QCOMPARE(int(source.lastProblem().kind), kind);
        if (kind != MonitorProblem::None)
            QVERIFY(source.lastProblem().detail.contains("another user")); // pkexec's own words
    }

    void missingHelperIsReported()
    {
        HelperSource h(QStringLiteral("/nonexistent/fsnoop-fanotify-helper"));
        FanotifySource &source = h.source;
        QVERIFY(source.start(optionsFor(QDir::tempPath())));
        QVERIFY(h.stopped.count() > 0 || h.stopped.wait(5000));
        QCOMPARE(source.lastProblem().kind, MonitorProblem::HelperFailed);
    }

    void refusedRootIsReported()
    {
        HelperSource h;
        FanotifySource &source = h.source;
        QVERIFY(!source.start(optionsFor(QStringLiteral("/nonexistent-fsnoop"))));
        QCOMPARE(source.lastProblem().kind, MonitorProblem::RootMissing);
        QVERIFY(!source.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_FanotifySource)
#include "tst_fanotifysource.moc"
