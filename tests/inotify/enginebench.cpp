// Rough figures for the engine's hot paths, for bench_engine.py (not run by ctest; the full
// comparison lives in bench/). Prints one line of key=value pairs.
//
//   engine_bench PATH [EXPECTED_EVENTS] [EVENTS]
//
// Starts an InotifyMonitor on PATH, reports the set-up time, then prints READY on stdout and
// counts events until EXPECTED_EVENTS arrived (or 3 s without any), reporting the CPU time the
// whole process spent on them.
#include "inotify/inotifymonitor.h"
#include "core/pathtable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {
double cpuSeconds()
{
    rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
        + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: engine_bench PATH [EXPECTED_EVENTS] [EVENTS]\n");
        return 2;
    }
    const qint64 expected = argc > 2 ? QByteArray(argv[2]).toLongLong() : 0;
    WatchOptions options;
    options.roots = {QByteArray(argv[1])};
    if (argc > 3)
        options.events = EventNames::parseList(QString::fromLatin1(argv[3]));

    auto paths = std::make_shared<PathTable>();
    InotifyMonitor monitor(paths);
    QElapsedTimer wall;
    QElapsedTimer idle;
    double cpuAtReady = 0;
    qint64 events = 0, overflows = 0, dirEvents = 0;
    QObject::connect(&monitor, &EventSource::eventsReady, &app, [&](const FsEventBatch &b) {
        events += b.size();
        for (const FsEvent &e : b) {
            overflows += e.isOverflow();
            dirEvents += e.isDir();
        }
        idle.restart();
        if (expected > 0 && events >= expected)
            app.quit();
    });
    QObject::connect(&monitor, &EventSource::setupFinished, &app, [&](qint64 watched, qint64 unwatched) {
        std::printf("setup_ms=%lld watched=%lld unwatched=%lld setup_cpu_s=%.3f self_dir_events=%lld\n",
                    qint64(wall.elapsed()), watched, unwatched, cpuSeconds(), dirEvents);
        std::printf("READY\n");
        std::fflush(stdout);
        cpuAtReady = cpuSeconds();
        idle.start();
        if (expected == 0)
            app.quit();
    });
    QTimer idleCheck;
    QObject::connect(&idleCheck, &QTimer::timeout, &app, [&] {
        if (idle.isValid() && idle.elapsed() > 3000)
            app.quit();
    });
    idleCheck.start(200);
    wall.start();
    if (!monitor.start(options))
        return 1;
    app.exec();
    const double cpu = cpuSeconds() - cpuAtReady;
    monitor.stop();
    std::printf("events=%lld overflows=%lld capture_cpu_s=%.3f ns_per_event=%.0f\n", events,
                overflows, cpu, events ? cpu * 1e9 / double(events) : 0.0);
    return 0;
}
