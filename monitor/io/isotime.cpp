#include "io/isotime.h"

#include <cstdio>

namespace IsoTime {

qint64 splitNs(qint64 timeNs, qint64 *second)
{
    qint64 s = timeNs / 1000000000;
    qint64 ns = timeNs % 1000000000;
    if (ns < 0) {
        ns += 1000000000;
        --s;
    }
    *second = s;
    return ns;
}

QByteArray secondPrefix(const struct tm &tm)
{
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.",
                                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                                tm.tm_min, tm.tm_sec);
    return QByteArray(buf, n);
}

} // namespace IsoTime
