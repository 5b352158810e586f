#include "fanotify/fanotifyfallbacks.h"

#include "capture/eventsourcefactory.h"
#include "capture/filesystemnotes.h"
#include "fanotify/newdirectorylister.h"
#include "fanotify/wirebytes.h"
#include "protocol/protocol.h"

#include <sys/inotify.h>

using namespace fsnoop::proto;

FanotifyFallbacks::FanotifyFallbacks(std::shared_ptr<PathTable> paths, ProcessTable &processes,
                                     NewDirectoryLister &lister, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_processes(processes)
    , m_lister(lister)
{
}

FanotifyFallbacks::~FanotifyFallbacks() = default;

void FanotifyFallbacks::reset(const WatchOptions &options, const PathFilter &filter)
{
    m_options = options;
    m_filter = filter;
    m_rootIds.clear();
    m_followsMounts = false;
    m_fallbacks.clear();
    m_mountsMarked.clear();
}

void FanotifyFallbacks::addTo(EventSource::Stats &stats) const
{
    for (const Fallback &fallback : m_fallbacks) {
        const EventSource::Stats f = fallback.source->stats();
        stats.watchedDirectories += f.watchedDirectories;
        stats.unwatchedDirectories += f.unwatchedDirectories;
        stats.overflows += f.overflows;
        stats.eventsRead += f.eventsRead;
    }
}

void FanotifyFallbacks::stop()
{
    for (const Fallback &fallback : m_fallbacks)
        fallback.source->stop();
}

bool FanotifyFallbacks::settingUp() const
{
    for (const Fallback &fallback : m_fallbacks) {
        if (fallback.settingUp)
            return true;
    }
    return false;
}

void FanotifyFallbacks::takeReady(const Ready &ready, const QList<quint32> &rootIds)
{
    m_rootIds = rootIds;
    m_followsMounts = ready.features & FeatureMountFollowing;
    QList<QByteArray> roots;
    for (const RootNote &note : ready.notes) {
        const QByteArray root = wireBytes(note.root);
        reportNotes(root, note);
        m_mountsMarked.insert(m_paths->internPath(QByteArrayView(root)), note.errnum == 0);
        if (note.errnum != 0)
            roots.append(root);
    }
    // If it cannot start, that is said through problem(); the marked roots are watched all the same.
    if (!roots.isEmpty() && startFallback(roots, {}))
        awaitSetup({});
}

std::optional<bool> FanotifyFallbacks::nearestMarked(PathTable::Id path) const
{
    if (m_mountsMarked.isEmpty())
        return std::nullopt;
    for (PathTable::Id at = path; at != PathTable::NoPath; at = m_paths->parent(at)) { // "/"'s parent: NoPath
        const auto it = m_mountsMarked.constFind(at);
        if (it != m_mountsMarked.constEnd())
            return *it;
    }
    return std::nullopt;
}

void FanotifyFallbacks::reportNotes(const QByteArray &path, const RootNote &note)
{
    for (const MonitorProblem &p : FilesystemNotes::forRoot(path, note.fsType, note.errnum, wireBytes(note.markedVia)))
        Q_EMIT problem(p);
}

void FanotifyFallbacks::awaitSetup(const QByteArray &mountPoint)
{
    Fallback *fallback = fallbackAt(mountPoint);
    fallback->settingUp = true;
    connect(
        fallback->source.get(), &EventSource::setupFinished, this,
        [this, mountPoint] {
            if (Fallback *f = fallbackAt(mountPoint))
                f->settingUp = false;
            Q_EMIT setupFinished();
        },
        Qt::SingleShotConnection);
}

EventSource *FanotifyFallbacks::startFallback(const QList<QByteArray> &roots, const QByteArray &mountPoint)
{
    WatchOptions options = m_options;
    options.backend = WatchOptions::Backend::Inotify;
    options.filesystemNotes = false; // said with how fanotify marked each root or mount
    options.roots = roots;
    m_fallbacks.push_back({mountPoint, createEventSource(options, m_paths, m_processes), {}, false});
    EventSource *source = m_fallbacks.back().source.get();
    connect(source, &EventSource::eventsReady, this, [this, mountPoint](const FsEventBatch &batch) {
        Fallback *fallback = mountPoint.isEmpty() ? nullptr : fallbackAt(mountPoint);
        FsEventBatch kept;
        kept.reserve(batch.size());
        for (const FsEvent &e : batch) {
            const bool ownListing = fallback && (e.mask & IN_ISDIR) && (e.mask & (IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE))
                && fallback->ownListing.swallow(int(e.pathId), {}, e.mask);
            // inotify crosses mount points: what it sees of a filesystem the helper marks, mounted
            // inside the one it watches, the helper reports already, with the process.
            if (!ownListing && nearestMarked(e.pathId) != true)
                kept.append(e);
        }
        if (!kept.isEmpty())
            Q_EMIT eventsReady(kept);
    });
    connect(source, &EventSource::problem, this, [this](const MonitorProblem &p) {
        // The helper's Mount records say every mount and unmount in the tree; an inotify source
        // would say those in its part of it again.
        const bool mountChange = p.kind == MonitorProblem::Mounted || p.kind == MonitorProblem::Unmounted;
        if (!mountChange || !m_followsMounts)
            Q_EMIT problem(p);
    });
    // Started after the connections: an inotify source may report problems from start() itself.
    // Its set-up runs on its own thread, so setupFinished() comes later, through the event loop.
    if (!source->start(options))
        return nullptr;
    return source;
}

void FanotifyFallbacks::handleMount(const MountRecord &record)
{
    const QByteArray point = wireBytes(record.note.root);
    const PathTable::Id path = m_paths->internPath(QByteArrayView(point));
    // In the tree as the user set it: a root itself, or (recursive) below one and not excluded.
    if (!m_rootIds.contains(path) && (!m_options.recursive || m_filter.excludes(*m_paths, path)))
        return;
    if (record.change == MountChange::Present) {
        // There when the capture started, like the roots: its notes are said the same way, and an
        // inotify source watches it if the helper could not mark it, before the capture is ready.
        // Nothing of it is listed (no capture records its starting state; inotify mode neither)
        // and `mounted` is not said: nothing was mounted. The helper sends no root or mount point
        // twice; if it did, the first one's watch stands.
        if (m_rootIds.contains(path) || fallbackAt(point))
            return;
        reportNotes(point, record.note);
        if (needsOwnSource(path, record.note.errnum == 0) && startFallback({point}, point))
            awaitSetup(point);
        return;
    }
    if (record.change == MountChange::Unmounted) {
        // fanotify itself says nothing: the kernel drops a superblock's marks as it shuts down. An
        // inotify source that watched the mount goes with it (it would wait for the covered
        // directory, which the root's mark reports already).
        if (Fallback *fallback = fallbackAt(point)) {
            // Deleted once stopped, so that its last rows still come through.
            EventSource *source = fallback->source.release();
            m_fallbacks.erase(m_fallbacks.begin() + (fallback - m_fallbacks.data()));
            if (source->isRunning()) {
                connect(source, &EventSource::stopped, source, &QObject::deleteLater);
                source->stop();
            } else {
                delete source;
            }
        }
        if (!m_rootIds.contains(path)) // a root's entry says how the helper watches the root
            m_mountsMarked.remove(path);
        Q_EMIT problem(MonitorProblem::unmounted(point));
        return;
    }
    Q_EMIT problem(MonitorProblem::mounted(point));
    reportNotes(point, record.note);
    const qint64 timeNs = qint64(record.timeNs);
    const bool ownSource = needsOwnSource(path, record.note.errnum == 0);
    if (record.note.errnum == 0) {
        listMount(path, timeNs); // marked before this record was sent: later changes are reported
        return;
    }
    if (!ownSource)
        return; // the inotify source around it follows it, and lists it as it does
    // Listed once inotify watches it, so that nothing made in between is missed. The source's
    // rows of that listing (an open, reads and a close of each directory, as one path each) reach
    // us later, through the event loop, by when the filter expects them.
    if (EventSource *source = startFallback({point}, point)) {
        connect(
            source, &EventSource::setupFinished, this,
            [this, path, point, timeNs] {
                std::vector<PathTable::Id> opened;
                listMount(path, timeNs, &opened);
                if (Fallback *fallback = fallbackAt(point)) {
                    for (PathTable::Id dir : opened)
                        fallback->ownListing.expect(int(dir), {});
                }
            },
            Qt::SingleShotConnection);
    }
}

bool FanotifyFallbacks::needsOwnSource(PathTable::Id mountPoint, bool marked)
{
    // Inside a root or mount the helper could not mark, the inotify source that watches it sees
    // the new mount too (inotify crosses mount points, and InotifyEngine follows new ones): a
    // second source would only repeat its rows.
    const std::optional<bool> around = nearestMarked(m_paths->parent(mountPoint));
    m_mountsMarked.insert(mountPoint, marked);
    return !marked && around.value_or(true);
}

void FanotifyFallbacks::listMount(PathTable::Id mountPoint, qint64 timeNs, std::vector<PathTable::Id> *opened)
{
    // What the filesystem held when it was mounted (or was written before it was marked): `scan`
    // rows, as for a folder moved in.
    if (m_options.events & IN_CREATE)
        m_lister.list(mountPoint, timeNs, opened);
}

FanotifyFallbacks::Fallback *FanotifyFallbacks::fallbackAt(const QByteArray &mountPoint)
{
    for (Fallback &fallback : m_fallbacks) {
        if (fallback.mountPoint == mountPoint)
            return &fallback;
    }
    return nullptr;
}
