#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>

// One field of /proc/self/status in KiB (e.g. "VmRSS:", "RssAnon:", "VmHWM:"), -1 if unknown
// (proc(5): those lines read "Field:   1234 kB"). No Qt: the yardstick benches link none.
inline long statusKiB(const char *field)
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    const std::size_t length = std::strlen(field);
    char line[256];
    long kib = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, field, length) == 0) {
            kib = std::atol(line + length);
            break;
        }
    }
    std::fclose(f);
    return kib;
}

// Resident memory of this process in KiB (VmRSS), -1 if unknown: the growth across a fill counts
// allocator overhead too, beside a structure's own accounting.
inline long residentKiB()
{
    return statusKiB("VmRSS:");
}
