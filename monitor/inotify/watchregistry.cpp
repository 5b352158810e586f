#include "inotify/watchregistry.h"

WatchRegistry::WatchRegistry(PathTable &paths)
    : m_paths(paths)
{
    m_dirs.reserve(1024);
    m_byPath.reserve(1024);
}

void WatchRegistry::link(int wd, Dir &dir, int parent)
{
    dir.parent = -1;
    dir.prevSibling = dir.nextSibling = -1;
    Dir *p = parent >= 0 ? find(parent) : nullptr;
    if (!p)
        return;
    dir.parent = parent;
    dir.nextSibling = p->firstChild;
    if (Dir *next = dir.nextSibling >= 0 ? find(dir.nextSibling) : nullptr)
        next->prevSibling = wd;
    p->firstChild = wd;
}

void WatchRegistry::unlink(int wd, Dir &dir)
{
    if (dir.prevSibling >= 0) {
        if (Dir *prev = find(dir.prevSibling))
            prev->nextSibling = dir.nextSibling;
    } else if (dir.parent >= 0) {
        if (Dir *p = find(dir.parent); p && p->firstChild == wd)
            p->firstChild = dir.nextSibling;
    }
    if (dir.nextSibling >= 0) {
        if (Dir *next = find(dir.nextSibling))
            next->prevSibling = dir.prevSibling;
    }
    dir.parent = dir.prevSibling = dir.nextSibling = -1;
}

WatchRegistry::AddResult WatchRegistry::add(int wd, PathTable::Id path, int parent, bool root,
                                            quint32 generation)
{
    auto [it, inserted] = m_dirs.try_emplace(wd);
    Dir &dir = it->second;
    dir.generation = generation;
    if (inserted) {
        dir.path = path;
        dir.root = root;
        if (root)
            ++m_roots;
        m_byPath[path] = wd;
        link(wd, dir, root ? -1 : parent);
        return AddResult::Added;
    }
    if (dir.path == path)
        return AddResult::Known;
    if (dir.root)
        return AddResult::Known; // a root reached again below another root: keep it a root
    relocate(wd, parent, path);
    return AddResult::Relocated;
}

void WatchRegistry::relocate(int wd, int newParent, PathTable::Id newPath)
{
    Dir *dir = find(wd);
    if (!dir)
        return;
    if (!dir->root) {
        unlink(wd, *dir);
        link(wd, *dir, newParent);
    }
    // Re-path the subtree top-down: each child's new id is (its parent's new id, its own name).
    std::vector<std::pair<int, PathTable::Id>> work{{wd, newPath}};
    while (!work.empty()) {
        auto [cur, path] = work.back();
        work.pop_back();
        Dir *d = find(cur);
        if (!d)
            continue;
        auto old = m_byPath.find(d->path);
        if (old != m_byPath.end() && old->second == cur)
            m_byPath.erase(old);
        d->path = path;
        m_byPath[path] = cur;
        for (int c = d->firstChild; c >= 0;) {
            const Dir *child = find(c);
            if (!child)
                break;
            work.emplace_back(c, m_paths.intern(path, m_paths.name(child->path)));
            c = child->nextSibling;
        }
    }
}

void WatchRegistry::remove(int wd)
{
    auto it = m_dirs.find(wd);
    if (it == m_dirs.end())
        return;
    Dir &dir = it->second;
    unlink(wd, dir);
    for (int c = dir.firstChild; c >= 0;) {
        Dir *child = find(c);
        if (!child)
            break;
        const int next = child->nextSibling;
        child->parent = child->prevSibling = child->nextSibling = -1;
        c = next;
    }
    auto byPath = m_byPath.find(dir.path);
    if (byPath != m_byPath.end() && byPath->second == wd)
        m_byPath.erase(byPath);
    if (dir.root)
        --m_roots;
    m_dirs.erase(it);
    m_entries.forgetDirectory(wd);
}

std::vector<int> WatchRegistry::subtree(int wd) const
{
    std::vector<int> out;
    if (!find(wd))
        return out;
    out.push_back(wd);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const Dir *d = find(out[i]);
        for (int c = d ? d->firstChild : -1; c >= 0;) {
            const Dir *child = find(c);
            if (!child)
                break;
            out.push_back(c);
            c = child->nextSibling;
        }
    }
    return out;
}

std::vector<int> WatchRegistry::staleSince(quint32 generation) const
{
    std::vector<int> out;
    for (const auto &[wd, dir] : m_dirs) {
        if (dir.generation != generation)
            out.push_back(wd);
    }
    return out;
}

std::vector<int> WatchRegistry::roots() const
{
    std::vector<int> out;
    for (const auto &[wd, dir] : m_dirs) {
        if (dir.root)
            out.push_back(wd);
    }
    return out;
}

std::vector<std::pair<int, bool>> WatchRegistry::all() const
{
    std::vector<std::pair<int, bool>> out;
    out.reserve(m_dirs.size());
    for (const auto &[wd, dir] : m_dirs)
        out.emplace_back(wd, dir.root);
    return out;
}
