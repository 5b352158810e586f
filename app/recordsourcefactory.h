#pragma once

#include "eventsource.h"
#include "watchoptions.h"

#include <QString>

#include <memory>

class PathTable;
class ProcessTable;

// The one place `fsnoop record` picks its engine: inotify, or (options.backend == Fanotify) the
// privileged helper, which interns process identities into `processes`. A `--fanotify` option only
// has to set options.backend; RecordCommand works on the EventSource interface.
// Returns nullptr with *whyNot set when the backend is not available.
std::unique_ptr<EventSource> createRecordSource(const WatchOptions &options,
                                                std::shared_ptr<PathTable> paths,
                                                ProcessTable *processes, QString *whyNot);
