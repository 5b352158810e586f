#include "enginecapture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <sys/inotify.h>

namespace {

[[maybe_unused]] bool isRoot()
{
    return ::geteuid() == 0;
}

QString sub(const QTemporaryDir &d, const char *rel)
{
    return d.path() + QLatin1Char('/') + QLatin1String(rel);
}

bool mkdirs(const QString &path)
{
    return QDir().mkpath(path);
}

// Runs `fn` on the monitor's reader thread and blocks it there for `ms` milliseconds: the kernel
// keeps queueing meanwhile, exactly like a reader that cannot keep up.
[[maybe_unused]] void stallReader(InotifyMonitor &monitor, int ms)
{
    QThread *reader = monitor.findChild<QThread *>();
    QVERIFY(reader);
    auto *blocker = new QObject;
    blocker->moveToThread(reader);
    QMetaObject::invokeMethod(blocker, [blocker, ms] {
        QThread::msleep(ulong(ms));
        delete blocker;
    }, Qt::QueuedConnection);
}

} // namespace

class tst_InotifyMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEventType()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(mkdirs(sub(dir, "gone")));
        QVERIFY(mkdirs(sub(dir, "moving")));
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
        QVERIFY(cap.has(IN_DELETE_SELF, sub(dir, "gone")));
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
        QTemporaryDir dir;
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
        QCOMPARE(cap.monitor.stats().overflows, qint64(0));
        QCOMPARE(cap.monitor.stats().watchedDirectories, qint64(1 + kRounds + kRounds / 10));
    }

    void renamedDirectoryCarriesNewPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(mkdirs(sub(dir, "a/inner/deeper")));
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
        QTemporaryDir outside;
        QTemporaryDir dir;
        QVERIFY(dir.isValid() && outside.isValid());
        QVERIFY(mkdirs(sub(outside, "tree/sub")));
        QVERIFY(touch(sub(outside, "tree/sub/file")));
        QVERIFY(mkdirs(sub(dir, "leaving")));
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

    void deletedRootStops()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString root = sub(parent, "root");
        const QString other = sub(parent, "other");
        QVERIFY(mkdirs(root + QLatin1String("/a/b")));
        QVERIFY(mkdirs(other));
        EngineCapture cap;
        WatchOptions o = EngineCapture::options(root);
        o.roots.append(QFile::encodeName(other));
        QVERIFY(cap.start(o));
        QVERIFY(QDir(root).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(cap.hasProblem(MonitorProblem::RootDeleted), 5000);
        QCOMPARE(cap.problem(MonitorProblem::RootDeleted)->path, QFile::encodeName(root));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_DELETE_SELF, root), 5000);
        // The other root still runs.
        QVERIFY(touch(other + QLatin1String("/alive")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE, other + QLatin1String("/alive")), 5000);
        QVERIFY(cap.monitor.isRunning());
        QCOMPARE(cap.stopped.count(), 0);
        // Recreating the deleted root does not resurrect it; deleting the last root stops.
        QVERIFY(mkdirs(root));
        QVERIFY(QDir(other).removeRecursively());
        QVERIFY(cap.stopped.wait(5000));
        QVERIFY(!cap.monitor.isRunning());
        QCOMPARE(cap.stopped.count(), 1);
    }

    void excludedDirectoryGetsNoWatch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(mkdirs(sub(dir, "keep/inner")));
        QVERIFY(mkdirs(sub(dir, "skip.cache/inner")));
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
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(mkdirs(sub(dir, "src")));
        EngineCapture cap;
        WatchOptions o = EngineCapture::options(dir.path(), IN_CLOSE_WRITE);
        o.includes = {QRegularExpression(QStringLiteral("\\.cpp$"))};
        QVERIFY(cap.start(o));
        QVERIFY(touch(sub(dir, "src/a.txt")));
        QVERIFY(touch(sub(dir, "src/a.cpp")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, sub(dir, "src/a.cpp")), 5000);
        QVERIFY(!cap.has(IN_CLOSE_WRITE, sub(dir, "src/a.txt")));
    }
};

QTEST_GUILESS_MAIN(tst_InotifyMonitor)
#include "tst_inotifymonitor.moc"
