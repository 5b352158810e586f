// fsnoop-sessiongen: writes a synthetic session file of N events with fsnoop's own SessionFileWriter,
// for the "50 million events" figures of issue 12 (export throughput, reopen), and prints how fast
// the writer itself went (events/s, bytes per event).
//
//   fsnoop-sessiongen OUT.fsnoop [EVENTS=50000000] [FILES=200000]
//
// The session looks like a busy build tree: FILES files spread over 2,000 directories three levels
// deep, each event a create/open/modify/close_write/attrib/delete on one of them or, one in 50, a
// rename (a MOVED_FROM and its MOVED_TO, same cookie, to another file of the tree, as inotify reports a
// rename inside the watched tree; one rename in 1,000 leaves the tree: a lone MOVED_FROM), times
// 20 us apart, one event in 50 with a process (as fanotify would give). Deterministic (fixed seed).
// (Until issue 12's window figures, one event in 10 was a lone MOVED_FROM: 5 million objects
// leaving the tree, which no real capture has and which the rename view then had to list.)
#include "core/pathtable.h"
#include "core/processtable.h"
#include "io/sessionfilewriter.h"
#include "io/sessionmetadata.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <random>
#include <vector>

#include <sys/inotify.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: fsnoop-sessiongen OUT.fsnoop [EVENTS] [FILES]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const qint64 events = argc > 2 ? std::atoll(argv[2]) : 50000000;
    const int files = argc > 3 ? std::atoi(argv[3]) : 200000;

    PathTable paths;
    ProcessTable processes;
    std::vector<quint32> fileIds;
    fileIds.reserve(std::size_t(files));
    for (int i = 0; i < files; ++i) {
        const QByteArray path = "/home/ada/project/src/mod" + QByteArray::number(i % 20) + "/pkg"
            + QByteArray::number(i % 100) + "/dir" + QByteArray::number(i % 2000) + "/file"
            + QByteArray::number(i) + ".cpp";
        fileIds.push_back(paths.internPath(path));
    }
    for (int i = 0; i < 64; ++i) {
        ProcessInfo p;
        p.pid = 1000 + i;
        p.name = QByteArrayLiteral("cc1plus");
        p.executable = QByteArrayLiteral("/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus");
        processes.intern(p);
    }

    WatchOptions options;
    options.roots = {"/home/ada/project"};
    SessionMetadata meta = SessionMetadata::forCapture(options, 1700000000LL * 1000000000LL);
    SessionFileWriter writer;
    QElapsedTimer clock;
    clock.start();
    if (!writer.create(out, meta) || !writer.begin() || !writer.writePaths(paths, paths.size())) {
        std::fprintf(stderr, "fsnoop-sessiongen: %s\n", writer.error().detail.constData());
        return 1;
    }
    for (ProcessTable::Id id = 1; id < processes.size(); ++id)
        writer.writeProcess(id, processes.info(id));

    static const quint32 kMasks[] = {IN_CREATE, IN_OPEN, IN_MODIFY, IN_CLOSE_WRITE, IN_ATTRIB,
                                     IN_OPEN, IN_ACCESS, IN_CLOSE_NOWRITE, IN_DELETE};
    std::mt19937 rng(12);
    std::vector<FsEvent> chunk(65536);
    qint64 written = 0;
    qint64 t = meta.startedNs;
    quint32 cookie = 1;
    bool pendingMoveTo = false;
    while (written < events) {
        const std::size_t n = std::size_t(std::min<qint64>(qint64(chunk.size()), events - written));
        for (std::size_t i = 0; i < n; ++i) {
            FsEvent &e = chunk[i];
            e = FsEvent{};
            t += 20000;
            e.timeNs = t;
            if (pendingMoveTo) {
                // The second half of the rename started by the previous event.
                e.mask = IN_MOVED_TO;
                e.cookie = cookie++;
                e.pathId = fileIds[rng() % fileIds.size()];
                pendingMoveTo = false;
                continue;
            }
            // One event in 50 starts a rename (editors and build tools save through renames).
            e.mask = rng() % 50 == 0 ? IN_MOVED_FROM : kMasks[rng() % 9];
            e.pathId = fileIds[rng() % fileIds.size()];
            if (e.mask == IN_MOVED_FROM) {
                e.cookie = cookie;
                if (rng() % 1000 == 0)
                    ++cookie; // moved out of the tree: no MOVED_TO
                else
                    pendingMoveTo = true;
            }
            if (rng() % 50 == 0) {
                e.processId = 1 + rng() % 64;
                e.pid = processes.info(e.processId).pid;
                e.source = FsEvent::Fanotify;
            }
        }
        if (!writer.writeEvents(chunk.data(), qsizetype(n))) {
            std::fprintf(stderr, "fsnoop-sessiongen: %s\n", writer.error().detail.constData());
            return 1;
        }
        written += qint64(n);
        if (written % (1 << 20) < qint64(n) && (!writer.commit() || !writer.begin()))
            return 1;
    }
    if (!writer.finish(t))
        return 1;
    const double s = double(clock.nsecsElapsed()) / 1e9;
    const qint64 size = QFileInfo(out).size();
    std::printf("wrote %lld events, %d paths in %.2f s: %.0f events/s, %.2f us/event, %.1f bytes/event, %lld bytes\n",
                static_cast<long long>(written), int(paths.size()), s, double(written) / s,
                s * 1e6 / double(written), double(size) / double(written),
                static_cast<long long>(size));
    return 0;
}
