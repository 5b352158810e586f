// fsnoop-fanotify-helper on the real kernel: run it directly (as root), make a child process with a
// known name touch files, and check what the helper says about them.
#include "helperrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/fanotify.h>
#include <csignal>
#include <unistd.h>

using namespace fsnoop::proto;

namespace {

std::string canonical(const QString &path)
{
    return QFile::encodeName(QDir(path).canonicalPath()).toStdString();
}

std::vector<std::string> allEvents()
{
    return {"create", "delete", "modify", "close_write", "moved_from", "moved_to", "attrib"};
}

Request requestFor(const std::string &root, std::vector<std::string> events = allEvents(), quint32 options = 0)
{
    Request r;
    r.roots = {root};
    r.events = std::move(events);
    r.options = options;
    return r;
}

const EventRecord *find(const std::vector<EventRecord> &events, const std::function<bool(const EventRecord &)> &pred)
{
    for (const EventRecord &e : events) {
        if (pred(e))
            return &e;
    }
    return nullptr;
}

} // namespace

class tst_FanotifyHelper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (::geteuid() != 0)
            QSKIP("fanotify needs root (CAP_SYS_ADMIN); run the suite as root, as CI does");
    }

    void recordsCarryTheProcessAndPaths()
    {
        QTemporaryDir dir, outside;
        QVERIFY(dir.isValid() && outside.isValid());
        const std::string root = canonical(dir.path());
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root)));
        QVERIFY2(helper.waitReady(), helper.error.message.c_str());
        QCOMPARE(int(helper.ready.mode), int(Mode::FidFilesystem));
        QVERIFY(helper.ready.features & FeaturePidfd);
        QVERIFY(helper.ready.features & FeatureRename);

        QProcess probe;
        probe.start(QStringLiteral(FSNOOP_PROBE_PATH), {dir.path(), outside.path()});
        QVERIFY(probe.waitForStarted());
        QVERIFY(probe.waitForReadyRead(5000)); // "done": it acted and is still alive
        const qint32 pid = qint32(probe.processId());
        const std::string a = root + "/a", b = root + "/b", d = root + "/d";

        auto byProbe = [&](std::uint64_t bit, const std::string &path) {
            return [=](const EventRecord &e) { return e.pid == pid && (e.mask & bit) && e.path == path; };
        };
        QVERIFY(helper.readUntil([&] {
            return find(helper.events, byProbe(FAN_DELETE, b)) && find(helper.events, byProbe(FAN_DELETE, d));
        }));
        probe.closeWriteChannel();
        QVERIFY(probe.waitForFinished());
        helper.process().closeWriteChannel();
        QVERIFY(helper.process().waitForFinished(5000));
        QCOMPARE(helper.process().exitCode(), 0);
        QCOMPARE(helper.process().readAllStandardError(), QByteArray());

        const EventRecord *create = find(helper.events, byProbe(FAN_CREATE, a));
        QVERIFY(create);
        QCOMPARE(QByteArray::fromStdString(create->comm), QByteArrayLiteral("fsnoop-probe"));
        QCOMPARE(QByteArray::fromStdString(create->exe), QFile::encodeName(QFileInfo(QStringLiteral(FSNOOP_PROBE_PATH)).canonicalFilePath()));
        QVERIFY(!(create->flags & (EvProcessGone | EvIsDir)));
        QVERIFY(find(helper.events, byProbe(FAN_CLOSE_WRITE, a)));
        const EventRecord *rename = find(helper.events, [&](const EventRecord &e) { return e.mask & FAN_RENAME; });
        QVERIFY(rename);
        QCOMPARE(rename->pid, pid);
        QCOMPARE(rename->oldPath, a);
        QCOMPARE(rename->path, b);
        const EventRecord *mkdir = find(helper.events, byProbe(FAN_CREATE, d));
        QVERIFY(mkdir);
        QVERIFY(mkdir->flags & EvIsDir);
        QVERIFY(find(helper.events, byProbe(FAN_DELETE, b)));
        // The same filesystem mark sees the write outside the root; the helper must drop it.
        for (const EventRecord &e : helper.events) {
            QVERIFY2(e.path.rfind(root + "/", 0) == 0 || e.path == root, e.path.c_str());
            QVERIFY2(e.pid != qint32(::getpid()), "the caller's own activity must be ignored");
        }
    }

    void processGoneIsReportedNotGuessed()
    {
        QTemporaryDir dir;
        const std::string root = canonical(dir.path());
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root, {"create"})));
        QVERIFY(helper.waitReady());
        // Freeze the helper so the probe has exited and been reaped before the helper reads its
        // events: the kernel then has no pidfd to give (FAN_NOPIDFD) and the record must say so.
        const pid_t helperPid = pid_t(helper.process().processId());
        QCOMPARE(::kill(helperPid, SIGSTOP), 0);
        QProcess probe;
        probe.start(QStringLiteral(FSNOOP_PROBE_PATH), {dir.path(), QStringLiteral("--exit")});
        const bool probeOk = probe.waitForFinished(5000) && probe.exitCode() == 0;
        QCOMPARE(::kill(helperPid, SIGCONT), 0);
        QVERIFY(probeOk);
        QVERIFY(helper.readUntil([&] { return helper.events.size() >= 2; }));
        for (const EventRecord &e : helper.events) {
            QVERIFY(e.flags & EvProcessGone);
            QVERIFY(e.comm.empty() && e.exe.empty());
            QVERIFY(e.pid > 0);
        }
    }

    void callersOwnActivityIsIgnored()
    {
        // The helper's parent (the GUI, here this test) must never see its own writes, or a GUI
        // saving its CSV under the watched tree would feed back on itself.
        QTemporaryDir dir;
        const std::string root = canonical(dir.path());
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root)));
        QVERIFY(helper.waitReady());
        QFile own(dir.filePath(QStringLiteral("own")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("mine");
        own.close();
        QProcess probe;
        probe.start(QStringLiteral(FSNOOP_PROBE_PATH), {dir.path(), QStringLiteral("--exit")});
        QVERIFY(probe.waitForFinished(5000));
        // The probe's last event comes after ours in the queue: once it is read, ours was too.
        QVERIFY(helper.readUntil([&] {
            return find(helper.events, [&](const EventRecord &e) { return (e.mask & FAN_DELETE) && e.path == root + "/b"; });
        }));
        for (const EventRecord &e : helper.events)
            QVERIFY2(e.path != root + "/own", "the caller's own file activity was reported");
    }

    void renameAcrossTheRootKeepsTheInsideHalf()
    {
        QTemporaryDir dir, outside;
        const std::string root = canonical(dir.path());
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root, {"moved_from", "moved_to"})));
        QVERIFY(helper.waitReady());
        QVERIFY(QFile(outside.filePath(QStringLiteral("in"))).open(QIODevice::WriteOnly));
        QVERIFY(QFile(dir.filePath(QStringLiteral("leave"))).open(QIODevice::WriteOnly));
        // Renames by a child process (our own would be ignored).
        QProcess mv;
        mv.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("mv \"$1\" \"$2\" && mv \"$3\" \"$4\""),
                                            QStringLiteral("sh"), outside.filePath(QStringLiteral("in")),
                                            dir.filePath(QStringLiteral("in")), dir.filePath(QStringLiteral("leave")),
                                            outside.filePath(QStringLiteral("left"))});
        QVERIFY(mv.waitForFinished(5000) && mv.exitCode() == 0);
        QVERIFY(helper.readUntil([&] { return helper.events.size() >= 2; }));
        QCOMPARE(helper.events.size(), std::size_t(2));
        QCOMPARE(helper.events[0].oldPath, std::string()); // moved in from outside
        QCOMPARE(helper.events[0].path, root + "/in");
        QCOMPARE(helper.events[1].oldPath, root + "/leave"); // moved out
        QCOMPARE(helper.events[1].path, std::string());
    }

    void overflowIsForwardedAsAMarker()
    {
        QTemporaryDir dir;
        const std::string root = canonical(dir.path());
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root, {"create", "delete"})));
        QVERIFY(helper.waitReady());
        // With the helper frozen, 20000 events (a create and an unlink of one name merge into one)
        // overflow the kernel's 16384-event queue.
        const pid_t helperPid = pid_t(helper.process().processId());
        QCOMPARE(::kill(helperPid, SIGSTOP), 0);
        QProcess probe;
        probe.start(QStringLiteral(FSNOOP_PROBE_PATH), {dir.path(), QStringLiteral("--exit"), QStringLiteral("--many"), QStringLiteral("20000")});
        const bool probeOk = probe.waitForFinished(20000) && probe.exitCode() == 0;
        QCOMPARE(::kill(helperPid, SIGCONT), 0);
        QVERIFY(probeOk);
        QVERIFY(helper.readUntil([&] {
            return find(helper.events, [](const EventRecord &e) { return e.flags & EvOverflow; });
        }, 20000));
        const EventRecord *marker = find(helper.events, [](const EventRecord &e) { return e.flags & EvOverflow; });
        QVERIFY(marker->mask & FAN_Q_OVERFLOW);
        QVERIFY(marker->path.empty());
        QVERIFY(helper.events.size() > 10000);
    }

    void fdFallbackMode()
    {
        QTemporaryDir dir;
        const std::string root = canonical(dir.path());
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root, {"create", "close_write"}, OptForceFdMode)));
        QVERIFY(helper.waitReady());
        QCOMPARE(int(helper.ready.mode), int(Mode::FdMount));
        QVERIFY(!(helper.ready.markMask & FAN_CREATE)); // an fd group cannot report it
        QProcess probe;
        probe.start(QStringLiteral(FSNOOP_PROBE_PATH), {dir.path()});
        QVERIFY(probe.waitForReadyRead(5000));
        const qint32 pid = qint32(probe.processId());
        // An fd-mode path is where the object is when the helper reads the event (readlink of the
        // event fd): "a" may already have been renamed to "b" (and unlinked) by then.
        QVERIFY(helper.readUntil([&] {
            return find(helper.events, [&](const EventRecord &e) {
                return e.pid == pid && (e.mask & FAN_CLOSE_WRITE) && (e.path == root + "/a" || e.path == root + "/b")
                    && e.comm == "fsnoop-probe";
            });
        }));
        probe.closeWriteChannel();
        QVERIFY(probe.waitForFinished());
    }

    void badRequestIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const auto req = [](Request r) {
            std::string s;
            appendRequest(s, r);
            return QByteArray::fromStdString(s);
        };
        const std::string tmp = canonical(QDir::tempPath());
        QTest::newRow("garbage") << QByteArrayLiteral("hello helper\n") << int(ErrorCode::BadFrame);
        QByteArray wrongVersion = req(requestFor(tmp));
        wrongVersion[2] = char(99);
        QTest::newRow("version") << wrongVersion << int(ErrorCode::BadVersion);
        QTest::newRow("huge") << QByteArray("FN\x01\x01\x00\x00\x00\x10", 8) << int(ErrorCode::TooLarge);
        QTest::newRow("relative") << req(requestFor("tmp")) << int(ErrorCode::RelativePath);
        QTest::newRow("missing") << req(requestFor("/nonexistent-fsnoop/xyz")) << int(ErrorCode::NoSuchPath);
        QTest::newRow("not canonical") << req(requestFor(tmp + "/../" + tmp.substr(1))) << int(ErrorCode::NotCanonical);
        QTest::newRow("not a directory") << req(requestFor("/etc/hostname")) << int(ErrorCode::NotDirectory);
        QTest::newRow("unknown event") << req(requestFor(tmp, {"create", "explode"})) << int(ErrorCode::UnknownEvent);
        QTest::newRow("no events") << req(requestFor(tmp, {})) << int(ErrorCode::NoEvents);
        QTest::newRow("no roots") << req(Request{{}, {"create"}, 0}) << int(ErrorCode::NoRoots);
        QTest::newRow("unknown option") << req(requestFor(tmp, allEvents(), 0x100)) << int(ErrorCode::BadRequest);
        QTest::newRow("trailing bytes") << req(requestFor(tmp)) + "x" << int(ErrorCode::UnexpectedInput);
        std::string ready;
        appendReady(ready, Ready{});
        QTest::newRow("wrong record") << QByteArray::fromStdString(ready) << int(ErrorCode::BadRequest);
        QByteArray truncatedPayload = req(requestFor(tmp));
        truncatedPayload[4] = char(truncatedPayload[4] - 1); // frame shorter than its fields
        truncatedPayload.chop(1);
        QTest::newRow("bad payload") << truncatedPayload << int(ErrorCode::BadRequest);
    }

    void badRequestIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        HelperRun helper;
        QVERIFY(helper.start(bytes.toStdString()));
        QVERIFY(helper.readUntil([&] { return helper.gotError || helper.gotReady; }));
        QVERIFY(!helper.gotReady);
        QCOMPARE(int(helper.error.code), code);
        QVERIFY(helper.process().waitForFinished(5000));
        QCOMPARE(helper.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.process().exitCode(), 1);
        QCOMPARE(helper.process().readAllStandardError(), QByteArray());
    }

    void exitsOnStdinEof()
    {
        QTemporaryDir dir;
        HelperRun helper;
        QVERIFY(helper.start(requestFor(canonical(dir.path()))));
        QVERIFY(helper.waitReady());
        helper.process().closeWriteChannel();
        QVERIFY(helper.process().waitForFinished(5000));
        QCOMPARE(helper.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.process().exitCode(), 0);
        // The helper never writes to stderr; under ASan/UBSan a report would land there.
        QCOMPARE(helper.process().readAllStandardError(), QByteArray());
    }

    void exitsOnEofBeforeRequest()
    {
        HelperRun helper;
        QVERIFY(helper.start(std::string()));
        helper.process().closeWriteChannel();
        QVERIFY(helper.process().waitForFinished(5000));
        QCOMPARE(helper.process().exitCode(), 0);
        QVERIFY(helper.process().readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FanotifyHelper)
#include "tst_fanotifyhelper.moc"
