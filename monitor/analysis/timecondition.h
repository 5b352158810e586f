#pragma once

#include "analysis/rulecondition.h"

// A rule on the time column. The value is a date and time ("2026-11-22 08:12:50", local time,
// 'T' allowed) or a time of day ("08:12", "08:12:50.25") as the table shows it; it stands for
// the whole span its digits name, so "is 08:12:50" is every event of that second and "less
// than 08:12" is before that minute began. Text relations (contains, matches...) see the
// table's text, "08:12:50.250000".
//
// Local time needs the zone offset; it is looked up once per hour of events (they arrive in
// time order), not per event.
class TimeCondition final
{
public:
    TimeCondition() = default;
    TimeCondition(FilterRule::Relation relation, const QString &value);

    RuleCondition::Error error() const;
    bool test(qint64 timeNs) const;

    // "HH:MM:SS.ffffff" of a time of day in ns, written into `out` (15 chars), no allocation.
    static void formatTimeOfDay(qint64 todNs, char16_t *out);
    static constexpr int kTextLength = 15;

private:
    qint64 localTimeOfDay(qint64 timeNs) const;

    FilterRule::Relation m_relation = FilterRule::Relation::Is;
    RuleCondition m_text;      // for the text relations, and a value that is no time
    bool m_parsed = false;     // the value is a time
    bool m_timeOfDay = false;  // ... of day (else absolute)
    qint64 m_start = 0;        // ns: since the epoch, or since local midnight
    qint64 m_span = 0;         // ns the value's precision covers
    mutable qint64 m_hour = -1; // cache: the hour (since the epoch) m_offset belongs to
    mutable qint64 m_offset = 0;
};
