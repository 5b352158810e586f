#include "inotify/rootwaiter.h"

#include <cerrno>
#include <sys/inotify.h>
#include <sys/stat.h>

namespace {

// What a waiting watch asks for: the next name appearing (created, or moved in), and the anchor
// itself moving away (its deletion ends the watch with IN_IGNORED, which comes unasked).
// IN_MASK_ADD: the directory may be watched for a root's tree already, with a mask to keep.
constexpr quint32 kWaitMask = IN_CREATE | IN_MOVED_TO | IN_MOVE_SELF | IN_ONLYDIR | IN_MASK_ADD;

bool isDirectory(const QByteArray &path)
{
    struct stat st;
    return ::stat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode); // a root may be a symlink
}

} // namespace

RootWaiter::RootWaiter(int inotifyFd, const PathTable &paths, std::function<bool(int)> watchedByTree)
    : m_fd(inotifyFd)
    , m_paths(paths)
    , m_watchedByTree(std::move(watchedByTree))
{
}

int RootWaiter::addWatch(PathTable::Id dir)
{
    const int wd = inotify_add_watch(m_fd, m_paths.path(dir).constData(), kWaitMask);
    if (wd >= 0)
        ++m_watches[wd];
    return wd;
}

void RootWaiter::release(int wd)
{
    auto it = m_watches.find(wd);
    if (it == m_watches.end() || --it->second > 0)
        return;
    m_watches.erase(it);
    if (!m_watchedByTree(wd))
        inotify_rm_watch(m_fd, wd); // its IN_IGNORED then finds no owner and is skipped
}

RootWaiter::Result RootWaiter::wait(PathTable::Id root, int *err)
{
    // The watch it waited on so far is released only once the new one is in place: the same
    // directory gives the same wd, which must not be removed and added again in between.
    if (root == PathTable::RootId || root == PathTable::NoPath) {
        if (err)
            *err = EINVAL; // "/" cannot go away; there is nothing above it to wait on
        return Result::Failed;
    }
    int oldWd = -1;
    if (auto it = m_waits.find(root); it != m_waits.end()) {
        oldWd = it->second.wd;
        m_waits.erase(it);
    }
    const auto done = [&](Result r) {
        release(oldWd);
        return r;
    };
    PathTable::Id anchor = m_paths.parent(root);
    while (anchor != PathTable::RootId && anchor != PathTable::NoPath
           && !isDirectory(m_paths.path(anchor)))
        anchor = m_paths.parent(anchor);
    if (anchor == PathTable::NoPath)
        anchor = PathTable::RootId;
    for (;;) {
        const int wd = addWatch(anchor);
        if (wd < 0) {
            const int e = errno;
            if ((e == ENOENT || e == ENOTDIR) && anchor != PathTable::RootId) {
                anchor = m_paths.parent(anchor); // it went away meanwhile: one level up
                continue;
            }
            if (err)
                *err = e;
            return done(Result::Failed);
        }
        PathTable::Id next = root;
        while (m_paths.parent(next) != anchor)
            next = m_paths.parent(next);
        // Watched now: a later creation is reported. One made before is here already.
        if (!isDirectory(m_paths.path(next))) {
            m_waits[root] = {wd, anchor, next};
            return done(Result::Waiting);
        }
        release(wd);
        if (next == root)
            return done(Result::Back);
        anchor = next; // one level down (mkdir -p)
    }
}

void RootWaiter::step(PathTable::Id root, std::vector<PathTable::Id> *back,
                      std::vector<std::pair<PathTable::Id, int>> *failed)
{
    int err = 0;
    switch (wait(root, &err)) {
    case Result::Waiting:
        break;
    case Result::Back:
        back->push_back(root);
        break;
    case Result::Failed:
        failed->emplace_back(root, err);
        break;
    }
}

std::vector<PathTable::Id> RootWaiter::handle(int wd, quint32 mask, QByteArrayView name,
                                              std::vector<std::pair<PathTable::Id, int>> *failed)
{
    std::vector<PathTable::Id> back;
    const bool anchorGone = mask & (IN_MOVE_SELF | IN_IGNORED);
    std::vector<PathTable::Id> affected;
    for (auto &[root, w] : m_waits) {
        if (w.wd != wd)
            continue;
        if (anchorGone || ((mask & (IN_CREATE | IN_MOVED_TO)) && name == m_paths.name(w.next)))
            affected.push_back(root);
        if (mask & IN_IGNORED)
            w.wd = -1; // the kernel removed it: nothing to release
    }
    if (mask & IN_IGNORED)
        m_watches.erase(wd);
    for (PathTable::Id root : affected)
        step(root, &back, failed);
    return back;
}

std::vector<PathTable::Id> RootWaiter::recheck(std::vector<std::pair<PathTable::Id, int>> *failed)
{
    std::vector<PathTable::Id> roots;
    roots.reserve(m_waits.size());
    for (const auto &[root, w] : m_waits)
        roots.push_back(root);
    std::vector<PathTable::Id> back;
    for (PathTable::Id root : roots)
        step(root, &back, failed);
    return back;
}
