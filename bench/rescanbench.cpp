// fsnoop-rescanbench: what the exact rescan after a queue overflow costs (issue 13's budgets:
// <= 48 bytes per known entry, a rescan of a 100,000-entry tree in <= 1 s).
//
//   fsnoop-rescanbench [--entries N] [--base DIR] [--real DIR]
//
// 1. Bytes per known entry: KnownEntries filled exactly as the engine fills it (one getdents64
//    listing per directory, DirectoryScanner), on a generated tree of N entries (directories of
//    one subdirectory and 9 files, names like a build tree's) and, with --real, on a real tree
//    (e.g. /usr: real names, real repetition). Prints the structure's own accounting and the growth
//    of resident memory, which also counts allocator overhead.
// 2. Rescan time (root only: lowers /proc/sys/fs/inotify/max_queued_events to 16 for the moment
//    the monitor starts, then restores it): the real InotifyMonitor watches the generated tree,
//    the bench makes files until the queue overflows, and times from there to the QueueOverflow
//    problem that closes the rescan (reading the queue, listing every directory, comparing).
//
// Never run by ctest.

#include "benchoptions.h"
#include "residentmemory.h"
#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "core/uniquefd.h"
#include "core/watchoptions.h"
#include "inotify/directoryscanner.h"
#include "inotify/inotifymonitor.h"
#include "inotify/knownentries.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

// Directories chained 100 deep per branch, each with 9 files: `entries` entries in all.
qint64 makeTree(const QByteArray &root, qint64 entries)
{
    qint64 made = 0;
    static const char *kNames[] = {"main.c", "util.c", "Makefile", "README.md", "config.h",
                                   "index.js", "package.json", "test.py", "data.bin"};
    QByteArray dir = root;
    for (qint64 d = 0; made < entries; ++d) {
        if (d % 100 == 0)
            dir = root + "/branch" + QByteArray::number(d / 100);
        else
            dir += "/sub" + QByteArray::number(d % 7);
        if (::mkdir(dir.constData(), 0755) != 0)
            return made;
        ++made;
        for (int f = 0; f < 9 && made < entries; ++f) {
            const QByteArray name = d % 3 == 0 ? QByteArray(kNames[f]) : "obj" + QByteArray::number(made) + ".o";
            const int fd = ::open((dir + '/' + name).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            if (fd < 0)
                return made;
            ::close(fd);
            ++made;
        }
    }
    return made;
}

void bytesPerEntry(const char *label, const QByteArray &root)
{
    const long rssBefore = residentKiB();
    auto known = std::make_unique<KnownEntries>();
    DirectoryScanner scanner;
    std::vector<QByteArray> stack{root};
    int wd = 0;
    qint64 dirs = 0;
    while (!stack.empty()) {
        const QByteArray dir = stack.back();
        stack.pop_back();
        const UniqueFd fd(::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW));
        if (!fd.isValid())
            continue;
        ++wd;
        ++dirs;
        scanner.list(fd.get(), [&](QByteArrayView name, DirectoryScanner::Kind kind, quint64 ino) {
            const bool isDir = kind == DirectoryScanner::Kind::Directory;
            known->put(wd, known->nameId(name), isDir, ino);
            if (isDir)
                stack.push_back(dir + '/' + name.toByteArray());
        });
    }
    const qint64 n = known->size();
    const long rssAfter = residentKiB();
    std::printf("| %s | %lld | %lld | %.1f | %.1f |\n", label, static_cast<long long>(n),
                static_cast<long long>(dirs), n ? double(known->memoryUsage()) / double(n) : 0.0,
                n ? double(rssAfter - rssBefore) * 1024.0 / double(n) : 0.0);
}

bool writeSysctl(const char *file, const QByteArray &value)
{
    QFile f(QString::fromLatin1(file));
    return f.open(QIODevice::WriteOnly) && f.write(value + '\n') > 0;
}

void rescanTime(const QByteArray &root, qint64 entries)
{
    if (::geteuid() != 0) {
        std::printf("rescan time: skipped (needs root to lower max_queued_events)\n");
        return;
    }
    const char *kQueued = "/proc/sys/fs/inotify/max_queued_events";
    QFile old(QString::fromLatin1(kQueued));
    if (!old.open(QIODevice::ReadOnly))
        return;
    const QByteArray saved = old.readAll().trimmed();

    auto paths = std::make_shared<PathTable>();
    InotifyMonitor monitor(paths);
    QEventLoop loop;
    bool setUp = false;
    bool rescanned = false;
    MonitorProblem found;
    QObject::connect(&monitor, &EventSource::setupFinished, &loop, [&] {
        setUp = true;
        loop.quit();
    });
    QObject::connect(&monitor, &EventSource::problem, &loop, [&](const MonitorProblem &p) {
        if (p.kind == MonitorProblem::QueueOverflow && p.rescanned) {
            found = p;
            rescanned = true;
            loop.quit();
        }
    });
    WatchOptions o;
    o.roots = {root};
    QElapsedTimer setup;
    setup.start();
    const bool ok = writeSysctl(kQueued, "16");
    const bool started = ok && monitor.start(o); // the queue size is taken here
    writeSysctl(kQueued, saved);
    if (!started) {
        std::printf("rescan time: could not start (%s)\n", ok ? "monitor" : "sysctl");
        return;
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!setUp)
        loop.exec();
    const qint64 setupMs = setup.elapsed();

    QElapsedTimer t;
    for (int attempt = 0; attempt < 5 && !rescanned; ++attempt) {
        // Files in the root, faster than one reader wake-up drains 16 events.
        t.start();
        for (int i = 0; i < 200; ++i) {
            const QByteArray f = root + "/overflow-" + QByteArray::number(attempt) + '-' + QByteArray::number(i);
            const int fd = ::open(f.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            if (fd >= 0)
                ::close(fd);
        }
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const qint64 ms = t.elapsed();
    monitor.stop();
    if (!rescanned) {
        std::printf("rescan time: no overflow happened\n");
        return;
    }
    std::printf("| rescan of %lld entries (%lld watched dirs) | %lld ms | set-up walk %lld ms | "
                "found %lld created, %lld deleted |\n",
                static_cast<long long>(entries), static_cast<long long>(monitor.stats().watchedDirectories),
                static_cast<long long>(ms), static_cast<long long>(setupMs),
                static_cast<long long>(found.created), static_cast<long long>(found.deleted));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const BenchOptions options(argc, argv);
    const qint64 entries = options.number("--entries", 100000);
    const QString fastTemp = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                           : QDir::tempPath();
    const QString base = QString::fromLocal8Bit(options.text("--base", QFile::encodeName(fastTemp).constData()));
    const QByteArray real = options.text("--real", "");
    QTemporaryDir dir(base + QStringLiteral("/fsnoop-rescanbench-XXXXXX"));
    if (!dir.isValid())
        return 1;
    const QByteArray root = QFile::encodeName(dir.path()) + "/tree";
    ::mkdir(root.constData(), 0755);
    const qint64 made = makeTree(root, entries);
    std::printf("| tree | known entries | directories | bytes/entry (own accounting) | bytes/entry (RSS growth) |\n|---|---|---|---|---|\n");
    bytesPerEntry("generated", root);
    if (!real.isEmpty())
        bytesPerEntry(real.constData(), real);
    std::printf("\n");
    rescanTime(root, made);
    return 0;
}
