#include "io/csvfields.h"

#include <limits>

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// Reads exactly `n` digits at s[*pos]; false if any is not a digit.
bool digits(QByteArrayView s, qsizetype *pos, int n, int *value)
{
    if (*pos + n > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[*pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *pos += n;
    *value = v;
    return true;
}

bool expect(QByteArrayView s, qsizetype *pos, char c)
{
    if (*pos >= s.size() || s[*pos] != c)
        return false;
    ++*pos;
    return true;
}

} // namespace

bool CsvFields::parseTime(QByteArrayView s, qint64 *timeNs)
{
    qsizetype p = 0;
    int year, month, day, hour, minute, second;
    if (!digits(s, &p, 4, &year) || !expect(s, &p, '-') || !digits(s, &p, 2, &month)
        || !expect(s, &p, '-') || !digits(s, &p, 2, &day) || !expect(s, &p, 'T')
        || !digits(s, &p, 2, &hour) || !expect(s, &p, ':') || !digits(s, &p, 2, &minute)
        || !expect(s, &p, ':') || !digits(s, &p, 2, &second))
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1
        || day > kDays[month - 1] + (month == 2 && isLeap(year) ? 1 : 0) || hour > 23
        || minute > 59 || second > 59)
        return false;
    qint64 fraction = 0;
    if (p < s.size() && s[p] == '.') {
        ++p;
        int n = 0;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9' && n < 9) {
            fraction = fraction * 10 + (s[p] - '0');
            ++p;
            ++n;
        }
        if (n == 0)
            return false;
        for (; n < 9; ++n)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (p < s.size() && s[p] == 'Z') {
        ++p;
    } else if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
        const bool negative = s[p] == '-';
        ++p;
        int oh, om;
        if (!digits(s, &p, 2, &oh) || !expect(s, &p, ':') || !digits(s, &p, 2, &om) || oh > 23
            || om > 59)
            return false;
        offsetSeconds = (oh * 3600 + om * 60) * (negative ? -1 : 1);
    } else {
        return false; // a time without an offset is ambiguous: refuse rather than guess
    }
    if (p != s.size())
        return false;
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400
        + hour * 3600 + minute * 60 + second - offsetSeconds;
    // Nanoseconds since the epoch in a qint64 span 1677-09-21 .. 2262-04-11; refuse what does not
    // fit instead of overflowing.
    constexpr qint64 kMaxSeconds = std::numeric_limits<qint64>::max() / 1000000000 - 1;
    if (seconds < -kMaxSeconds || seconds > kMaxSeconds)
        return false;
    *timeNs = seconds * 1000000000 + fraction;
    return true;
}

bool CsvFields::parseUnsigned(QByteArrayView s, quint64 max, quint64 *value)
{
    if (s.isEmpty() || s.size() > 20)
        return false;
    quint64 v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + quint64(c - '0');
        if (v > max)
            return false;
    }
    *value = v;
    return true;
}
