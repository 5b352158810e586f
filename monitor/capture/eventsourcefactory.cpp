#include "capture/eventsourcefactory.h"

#include "fanotify/fanotifysource.h"
#include "inotify/inotifymonitor.h"

std::unique_ptr<EventSource> createEventSource(const WatchOptions &options,
                                               std::shared_ptr<PathTable> paths,
                                               ProcessTable &processes)
{
    switch (options.backend) {
    case WatchOptions::Backend::Fanotify:
        return std::make_unique<FanotifySource>(std::move(paths), processes);
    case WatchOptions::Backend::Inotify:
        break;
    }
    return std::make_unique<InotifyMonitor>(std::move(paths));
}
