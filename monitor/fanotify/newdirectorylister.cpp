#include "fanotify/newdirectorylister.h"

#include "capture/eventbatcher.h"

#include <fcntl.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>

namespace {
qint64 realtimeNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000ll + ts.tv_nsec;
}
} // namespace

NewDirectoryLister::NewDirectoryLister(PathTable &paths, EventBatcher &batcher, EventSource::Stats &stats)
    : m_paths(paths)
    , m_batcher(batcher)
    , m_stats(stats)
{
}

void NewDirectoryLister::setup(bool recursive, Wanted wanted, ProblemSink report)
{
    m_recursive = recursive;
    m_wanted = std::move(wanted);
    m_report = std::move(report);
    clear();
}

void NewDirectoryLister::clear()
{
    m_queue.clear();
    m_pending.clear();
    m_missed.clear();
    m_lastListingNs = 0;
}

void NewDirectoryLister::list(PathTable::Id dir, qint64 nowNs, std::vector<PathTable::Id> *opened)
{
    m_queue.push_back(dir);
    while (!m_queue.empty()) {
        const PathTable::Id path = m_queue.back();
        m_queue.pop_back();
        const QByteArray fsPath = m_paths.path(path);
        // O_NOFOLLOW: the path was a directory when the kernel reported it; if a symlink took its
        // place since, what it points to is not in the tree.
        const int fd = ::open(fsPath.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            // Gone or replaced already: its deletion or move is on its way from the kernel.
            if (errno == ENOENT)
                m_missed.push_back(path);
            else if (errno != ENOTDIR && errno != ELOOP)
                m_report(MonitorProblem::directoryFailed(fsPath, errno));
            continue;
        }
        if (opened)
            opened->push_back(path);
        const int err = m_scanner.list(fd, [&](QByteArrayView name, DirectoryScanner::Kind kind, quint64) {
            const bool isDir = kind == DirectoryScanner::Kind::Directory;
            const PathTable::Id child = m_paths.intern(path, name);
            const FsEvent e = FsEvent::found(nowNs, IN_CREATE, child, isDir, FsEvent::Scan);
            if (m_wanted(child, e.mask)) {
                m_pending.add(0, child, m_batcher.appended());
                ++m_stats.eventsRecorded;
                m_batcher.append(e);
            }
            if (isDir && m_recursive)
                m_queue.push_back(child);
        });
        ::close(fd);
        if (err != 0 && err != ENOENT)
            m_report(MonitorProblem::scanError(fsPath, err));
    }
    // After the listing: a drain the helper saw later covers every report of what it found.
    m_lastListingNs = realtimeNs();
}

void NewDirectoryLister::moved(PathTable::Id from, PathTable::Id to, qint64 nowNs)
{
    for (auto it = m_missed.begin(); it != m_missed.end(); ++it) {
        if (*it == from) {
            m_missed.erase(it);
            list(to, nowNs);
            return;
        }
    }
}

bool NewDirectoryLister::takeDuplicate(const FsEvent &kernel)
{
    const std::optional<quint64> row = m_pending.take(0, kernel.pathId);
    if (!row)
        return false;
    if (FsEvent *ours = m_batcher.pending(*row))
        *ours = kernel; // the kernel's row, with the process, in the place of ours
    return true;
}

void NewDirectoryLister::drained(qint64 helperTimeNs)
{
    if (helperTimeNs > m_lastListingNs) {
        m_pending.clear();
        m_missed.clear();
    }
}
