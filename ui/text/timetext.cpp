#include "text/timetext.h"

QString TimeText::timeOfDay(qint64 ns)
{
    return toDateTime(ns).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString TimeText::timeOfDayMicros(qint64 ns)
{
    // QDateTime stops at milliseconds; the next three digits come from the nanoseconds.
    return timeOfDay(ns) + QString::number((ns / 1000) % 1000 + 1000).mid(1);
}

QString TimeText::dateTime(qint64 ns)
{
    return toDateTime(ns).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
