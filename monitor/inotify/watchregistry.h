#pragma once

#include "core/pathtable.h"
#include "inotify/knownentries.h"

#include <unordered_map>
#include <vector>

// The engine's picture of what is watched: inotify watch descriptor -> directory node, and the
// tree of watched directories, so that a directory moved inside the watched tree can carry its
// whole subtree to the new path.
//
// Paths are PathTable ids. A moved directory gets a new id (PathTable interns (parent, name)), so
// events recorded before the move keep the old path and later ones carry the new one.
//
// Children are kept as an intrusive doubly linked sibling list: unlinking a directory is O(1) even
// under a parent with 100,000 subdirectories.
//
// Used from the reader thread only.
class WatchRegistry final
{
public:
    struct Dir {
        PathTable::Id path = PathTable::NoPath;
        int parent = -1; // wd of the watched parent directory, -1 for a root (or an orphan)
        int firstChild = -1;
        int prevSibling = -1;
        int nextSibling = -1;
        quint32 generation = 0; // last rescan that saw it (stale watches are dropped after one)
        bool root = false;
        bool reduced = false; // set-up walk: watched without OPEN/ACCESS/CLOSE_NOWRITE for now
    };

    explicit WatchRegistry(PathTable &paths);

    Dir *find(int wd)
    {
        auto it = m_dirs.find(wd);
        return it == m_dirs.end() ? nullptr : &it->second;
    }
    const Dir *find(int wd) const
    {
        auto it = m_dirs.find(wd);
        return it == m_dirs.end() ? nullptr : &it->second;
    }
    int wdOf(PathTable::Id path) const
    {
        auto it = m_byPath.find(path);
        return it == m_byPath.end() ? -1 : it->second;
    }
    qsizetype size() const { return qsizetype(m_dirs.size()); }
    int rootCount() const { return m_roots; }

    enum class AddResult { Added, Known, Relocated };
    // Records that `wd` watches `path` below the watched directory `parent` (-1: none). The same
    // inode watched again returns the same wd (inotify_add_watch(2)); if it now sits at another
    // path (moved while we were not looking, e.g. during a queue overflow) it is relocated.
    AddResult add(int wd, PathTable::Id path, int parent, bool root, quint32 generation);

    void setReduced(int wd, bool reduced)
    {
        if (Dir *d = find(wd))
            d->reduced = reduced;
    }

    // A directory moved within the tree: it and every watched descendant get their new path.
    void relocate(int wd, int newParent, PathTable::Id newPath);

    // Forgets one watch (IN_IGNORED). Watched children, if any are left, become orphans: they keep
    // their path and are dropped by the next rescan if they no longer exist there.
    void remove(int wd);

    // `wd` and all its watched descendants, parents before children.
    std::vector<int> subtree(int wd) const;

    // Every wd whose generation differs from `generation` (not seen by the last rescan).
    std::vector<int> staleSince(quint32 generation) const;

    std::vector<int> roots() const;

    // Every (wd, is-root) pair, a snapshot.
    std::vector<std::pair<int, bool>> all() const;

    // What is known of each watched directory's entries; a removed watch forgets its own.
    KnownEntries &entries() { return m_entries; }
    const KnownEntries &entries() const { return m_entries; }

private:
    void link(int wd, Dir &dir, int parent);
    void unlink(int wd, Dir &dir);

    PathTable &m_paths;
    std::unordered_map<int, Dir> m_dirs;
    std::unordered_map<PathTable::Id, int> m_byPath;
    int m_roots = 0;
    KnownEntries m_entries;
};
