#include "analysis/renametracker.h"

#include <sys/inotify.h>

PathTable::Id RenameTracker::Chain::firstPath() const
{
    const Step &s = steps.constFirst();
    return s.kind == Step::MovedIn ? PathTable::NoPath : s.from;
}

PathTable::Id RenameTracker::Chain::currentPath() const
{
    const Step &s = steps.constLast();
    return s.kind == Step::MovedOut ? PathTable::NoPath : s.to;
}

QList<PathTable::Id> RenameTracker::Chain::allPaths() const
{
    QList<PathTable::Id> ids;
    auto push = [&ids](PathTable::Id id) {
        if (id != PathTable::NoPath && !ids.contains(id))
            ids.append(id);
    };
    for (const Step &s : steps) {
        push(s.from);
        push(s.to);
    }
    return ids;
}

const RenameTracker::Step &RenameTracker::Steps::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_count);
    if (i == m_count - 1)
        return constLast();
    qint32 index = m_first;
    while (i-- > 0)
        index = m_tracker->m_nextStep[std::size_t(index)];
    return m_tracker->m_steps[std::size_t(index)];
}

RenameTracker::Chain RenameTracker::chain(int index) const
{
    const ChainSteps &c = m_chains.at(std::size_t(index));
    Chain chain;
    chain.steps.m_tracker = this;
    chain.steps.m_first = c.first;
    chain.steps.m_last = c.last;
    chain.steps.m_count = c.count;
    chain.isDir = c.isDir;
    return chain;
}

RenameTracker::RenameTracker(qint64 graceNs)
    : m_graceNs(graceNs)
{
}

void RenameTracker::add(const FsEvent *events, qsizetype count, const PathTable &paths)
{
    for (qsizetype i = 0; i < count; ++i)
        add(events[i], paths);
}

void RenameTracker::add(const FsEvent &event, const PathTable &paths)
{
    if (event.isOverflow())
        return;
    if ((event.mask & (IN_DELETE | IN_DELETE_SELF)) && event.pathId != PathTable::NoPath)
        m_deletedNs.insert(event.pathId, event.timeNs);
    // Every event's time moves the window forward, so a quiet MOVED_FROM is resolved as soon as
    // later activity shows its partner is not coming.
    if (m_pendingCount > 0 && event.timeNs > 0)
        expire(event.timeNs);

    const bool isDir = event.isDir();
    if (event.mask & IN_MOVED_FROM) {
        Pending p{event.pathId, event.cookie, event.timeNs, -1, isDir, true};
        if (event.cookie != 0) {
            // Same cookie still waiting: its partner never came and the counter came round.
            const auto stale = m_pendingByCookie.constFind(event.cookie);
            if (stale != m_pendingByCookie.cend()) {
                Pending &old = m_pending[std::size_t(stale.value() - m_pendingBase)];
                resolveMovedOut(old);
            }
        }
        // The object leaves this name now; whatever comes to the name later is something else.
        p.chain = detachChain(event.pathId, paths);
        if (event.cookie == 0) {
            resolveMovedOut(p); // cannot be paired: say so at once
            return;
        }
        m_pending.push_back(p);
        m_pendingByCookie.insert(event.cookie, m_pendingBase + qsizetype(m_pending.size()) - 1);
        ++m_pendingCount;
        return;
    }

    if (event.mask & IN_MOVED_TO) {
        const auto it = event.cookie != 0 ? m_pendingByCookie.find(event.cookie)
                                          : m_pendingByCookie.end();
        if (it != m_pendingByCookie.end()) {
            Pending &p = m_pending[std::size_t(it.value() - m_pendingBase)];
            m_pendingByCookie.erase(it); // forget the cookie: it may be reused
            p.live = false;
            --m_pendingCount;
            Step step{Step::Renamed, p.from, event.pathId, event.cookie, p.timeNs};
            completeRename(p.chain, step, isDir || p.isDir);
            pruneFront();
        } else {
            Step step{Step::MovedIn, PathTable::NoPath, event.pathId, event.cookie, event.timeNs};
            completeRename(-1, step, isDir);
        }
    }
}

void RenameTracker::addRename(PathTable::Id oldPath, PathTable::Id newPath, qint64 timeNs,
                              bool isDir, const PathTable &paths)
{
    if (m_pendingCount > 0)
        expire(timeNs);
    const int chain = detachChain(oldPath, paths);
    completeRename(chain, Step{Step::Renamed, oldPath, newPath, 0, timeNs}, isDir);
}

void RenameTracker::expire(qint64 nowNs)
{
    while (!m_pending.empty()) {
        Pending &front = m_pending.front();
        if (front.live) {
            if (front.timeNs + m_graceNs >= nowNs)
                break;
            resolveMovedOut(front);
        }
        m_pending.pop_front();
        ++m_pendingBase;
    }
}

void RenameTracker::flush()
{
    for (Pending &p : m_pending) {
        if (p.live)
            resolveMovedOut(p);
    }
    m_pendingBase += qsizetype(m_pending.size());
    m_pending.clear();
}

void RenameTracker::clear()
{
    // Swapped with empty ones: a deque's clear() keeps a block.
    std::deque<ChainSteps>().swap(m_chains);
    std::deque<Step>().swap(m_steps);
    std::deque<qint32>().swap(m_nextStep);
    m_kindCounts = {};
    m_deletedNs.clear();
    m_chainOfPath.clear();
    m_dirFrom.clear();
    m_dirTo.clear();
    m_pending.clear();
    m_pendingByCookie.clear();
    m_pendingBase = 0;
    m_pendingCount = 0;
    ++m_revision;
}

void RenameTracker::pruneFront()
{
    while (!m_pending.empty() && !m_pending.front().live) {
        m_pending.pop_front();
        ++m_pendingBase;
    }
}

void RenameTracker::resolveMovedOut(Pending &p)
{
    if (!p.live)
        return;
    p.live = false;
    if (p.cookie != 0) {
        const auto it = m_pendingByCookie.find(p.cookie);
        if (it != m_pendingByCookie.end()
            && &m_pending[std::size_t(it.value() - m_pendingBase)] == &p)
            m_pendingByCookie.erase(it);
        --m_pendingCount;
    }
    completeRename(p.chain, Step{Step::MovedOut, p.from, PathTable::NoPath, p.cookie, p.timeNs},
                   p.isDir);
}

void RenameTracker::completeRename(int chain, const Step &step, bool isDir)
{
    const auto index = qint32(m_steps.size());
    m_steps.push_back(step);
    m_nextStep.push_back(-1);
    ++m_kindCounts[step.kind];
    if (chain < 0) {
        m_chains.push_back(ChainSteps{index, index, 0, false});
        chain = int(m_chains.size() - 1);
    } else {
        m_nextStep[std::size_t(m_chains[std::size_t(chain)].last)] = index;
    }
    ChainSteps &c = m_chains[std::size_t(chain)];
    c.last = index;
    ++c.count;
    c.isDir = c.isDir || isDir;
    if (step.kind != Step::MovedOut)
        m_chainOfPath.insert(step.to, chain); // a file renamed over another replaces it
    if (isDir && step.kind == Step::Renamed) {
        m_dirFrom.insert(step.to, step.from);
        m_dirTo.insert(step.from, DirMove{step.to, step.timeNs});
    }
    ++m_revision;
}

int RenameTracker::detachChain(PathTable::Id path, const PathTable &paths)
{
    PathTable::Id key = PathTable::NoPath;
    const int chain = lookup(path, paths, &key, 0);
    if (chain >= 0)
        m_chainOfPath.remove(key);
    return chain;
}

int RenameTracker::chainOfEvent(const FsEvent &event, int *step) const
{
    *step = -1;
    if (event.pathId == PathTable::NoPath || event.isOverflow())
        return -1;
    int byName = -1;
    for (int c = 0; c < chainCount(); ++c) {
        int s = 0;
        for (qint32 i = m_chains[std::size_t(c)].first; i >= 0; i = m_nextStep[std::size_t(i)], ++s) {
            const Step &st = m_steps[std::size_t(i)];
            if (st.from != event.pathId && st.to != event.pathId)
                continue;
            // The cookie alone may come round again (a u32 counter); with the name it does not.
            if (event.cookie != 0 && st.cookie == event.cookie) {
                *step = s;
                return c;
            }
            if (byName < 0)
                byName = c;
        }
    }
    return byName;
}

bool RenameTracker::deletedSince(PathTable::Id path, qint64 sinceNs) const
{
    const auto it = m_deletedNs.constFind(path);
    return it != m_deletedNs.cend() && *it >= sinceNs;
}

int RenameTracker::chainAt(PathTable::Id path, const PathTable &paths) const
{
    PathTable::Id key = PathTable::NoPath;
    return lookup(path, paths, &key, 0);
}

int RenameTracker::lookup(PathTable::Id path, const PathTable &paths, PathTable::Id *key,
                          int depth) const
{
    const auto it = m_chainOfPath.constFind(path);
    if (it != m_chainOfPath.cend()) {
        *key = path;
        return it.value();
    }
    // Not known under this name: maybe one of its directories was renamed since the chain's last
    // step, so the chain still knows it by the old directory's node. Bounded: a directory renamed
    // back and forth must not loop.
    if (depth > 8 || m_dirFrom.isEmpty() || path == PathTable::NoPath)
        return -1;
    QByteArray rel;
    for (PathTable::Id cur = path; cur != PathTable::NoPath && cur != PathTable::RootId;
         cur = paths.parent(cur)) {
        rel.prepend(paths.name(cur).toByteArray());
        rel.prepend('/');
        const auto from = m_dirFrom.constFind(paths.parent(cur));
        if (from == m_dirFrom.cend())
            continue;
        const PathTable::Id old = paths.find(paths.path(from.value()) + rel);
        if (old == PathTable::NoPath || old == path)
            continue;
        const int chain = lookup(old, paths, key, depth + 1);
        if (chain >= 0)
            return chain;
    }
    return -1;
}

PathTable::Id RenameTracker::currentPathOf(PathTable::Id path, qint64 sinceNs,
                                           const PathTable &paths) const
{
    if (m_dirTo.isEmpty())
        return path;
    // Each hop moves `sinceNs` forward, so a directory renamed back and forth ends.
    for (int hop = 0; hop < 32; ++hop) {
        bool moved = false;
        QByteArray rel;
        for (PathTable::Id cur = path; cur != PathTable::NoPath; cur = paths.parent(cur)) {
            const auto d = m_dirTo.constFind(cur);
            if (d != m_dirTo.cend() && d->timeNs >= sinceNs) {
                const PathTable::Id moved_to = rel.isEmpty() ? d->to
                                                             : paths.find(paths.path(d->to) + rel);
                if (moved_to != PathTable::NoPath) {
                    path = moved_to;
                    sinceNs = d->timeNs + 1;
                    moved = true;
                    break;
                }
            }
            if (cur == PathTable::RootId)
                break;
            rel.prepend(paths.name(cur).toByteArray());
            rel.prepend('/');
        }
        if (!moved)
            return path;
    }
    return path;
}
