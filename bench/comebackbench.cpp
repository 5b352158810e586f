// fsnoop-comebackbench: what following roots that come back and mounts that change costs.
//
//   fsnoop-comebackbench [--rounds N] [--files N] [--base DIR]
//
// 1. Return latency: the real InotifyMonitor watches DIR/build; each round deletes it
//    (rm -rf, --files files inside), makes it again with --files files, and times from the
//    mkdir to the RootBack notice (the root watched again and scanned). Median and slowest.
// 2. Mount table: the time to read and parse /proc/self/mountinfo (what the engine does on every
//    POLLPRI) for this machine's table and for a synthetic 5,000-mount one.
//
// Never run by ctest.

#include "benchoptions.h"
#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "core/watchoptions.h"
#include "inotify/inotifymonitor.h"
#include "inotify/mountwatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

bool makeFiles(const QByteArray &dir, int files)
{
    if (::mkdir(dir.constData(), 0755) != 0)
        return false;
    for (int i = 0; i < files; ++i) {
        const QByteArray f = dir + "/f" + QByteArray::number(i) + ".o";
        const int fd = ::open(f.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        ::close(fd);
    }
    return true;
}

double msOf(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const BenchOptions options(argc, argv);
    const int rounds = int(options.number("--rounds", 100));
    const int files = int(options.number("--files", 100));
    const QString base = QString::fromLocal8Bit(options.text("--base", "/dev/shm"));
    QTemporaryDir tmp(base + QStringLiteral("/fsnoop-comebackbench-XXXXXX"));
    if (!tmp.isValid())
        return 1;
    const QByteArray root = QFile::encodeName(tmp.path()) + "/build";
    if (!makeFiles(root, files))
        return 1;

    auto paths = std::make_shared<PathTable>();
    InotifyMonitor monitor(paths);
    int backs = 0;
    QObject::connect(&monitor, &EventSource::problem, [&](const MonitorProblem &p) {
        backs += p.kind == MonitorProblem::RootBack;
    });
    WatchOptions o;
    o.roots = {root};
    QEventLoop loop;
    QObject::connect(&monitor, &EventSource::setupFinished, &loop, &QEventLoop::quit);
    if (!monitor.start(o))
        return 1;
    loop.exec();

    std::vector<qint64> latencies;
    for (int r = 0; r < rounds; ++r) {
        if (!QDir(QFile::decodeName(root)).removeRecursively())
            return 1;
        // Deleted and waited for: then the return alone is timed.
        QElapsedTimer wait;
        wait.start();
        while (monitor.stats().waitingRoots != 1 && wait.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QElapsedTimer t;
        t.start();
        if (!makeFiles(root, files))
            return 1;
        while (backs <= r && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        if (backs <= r) {
            std::fprintf(stderr, "round %d: the root was not watched again\n", r);
            return 1;
        }
        latencies.push_back(t.nsecsElapsed());
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("return: %d rounds of rm -rf + mkdir with %d files: median %.2f ms, slowest %.2f ms "
                "(mkdir to 'watching again', scan included); %lld events recorded\n",
                rounds, files, msOf(latencies[latencies.size() / 2]), msOf(latencies.back()),
                static_cast<long long>(monitor.stats().eventsRecorded));
    monitor.stop();

    MountWatcher mounts;
    if (!mounts.start())
        return 1;
    constexpr int kReads = 1000;
    QElapsedTimer t;
    t.start();
    std::size_t points = 0;
    for (int i = 0; i < kReads; ++i)
        points = mounts.mountPoints().size();
    std::printf("mountinfo: read and parse of this machine's table (%zu mounts): %.1f us\n", points,
                double(t.nsecsElapsed()) / kReads / 1e3);
    QByteArray big;
    for (int i = 0; i < 5000; ++i)
        big += QByteArray::number(100 + i) + " 1 0:" + QByteArray::number(40 + i)
            + " / /srv/containers/c" + QByteArray::number(i)
            + "/rootfs rw,relatime shared:1 - overlay overlay rw,lowerdir=/a,upperdir=/b\n";
    t.restart();
    for (int i = 0; i < 100; ++i)
        points = MountWatcher::parse(big).size();
    std::printf("mountinfo: parse of a synthetic table (%zu mounts): %.2f ms\n", points,
                double(t.nsecsElapsed()) / 100 / 1e6);
    return 0;
}
