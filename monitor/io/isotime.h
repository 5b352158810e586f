#pragma once

#include <QByteArray>

#include <ctime>

// Pieces of an ISO 8601 timestamp shared by the CSV (local time, microseconds) and JSON Lines
// (UTC, nanoseconds) writers, so both split and print a second the same way.
namespace IsoTime {

// Floor division, so times before 1970 still get a positive fraction: returns the nanoseconds
// within the second and stores the second in *second.
qint64 splitNs(qint64 timeNs, qint64 *second);

// "YYYY-MM-DDTHH:MM:SS." of a broken-down time (from localtime_r(3) or gmtime_r(3)).
QByteArray secondPrefix(const struct tm &tm);

} // namespace IsoTime
