#include "eventsourcefactory.h"

#include "inotifymonitor.h"

std::unique_ptr<EventSource> createEventSource(const WatchOptions &options,
                                               std::shared_ptr<PathTable> paths)
{
    // The fanotify source is added here once it exists; until then a Fanotify request is served
    // by inotify (the window reports that process information is not available).
    Q_UNUSED(options);
    return std::make_unique<InotifyMonitor>(std::move(paths));
}
