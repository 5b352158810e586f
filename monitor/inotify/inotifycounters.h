#pragma once

#include <QtGlobal>

#include <atomic>

// Counters shared between the reader thread (writer) and the monitor's thread (reader).
struct InotifyCounters {
    std::atomic<qint64> watched{0};
    std::atomic<qint64> unwatched{0};
    std::atomic<qint64> overflows{0};
    std::atomic<qint64> eventsRead{0};
    std::atomic<qint64> eventsRecorded{0};
    std::atomic<qint64> waitingRoots{0};
};
