#include "text/timetext.h"

QString TimeText::timeOfDay(qint64 ns)
{
    return toDateTime(ns).toString(QStringLiteral("HH:mm:ss.zzz"));
}

// QDateTime stops at milliseconds; the next three digits come from the nanoseconds.
static QString microDigits(qint64 ns)
{
    return QString::number((ns / 1000) % 1000 + 1000).mid(1);
}

QString TimeText::timeOfDayMicros(qint64 ns)
{
    return timeOfDay(ns) + microDigits(ns);
}

QString TimeText::dateTimeMicros(qint64 ns)
{
    return dateTime(ns) + microDigits(ns);
}

QString TimeText::dateTime(qint64 ns)
{
    return toDateTime(ns).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
