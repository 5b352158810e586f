#pragma once

#include <QDateTime>
#include <QString>

// How fsnoop shows event times (FsEvent::timeNs: ns since the epoch) to people: in local time,
// one format per use so that the table, the details pane, the statistics and the rename chains
// all read the same, and the ns <-> ms <-> s arithmetic written once.
class TimeText final
{
public:
    static constexpr qint64 kNsPerMs = 1000000;
    static constexpr qint64 kNsPerSecond = 1000000000;

    static QDateTime toDateTime(qint64 ns) { return QDateTime::fromMSecsSinceEpoch(ns / kNsPerMs); }
    static qint64 nowNs() { return QDateTime::currentMSecsSinceEpoch() * kNsPerMs; }

    // "08:12:36.123": a table cell.
    static QString timeOfDay(qint64 ns);
    // "08:12:36.123456": the event table, where events microseconds apart must be told apart.
    static QString timeOfDayMicros(qint64 ns);
    // "2026-11-22 08:12:36.123": a tooltip, where the date matters too.
    static QString dateTime(qint64 ns);
    // "2026-11-22 08:12:36.123456": the details pane, and the table when a capture spans days;
    // the same digits as the table's time.
    static QString dateTimeMicros(qint64 ns);
};
