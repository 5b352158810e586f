#include "core/logging.h"

Q_LOGGING_CATEGORY(lcMonitor, "fsnoop.monitor", QtInfoMsg)
