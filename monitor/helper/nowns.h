#pragma once

#include <time.h>

#include <cstdint>

// A clock in ns (clock_gettime(2)).
inline std::int64_t clockNs(clockid_t clock)
{
    timespec ts{};
    ::clock_gettime(clock, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000ll + std::int64_t(ts.tv_nsec);
}

// CLOCK_REALTIME in ns: the time of every record the helper sends (protocol/protocol.h, timeNs).
inline std::uint64_t nowNs()
{
    return std::uint64_t(clockNs(CLOCK_REALTIME));
}
