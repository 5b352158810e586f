#include "enginecapture.h"
#include "lib/scopedmount.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <linux/capability.h>
#include <sys/inotify.h>
#include <sys/syscall.h>

namespace {

// Creates `count` directories below `root`, 3 levels deep (fan-out 16), returns how many it made.
int makeTree(const QString &root, int count)
{
    QDir().mkpath(root);
    const QByteArray base = QFile::encodeName(root);
    int made = 0;
    for (int a = 0; made < count; ++a) {
        const QByteArray l1 = base + "/l" + QByteArray::number(a);
        if (::mkdir(l1.constData(), 0755) != 0)
            return made;
        ++made;
        for (int b = 0; b < 16 && made < count; ++b) {
            const QByteArray l2 = l1 + "/m" + QByteArray::number(b);
            if (::mkdir(l2.constData(), 0755) != 0)
                return made;
            ++made;
            for (int c = 0; c < 16 && made < count; ++c) {
                if (::mkdir((l2 + "/n" + QByteArray::number(c)).constData(), 0755) != 0)
                    return made;
                ++made;
            }
        }
    }
    return made;
}

// Drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from this thread's effective set, so that root
// gets EACCES like anybody else, and restores them on destruction. Capabilities are per thread
// (capset(2) acts on the caller) and a new thread inherits its creator's: the monitor's reader
// thread, created by start() on this thread, runs without them too.
class DacCapabilitiesDropped final
{
public:
    DacCapabilitiesDropped()
    {
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_ok = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~DacCapabilitiesDropped()
    {
        if (m_ok)
            syscall(SYS_capset, &m_header, m_saved);
    }
    DacCapabilitiesDropped(const DacCapabilitiesDropped &) = delete;
    DacCapabilitiesDropped &operator=(const DacCapabilitiesDropped &) = delete;
    bool ok() const { return m_ok; }

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2]{};
    bool m_ok = false;
};

// inotify watches held by `uid` in all processes (the per-user max_user_watches counts these).
qint64 watchesInUse()
{
    qint64 n = 0;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        const QDir fdinfo(QStringLiteral("/proc/%1/fdinfo").arg(pid));
        for (const QString &fd : fdinfo.entryList(QDir::Files)) {
            QFile f(fdinfo.filePath(fd));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            n += f.readAll().count("inotify wd:");
        }
    }
    return n;
}

} // namespace

class tst_InotifyMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEventType()
    {
        TempTree dir{"gone", "moving"};
        QVERIFY(dir.isValid());
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path())));

        const QString f = sub(dir, "f.txt");
        {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly)); // CREATE, OPEN
            QVERIFY(file.write("hello") == 5);         // MODIFY
        }                                              // CLOSE_WRITE
        {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("hello")); // ACCESS, then CLOSE_NOWRITE
        }
        QVERIFY(::chmod(QFile::encodeName(f).constData(), 0600) == 0); // ATTRIB
        QVERIFY(::rename(QFile::encodeName(f).constData(),
                         QFile::encodeName(sub(dir, "g.txt")).constData()) == 0); // MOVED_*
        QVERIFY(QFile::remove(sub(dir, "g.txt")));                                 // DELETE
        QVERIFY(::rmdir(QFile::encodeName(sub(dir, "gone")).constData()) == 0);    // DELETE|ISDIR, DELETE_SELF
        QVERIFY(::rename(QFile::encodeName(sub(dir, "moving")).constData(),
                         QFile::encodeName(sub(dir, "moved")).constData()) == 0); // MOVE_SELF

        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_MOVE_SELF, sub(dir, "moved")), cap.dump(), 5000);
        QVERIFY2(cap.has(IN_CREATE, f), cap.dump());
        QVERIFY(cap.has(IN_OPEN, f));
        QVERIFY(cap.has(IN_MODIFY, f));
        QVERIFY(cap.has(IN_CLOSE_WRITE, f));
        QVERIFY(cap.has(IN_ACCESS, f));
        QVERIFY(cap.has(IN_CLOSE_NOWRITE, f));
        QVERIFY(cap.has(IN_ATTRIB, f));
        QVERIFY(cap.has(IN_MOVED_FROM, f));
        QVERIFY(cap.has(IN_MOVED_TO, sub(dir, "g.txt")));
        QVERIFY(cap.has(IN_DELETE, sub(dir, "g.txt")));
        QVERIFY(cap.has(IN_DELETE | IN_ISDIR, sub(dir, "gone"), FsEvent::IsDir));
        QVERIFY(cap.has(IN_DELETE_SELF, sub(dir, "gone"), FsEvent::IsDir));
        QVERIFY(cap.has(IN_MOVE_SELF, sub(dir, "moved"), FsEvent::IsDir));
        QVERIFY(cap.has(IN_MOVED_FROM | IN_ISDIR, sub(dir, "moving")));
        QVERIFY(cap.has(IN_MOVED_TO | IN_ISDIR, sub(dir, "moved")));

        // A rename is one cookie on both halves.
        quint32 from = 0, to = 0;
        for (const FsEvent &e : cap.events) {
            if (e.mask & IN_MOVED_FROM && cap.pathOf(e).endsWith("/f.txt"))
                from = e.cookie;
            if (e.mask & IN_MOVED_TO && cap.pathOf(e).endsWith("/g.txt"))
                to = e.cookie;
        }
        QVERIFY(from != 0);
        QCOMPARE(from, to);
        // Nothing but the kernel's own events, and no event recorded twice for a subdirectory
        // (its own watch and its parent's both see an rmdir's DELETE_SELF-free kinds).
        for (const FsEvent &e : cap.events)
            QVERIFY2(!e.isSynthesized() && !e.isOverflow(), cap.dump());
        QCOMPARE(cap.monitor.stats().overflows, qint64(0));
    }

    void eventMaskIsHonoured()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path(), IN_CLOSE_WRITE)));
        QVERIFY(mkdirs(sub(dir, "d"))); // needs IN_CREATE internally, must not be recorded
        // Only a creation can be synthesized for a file made before the new directory's watch
        // exists; a close cannot. So wait for the watch before closing a file there.
        QTRY_VERIFY_WITH_TIMEOUT(watchedInodes().contains(inodeOf(sub(dir, "d"))), 5000);
        QVERIFY(touch(sub(dir, "d/x")));
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "d/x")), cap.dump(), 5000);
        for (const FsEvent &e : cap.events)
            QVERIFY2(e.mask & IN_CLOSE_WRITE, cap.dump());
    }

    void mkdirThenFileLosesNothing()
    {
        // The classic recursive-inotify race: files created right after mkdir, before the new
        // directory's watch exists. Each must be in the record (real or synthesized).
        QTemporaryDir dir(fastTempBase("tst_inotifymonitor"));
        QVERIFY(dir.isValid());
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path(), IN_CREATE)));
        constexpr int kRounds = 1000;
        const QByteArray base = QFile::encodeName(dir.path());
        for (int i = 0; i < kRounds; ++i) {
            const QByteArray d = base + "/d" + QByteArray::number(i);
            QVERIFY(::mkdir(d.constData(), 0755) == 0);
            const int fd = ::open((d + "/f").constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            QVERIFY(fd >= 0);
            ::close(fd);
            // One level deeper too: the synthesized scan must recurse.
            if (i % 10 == 0) {
                QVERIFY(::mkdir((d + "/deep").constData(), 0755) == 0);
                QVERIFY(touch(QFile::decodeName(d + "/deep/g")));
            }
        }
        const auto missing = [&] {
            QSet<QByteArray> seen;
            for (const FsEvent &e : cap.events) {
                if (e.mask & IN_CREATE)
                    seen.insert(cap.pathOf(e));
            }
            int n = 0;
            for (int i = 0; i < kRounds; ++i) {
                const QByteArray d = base + "/d" + QByteArray::number(i);
                n += !seen.contains(d) + !seen.contains(d + "/f");
                if (i % 10 == 0)
                    n += !seen.contains(d + "/deep/g");
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(missing(), 0, 15000);
        const int synthesized = cap.count(IN_CREATE, {}, FsEvent::Synthesized);
        qInfo("%d of %d creations were found by scanning the new directory", synthesized,
              kRounds * 2 + kRounds / 10 * 2);
        QCOMPARE(cap.monitor.stats().overflows, qint64(0));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(1 + kRounds + kRounds / 10));
    }

    void renamedDirectoryCarriesNewPath()
    {
        TempTree dir{"a/inner/deeper"};
        QVERIFY(dir.isValid());
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path(), IN_CREATE | IN_CLOSE_WRITE | IN_MOVE)));
        QVERIFY(touch(sub(dir, "a/inner/before")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "a/inner/before")), 5000);
        QVERIFY(QDir().rename(sub(dir, "a"), sub(dir, "b")));
        QVERIFY(touch(sub(dir, "b/inner/after")));
        QVERIFY(touch(sub(dir, "b/inner/deeper/after2")));
        QVERIFY(QDir().rename(sub(dir, "b/inner"), sub(dir, "inner2"))); // to another parent
        QVERIFY(touch(sub(dir, "inner2/deeper/after3")));
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "inner2/deeper/after3")), cap.dump(),
                                  5000);
        QVERIFY2(cap.has(IN_CREATE, sub(dir, "b/inner/after")), cap.dump());
        QVERIFY(cap.has(IN_CREATE, sub(dir, "b/inner/deeper/after2")));
        // The event from before the rename keeps its old path.
        QVERIFY(cap.has(IN_CREATE, sub(dir, "a/inner/before")));
        for (const FsEvent &e : cap.events)
            QVERIFY2(!e.isSynthesized(), cap.dump()); // moves within the tree are not new trees
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(4));
    }

    void movedInAndOut()
    {
        TempTree outside{"tree/sub"};
        TempTree dir{"leaving"};
        QVERIFY(dir.isValid() && outside.isValid());
        QVERIFY(touch(sub(outside, "tree/sub/file")));
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path())));
        const QSet<quint64> before = watchedInodes();
        QVERIFY(before.contains(inodeOf(sub(dir, "leaving"))));

        // In from outside: watched, and its content reported as synthesized creations.
        QVERIFY(QDir().rename(sub(outside, "tree"), sub(dir, "tree")));
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "tree/sub/file"), FsEvent::Synthesized),
                                  cap.dump(), 5000);
        QVERIFY(cap.has(IN_MOVED_TO | IN_ISDIR, sub(dir, "tree")));
        QVERIFY(touch(sub(dir, "tree/sub/new")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "tree/sub/new")), 5000);

        // Out of the tree: its watch goes, later activity there is not ours.
        QVERIFY(QDir().rename(sub(dir, "leaving"), sub(outside, "left")));
        QTRY_VERIFY_WITH_TIMEOUT(!watchedInodes().contains(inodeOf(sub(outside, "left"))), 5000);
        const std::size_t n = cap.events.size();
        QVERIFY(touch(sub(outside, "left/x")));
        QVERIFY(touch(sub(dir, "marker")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "marker")), 5000);
        for (std::size_t i = n; i < cap.events.size(); ++i)
            QVERIFY2(!cap.pathOf(cap.events[i]).endsWith("/x"), cap.dump());
    }

    void excludedDirectoryGetsNoWatch()
    {
        TempTree dir{"keep/inner", "skip.cache/inner"};
        QVERIFY(dir.isValid());
        EngineCapture cap;
        WatchOptions o = EngineCapture::options(dir.path());
        o.excludes = {QRegularExpression(QStringLiteral("\\.cache($|/)"))};
        QVERIFY(cap.start(o));
        const QSet<quint64> watched = watchedInodes();
        QVERIFY(watched.contains(inodeOf(sub(dir, "keep/inner"))));
        QVERIFY(!watched.contains(inodeOf(sub(dir, "skip.cache"))));
        QVERIFY(!watched.contains(inodeOf(sub(dir, "skip.cache/inner"))));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(3));

        QVERIFY(touch(sub(dir, "skip.cache/f")));
        QVERIFY(mkdirs(sub(dir, "new.cache"))); // created later: excluded too
        QVERIFY(touch(sub(dir, "keep/inner/f")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "keep/inner/f")), 5000);
        QVERIFY(touch(sub(dir, "new.cache/f")));
        QVERIFY(touch(sub(dir, "keep/g")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "keep/g")), 5000);
        for (const FsEvent &e : cap.events)
            QVERIFY2(!cap.pathOf(e).contains(".cache"), cap.dump());
        QVERIFY(!watchedInodes().contains(inodeOf(sub(dir, "new.cache"))));
    }

    void includeOnlyRecordsMatches()
    {
        TempTree dir{"src"};
        QVERIFY(dir.isValid());
        EngineCapture cap;
        WatchOptions o = EngineCapture::options(dir.path(), IN_CLOSE_WRITE);
        o.includes = {QRegularExpression(QStringLiteral("\\.cpp$"))};
        QVERIFY(cap.start(o));
        QVERIFY(touch(sub(dir, "src/a.txt")));
        QVERIFY(touch(sub(dir, "src/a.cpp")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "src/a.cpp")), 5000);
        QVERIFY(!cap.has(IN_CLOSE_WRITE, sub(dir, "src/a.txt")));
    }

    void ownScanLeavesNoTrace()
    {
        // Every event type on, a tree far bigger than the (lowered) queue: our own directory
        // listings must neither overflow the queue nor show up as OPEN/ACCESS/CLOSE_NOWRITE rows.
        QTemporaryDir dir(fastTempBase("tst_inotifymonitor"));
        QVERIFY(dir.isValid());
        QCOMPARE(makeTree(dir.path(), 1500), 1500);
        EngineCapture cap;
        QSignalSpy progress(&cap.monitor, &EventSource::setupProgress);
        if (isRoot()) {
            QVERIFY(cap.startWithSmallQueue(EngineCapture::options(dir.path()), 256));
        } else {
            qInfo("not root: keeping the default queue size (the trace check still runs)");
            QVERIFY(cap.start(EngineCapture::options(dir.path())));
        }
        QCOMPARE(cap.setupFinished.at(0).at(0).toLongLong(), qint64(1501));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(1501)); // directories scanned
        QCOMPARE(cap.monitor.stats().overflows, qint64(0));
        QVERIFY(!cap.hasProblem(MonitorProblem::QueueOverflow));
        // A real directory listing by somebody else after the set-up is recorded, once.
        QVERIFY(touch(sub(dir, "l0/m0/n0/after")));
        QDir(sub(dir, "l1/m1")).entryList();
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "l0/m0/n0/after")), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CLOSE_NOWRITE | IN_ISDIR, sub(dir, "l1/m1")), cap.dump(), 5000);
        QCOMPARE(cap.count(IN_OPEN | IN_ISDIR, sub(dir, "l1/m1")), 1);
        // A leaf is never listed by the walk (link count 2 on tmpfs and ext4) and is watched with
        // its full mask from the start: its content's events are there, and its own listing too.
        QVERIFY(touch(sub(dir, "l2/m2/n2/leaf-file")));
        {
            QFile f(sub(dir, "l2/m2/n2/leaf-file"));
            QVERIFY(f.open(QIODevice::ReadOnly));
        }
        QDir(sub(dir, "l2/m2/n2")).entryList();
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CLOSE_NOWRITE | IN_ISDIR, sub(dir, "l2/m2/n2")), cap.dump(), 5000);
        QVERIFY(cap.has(IN_OPEN, sub(dir, "l2/m2/n2/leaf-file")));
        QVERIFY(cap.has(IN_CLOSE_NOWRITE, sub(dir, "l2/m2/n2/leaf-file")));
        QCOMPARE(cap.count(IN_OPEN | IN_ISDIR, sub(dir, "l2/m2/n2")), 1);
        int own = 0;
        for (const FsEvent &e : cap.events) {
            if ((e.mask & IN_ISDIR) && (e.mask & (IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE))
                && cap.pathOf(e) != QFile::encodeName(sub(dir, "l1/m1"))
                && cap.pathOf(e) != QFile::encodeName(sub(dir, "l2/m2/n2")))
                ++own;
        }
        QVERIFY2(own == 0, cap.dump());
        QCOMPARE(cap.monitor.stats().overflows, qint64(0));

        // At run time the parents are fully watched, so scanning a tree that arrives (moved in
        // from outside) does queue events of ours: they must be drained in time and dropped.
        QTemporaryDir outside(fastTempBase("tst_inotifymonitor"));
        QVERIFY(outside.isValid());
        QCOMPARE(makeTree(outside.path() + QLatin1String("/arriving"), 800), 800);
        const std::size_t before = cap.events.size();
        QVERIFY(QDir().rename(outside.path() + QLatin1String("/arriving"), sub(dir, "arrived")));
        QTRY_COMPARE_WITH_TIMEOUT(cap.monitor.stats().watchedDirectories, qint64(1501 + 801), 10000);
        QVERIFY(touch(sub(dir, "arrived/l0/m0/n0/late")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "arrived/l0/m0/n0/late")), 5000);
        int synthesizedDirs = 0;
        for (std::size_t i = before; i < cap.events.size(); ++i) {
            const FsEvent &e = cap.events[i];
            QVERIFY2(!((e.mask & IN_ISDIR) && (e.mask & (IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE))),
                     EventNames::join(e.mask) + ' ' + cap.pathOf(e));
            synthesizedDirs += e.isSynthesized() && e.isDir();
        }
        QCOMPARE(synthesizedDirs, 800);
        QCOMPARE(cap.monitor.stats().overflows, qint64(0));
    }

    void stopCancelsSetupPromptly()
    {
        QTemporaryDir dir(fastTempBase("tst_inotifymonitor"));
        QVERIFY(dir.isValid());
        QCOMPARE(makeTree(dir.path(), 20000), 20000);
        EngineCapture cap;
        QVERIFY(cap.monitor.start(EngineCapture::options(dir.path())));
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().watchedDirectories > 0, 5000); // walking
        QElapsedTimer t;
        t.start();
        cap.monitor.stop();
        QVERIFY2(t.elapsed() < 1000, QByteArray::number(t.elapsed()));
        QVERIFY(!cap.monitor.isRunning());
        QCOMPARE(cap.stopped.count(), 1);
        QCOMPARE(cap.setupFinished.count(), 0); // cancelled half-way, not waited for
        QVERIFY(watchedInodes().isEmpty()); // the fd is closed: no watch left behind
        // And it starts again.
        QVERIFY(cap.start(EngineCapture::options(dir.path())));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(20001));
    }

    void overflowMarksAndResyncs()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root: lowers /proc/sys/fs/inotify/max_queued_events to force an overflow");
        TempTree dir{"keep", "doomed/inner"};
        QVERIFY(dir.isValid());
        EngineCapture cap;
        // Every event type: the rescan's own listings must stay out of the record as well.
        QVERIFY(cap.startWithSmallQueue(EngineCapture::options(dir.path()), 64, 10000));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(4));

        // Stall the reader while the kernel queue overflows, and change the tree meanwhile.
        ReaderStall stall;
        QVERIFY(stall.start(cap.monitor));
        for (int i = 0; i < 200; ++i)
            QVERIFY(touch(sub(dir, "keep/f") + QString::number(i)));
        QVERIFY(mkdirs(sub(dir, "late/deeper")));
        QVERIFY(touch(sub(dir, "late/deeper/file")));
        QVERIFY(QDir(sub(dir, "doomed")).removeRecursively());
        stall.release();

        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::QueueOverflow), 5000);
        QCOMPARE(cap.problem(MonitorProblem::QueueOverflow)->count, qint64(1));
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "late/deeper/file")), cap.dump(), 5000);
        int markers = 0;
        for (const FsEvent &e : cap.events) {
            if (e.isOverflow()) {
                ++markers;
                QCOMPARE(e.mask, quint32(IN_Q_OVERFLOW));
                QCOMPARE(e.cookie, 1u);
                QCOMPARE(e.pathId, PathTable::NoPath);
            }
        }
        QCOMPARE(markers, 1);
        QCOMPARE(cap.monitor.stats().overflows, qint64(1));
        // Re-synced: the new directories are watched, the deleted ones forgotten.
        QTRY_COMPARE_WITH_TIMEOUT(cap.monitor.stats().watchedDirectories, qint64(4), 5000);
        const QSet<quint64> watched = watchedInodes();
        QVERIFY(watched.contains(inodeOf(sub(dir, "late"))));
        QVERIFY(watched.contains(inodeOf(sub(dir, "late/deeper"))));
        QVERIFY(touch(sub(dir, "late/deeper/after")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "late/deeper/after")), 5000);
        QVERIFY(!cap.has(IN_CREATE, sub(dir, "late/deeper/after"), FsEvent::Synthesized));
        // What the rescan found changed is recorded as `rescan` rows, exactly once each; what it
        // already knew is not; every file made during the stall is created exactly once, by the
        // kernel's row or by the rescan's.
        QCOMPARE(cap.countFrom(FsEvent::Rescan, IN_CREATE | IN_ISDIR, sub(dir, "late")), 1);
        QCOMPARE(cap.countFrom(FsEvent::Rescan, IN_CREATE | IN_ISDIR, sub(dir, "late/deeper")), 1);
        QCOMPARE(cap.countFrom(FsEvent::Rescan, IN_CREATE, sub(dir, "late/deeper/file")), 1);
        QCOMPARE(cap.countFrom(FsEvent::Rescan, IN_DELETE | IN_ISDIR, sub(dir, "doomed")), 1);
        QVERIFY(!cap.has(IN_CREATE, sub(dir, "keep"), FsEvent::Synthesized));
        QVERIFY(!cap.has(IN_CREATE, sub(dir, "keep/f0"), FsEvent::Synthesized));
        int rescanCreated = 0;
        int rescanDeleted = 0;
        for (const FsEvent &e : cap.events) {
            rescanCreated += e.source == FsEvent::Rescan && (e.mask & IN_CREATE);
            rescanDeleted += e.source == FsEvent::Rescan && (e.mask & IN_DELETE);
        }
        for (int i = 0; i < 200; ++i)
            QCOMPARE(cap.count(IN_CREATE, sub(dir, "keep/f") + QString::number(i)), 1);
        QVERIFY(rescanCreated > 3); // most of keep/f* were lost to the overflow
        QCOMPARE(rescanDeleted, 1);  // doomed (its content goes with it)
        const MonitorProblem *found = cap.problem(MonitorProblem::QueueOverflow);
        QVERIFY(found->rescanned);
        QCOMPARE(found->created, qint64(rescanCreated));
        QCOMPARE(found->deleted, qint64(rescanDeleted));
        for (const FsEvent &e : cap.events) {
            QVERIFY2(!((e.mask & IN_ISDIR) && (e.mask & (IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE))),
                     EventNames::join(e.mask) + ' ' + cap.pathOf(e));
        }
    }

    void watchLimitKeepsRunning()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root: lowers /proc/sys/fs/inotify/max_user_watches");
        QTemporaryDir dir(fastTempBase("tst_inotifymonitor"));
        QVERIFY(dir.isValid());
        QCOMPARE(makeTree(dir.path(), 40), 40);
        EngineCapture cap;
        qint64 limit = 0;
        {
            // Room for about 10 more watches for this user, whatever the rest of the machine holds.
            limit = watchesInUse() + 10;
            SysctlGuard low("/proc/sys/fs/inotify/max_user_watches", limit);
            QVERIFY(low.ok());
            QVERIFY(cap.start(EngineCapture::options(dir.path())));
        }
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::WatchLimit), 5000);
        const MonitorProblem *p = cap.problem(MonitorProblem::WatchLimit);
        QCOMPARE(p->errnum, ENOSPC);
        QVERIFY(p->count > 0);
        QVERIFY2(p->limit == limit || p->limit == SysctlGuard::read("/proc/sys/fs/inotify/max_user_watches"),
                 QByteArray::number(p->limit));
        const qint64 watched = cap.setupFinished.at(0).at(0).toLongLong();
        const qint64 unwatched = cap.setupFinished.at(0).at(1).toLongLong();
        QVERIFY(watched > 0);
        QCOMPARE(unwatched, p->count);
        QCOMPARE(watched + unwatched, qint64(41));
        // Still running with what it has: the root is always watched first.
        QVERIFY(cap.monitor.isRunning());
        QVERIFY(touch(sub(dir, "still-here")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "still-here")), 5000);
    }

    void unreadableDirectoryIsReported()
    {
        TempTree dir{"locked/inside", "open/inside"};
        QVERIFY(dir.isValid());
        const QByteArray locked = QFile::encodeName(sub(dir, "locked"));
        QVERIFY(::chmod(locked.constData(), 0) == 0);
        EngineCapture cap;
        {
            // Root bypasses permission checks; without its DAC capabilities it does not.
            DacCapabilitiesDropped dropped;
            if (isRoot())
                QVERIFY(dropped.ok());
            QVERIFY(cap.start(EngineCapture::options(dir.path())));
            QVERIFY(touch(sub(dir, "open/inside/f")));
            QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "open/inside/f")), 5000);
            cap.monitor.stop();
        }
        ::chmod(locked.constData(), 0755);
        const MonitorProblem *p = cap.problem(MonitorProblem::AccessDenied);
        QVERIFY(p);
        QCOMPARE(p->path, locked);
        QCOMPARE(p->errnum, EACCES);
        QCOMPARE(cap.setupFinished.at(0).at(0).toLongLong(), qint64(3)); // root, open, open/inside
        QCOMPARE(cap.setupFinished.at(0).at(1).toLongLong(), qint64(1));
    }

    void symlinksAreNotFollowed()
    {
        TempTree outside{"target/inner"};
        TempTree dir{"real"};
        QVERIFY(dir.isValid() && outside.isValid());
        QVERIFY(QFile::link(sub(outside, "target"), sub(dir, "link")));
        QVERIFY(QFile::link(dir.path(), sub(dir, "real/loop"))); // a loop back to the root
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path())));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(2)); // root and real
        const QSet<quint64> watched = watchedInodes();
        QVERIFY(!watched.contains(inodeOf(sub(outside, "target"))));
        QVERIFY(!watched.contains(inodeOf(sub(outside, "target/inner"))));
        // A symlink to a directory created later is not followed either.
        QVERIFY(QFile::link(sub(outside, "target/inner"), sub(dir, "real/later")));
        QVERIFY(touch(sub(dir, "marker")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "marker")), 5000);
        QVERIFY(cap.has(IN_CREATE, sub(dir, "real/later")));
        QVERIFY(!watchedInodes().contains(inodeOf(sub(outside, "target/inner"))));
    }

    void nonRecursiveAndRootSelf()
    {
        TempTree dir{"sub"};
        QVERIFY(dir.isValid());
        EngineCapture cap;
        WatchOptions o = EngineCapture::options(dir.path());
        o.recursive = false;
        o.watchRootSelf = false;
        QVERIFY(cap.start(o));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(1));
        QVERIFY(touch(sub(dir, "sub/deep")));                    // below: not watched
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0711) == 0); // root itself
        QVERIFY(mkdirs(sub(dir, "newdir")));
        QVERIFY(touch(sub(dir, "newdir/deep2")));
        QVERIFY(touch(sub(dir, "top")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "top")), 5000);
        QVERIFY(cap.has(IN_CREATE | IN_ISDIR, sub(dir, "newdir")));
        for (const FsEvent &e : cap.events) {
            const QByteArray p = cap.pathOf(e);
            QVERIFY2(!p.endsWith("/deep") && !p.endsWith("/deep2"), cap.dump());
            QVERIFY2(p != QFile::encodeName(dir.path()), cap.dump()); // watchRootSelf = false
        }
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(1));
    }

    void missingRootIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = sub(dir, "not-there");
        {
            EngineCapture cap;
            QVERIFY(!cap.monitor.start(EngineCapture::options(missing)));
            QVERIFY(!cap.monitor.isRunning());
            QCOMPARE(cap.monitor.lastProblem().kind, MonitorProblem::RootMissing);
            QCOMPARE(cap.monitor.lastProblem().path, QFile::encodeName(missing));
            QCOMPARE(cap.monitor.lastProblem().errnum, ENOENT);
        }
        {
            // One good root is enough to run; the bad one is reported.
            EngineCapture cap;
            WatchOptions o = EngineCapture::options(missing);
            o.roots.append(QFile::encodeName(dir.path()) + "//");
            QVERIFY(cap.start(o));
            QVERIFY(cap.hasProblem(MonitorProblem::RootMissing));
            QVERIFY(touch(sub(dir, "f")));
            QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "f")), 5000);
            const EventSource::Stats st = cap.monitor.stats();
            QCOMPARE(st.watchedDirectories, qint64(1));
            QVERIFY(st.eventsRead >= st.eventsRecorded);
            QVERIFY(st.eventsRecorded > 0);
        }
    }

    void rootMovedIsReported()
    {
        TempTree parent{"root/sub"};
        QVERIFY(parent.isValid());
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(sub(parent, "root"))));
        QVERIFY(QDir().rename(sub(parent, "root"), sub(parent, "elsewhere")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootMoved), 5000);
        // Not followed (inotify does not say where it went): waited for under its old path, and
        // nothing of it watched any more. The two counters are separate atomics the engine thread
        // stores one after the other (startWaiting() before dropSubtree()), so a stats() taken in
        // between sees the root waiting and its watches not yet dropped: wait for both.
        QTRY_VERIFY_WITH_TIMEOUT(cap.monitor.stats().waitingRoots == 1
                                     && cap.monitor.stats().watchedDirectories == 0, 5000);
        QCOMPARE(cap.monitor.stats().waitingRoots, qint64(1));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(0));
        QVERIFY(cap.monitor.isRunning());
        QCOMPARE(cap.problem(MonitorProblem::RootMoved)->path, QFile::encodeName(sub(parent, "root")));
    }

    void unmountIsReported()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root: mounts a tmpfs inside the watched tree");
        TempTree dir{"mnt"};
        QVERIFY(dir.isValid());
        const QByteArray mnt = QFile::encodeName(sub(dir, "mnt"));
        ScopedMount mount = ScopedMount::tmpfs(sub(dir, "mnt"), "1m"); // never left behind
        QVERIFY(mount.isMounted());
        QVERIFY(::mkdir((mnt + "/inner").constData(), 0755) == 0);
        EngineCapture cap;
        QVERIFY(cap.start(EngineCapture::options(dir.path())));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(3));
        QVERIFY(mount.unmount());
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::Unmounted), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(cap.has(IN_UNMOUNT), cap.dump(), 5000);
        // The tmpfs watches are gone; the directory it covered is watched in their place.
        QTRY_VERIFY_WITH_TIMEOUT(watchedInodes().contains(inodeOf(sub(dir, "mnt"))), 5000);
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(2));
        QVERIFY(cap.monitor.isRunning());
        QVERIFY(touch(sub(dir, "mnt/now-on-the-parent-fs")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, sub(dir, "mnt/now-on-the-parent-fs")), 5000);
    }
};

QTEST_GUILESS_MAIN(tst_InotifyMonitor)
#include "tst_inotifymonitor.moc"
