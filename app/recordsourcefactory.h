#pragma once

#include "eventsource.h"
#include "watchoptions.h"

#include <QString>

#include <memory>

class PathTable;
class ProcessTable;

// The one place `fsnoop record` picks its engine. Today: inotify. A `--fanotify` option only has
// to set options.backend and add its case here; RecordCommand works on the EventSource interface.
// Returns nullptr with *whyNot set when the backend is not available.
std::unique_ptr<EventSource> createRecordSource(const WatchOptions &options,
                                                std::shared_ptr<PathTable> paths,
                                                ProcessTable *processes, QString *whyNot);
