#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <map>
#include <sys/inotify.h>

// Replays a record over a tree: the check that a record "matches what happened" as a whole
// (a workload, its record replayed over the starting tree, compared with the final tree).
//
// Pure: the tree is a map of relative path -> is-directory, rows are (mask, cookie, path). What
// changes the tree: IN_CREATE (any source: kernel, scan, rescan), IN_DELETE (with its subtree),
// IN_MOVED_FROM / IN_MOVED_TO paired by cookie (the subtree moves), an unpaired IN_MOVED_FROM
// (moved out: gone) and an unpaired IN_MOVED_TO (moved in: the entry itself; what it holds comes
// as `scan` rows), and IN_MOVE_SELF of the root itself: a root moved away takes everything in it
// out of the watched tree (when a directory is there again under its name, what it holds comes as
// `scan` rows). Everything else (modify, open, other self events, overflow markers) leaves it
// alone; a root's IN_DELETE_SELF too: rmdir(2) needs it empty, its entries' deletions come first.
// Inconsistencies (a create over an existing entry of another type, a delete of nothing) are
// counted, so a test can say the record was not merely convergent but coherent.
class RecordReplayer final
{
public:
    using Tree = std::map<QByteArray, bool>; // relative path ("a/b") -> is a directory

    RecordReplayer(QByteArray root, Tree start)
        : m_root(root.endsWith('/') ? root : root + '/')
        , m_tree(std::move(start))
    {
    }

    void apply(quint32 mask, quint32 cookie, const QByteArray &absolutePath)
    {
        if ((mask & IN_MOVE_SELF) && absolutePath + '/' == m_root) {
            m_tree.clear();
            return;
        }
        if (!absolutePath.startsWith(m_root))
            return; // the root itself, or a marker without a path
        const QByteArray path = absolutePath.mid(m_root.size());
        const bool isDir = mask & IN_ISDIR;
        if (mask & IN_CREATE) {
            auto it = m_tree.find(path);
            if (it != m_tree.end() && it->second != isDir)
                ++m_inconsistencies;
            if (it != m_tree.end() && it->second && !isDir)
                erase(path);
            m_tree[path] = isDir;
        } else if (mask & IN_DELETE) {
            if (m_tree.count(path) == 0)
                ++m_inconsistencies;
            erase(path);
        } else if (mask & IN_MOVED_FROM) {
            // Detached now, re-attached by its IN_MOVED_TO: a later row may reuse the old name.
            m_moving[cookie] = detach(path);
        } else if (mask & IN_MOVED_TO) {
            auto moving = m_moving.find(cookie);
            erase(path); // rename(2) replaces what was there
            if (moving == m_moving.end()) {
                m_tree[path] = isDir;
                return;
            }
            for (const auto &[rel, dir] : moving->second)
                m_tree[rel.isEmpty() ? path : path + '/' + rel] = dir;
            m_moving.erase(moving);
        }
    }

    const Tree &tree() const { return m_tree; }
    int inconsistencies() const { return m_inconsistencies; }

private:
    // The entry and everything below it, keyed relative to it ("" for the entry itself).
    Tree detach(const QByteArray &path)
    {
        Tree out;
        auto it = m_tree.find(path);
        if (it == m_tree.end())
            return out;
        out[QByteArray()] = it->second;
        m_tree.erase(it);
        // Below it: from "path/" on ("path-x" sorts between "path" and "path/a").
        const QByteArray prefix = path + '/';
        it = m_tree.lower_bound(prefix);
        while (it != m_tree.end() && it->first.startsWith(prefix)) {
            out[it->first.mid(prefix.size())] = it->second;
            it = m_tree.erase(it);
        }
        return out;
    }
    void erase(const QByteArray &path) { detach(path); }

    QByteArray m_root;
    Tree m_tree;
    std::map<quint32, Tree> m_moving;
    int m_inconsistencies = 0;
};
