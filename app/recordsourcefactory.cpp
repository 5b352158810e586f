#include "recordsourcefactory.h"

#include "fanotifysource.h"
#include "inotifymonitor.h"

#include <QCoreApplication>

std::unique_ptr<EventSource> createRecordSource(const WatchOptions &options,
                                                std::shared_ptr<PathTable> paths,
                                                ProcessTable *processes, QString *whyNot)
{
    // `processes` is where a backend that knows processes (fanotify) interns them, so the CSV
    // writer can name them; inotify cannot tell who did what.
    switch (options.backend) {
    case WatchOptions::Backend::Inotify:
        return std::make_unique<InotifyMonitor>(std::move(paths));
    case WatchOptions::Backend::Fanotify:
        if (processes)
            return std::make_unique<FanotifySource>(std::move(paths), *processes);
        break;
    }
    if (whyNot)
        *whyNot = QCoreApplication::translate("RecordCommand",
                                              "the fanotify backend needs a process table");
    return nullptr;
}
