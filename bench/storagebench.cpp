// fsnoop-storagebench: bytes per stored event with paths interned, on fsnoop's own Session,
// EventStore and PathTable (the project's target: <= 48 bytes per event).
//
//   fsnoop-storagebench [--events N] [--dirs N] [--files-per-dir N]
//
// Events are spread over dirs * files-per-dir distinct paths (a capture touches the same files
// again and again: 1,000,000 events over 50,000 paths by default), interned the way the monitor
// interns them (parent directory id + name). Prints the structures' own accounting and the growth
// of the process's resident memory, which also counts allocator overhead.

#include "benchoptions.h"
#include "residentmemory.h"
#include "core/fsevent.h"
#include "core/pathtable.h"
#include "core/session.h"

#include <QByteArray>
#include <QList>

#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

namespace {

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

} // namespace

int main(int argc, char **argv)
{
    const BenchOptions options(argc, argv);
    const long events = long(options.number("--events", 1000000));
    const long dirs = long(options.number("--dirs", 2000));
    const long filesPerDir = long(options.number("--files-per-dir", 25));

    const long rssBefore = residentKiB();
    const qint64 start = nowNs();
    {
        Session session;
        PathTable &paths = session.paths();
        const PathTable::Id home = paths.internPath("/home/user/projects/fsnoop-bench");

        std::mt19937 rng(1);
        std::vector<PathTable::Id> dirIds;
        dirIds.reserve(std::size_t(dirs));
        for (long d = 0; d < dirs; ++d) {
            const PathTable::Id parent = d < 16 ? home : dirIds[std::size_t(rng() % dirIds.size())];
            dirIds.push_back(paths.intern(parent, QByteArray("dir-") + QByteArray::number(qlonglong(d))));
        }

        static const quint32 masks[] = {0x100 /*IN_CREATE*/, 0x2 /*IN_MODIFY*/, 0x8 /*IN_CLOSE_WRITE*/,
                                        0x40 /*IN_MOVED_FROM*/, 0x80 /*IN_MOVED_TO*/, 0x200 /*IN_DELETE*/};
        const long batchSize = 512; // a reader-thread flush
        FsEventBatch batch;
        batch.reserve(batchSize);
        for (long i = 0; i < events; ++i) {
            const long d = long(rng() % std::size_t(dirs));
            const long f = long(rng() % std::size_t(filesPerDir));
            FsEvent e;
            e.timeNs = start + i * 1000;
            e.mask = masks[rng() % 6];
            e.pathId = paths.intern(dirIds[std::size_t(d)], QByteArray("file-") + QByteArray::number(qlonglong(f))
                                        + QByteArrayLiteral(".txt"));
            batch.append(e);
            if (batch.size() == batchSize) {
                session.append(batch);
                batch.clear();
            }
        }
        session.append(batch);

        const long rssAfter = residentKiB();
        const std::size_t storeBytes = session.events().memoryUsage();
        const std::size_t pathBytes = paths.memoryUsage();
        const double n = double(session.events().size());
        std::printf("storage: events=%lld paths=%u sizeof(FsEvent)=%zu\n", qlonglong(session.events().size()),
                    paths.size(), sizeof(FsEvent));
        std::printf("storage: store_bytes_per_event=%.1f path_bytes_per_event=%.1f bytes_per_event=%.1f\n",
                    double(storeBytes) / n, double(pathBytes) / n, double(storeBytes + pathBytes) / n);
        std::printf("storage: rss_growth_kib=%ld rss_bytes_per_event=%.1f append_ns_per_event=%.0f\n",
                    rssAfter - rssBefore, double(rssAfter - rssBefore) * 1024.0 / n,
                    double(nowNs() - start) / n);
    }
    return 0;
}
