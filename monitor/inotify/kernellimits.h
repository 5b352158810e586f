#pragma once

#include <QtGlobal>

// The inotify limits of /proc/sys/fs/inotify (inotify(7), "/proc interfaces"); 0 when unreadable.
namespace KernelLimits {

// Events one instance may queue; copied into an instance when inotify_init1 creates it.
qint64 maxQueuedEvents();
// Watches one user may hold across all instances (ENOSPC from inotify_add_watch past it).
qint64 maxUserWatches();

} // namespace KernelLimits
