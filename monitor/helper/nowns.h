#pragma once

#include <time.h>

#include <cstdint>

// CLOCK_REALTIME in ns: the time of every record the helper sends (protocol/protocol.h, timeNs).
inline std::uint64_t nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return std::uint64_t(ts.tv_sec) * 1000000000ull + std::uint64_t(ts.tv_nsec);
}
