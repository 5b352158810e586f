#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>

// Resident memory of this process in KiB (VmRSS of /proc/self/status), -1 if unknown: the growth
// across a fill counts allocator overhead too, beside a structure's own accounting.
inline long residentKiB()
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "VmRSS:", 6) == 0)
            kib = std::atol(line + 6);
    }
    std::fclose(f);
    return kib;
}
