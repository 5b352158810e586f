#pragma once

#include "capture/eventsource.h"
#include "core/watchoptions.h"

#include <memory>

class PathTable;
class ProcessTable;

// The one place that decides which engine serves a watch: inotify, or (options.backend ==
// Fanotify) the privileged helper. The window and `fsnoop record` never name a backend class.
// `processes` is where a backend that knows processes (fanotify) interns them; inotify cannot
// tell who did what and ignores it.
std::unique_ptr<EventSource> createEventSource(const WatchOptions &options,
                                               std::shared_ptr<PathTable> paths,
                                               ProcessTable &processes);
