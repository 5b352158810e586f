#include "analysis/timecondition.h"

#include <QDateTime>
#include <QRegularExpression>

using Relation = FilterRule::Relation;

namespace {
constexpr qint64 kNsPerSecond = 1000000000LL;
constexpr qint64 kNsPerHour = 3600 * kNsPerSecond;
constexpr qint64 kNsPerDay = 24 * kNsPerHour;

bool isOrder(Relation r)
{
    return r == Relation::Is || r == Relation::IsNot || r == Relation::LessThan
        || r == Relation::MoreThan;
}
} // namespace

TimeCondition::TimeCondition(Relation relation, const QString &value)
    : m_relation(relation)
    , m_text(relation, value, false)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:(\\d{4})-(\\d{2})-(\\d{2})[T ])?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?\\s*$"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return;
    const int h = m.captured(4).toInt(), mi = m.captured(5).toInt();
    const int s = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    if (h > 23 || mi > 59 || s > 59)
        return;
    const QString fraction = m.captured(7);
    qint64 fractionNs = 0;
    m_span = m.captured(6).isEmpty() ? 60 * kNsPerSecond : kNsPerSecond;
    if (!fraction.isEmpty()) {
        fractionNs = (fraction + QString(9 - fraction.size(), QLatin1Char('0'))).toLongLong();
        m_span = 1;
        for (qsizetype i = fraction.size(); i < 9; ++i)
            m_span *= 10;
    }
    const qint64 tod = (h * 3600LL + mi * 60LL + s) * kNsPerSecond + fractionNs;
    if (m.captured(1).isEmpty()) {
        m_timeOfDay = true;
        m_start = tod;
    } else {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid())
            return;
        const QDateTime dt(date, QTime(h, mi, s), Qt::LocalTime);
        m_start = dt.toMSecsSinceEpoch() / 1000 * kNsPerSecond + fractionNs;
    }
    m_parsed = true;
}

RuleCondition::Error TimeCondition::error() const
{
    if (!m_parsed && (m_relation == Relation::LessThan || m_relation == Relation::MoreThan))
        return RuleCondition::Error::BadTime;
    return m_text.error();
}

qint64 TimeCondition::localTimeOfDay(qint64 timeNs) const
{
    const qint64 hour = timeNs >= 0 ? timeNs / kNsPerHour : -1 - (-timeNs - 1) / kNsPerHour;
    if (hour != m_hour) {
        m_hour = hour;
        m_offset = qint64(QDateTime::fromMSecsSinceEpoch(hour * 3600 * 1000).offsetFromUtc())
            * kNsPerSecond;
    }
    const qint64 local = timeNs + m_offset;
    return ((local % kNsPerDay) + kNsPerDay) % kNsPerDay;
}

void TimeCondition::formatTimeOfDay(qint64 todNs, char16_t *out)
{
    const qint64 micros = todNs / 1000;
    const qint64 secs = micros / 1000000;
    const qint64 fields[] = {secs / 3600, (secs / 60) % 60, secs % 60};
    int pos = 0;
    for (int i = 0; i < 3; ++i) {
        out[pos++] = char16_t(u'0' + fields[i] / 10);
        out[pos++] = char16_t(u'0' + fields[i] % 10);
        out[pos++] = i < 2 ? u':' : u'.';
    }
    qint64 frac = micros % 1000000;
    for (int i = 5; i >= 0; --i) {
        out[pos + i] = char16_t(u'0' + frac % 10);
        frac /= 10;
    }
}

bool TimeCondition::test(qint64 timeNs) const
{
    if (error() != RuleCondition::Error::None)
        return false;
    if (m_parsed && isOrder(m_relation)) {
        const qint64 t = m_timeOfDay ? localTimeOfDay(timeNs) : timeNs;
        switch (m_relation) {
        case Relation::Is:
            return t >= m_start && t < m_start + m_span;
        case Relation::IsNot:
            return t < m_start || t >= m_start + m_span;
        case Relation::LessThan:
            return t < m_start;
        case Relation::MoreThan:
            return t >= m_start + m_span;
        default:
            break;
        }
    }
    char16_t text[kTextLength];
    formatTimeOfDay(localTimeOfDay(timeNs), text);
    return m_text.testText(QStringView(text, kTextLength));
}
