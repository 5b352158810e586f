// fanotify mode as faithful as inotify mode, on the real kernel and real filesystems (as root):
// directories that arrive with contents, self events of directories already gone, the
// filesystems fanotify handles differently, and a record replayed over the starting tree.
#include "fanotify/fanotifysource.h"
#include "inotify/inotifymonitor.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "lib/needsroot.h"
#include "lib/treesnapshot.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {

// A shell command in a child process: the helper ignores the test process itself (it is the
// helper's parent, whose own file activity never feeds back).
bool sh(const QString &command)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << command << p.readAllStandardError();
        return false;
    }
    return true;
}

QString canonical(const QString &path)
{
    return QDir(path).canonicalPath();
}

// A source on `root` collecting every row and problem.
struct Capture
{
    Capture() { source.setHelperProgram(QStringLiteral(FSNOOP_HELPER_PATH)); }

    // By default without the kinds every read causes (open, access, close_nowrite).
    bool start(const QString &root, quint32 events = EventNames::allEvents() & ~quint32(IN_ACCESS | IN_OPEN | IN_CLOSE_NOWRITE))
    {
        WatchOptions o;
        o.backend = WatchOptions::Backend::Fanotify;
        o.roots = {QFile::encodeName(root)};
        o.events = events;
        QObject::connect(&source, &EventSource::eventsReady, &source, [this](const FsEventBatch &b) { rows += b; });
        QObject::connect(&source, &EventSource::problem, &source,
                         [this](const MonitorProblem &p) { problems.append(p); });
        QSignalSpy ready(&source, &FanotifySource::helperReady);
        return source.start(o) && ready.wait(5000);
    }
    void stop()
    {
        QSignalSpy stopped(&source, &EventSource::stopped);
        source.stop();
        stopped.wait(5000);
    }

    int count(quint32 mask, const QString &path, int source = -1) const
    {
        const QByteArray p = QFile::encodeName(path);
        int n = 0;
        for (const FsEvent &e : rows)
            n += (e.mask & mask) == mask && paths->path(e.pathId) == p && (source < 0 || e.source == source);
        return n;
    }
    const FsEvent *find(quint32 mask, const QString &path) const
    {
        const QByteArray p = QFile::encodeName(path);
        for (const FsEvent &e : rows) {
            if ((e.mask & mask) == mask && paths->path(e.pathId) == p)
                return &e;
        }
        return nullptr;
    }
    const MonitorProblem *problem(MonitorProblem::Kind kind) const
    {
        for (const MonitorProblem &p : problems) {
            if (p.kind == kind)
                return &p;
        }
        return nullptr;
    }
    // How many problems of `kind` name `path`.
    int said(MonitorProblem::Kind kind, const QString &path) const
    {
        int n = 0;
        for (const MonitorProblem &p : problems)
            n += p.kind == kind && p.path == QFile::encodeName(path);
        return n;
    }
    // Every row so far has been read: a marker file made after them has arrived.
    bool sync(const QString &root)
    {
        const QString marker = root + QStringLiteral("/.sync%1").arg(++syncs);
        if (!sh(QStringLiteral("touch '%1' && rm '%1'").arg(marker)))
            return false;
        return QTest::qWaitFor([&] { return count(IN_DELETE, marker) == 1; }, 5000);
    }

    // The rows so far replayed over `start`, the tree at `root` when the capture started,
    // compared with the tree there now: empty when they are the same and every row applied.
    QByteArray replayDifference(const QString &root, const RecordReplayer::Tree &start) const
    {
        RecordReplayer replay(QFile::encodeName(root), start);
        for (const FsEvent &e : rows)
            replay.apply(e.mask, e.cookie, paths->path(e.pathId));
        const RecordReplayer::Tree want = snapshot(root);
        if (replay.tree() != want)
            return difference(replay.tree(), want);
        if (replay.inconsistencies() != 0)
            return QByteArray::number(replay.inconsistencies()) + " rows did not apply";
        return {};
    }

    std::shared_ptr<PathTable> paths = std::make_shared<PathTable>();
    ProcessTable processes;
    FanotifySource source{paths, processes};
    FsEventBatch rows;
    QList<MonitorProblem> problems;
    int syncs = 0;
};

// A temporary folder for a test that mounts filesystems in it, by its canonical path (the kernel
// reports resolved paths). What the test mounts there, by mount(8) in a child process as a person
// would, is lazily unmounted, last first, before the folder is removed.
class Mounts
{
public:
    ~Mounts()
    {
        for (auto it = m_points.crbegin(); it != m_points.crend(); ++it)
            ::umount2(QFile::encodeName(*it).constData(), MNT_DETACH);
    }

    // The path of `relative` in the folder ("" for the folder itself).
    QString path(const char *relative) const
    {
        return *relative ? m_base + QLatin1Char('/') + QLatin1String(relative) : m_base;
    }

    // Each on a folder that exists.
    bool tmpfs(const QString &at)
    {
        return mounted(at, sh(QStringLiteral("mount -t tmpfs fsnoop-test %1").arg(at)));
    }
    // `source` shown at `at` too.
    bool bind(const QString &source, const QString &at)
    {
        return mounted(at, sh(QStringLiteral("mount --bind %1 %2").arg(source, at)));
    }
    // An overlay at `at` of the folders lower, upper and work in `layers`.
    bool overlay(const QString &at, const QString &layers)
    {
        return mounted(at, sh(QStringLiteral("mount -t overlay overlay -o lowerdir=%2/lower,upperdir=%2/upper,workdir=%2/work %1").arg(at, layers)));
    }
    // The layers of an overlay in path("layers"), on a tmpfs of their own: overlayfs wants upper
    // and work on one filesystem with d_type and xattrs, which a tmpfs is whatever /tmp is
    // (Documentation/filesystems/overlayfs.rst). `fillLower`, a shell command run in the lower
    // layer, puts there what the overlay shows at first.
    bool overlayLayers(const char *fillLower)
    {
        const QString layers = path("layers");
        return sh(QStringLiteral("mkdir %1").arg(layers)) && tmpfs(layers)
            && sh(QStringLiteral("cd %1 && mkdir lower upper work && cd lower && %2").arg(layers, QLatin1String(fillLower)));
    }
    // Mounted by the test itself (a loop device, FUSE): unmounted at the end too.
    void add(const QString &at) { m_points << at; }

private:
    bool mounted(const QString &at, bool ok)
    {
        if (ok)
            m_points << at;
        return ok;
    }

    QTemporaryDir m_dir;
    const QString m_base = canonical(m_dir.path());
    QStringList m_points;
};

} // namespace

class tst_FanotifyFaithful : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        FSNOOP_SKIP_UNLESS_ROOT("the helper and the mounts need root; run the suite as root, as CI does");
    }

    void movedInDirectoryIsListed()
    {
        QTemporaryDir dir;
        const QString tree = canonical(dir.path()) + QStringLiteral("/tree");
        const QString out = canonical(dir.path()) + QStringLiteral("/out");
        QVERIFY(sh(QStringLiteral("mkdir -p %1 %2/d/sub/deeper && touch %2/d/f1 %2/d/sub/f2 %2/d/sub/deeper/f3")
                       .arg(tree, out)));
        Capture c;
        QVERIFY(c.start(tree));
        QVERIFY(sh(QStringLiteral("mv %1/d %2/d").arg(out, tree)));
        QTRY_VERIFY_WITH_TIMEOUT(c.count(IN_CREATE, tree + QStringLiteral("/d/sub/deeper/f3")) == 1, 5000);
        const FsEvent *movedTo = c.find(IN_MOVED_TO | IN_ISDIR, tree + QStringLiteral("/d"));
        QVERIFY(movedTo);
        QCOMPARE(movedTo->source, quint8(FsEvent::Fanotify));
        QVERIFY(movedTo->pid > 0); // the kernel's row, with who moved it
        for (const char *path : {"/d/f1", "/d/sub", "/d/sub/f2", "/d/sub/deeper", "/d/sub/deeper/f3"})
            QCOMPARE(c.count(IN_CREATE, tree + QLatin1String(path), FsEvent::Scan), 1);
        // The scan rows come right after the move, before anything later.
        qsizetype moveRow = -1;
        for (qsizetype i = 0; i < c.rows.size(); ++i) {
            if (&c.rows[i] == movedTo)
                moveRow = i;
        }
        QVERIFY(moveRow >= 0 && moveRow + 5 < c.rows.size());
        for (qsizetype i = moveRow + 1; i <= moveRow + 5; ++i)
            QCOMPARE(c.rows[i].source, quint8(FsEvent::Scan));
        QVERIFY2(c.problems.isEmpty(), qPrintable(QString::number(c.problems.value(0).kind)));
    }

    void createdDirectoryIsRecordedOnce()
    {
        // mkdir and its contents in quick succession, many times: the listing of each new
        // directory and the kernel both see its early entries; each creation is one row.
        QTemporaryDir dir;
        const QString tree = canonical(dir.path());
        Capture c;
        QVERIFY(c.start(tree));
        QVERIFY(sh(QStringLiteral("cd %1 && for i in $(seq 1 40); do mkdir n$i && touch n$i/a n$i/b && mkdir n$i/s && touch n$i/s/c; done")
                       .arg(tree)));
        QVERIFY(c.sync(tree));
        for (int i = 1; i <= 40; ++i) {
            for (const char *name : {"", "/a", "/b", "/s", "/s/c"}) {
                const QString path = tree + QStringLiteral("/n%1").arg(i) + QLatin1String(name);
                QCOMPARE(c.count(IN_CREATE, path), 1);
            }
        }
        // Where the listing was first, the kernel's row took its place: every row names the process.
        for (const FsEvent &e : c.rows) {
            if (e.mask & IN_CREATE)
                QVERIFY2(e.source == FsEvent::Fanotify || e.source == FsEvent::Scan, "unexpected source");
        }
    }

    void selfEventsOfGoneDirectories()
    {
        // A directory's own delete_self / move_self carries its own file handle, which no longer
        // opens once it is gone (ESTALE): the row names its last known path instead of vanishing.
        QTemporaryDir dir;
        const QString tree = canonical(dir.path());
        Capture c;
        QVERIFY(c.start(tree));
        // Each step read before the next: the helper learns a directory while it exists.
        for (const char *step : {"mkdir e m", "rmdir e", "mv m m2", "rmdir m2"}) {
            QVERIFY(sh(QStringLiteral("cd %1 && %2").arg(tree, QLatin1String(step))));
            QVERIFY(c.sync(tree));
        }
        QCOMPARE(c.count(IN_DELETE_SELF | IN_ISDIR, tree + QStringLiteral("/e")), 1);
        QCOMPARE(c.count(IN_MOVE_SELF | IN_ISDIR, tree + QStringLiteral("/m2")), 1);
        QCOMPARE(c.count(IN_DELETE_SELF | IN_ISDIR, tree + QStringLiteral("/m2")), 1);
    }

    void filesystems_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("note");      // MonitorProblem::Kind expected, None for none
        QTest::addColumn<bool>("fallback"); // watched with inotify (rows without a process)
        QTest::newRow("tmpfs") << "tmpfs" << int(MonitorProblem::None) << false;
        QTest::newRow("btrfs subvolume") << "btrfs" << int(MonitorProblem::SubvolumeWatched) << false;
        // Mounted on its own (subvol=), as distributions mount /home: no path has the filesystem's
        // fsid, fanotify answers EXDEV, and inotify takes over.
        QTest::newRow("btrfs subvolume mounted alone") << "btrfs-alone" << int(MonitorProblem::InotifyFallback) << true;
        QTest::newRow("overlay") << "overlay" << int(MonitorProblem::OverlayFilesystem) << true;
        QTest::newRow("fuse (bindfs)") << "fuse" << int(MonitorProblem::FuseFilesystem) << true;
    }

    void filesystems()
    {
        QFETCH(QString, kind);
        QFETCH(int, note);
        QFETCH(bool, fallback);
        Mounts mounts;
        const QString base = mounts.path("");
        QString root;
        if (kind == QLatin1String("tmpfs")) {
            root = base + QStringLiteral("/t");
            QVERIFY(sh(QStringLiteral("mkdir %1").arg(root)));
            QVERIFY(mounts.tmpfs(root));
        } else if (kind.startsWith(QLatin1String("btrfs"))) {
            if (QStandardPaths::findExecutable(QStringLiteral("mkfs.btrfs")).isEmpty())
                QFAIL("mkfs.btrfs is missing: install btrfs-progs (packaging/debian-packages.txt)");
            const QString top = base + QStringLiteral("/b");
            QVERIFY(sh(QStringLiteral("truncate -s 120M %1/b.img && mkfs.btrfs -q %1/b.img && mkdir %2 && mount -o loop %1/b.img %2")
                           .arg(base, top)));
            mounts.add(top);
            QVERIFY(sh(QStringLiteral("btrfs -q subvolume create %1/sub").arg(top)));
            root = top + QStringLiteral("/sub");
            if (kind == QLatin1String("btrfs-alone")) {
                root = base + QStringLiteral("/alone");
                // The same loop device: btrfs refuses a second device with the same fsid.
                QVERIFY(sh(QStringLiteral("mkdir %1 && mount -o subvol=sub \"$(findmnt -no SOURCE %2)\" %1").arg(root, top)));
                mounts.add(root);
            }
        } else if (kind == QLatin1String("overlay")) {
            root = base + QStringLiteral("/merged");
            QVERIFY(sh(QStringLiteral("cd %1 && mkdir lower upper work merged").arg(base)));
            QVERIFY(mounts.overlay(root, base));
        } else {
            if (QStandardPaths::findExecutable(QStringLiteral("bindfs")).isEmpty())
                QFAIL("bindfs is missing (packaging/debian-packages.txt)");
            QVERIFY(sh(QStringLiteral("cd %1 && mkdir src view && bindfs src view").arg(base)));
            root = base + QStringLiteral("/view");
            mounts.add(root);
        }

        Capture c;
        QVERIFY(c.start(root));
        QVERIFY(sh(QStringLiteral("mkdir %1/d && echo x > %1/d/f").arg(root)));
        QTRY_VERIFY_WITH_TIMEOUT(c.count(IN_CREATE, root + QStringLiteral("/d/f")) == 1, 5000);
        const FsEvent *create = c.find(IN_CREATE, root + QStringLiteral("/d/f"));
        QCOMPARE(create->source == FsEvent::Inotify || create->source == FsEvent::Scan, fallback);
        QCOMPARE(create->pid > 0, !fallback);

        QList<int> kinds;
        for (const MonitorProblem &p : c.problems)
            kinds << int(p.kind);
        if (note == MonitorProblem::None) {
            QVERIFY2(kinds.isEmpty(), qPrintable(QString::number(kinds.value(0))));
            return;
        }
        const MonitorProblem *p = c.problem(MonitorProblem::Kind(note));
        QVERIFY2(p, qPrintable(QStringLiteral("kinds %1").arg(kinds.size())));
        QCOMPARE(p->path, QFile::encodeName(root));
        if (note == MonitorProblem::SubvolumeWatched)
            QCOMPARE(p->detail, QFile::encodeName(base + QStringLiteral("/b")));
        QCOMPARE(kinds.count(note), 1); // said once, though the inotify fallback says it too
        const MonitorProblem *fell = c.problem(MonitorProblem::InotifyFallback);
        QCOMPARE(fell != nullptr, fallback);
        if (fell) {
            QCOMPARE(fell->path, QFile::encodeName(root));
            QVERIFY(fell->errnum != 0);
        }
        c.stop();

        // inotify mode says the same about the filesystem itself (the other notes are about how
        // fanotify marks it).
        InotifyMonitor inotify(std::make_shared<PathTable>());
        QList<MonitorProblem> said;
        QObject::connect(&inotify, &EventSource::problem,
                         [&said](const MonitorProblem &p) { said.append(p); });
        WatchOptions o;
        o.roots = {QFile::encodeName(root)};
        QVERIFY(inotify.start(o));
        inotify.stop();
        const bool aboutTheFilesystem = note == MonitorProblem::RemoteFilesystem
            || note == MonitorProblem::FuseFilesystem || note == MonitorProblem::OverlayFilesystem;
        QCOMPARE(said.size(), aboutTheFilesystem ? 1 : 0);
        if (aboutTheFilesystem) {
            QCOMPARE(int(said.first().kind), note);
            QCOMPARE(said.first().path, QFile::encodeName(root));
        }
    }

    void mountedFilesystemIsFollowed()
    {
        // A tmpfs mounted in the tree during the capture and written to by child processes, and a
        // filled tmpfs bind-mounted in: everything is recorded, with the process, and what the
        // second held shows as `scan` rows; the record replayed over the starting tree gives the
        // final tree. Then a plain umount (nothing of ours holds it busy) is said.
        Mounts mounts;
        const QString tree = mounts.path("tree");
        const QString pre = mounts.path("pre");
        QVERIFY(sh(QStringLiteral("mkdir -p %1/mnt %1/in %1/keep %2 && touch %1/keep/k").arg(tree, pre)));
        QVERIFY(mounts.tmpfs(pre));
        QVERIFY(sh(QStringLiteral("mkdir %1/sub && touch %1/old1 %1/sub/old2").arg(pre)));
        const RecordReplayer::Tree start = snapshot(tree);
        Capture c;
        QVERIFY(c.start(tree));

        const QString mnt = tree + QStringLiteral("/mnt");
        QVERIFY(mounts.tmpfs(mnt));
        QTRY_VERIFY_WITH_TIMEOUT(c.problem(MonitorProblem::Mounted), 5000);
        QCOMPARE(c.problem(MonitorProblem::Mounted)->path, QFile::encodeName(mnt));
        QVERIFY(sh(QStringLiteral("cd %1 && echo x > f1 && mkdir d && echo y > d/f2 && mv f1 d/f3 && rm d/f2").arg(mnt)));
        QVERIFY(c.sync(tree));
        for (const char *path : {"/f1", "/d", "/d/f2"})
            QCOMPARE(c.count(IN_CREATE, mnt + QLatin1String(path), FsEvent::Fanotify), 1);
        const FsEvent *written = c.find(IN_CLOSE_WRITE, mnt + QStringLiteral("/f1"));
        QVERIFY(written);
        QVERIFY(written->pid > 0);
        QCOMPARE(c.processes.info(written->processId).name, QByteArrayLiteral("sh")); // the shell's own `>`
        const FsEvent *mkdir = c.find(IN_CREATE | IN_ISDIR, mnt + QStringLiteral("/d"));
        QVERIFY(mkdir);
        QCOMPARE(c.processes.info(mkdir->processId).name, QByteArrayLiteral("mkdir"));
        QCOMPARE(c.count(IN_MOVED_TO, mnt + QStringLiteral("/d/f3")), 1);
        QCOMPARE(c.count(IN_DELETE, mnt + QStringLiteral("/d/f2")), 1);

        const QString in = tree + QStringLiteral("/in");
        QVERIFY(mounts.bind(pre, in));
        QTRY_VERIFY_WITH_TIMEOUT(c.count(IN_CREATE, in + QStringLiteral("/sub/old2"), FsEvent::Scan) == 1, 5000);
        for (const char *path : {"/old1", "/sub"})
            QCOMPARE(c.count(IN_CREATE, in + QLatin1String(path), FsEvent::Scan), 1);
        QVERIFY(sh(QStringLiteral("touch %1/new").arg(in)));
        QVERIFY(c.sync(tree));
        const FsEvent *touched = c.find(IN_CREATE, in + QStringLiteral("/new"));
        QVERIFY(touched);
        QCOMPARE(touched->source, quint8(FsEvent::Fanotify));
        QCOMPARE(c.processes.info(touched->processId).name, QByteArrayLiteral("touch"));
        for (const MonitorProblem &p : c.problems)
            QCOMPARE(int(p.kind), int(MonitorProblem::Mounted)); // one for each mount, nothing else
        QCOMPARE(c.problems.size(), 2);

        const QByteArray replayed = c.replayDifference(tree, start);
        QVERIFY2(replayed.isEmpty(), replayed.constData());

        // fanotify says nothing of an unmount; the mount table does, and the capture goes on.
        QVERIFY(sh(QStringLiteral("umount %1").arg(mnt)));
        QTRY_VERIFY_WITH_TIMEOUT(c.problem(MonitorProblem::Unmounted), 5000);
        QCOMPARE(c.problem(MonitorProblem::Unmounted)->path, QFile::encodeName(mnt));
        QVERIFY(sh(QStringLiteral("touch %1/after").arg(mnt)));
        QVERIFY(c.sync(tree));
        QCOMPARE(c.count(IN_CREATE, mnt + QStringLiteral("/after"), FsEvent::Fanotify), 1);
        // A bind mount's unmount too (inotify mode cannot tell that one: no IN_UNMOUNT for it).
        QVERIFY(sh(QStringLiteral("umount %1").arg(in)));
        QTRY_COMPARE_WITH_TIMEOUT(c.said(MonitorProblem::Unmounted, in), 1, 5000);
        QCOMPARE(c.said(MonitorProblem::Unmounted, mnt), 1);
        QVERIFY(c.source.isRunning());
    }

    void unmarkableMountIsWatchedWithInotify()
    {
        // overlayfs has no file handles for fanotify (EOPNOTSUPP): mounted in the tree during the
        // capture, it is watched with inotify (rows without a process) and the notes say so.
        Mounts mounts;
        const QString tree = mounts.path("tree");
        const QString ov = mounts.path("tree/ov");
        QVERIFY(sh(QStringLiteral("mkdir -p %1").arg(ov)));
        QVERIFY(mounts.overlayLayers("mkdir -p d1/d2 && touch low d1/d2/deep"));
        Capture c;
        QVERIFY(c.start(tree, EventNames::allEvents())); // our listing reads folders inotify watches
        QVERIFY(mounts.overlay(ov, mounts.path("layers")));
        QTRY_VERIFY_WITH_TIMEOUT(c.count(IN_CREATE, ov + QStringLiteral("/d1/d2/deep"), FsEvent::Scan) == 1, 5000);
        for (const char *path : {"/low", "/d1", "/d1/d2"})
            QCOMPARE(c.count(IN_CREATE, ov + QLatin1String(path), FsEvent::Scan), 1);
        for (MonitorProblem::Kind kind : {MonitorProblem::Mounted, MonitorProblem::OverlayFilesystem, MonitorProblem::InotifyFallback}) {
            const MonitorProblem *p = c.problem(kind);
            QVERIFY2(p, qPrintable(QString::number(kind)));
            QCOMPARE(p->path, QFile::encodeName(ov));
        }
        QVERIFY(c.problem(MonitorProblem::InotifyFallback)->errnum != 0);

        QVERIFY(sh(QStringLiteral("cd %1 && echo x > new && mkdir d && touch d/f").arg(ov)));
        QTRY_VERIFY_WITH_TIMEOUT(c.count(IN_CREATE, ov + QStringLiteral("/d/f")) == 1, 5000);
        QVERIFY(c.sync(tree));
        for (const char *path : {"/new", "/d", "/d/f"}) {
            const QString p = ov + QLatin1String(path);
            QCOMPARE(c.count(IN_CREATE, p), 1);
            QVERIFY(c.find(IN_CREATE, p)->source != FsEvent::Fanotify);
            QCOMPARE(c.find(IN_CREATE, p)->processId, ProcessTable::NoProcess);
        }
        // Our own listing of the mount is not in the record; a folder read by someone else is.
        for (const char *path : {"", "/d1", "/d1/d2"})
            QCOMPARE(c.count(IN_OPEN | IN_ISDIR, ov + QLatin1String(path)), 0);
        QVERIFY(sh(QStringLiteral("ls %1/d1 > /dev/null").arg(ov)));
        QTRY_COMPARE_WITH_TIMEOUT(c.count(IN_CLOSE_NOWRITE | IN_ISDIR, ov + QStringLiteral("/d1")), 1, 5000);
        QCOMPARE(c.count(IN_OPEN | IN_ISDIR, ov + QStringLiteral("/d1")), 1);

        // Unmounted: said once, and its inotify source goes; the covered folder is the root's
        // filesystem again, reported by fanotify alone.
        QVERIFY(sh(QStringLiteral("umount %1").arg(ov)));
        QTRY_VERIFY_WITH_TIMEOUT(c.problem(MonitorProblem::Unmounted), 5000);
        QVERIFY(sh(QStringLiteral("touch %1/uncovered").arg(ov)));
        QVERIFY(c.sync(tree));
        QCOMPARE(c.count(IN_CREATE, ov + QStringLiteral("/uncovered")), 1);
        QCOMPARE(c.count(IN_CREATE, ov + QStringLiteral("/uncovered"), FsEvent::Fanotify), 1);
        int unmounted = 0;
        for (const MonitorProblem &p : c.problems)
            unmounted += p.kind == MonitorProblem::Unmounted;
        QCOMPARE(unmounted, 1);
    }

    void filesystemsMountedBeforeStartAreWatched()
    {
        // A tmpfs (a data disk, say) and an overlay mounted in the tree before the capture starts,
        // each holding files already: changes in the tmpfs are rows with the process; the overlay,
        // which fanotify cannot mark, is watched with inotify (rows without a process) and the
        // notes say so, as for a root. What they held at the start is the starting state: no
        // `scan` rows, no `mounted` notice. The record replayed over the starting tree gives the
        // final tree; the unmount of either is said, and the capture goes on.
        Mounts mounts;
        const QString tree = mounts.path("tree");
        const QString data = mounts.path("tree/data");
        const QString ov = mounts.path("tree/ov");
        QVERIFY(sh(QStringLiteral("mkdir -p %1 %2").arg(data, ov)));
        QVERIFY(mounts.tmpfs(data));
        QVERIFY(sh(QStringLiteral("mkdir %1/sub && touch %1/old %1/sub/old2").arg(data)));
        QVERIFY(mounts.overlayLayers("mkdir d1 && touch low d1/deep"));
        QVERIFY(mounts.overlay(ov, mounts.path("layers")));
        const RecordReplayer::Tree start = snapshot(tree);
        QVERIFY(start.count("data/sub/old2") && start.count("ov/d1/deep"));

        Capture c;
        QVERIFY(c.start(tree));
        QVERIFY(sh(QStringLiteral("cd %1 && echo x > f1 && mkdir d && echo y > d/f2 && mv f1 d/f3 && rm d/f2 old && mv sub sub2")
                       .arg(data)));
        QVERIFY(sh(QStringLiteral("cd %1 && echo x > new && mkdir d && touch d/f && rm low && mv d1 d2").arg(ov)));
        // (overlayfs cannot rename a lower directory, EXDEV: mv copies it and removes d1.)
        QTRY_VERIFY_WITH_TIMEOUT(c.count(IN_DELETE | IN_ISDIR, ov + QStringLiteral("/d1")) == 1, 5000);
        QVERIFY(c.sync(tree));

        for (const char *path : {"/f1", "/d", "/d/f2"})
            QCOMPARE(c.count(IN_CREATE, data + QLatin1String(path), FsEvent::Fanotify), 1);
        const FsEvent *mkdir = c.find(IN_CREATE | IN_ISDIR, data + QStringLiteral("/d"));
        QVERIFY(mkdir && mkdir->pid > 0);
        QCOMPARE(c.processes.info(mkdir->processId).name, QByteArrayLiteral("mkdir"));
        const FsEvent *removed = c.find(IN_DELETE, data + QStringLiteral("/old"));
        QVERIFY(removed);
        QCOMPARE(c.processes.info(removed->processId).name, QByteArrayLiteral("rm"));
        QCOMPARE(c.count(IN_MOVED_TO, data + QStringLiteral("/d/f3")), 1);

        for (const char *path : {"/new", "/d", "/d/f"}) {
            const FsEvent *e = c.find(IN_CREATE, ov + QLatin1String(path));
            QVERIFY2(e, path);
            QCOMPARE(c.count(IN_CREATE, ov + QLatin1String(path)), 1);
            QVERIFY(e->source != FsEvent::Fanotify); // inotify's, or its listing of a new folder
            QCOMPARE(e->processId, ProcessTable::NoProcess);
        }
        QCOMPARE(c.count(IN_DELETE, ov + QStringLiteral("/low")), 1);

        // The starting state is not recorded: nothing there at the start is a listing's row (a
        // folder made during the capture may be, as in inotify mode: ov/d, ov/d2).
        const qsizetype inTree = QFile::encodeName(tree).size() + 1;
        for (const FsEvent &e : c.rows) {
            const QByteArray path = c.paths->path(e.pathId);
            QVERIFY2(e.source != FsEvent::Scan || !start.count(path.mid(inTree)), path.constData());
        }
        // The overlay's notes, as a root's would be; nothing about the tmpfs, no `mounted`.
        QCOMPARE(c.problems.size(), 2);
        for (MonitorProblem::Kind kind : {MonitorProblem::OverlayFilesystem, MonitorProblem::InotifyFallback}) {
            const MonitorProblem *p = c.problem(kind);
            QVERIFY2(p, qPrintable(QString::number(kind)));
            QCOMPARE(p->path, QFile::encodeName(ov));
        }
        QVERIFY(c.problem(MonitorProblem::InotifyFallback)->errnum != 0);

        const QByteArray replayed = c.replayDifference(tree, start);
        QVERIFY2(replayed.isEmpty(), replayed.constData());

        // Unmounted during the capture, each is said once (nothing of ours holds the tmpfs busy),
        // and what is written in the uncovered folders is the tree's own filesystem's.
        QVERIFY(sh(QStringLiteral("umount %1 && umount %2").arg(data, ov)));
        QTRY_VERIFY_WITH_TIMEOUT(c.said(MonitorProblem::Unmounted, data) == 1 && c.said(MonitorProblem::Unmounted, ov) == 1, 5000);
        QVERIFY(sh(QStringLiteral("touch %1/after %2/after").arg(data, ov)));
        QVERIFY(c.sync(tree));
        QCOMPARE(c.count(IN_CREATE, data + QStringLiteral("/after"), FsEvent::Fanotify), 1);
        QCOMPARE(c.count(IN_CREATE, ov + QStringLiteral("/after"), FsEvent::Fanotify), 1);
        QCOMPARE(c.count(IN_CREATE, ov + QStringLiteral("/after")), 1);
        QCOMPARE(c.said(MonitorProblem::Unmounted, data) + c.said(MonitorProblem::Unmounted, ov), 2);
        QVERIFY(c.source.isRunning());
    }

    void markedMountsInsideAnUnmarkableRoot()
    {
        // A root fanotify cannot mark (an overlay) is watched with inotify, which crosses mount
        // points; a tmpfs inside it, mounted before the start or during the capture, is marked by
        // the helper: its rows come once, from the helper, with the process, and its mount and
        // unmount are said once.
        Mounts mounts;
        const QString root = mounts.path("root");
        const QString t = mounts.path("root/t");
        const QString m = mounts.path("root/m");
        QVERIFY(mounts.overlayLayers("mkdir t m"));
        QVERIFY(sh(QStringLiteral("mkdir %1").arg(root)));
        QVERIFY(mounts.overlay(root, mounts.path("layers")));
        QVERIFY(mounts.tmpfs(t));
        QVERIFY(sh(QStringLiteral("touch %1/old").arg(t)));
        const RecordReplayer::Tree start = snapshot(root);
        Capture c;
        QVERIFY(c.start(root));
        QVERIFY(sh(QStringLiteral("touch %1/x && rm %1/old && echo y > %2/o").arg(t, root)));
        QVERIFY(mounts.tmpfs(m));
        QTRY_COMPARE_WITH_TIMEOUT(c.said(MonitorProblem::Mounted, m), 1, 5000);
        QVERIFY(sh(QStringLiteral("mkdir %1/d && touch %1/d/y").arg(m)));
        // The overlay's rows come from inotify, the tmpfs's from the helper: wait for both.
        QVERIFY(c.sync(root) && c.sync(t) && c.sync(m));

        for (const QString &path : {t + QStringLiteral("/x"), m + QStringLiteral("/d"), m + QStringLiteral("/d/y")}) {
            QCOMPARE(c.count(IN_CREATE, path), 1);
            QCOMPARE(c.count(IN_CREATE, path, FsEvent::Fanotify), 1);
            QVERIFY(c.find(IN_CREATE, path)->processId != ProcessTable::NoProcess);
        }
        QCOMPARE(c.count(IN_DELETE, t + QStringLiteral("/old")), 1);
        QCOMPARE(c.count(IN_CREATE, root + QStringLiteral("/o")), 1);
        QCOMPARE(c.find(IN_CREATE, root + QStringLiteral("/o"))->processId, ProcessTable::NoProcess);
        const QByteArray replayed = c.replayDifference(root, start);
        QVERIFY2(replayed.isEmpty(), replayed.constData());

        QVERIFY(sh(QStringLiteral("umount %1 && umount %2").arg(t, m)));
        QTRY_VERIFY_WITH_TIMEOUT(c.said(MonitorProblem::Unmounted, t) == 1 && c.said(MonitorProblem::Unmounted, m) == 1, 5000);
        QVERIFY(c.sync(root));
        QCOMPARE(c.said(MonitorProblem::Unmounted, t) + c.said(MonitorProblem::Unmounted, m), 2);
        QCOMPARE(c.said(MonitorProblem::Mounted, m), 1);
        QCOMPARE(c.said(MonitorProblem::Mounted, t), 0);
    }

    void replayEqualsFinalTree()
    {
        // Real tools on a watched tree; the record replayed over the starting tree must give the
        // final tree, exactly. Each step is read before the next (sync), as a person would work.
        QTemporaryDir dir;
        const QString base = canonical(dir.path());
        const QString tree = base + QStringLiteral("/tree");
        const QString out = base + QStringLiteral("/out");
        QVERIFY(sh(QStringLiteral("mkdir -p %1/keep/a %1/old/x %2/src/s1/s2 %2/in/i1 && "
                                  "touch %1/keep/a/k1 %1/old/x/o1 %1/cfg %2/src/f %2/src/s1/g %2/src/s1/s2/h %2/in/i1/j && "
                                  "echo 'one two' > %1/text && tar -C %2 -cf %2/src.tar src")
                       .arg(tree, out)));
        const RecordReplayer::Tree start = snapshot(tree);
        Capture c;
        QVERIFY(c.start(tree));
        const QStringList steps = {
            QStringLiteral("tar -C %1 -xf %2/src.tar"),         // tar: a tree created
            QStringLiteral("cp -a %1/src %1/copy"),              // cp -a within
            QStringLiteral("cp -a %2/src %1/copy2"),             // cp -a from outside
            QStringLiteral("mv %2/in %1/in"),                    // moved in from outside
            QStringLiteral("mv %1/keep %1/copy/kept"),           // moved within
            QStringLiteral("mv %1/old %2/old"),                  // moved out
            QStringLiteral("sed -i s/one/three/ %1/text"),       // sed -i: temp file renamed over
            QStringLiteral("rm -rf %1/copy2/s1"),                // rm -rf
            QStringLiteral("mkdir %1/n && touch %1/n/a && mv %1/n %1/n2 && mv %1/n2 %2/n2"),
            // moved in and on at once: listed where it went, whenever the client gets to it
            QStringLiteral("cp -a %2/src %2/src2 && mv %2/src2 %1/r && mv %1/r %1/r2"),
            QStringLiteral("mkdir -p %1/t/u && touch %1/t/u/v && mv %1/t %1/t2 && rm -rf %1/t2/u"),
        };
        for (const QString &step : steps) {
            QVERIFY(sh(QString(step).replace(QLatin1String("%1"), tree).replace(QLatin1String("%2"), out)));
            QVERIFY(c.sync(tree));
        }
        const QByteArray replayed = c.replayDifference(tree, start);
        QVERIFY2(replayed.isEmpty(), replayed.constData());
        QVERIFY(c.count(IN_CREATE, tree + QStringLiteral("/in/i1/j"), FsEvent::Scan) == 1);
    }
};

QTEST_GUILESS_MAIN(tst_FanotifyFaithful)
#include "tst_fanotifyfaithful.moc"
