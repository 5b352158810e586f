// fsnoop-fanotify-helper on the real kernel: run it directly (as root), make a child process with a
// known name touch files, and check what the helper says about them.
#include "helperrun.h"
#include "lib/needsroot.h"
#include "lib/scopedmount.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/wait.h>
#include <csignal>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
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

QByteArray probeExe()
{
    return QFile::encodeName(QFileInfo(QStringLiteral(FSNOOP_PROBE_PATH)).canonicalFilePath());
}

QByteArray touchExe()
{
    return QFile::encodeName(QFileInfo(QStringLiteral("/usr/bin/touch")).canonicalFilePath());
}

// `count` short-lived /usr/bin/touch processes started one after the other by one shell, each
// creating DIR/f<i>.
bool runTouches(const QString &dir, int count)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("i=0; while [ $i -lt $2 ]; do /usr/bin/touch \"$1/f$i\" || exit 1; i=$((i+1)); done"),
              QStringLiteral("sh"), dir, QString::number(count)});
    return sh.waitForFinished(60000) && sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0;
}

bool setLastPid(pid_t last)
{
    const int fd = ::open("/proc/sys/kernel/ns_last_pid", O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const std::string text = std::to_string(last);
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    return ::close(fd) == 0 && ok;
}

pid_t lastPid()
{
    QFile f(QStringLiteral("/proc/sys/kernel/ns_last_pid"));
    return f.open(QIODevice::ReadOnly) ? pid_t(f.readAll().trimmed().toInt()) : -1;
}

// A free pid a little ahead of the allocator, with room for 10,000 more below pid_max, so that
// placing a process there moves the allocator forward, as it moves by itself.
pid_t freePidAhead()
{
    for (pid_t p = lastPid() + 100; p > 100 && p < 20000; p += 7) {
        if (::kill(p, 0) != 0 && errno == ESRCH)
            return p;
    }
    return -1;
}

// Forks a child with exactly pid `want` (ns_last_pid = want - 1 just before fork(); retried when
// another process took it first), runs `child` in it and waits for it. The child only makes
// async-signal-safe calls.
bool forkAt(pid_t want, const std::function<void()> &child)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (!setLastPid(want - 1))
            return false;
        const pid_t pid = ::fork();
        if (pid == 0) {
            if (::getpid() == want)
                child();
            ::_exit(99);
        }
        int status = 0;
        if (pid < 0 || ::waitpid(pid, &status, 0) != pid)
            return false;
        if (pid == want)
            return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return false;
}

} // namespace

class tst_FanotifyHelper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        FSNOOP_SKIP_UNLESS_ROOT("fanotify needs root (CAP_SYS_ADMIN); run the suite as root, as CI does");
    }

    void recordsCarryTheProcessAndPaths()
    {
        const qint64 testStartMs = QDateTime::currentMSecsSinceEpoch();
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
        QVERIFY(helper.exitsWith(0));

        const EventRecord *create = find(helper.events, byProbe(FAN_CREATE, a));
        QVERIFY(create);
        QCOMPARE(QByteArray::fromStdString(create->comm), QByteArrayLiteral("fsnoop-probe"));
        QCOMPARE(QByteArray::fromStdString(create->exe), QFile::encodeName(QFileInfo(QStringLiteral(FSNOOP_PROBE_PATH)).canonicalFilePath()));
        QVERIFY(!(create->flags & (EvProcessGone | EvIsDir)));
        // More of the process: its parent (this test), user, command line and start time.
        QCOMPARE(create->ppid, qint32(::getpid()));
        QCOMPARE(create->uid, quint32(::getuid()));
        QCOMPARE(QByteArray::fromStdString(create->cmdline),
                 QByteArray(FSNOOP_PROBE_PATH) + '\0' + QFile::encodeName(dir.path()) + '\0' + QFile::encodeName(outside.path()));
        const qint64 started = qint64(create->startTimeNs / 1000000);
        QVERIFY2(qAbs(started - testStartMs) < 60000 && started <= QDateTime::currentMSecsSinceEpoch() + 1000,
                 qPrintable(QString::number(started - testStartMs)));
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

    void mountsUnderTheRootAreMarked_data()
    {
        QTest::addColumn<quint32>("options");
        QTest::addColumn<bool>("atStart");
        QTest::newRow("filesystem marks, mounted during the capture") << quint32(0) << false;
        QTest::newRow("fd mode, mount marks, mounted during the capture") << quint32(OptForceFdMode) << false;
        QTest::newRow("filesystem marks, mounted before the start") << quint32(0) << true;
        QTest::newRow("fd mode, mount marks, mounted before the start") << quint32(OptForceFdMode) << true;
    }

    void mountsUnderTheRootAreMarked()
    {
        // A tmpfs mounted under the root during the capture is marked as it comes and announced
        // (Mounted); one mounted there before the helper starts is another filesystem than the
        // root's too: marked at start and announced right after the ready record (Present). One
        // mounted next to the root ("a" and "ab") is not the helper's business, and the root's
        // own mount (the root is a mount point here) is said in the ready record only.
        QFETCH(quint32, options);
        QFETCH(bool, atStart);
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString root = QDir(base.path()).canonicalPath() + QStringLiteral("/a");
        const QString inside = root + QStringLiteral("/m n"); // mountinfo writes it "m\040n"
        const QString nextTo = QDir(base.path()).canonicalPath() + QStringLiteral("/ab");
        QVERIFY(QDir().mkpath(root) && QDir().mkpath(nextTo));
        ScopedMount rootMount = ScopedMount::tmpfs(root, "1m");
        QVERIFY2(rootMount.isMounted(), rootMount.error());
        QVERIFY(QDir().mkpath(inside));

        HelperRun helper;
        const auto startHelper = [&] {
            QVERIFY(helper.start(requestFor(canonical(root), allEvents(), options)));
            QVERIFY2(helper.waitReady(), helper.error.message.c_str());
        };
        if (!atStart)
            startHelper();
        ScopedMount besides = ScopedMount::tmpfs(nextTo, "1m");
        QVERIFY2(besides.isMounted(), besides.error());
        ScopedMount mount = ScopedMount::tmpfs(inside, "1m");
        QVERIFY2(mount.isMounted(), mount.error());
        if (atStart)
            startHelper();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(helper.ready.mode), int(options ? Mode::FdMount : Mode::FidFilesystem));
        QVERIFY(helper.ready.features & FeatureMountFollowing);
        if (!options) {
            QCOMPARE(helper.ready.notes.size(), std::size_t(1));
            QCOMPARE(helper.ready.notes[0].root, canonical(root));
        }
        QVERIFY(helper.readUntil([&] { return !helper.mounts.empty(); }));
        QCOMPARE(helper.ready.mountsAtStart, std::uint32_t(atStart ? 1 : 0));
        QCOMPARE(helper.mounts.size(), std::size_t(1)); // not the one next to the root, nor the root's
        const MountRecord mounted = helper.mounts[0];
        QCOMPARE(int(mounted.change), int(atStart ? MountChange::Present : MountChange::Mounted));
        QCOMPARE(QByteArray::fromStdString(mounted.note.root), QFile::encodeName(inside));
        QCOMPARE(mounted.note.errnum, 0);
        QCOMPARE(mounted.note.fsType, std::uint32_t(0x01021994)); // TMPFS_MAGIC

        // Marked: what a process does there is reported, with the process and full paths (its
        // "outside" file x is written there too, and stays: both modes report its close_write).
        QProcess probe;
        probe.start(QStringLiteral(FSNOOP_PROBE_PATH), {inside, inside});
        QVERIFY(probe.waitForStarted());
        QVERIFY(probe.waitForReadyRead(5000));
        const qint32 pid = qint32(probe.processId());
        const std::string x = canonical(inside) + "/x";
        QVERIFY(helper.readUntil([&] {
            return find(helper.events, [&](const EventRecord &e) { return e.pid == pid && (e.mask & FAN_CLOSE_WRITE) && e.path == x; });
        }));
        const EventRecord *written = find(helper.events, [&](const EventRecord &e) { return e.path == x; });
        QCOMPARE(QByteArray::fromStdString(written->comm), QByteArrayLiteral("fsnoop-probe"));
        if (!options)
            QVERIFY(find(helper.events, [&](const EventRecord &e) { return e.pid == pid && (e.mask & FAN_CREATE) && e.path == canonical(inside) + "/a"; }));
        probe.closeWriteChannel();
        QVERIFY(probe.waitForFinished());

        // The helper holds nothing open on it: a plain umount(2) works (no EBUSY), and is said.
        QVERIFY2(mount.unmount(), std::strerror(errno));
        QVERIFY(helper.readUntil([&] { return helper.mounts.size() == 2; }));
        QCOMPARE(int(helper.mounts[1].change), int(MountChange::Unmounted));
        QCOMPARE(helper.mounts[1].note.root, mounted.note.root);
        for (const EventRecord &e : helper.events)
            QVERIFY2(e.path.rfind(canonical(root) + "/", 0) == 0, e.path.c_str()); // nothing of "ab"
        helper.process().closeWriteChannel();
        QVERIFY(helper.exitsWith(0));
        QVERIFY(!helper.badStream());
    }

    void exitedProcessIsNamedByItsExec()
    {
        QTemporaryDir dir;
        const std::string root = canonical(dir.path());
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root, {"create"})));
        QVERIFY(helper.waitReady());
        QVERIFY(helper.ready.features & FeatureExecTracking);
        // Freeze the helper so the probe has exited and been reaped before the helper reads its
        // events: the kernel then has no pidfd to give (FAN_NOPIDFD) and /proc has nothing; only
        // the probe's exec event, queued before its file events, can name it.
        const pid_t helperPid = pid_t(helper.process().processId());
        QCOMPARE(::kill(helperPid, SIGSTOP), 0);
        QProcess probe;
        probe.start(QStringLiteral(FSNOOP_PROBE_PATH), {dir.path(), QStringLiteral("--exit")});
        const qint32 probePid = probe.waitForStarted(5000) ? qint32(probe.processId()) : -1;
        const bool probeOk = probe.waitForFinished(5000) && probe.exitCode() == 0;
        QCOMPARE(::kill(helperPid, SIGCONT), 0);
        QVERIFY(probeOk);
        QVERIFY(helper.readUntil([&] { return helper.events.size() >= 2; }));
        for (const EventRecord &e : helper.events) {
            QCOMPARE(e.pid, probePid);
            QCOMPARE(QByteArray::fromStdString(e.comm), QByteArrayLiteral("fsnoop-probe"));
            QCOMPARE(QByteArray::fromStdString(e.exe), probeExe());
            QVERIFY(e.flags & EvIdentityFromExec);
            QVERIFY(!(e.flags & EvProcessGone));
        }
    }

    void shortLivedProcessesAreNamed_data()
    {
        QTest::addColumn<bool>("readLate");
        QTest::newRow("read at once") << false;
        QTest::newRow("read after they exited") << true;
    }

    void shortLivedProcessesAreNamed()
    {
        // 100 `touch` processes, one file each: every create must name touch and /usr/bin/touch,
        // whether the helper reads while they live or only after all of them have exited.
        QFETCH(bool, readLate);
        constexpr int kCount = 100;
        QTemporaryDir dir;
        const std::string root = canonical(dir.path());
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root, {"create"})));
        QVERIFY(helper.waitReady());
        const pid_t helperPid = pid_t(helper.process().processId());
        if (readLate)
            QCOMPARE(::kill(helperPid, SIGSTOP), 0);
        const bool ran = runTouches(dir.path(), kCount);
        if (readLate)
            QCOMPARE(::kill(helperPid, SIGCONT), 0);
        QVERIFY(ran);
        std::set<std::string> created, named;
        QVERIFY(helper.readUntil([&] {
            for (const EventRecord &e : helper.events) {
                if (!(e.mask & FAN_CREATE) || e.path.rfind(root + "/f", 0) != 0)
                    continue;
                created.insert(e.path);
                if (e.comm == "touch" && QByteArray::fromStdString(e.exe) == touchExe())
                    named.insert(e.path);
            }
            return created.size() == std::size_t(kCount);
        }, 20000));
        for (const EventRecord &e : helper.events) {
            if ((e.mask & FAN_CREATE) && !named.count(e.path))
                qWarning("unnamed: %s pid %d comm '%s' exe '%s' flags %x", e.path.c_str(), e.pid, e.comm.c_str(), e.exe.c_str(), e.flags);
        }
        QCOMPARE(named.size(), std::size_t(kCount));
    }

    void renamedProcessKeepsTheNameOfEachMoment()
    {
        // A process with a non-UTF-8 executable path renames itself (prctl PR_SET_NAME, also not
        // UTF-8) between two writes: each record has the name of its moment, bytes as they are.
        QTemporaryDir dir, bin;
        const std::string root = canonical(dir.path());
        const std::string exe = canonical(bin.path()) + "/pr\xff" "be";
        std::filesystem::copy_file(FSNOOP_PROBE_PATH, exe);
        std::filesystem::permissions(exe, std::filesystem::perms::owner_all);
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root, {"create"})));
        QVERIFY(helper.waitReady());
        QProcess probe;
        // Through sh so that the program path stays bytes (a QString would not keep \xff).
        probe.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec \"$(printf '%s/pr\\377be' \"$1\")\" --renamer \"$2\""),
                                              QStringLiteral("sh"), bin.path(), dir.path()});
        QVERIFY(probe.waitForReadyRead(5000));
        const qint32 probePid = qint32(probe.processId());
        QCOMPARE(probe.readLine().trimmed(), QByteArrayLiteral("1"));
        const auto created = [&](const std::string &path) {
            return find(helper.events, [&](const EventRecord &e) { return (e.mask & FAN_CREATE) && e.path == path; });
        };
        QVERIFY(helper.readUntil([&] { return created(root + "/first") != nullptr; }));
        probe.write("\n");
        QVERIFY(probe.waitForReadyRead(5000));
        QCOMPARE(probe.readLine().trimmed(), QByteArrayLiteral("2"));
        QVERIFY(helper.readUntil([&] { return created(root + "/second") != nullptr; }));
        const EventRecord first = *created(root + "/first");
        const EventRecord second = *created(root + "/second");
        probe.closeWriteChannel();
        QVERIFY(probe.waitForFinished(5000));
        QCOMPARE(first.pid, probePid);
        QCOMPARE(second.pid, first.pid);
        QCOMPARE(QByteArray::fromStdString(first.comm), QByteArray("pr\xff" "be"));
        QCOMPARE(QByteArray::fromStdString(second.comm), QByteArray("re\xff" "named"));
        // QTemporaryDir cannot remove a name that is not UTF-8: do it here.
        std::filesystem::remove(exe);
        QCOMPARE(first.exe, exe);
        QCOMPARE(second.exe, exe);
    }

    void reusedPidIsNeverMislabelled()
    {
        // Process A (pid P) runs touch and exits; process B gets the same pid P (ns_last_pid, as
        // root), never execs, creates a file and exits before the helper reads. B must not be
        // called touch: the helper cannot know who B was, and says so.
        QTemporaryDir dir;
        const std::string root = canonical(dir.path());
        const std::string a = root + "/a", b = root + "/b", wrapped = root + "/wrapped", sync = root + "/sync";
        HelperRun helper;
        QVERIFY(helper.start(requestFor(root, {"create"})));
        QVERIFY(helper.waitReady());
        const auto created = [&](const std::string &path) {
            return find(helper.events, [&](const EventRecord &e) { return (e.mask & FAN_CREATE) && e.path == path; });
        };
        if (lastPid() > 19000) { // too close to pid_max (32768 here) for the steps below: wrap now
            QVERIFY(setLastPid(1000));
            QCOMPARE(QProcess::execute(QStringLiteral("/usr/bin/touch"), {QString::fromStdString(wrapped)}), 0);
            QVERIFY(helper.readUntil([&] { return created(wrapped) != nullptr; }));
            helper.events.clear();
        }
        const pid_t pid = freePidAhead();
        QVERIFY2(pid > 0, "no free pid ahead of the allocator");
        QVERIFY2(forkAt(pid, [&] { ::execl("/usr/bin/touch", "touch", a.c_str(), static_cast<char *>(nullptr)); }),
                 "could not start a process at a chosen pid (is another program forking fast?)");
        QVERIFY(helper.readUntil([&] { return created(a) != nullptr; }));
        QCOMPARE(created(a)->pid, qint32(pid));
        QCOMPARE(created(a)->comm, std::string("touch"));
        // Move the allocator well past P and let the helper see it (a record read after the write
        // proves a sample after it), so that coming back to P is a visible wrap.
        QVERIFY(setLastPid(pid + 10000));
        QCOMPARE(QProcess::execute(QStringLiteral("/usr/bin/touch"), {QString::fromStdString(sync)}), 0);
        QVERIFY(helper.readUntil([&] { return created(sync) != nullptr; }));
        const pid_t helperPid = pid_t(helper.process().processId());
        QCOMPARE(::kill(helperPid, SIGSTOP), 0);
        const bool reused = forkAt(pid, [&] {
            const int fd = ::open(b.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            ::_exit(fd >= 0 && ::close(fd) == 0 ? 0 : 1);
        });
        QCOMPARE(::kill(helperPid, SIGCONT), 0);
        QVERIFY2(reused, "could not reuse the pid");
        QVERIFY(helper.readUntil([&] { return created(b) != nullptr; }));
        const EventRecord *e = created(b);
        QCOMPARE(e->pid, qint32(pid));
        QCOMPARE(e->comm, std::string());
        QCOMPARE(e->exe, std::string());
        QVERIFY(e->flags & EvProcessGone);
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
        // On a tmpfs when there is one: 20000 creates and unlinks on ext4 here can take longer than
        // the bound below on a busy machine, and the helper does not care which filesystem it marks.
        const bool shm = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
        QTemporaryDir dir(shm ? QStringLiteral("/dev/shm/tst_fanotifyhelper-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/tst_fanotifyhelper-XXXXXX"));
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
        const bool probeOk = probe.waitForFinished(60000) && probe.exitCode() == 0;
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
        QTest::newRow("huge") << QByteArray("FN") + char(kVersion) + QByteArray("\x01\x00\x00\x00\x10", 5)
                              << int(ErrorCode::TooLarge);
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
        QVERIFY(helper.exitsWith(1));
    }

    void exitsOnStdinEof()
    {
        QTemporaryDir dir;
        HelperRun helper;
        QVERIFY(helper.start(requestFor(canonical(dir.path()))));
        QVERIFY(helper.waitReady());
        helper.process().closeWriteChannel();
        QVERIFY(helper.exitsWith(0));
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
