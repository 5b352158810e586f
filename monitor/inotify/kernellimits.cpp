#include "inotify/kernellimits.h"

#include <QFile>

namespace {

qint64 readLimit(const char *file)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

} // namespace

qint64 KernelLimits::maxQueuedEvents()
{
    return readLimit("/proc/sys/fs/inotify/max_queued_events");
}

qint64 KernelLimits::maxUserWatches()
{
    return readLimit("/proc/sys/fs/inotify/max_user_watches");
}
