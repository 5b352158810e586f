#pragma once

#include "eventsource.h"
#include "watchoptions.h"

#include <memory>

class PathTable;

// The one place that decides which engine serves a watch: inotify, or (options.backend ==
// Fanotify) the privileged helper. The window never names a backend class itself.
std::unique_ptr<EventSource> createEventSource(const WatchOptions &options,
                                               std::shared_ptr<PathTable> paths);
