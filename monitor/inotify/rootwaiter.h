#pragma once

#include "core/pathtable.h"

#include <QByteArrayView>

#include <functional>
#include <unordered_map>
#include <vector>

// Roots that went away (deleted, moved away, or never back after an unmount) and are waited for:
// each waits on the nearest existing directory above it (the "anchor") for the next name on the
// way down to appear. That watch asks only for IN_CREATE | IN_MOVED_TO (and IN_MOVE_SELF, to notice
// the anchor itself moving), and only events with that one name are looked at, so nothing of the
// anchor's other contents reaches the record. When the name appears the wait moves one level down
// (a parent chain recreated with `mkdir -p`), until the root itself exists: then it is handed back
// to the engine to be watched and scanned again.
//
// Several roots may wait on the same directory: inotify gives one watch per inode and instance,
// so the watch is counted and removed with its last user. It may also be a directory the engine
// watches for its own tree (a root inside another root's tree): the watch is then added with
// IN_MASK_ADD, so the tree's mask is kept, and never removed here (`watchedByTree`).
//
// Used from the reader thread only, by InotifyEngine.
class RootWaiter final
{
public:
    RootWaiter(int inotifyFd, const PathTable &paths, std::function<bool(int wd)> watchedByTree);
    RootWaiter(const RootWaiter &) = delete;
    RootWaiter &operator=(const RootWaiter &) = delete;

    enum class Result {
        Waiting, // a watch waits for the next name
        Back,    // the root exists (again): watch it
        Failed,  // no directory above it could be watched (errno in `err`)
    };
    // Starts waiting for `root`, or checks again where it stands (a root already waiting moves to
    // its new anchor). Creations that happened before the anchor was watched are seen by
    // looking for the next name right after adding the watch.
    Result wait(PathTable::Id root, int *err = nullptr);

    bool owns(int wd) const { return m_watches.count(wd) > 0; }
    // An event on a watch we own. Returns the roots that exist again (no longer waiting);
    // `failed` gets those that can no longer be waited for.
    std::vector<PathTable::Id> handle(int wd, quint32 mask, QByteArrayView name,
                                      std::vector<std::pair<PathTable::Id, int>> *failed);
    // Looks again at every waiting root (after a mount change, which makes no inotify event on
    // the directory a filesystem was mounted on). Same results as handle().
    std::vector<PathTable::Id> recheck(std::vector<std::pair<PathTable::Id, int>> *failed);

    qsizetype count() const { return qsizetype(m_waits.size()); }
    bool isWaiting(PathTable::Id root) const { return m_waits.count(root) > 0; }

private:
    struct Wait {
        int wd;
        PathTable::Id anchor;
        PathTable::Id next; // the child of `anchor` on the way down to the root
    };
    int addWatch(PathTable::Id dir);
    void release(int wd);
    void step(PathTable::Id root, std::vector<PathTable::Id> *back,
              std::vector<std::pair<PathTable::Id, int>> *failed);

    const int m_fd;
    const PathTable &m_paths;
    std::function<bool(int)> m_watchedByTree;
    std::unordered_map<PathTable::Id, Wait> m_waits; // root -> where it waits
    std::unordered_map<int, int> m_watches;          // wd -> roots waiting on it
};
