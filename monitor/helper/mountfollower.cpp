#include "mountfollower.h"

#include "requestvalidation.h"

#include <algorithm>
#include <iterator>
#include <tuple>

using fsnoop::MountEntry;

namespace {

bool before(const MountEntry &a, const MountEntry &b)
{
    return std::tie(a.mountId, a.device, a.mountPoint) < std::tie(b.mountId, b.device, b.mountPoint);
}

bool underAnyRoot(const std::string &path, const std::vector<std::string> &roots)
{
    for (const std::string &root : roots) {
        if (fsnoop::proto::isUnderRoot(path, root))
            return true;
    }
    return false;
}

} // namespace

bool MountFollower::start()
{
    if (!m_table.open() || !m_table.read(m_now))
        return false;
    diff(m_known, m_now, m_roots);
    return true;
}

MountFollower::Changes MountFollower::read()
{
    if (!m_table.read(m_now)) {
        // Not seen on a proc file that opened; if it happens, stop following rather than poll a
        // POLLPRI that no read clears (fd() becomes -1, which poll(2) ignores).
        m_table = fsnoop::MountTable();
        return {};
    }
    return diff(m_known, m_now, m_roots);
}

MountFollower::Changes MountFollower::diff(std::vector<MountEntry> &known, const std::vector<MountEntry> &now,
                                           const std::vector<std::string> &roots)
{
    std::vector<MountEntry> inside;
    for (const MountEntry &e : now) {
        if (underAnyRoot(e.mountPoint, roots))
            inside.push_back(e);
    }
    std::sort(inside.begin(), inside.end(), before);
    // A table lists a mount once; a duplicate would only come from a confused read.
    inside.erase(std::unique(inside.begin(), inside.end(),
                             [](const MountEntry &a, const MountEntry &b) { return !before(a, b) && !before(b, a); }),
                 inside.end());
    Changes changes;
    std::set_difference(inside.begin(), inside.end(), known.begin(), known.end(), std::back_inserter(changes.mounted),
                        before);
    std::set_difference(known.begin(), known.end(), inside.begin(), inside.end(),
                        std::back_inserter(changes.unmounted), before);
    known = std::move(inside);
    return changes;
}
