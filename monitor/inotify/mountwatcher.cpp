#include "inotify/mountwatcher.h"

namespace {

std::vector<QByteArray> mountPointsOf(const std::vector<fsnoop::MountEntry> &entries)
{
    std::vector<QByteArray> points;
    points.reserve(entries.size());
    for (const fsnoop::MountEntry &e : entries)
        points.emplace_back(e.mountPoint.data(), qsizetype(e.mountPoint.size()));
    return points;
}

} // namespace

std::vector<QByteArray> MountWatcher::parse(QByteArrayView text)
{
    return mountPointsOf(fsnoop::MountTable::parse(text.data(), std::size_t(text.size())));
}

bool MountWatcher::start()
{
    return m_table.open();
}

std::vector<QByteArray> MountWatcher::mountPoints()
{
    std::vector<fsnoop::MountEntry> entries;
    if (!m_table.read(entries))
        return {};
    return mountPointsOf(entries);
}
