#pragma once

#include "inotify/inotifymonitor.h"
#include "core/pathtable.h"
#include "lib/needsroot.h"
#include "lib/temptree.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringList>
#include <QSignalSpy>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>
#include <memory>
#include <vector>

inline bool isRoot()
{
    return ::geteuid() == 0;
}

// A QTemporaryDir template for big trees: they live on a tmpfs when there is one (ext4 on these
// machines is slow to create and delete thousands of directories, and the engine does not care
// which filesystem it watches).
inline QString fastTempBase(const char *test)
{
    const QString name = QLatin1Char('/') + QLatin1String(test) + QStringLiteral("-XXXXXX");
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isDir() && shm.isWritable())
        return QStringLiteral("/dev/shm") + name;
    return QDir::tempPath() + name;
}

// Runs an InotifyMonitor and keeps everything it hands over, with small queries for the tests.
class EngineCapture final
{
public:
    EngineCapture()
        : paths(std::make_shared<PathTable>())
        , monitor(paths)
        , setupFinished(&monitor, &EventSource::setupFinished)
        , stopped(&monitor, &EventSource::stopped)
    {
        QObject::connect(&monitor, &EventSource::eventsReady, &monitor, [this](const FsEventBatch &b) {
            events.insert(events.end(), b.cbegin(), b.cend());
            ++batches;
        });
        QObject::connect(&monitor, &EventSource::problem, &monitor,
                         [this](const MonitorProblem &p) { problems.append(p); });
    }

    static WatchOptions options(const QStringList &roots, quint32 events = EventNames::allEvents())
    {
        WatchOptions o;
        for (const QString &root : roots)
            o.roots.append(QFile::encodeName(root));
        o.events = events;
        return o;
    }
    static WatchOptions options(const QString &root, quint32 events = EventNames::allEvents())
    {
        return options(QStringList{root}, events);
    }

    // Starts and waits for the initial walk to finish.
    bool start(const WatchOptions &o, int timeoutMs = 20000)
    {
        if (!monitor.start(o))
            return false;
        return setupFinished.count() > 0 || setupFinished.wait(timeoutMs);
    }
    // The same with the kernel's event queue of this inotify instance lowered to `queuedEvents`
    // (root only): the way to make it overflow. Defined below SysctlGuard.
    bool startWithSmallQueue(const WatchOptions &o, qint64 queuedEvents, int timeoutMs = 20000);

    QByteArray pathOf(const FsEvent &e) const { return paths->path(e.pathId); }

    // Events whose mask has every bit of `mask` and whose path is `path` (any path if empty).
    int count(quint32 mask, const QString &path = {}, quint16 flags = 0) const
    {
        const QByteArray p = QFile::encodeName(path);
        int n = 0;
        for (const FsEvent &e : events) {
            if ((e.mask & mask) == mask && (flags == 0 || (e.flags & flags) == flags)
                && (p.isEmpty() || paths->path(e.pathId) == p))
                ++n;
        }
        return n;
    }
    // Events of one source (FsEvent::Source) whose mask has every bit of `mask`, at `path`.
    int countFrom(quint8 source, quint32 mask, const QString &path) const
    {
        const QByteArray p = QFile::encodeName(path);
        int n = 0;
        for (const FsEvent &e : events)
            n += e.source == source && (e.mask & mask) == mask && paths->path(e.pathId) == p;
        return n;
    }
    bool has(quint32 mask, const QString &path = {}, quint16 flags = 0) const
    {
        return count(mask, path, flags) > 0;
    }
    bool hasProblem(MonitorProblem::Kind kind) const { return problem(kind) != nullptr; }
    const MonitorProblem *problem(MonitorProblem::Kind kind) const
    {
        for (const MonitorProblem &p : problems) {
            if (p.kind == kind)
                return &p;
        }
        return nullptr;
    }

    // For failure messages.
    QByteArray dump(int max = 40) const
    {
        QByteArray out;
        int n = 0;
        for (const FsEvent &e : events) {
            if (++n > max) {
                out += "...\n";
                break;
            }
            out += EventNames::join(e.mask) + ' ' + paths->path(e.pathId)
                + (e.isSynthesized() ? " (scan)" : "") + '\n';
        }
        return out;
    }

    std::shared_ptr<PathTable> paths;
    InotifyMonitor monitor;
    QSignalSpy setupFinished;
    QSignalSpy stopped;
    std::vector<FsEvent> events;
    QList<MonitorProblem> problems;
    int batches = 0;
};

// The inodes watched by every inotify instance of this process, from /proc/self/fdinfo
// (proc(5): "inotify wd:%x ino:%lx sdev:%x ..."): the kernel's view, not the engine's.
inline QSet<quint64> watchedInodes()
{
    QSet<quint64> inodes;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
        char target[64] = {};
        const ssize_t n = readlink(QFile::encodeName(fds.filePath(fd)).constData(), target,
                                   sizeof target - 1);
        if (n <= 0 || QByteArray(target, n) != "anon_inode:inotify")
            continue;
        QFile info(QStringLiteral("/proc/self/fdinfo/") + fd);
        if (!info.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (!line.startsWith("inotify wd:"))
                continue;
            const qsizetype at = line.indexOf(" ino:");
            if (at < 0)
                continue;
            const qsizetype end = line.indexOf(' ', at + 5);
            bool ok = false;
            const quint64 ino = line.mid(at + 5, end - at - 5).toULongLong(&ok, 16);
            if (ok)
                inodes.insert(ino);
        }
    }
    return inodes;
}

inline quint64 inodeOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_ino;
}

// Writes a value into a /proc/sys file and puts the old one back when it goes out of scope, even
// when the test fails half-way.
class SysctlGuard final
{
public:
    SysctlGuard(const char *file, qint64 value)
        : m_file(QString::fromLatin1(file))
    {
        QFile f(m_file);
        if (f.open(QIODevice::ReadOnly))
            m_old = f.readAll().trimmed();
        m_ok = !m_old.isEmpty() && write(QByteArray::number(value));
    }
    ~SysctlGuard() { restore(); }
    SysctlGuard(const SysctlGuard &) = delete;
    SysctlGuard &operator=(const SysctlGuard &) = delete;

    bool ok() const { return m_ok; }
    void restore()
    {
        if (m_ok && !m_old.isEmpty())
            write(m_old);
        m_ok = false;
    }
    static qint64 read(const char *file)
    {
        QFile f(QString::fromLatin1(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : -1;
    }

private:
    bool write(const QByteArray &v)
    {
        QFile f(m_file);
        return f.open(QIODevice::WriteOnly) && f.write(v + '\n') > 0;
    }
    QString m_file;
    QByteArray m_old;
    bool m_ok = false;
};

inline bool EngineCapture::startWithSmallQueue(const WatchOptions &o, qint64 queuedEvents, int timeoutMs)
{
    {
        // max_queued_events is read when the inotify instance is made (inotify_init1, in
        // start()): put the system's value back as soon as the monitor has started.
        SysctlGuard small("/proc/sys/fs/inotify/max_queued_events", queuedEvents);
        if (!small.ok() || !monitor.start(o))
            return false;
    }
    return setupFinished.count() > 0 || setupFinished.wait(timeoutMs);
}

// Blocks the monitor's reader thread until release() (or destruction): the kernel keeps queueing
// meanwhile, exactly like a reader that cannot keep up. start() returns only once the reader is
// really blocked, so whatever the test does next happens while it is: no sleep that hopes.
class ReaderStall
{
public:
    ~ReaderStall() { release(); }

    bool start(InotifyMonitor &monitor)
    {
        QThread *reader = monitor.findChild<QThread *>();
        if (!reader)
            return false;
        auto *blocker = new QObject;
        blocker->moveToThread(reader);
        // The semaphores are shared with the reader thread: it may still be returning from
        // acquire() when this object is gone.
        QMetaObject::invokeMethod(blocker, [gate = m_gate, blocker] {
            gate->blocked.release();
            gate->resume.acquire();
            delete blocker;
        }, Qt::QueuedConnection);
        return m_gate->blocked.tryAcquire(1, 10000);
    }

    void release()
    {
        if (!m_released) {
            m_released = true;
            m_gate->resume.release();
        }
    }

private:
    struct Gate {
        QSemaphore blocked;
        QSemaphore resume;
    };
    std::shared_ptr<Gate> m_gate = std::make_shared<Gate>();
    bool m_released = false;
};
