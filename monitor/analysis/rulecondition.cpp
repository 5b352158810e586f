#include "analysis/rulecondition.h"

#include <array>

using Relation = FilterRule::Relation;

RuleCondition::RuleCondition(Relation relation, const QString &value, bool numeric)
    : m_relation(relation)
    , m_value(value)
{
    m_number = value.trimmed().toLongLong(&m_isNumber);
    if (relation == Relation::Matches) {
        m_regex = QRegularExpression(value, QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid()) {
            m_error = Error::BadRegex;
            m_errorDetail = m_regex.errorString();
            m_errorOffset = int(m_regex.patternErrorOffset());
        } else {
            m_regex.optimize();
        }
    } else if (numeric && !m_isNumber
               && (relation == Relation::LessThan || relation == Relation::MoreThan)) {
        m_error = Error::NotANumber;
    }
}

bool RuleCondition::testText(QStringView text) const
{
    if (m_error != Error::None)
        return false; // a broken rule matches nothing; the dialog says why
    switch (m_relation) {
    case Relation::Is:
        return text.compare(m_value, Qt::CaseInsensitive) == 0;
    case Relation::IsNot:
        return text.compare(m_value, Qt::CaseInsensitive) != 0;
    case Relation::Contains:
        return text.contains(m_value, Qt::CaseInsensitive);
    case Relation::Excludes:
        return !text.contains(m_value, Qt::CaseInsensitive);
    case Relation::BeginsWith:
        return text.startsWith(m_value, Qt::CaseInsensitive);
    case Relation::EndsWith:
        return text.endsWith(m_value, Qt::CaseInsensitive);
    case Relation::LessThan:
        return !text.isEmpty() && text.compare(m_value, Qt::CaseInsensitive) < 0;
    case Relation::MoreThan:
        return !text.isEmpty() && text.compare(m_value, Qt::CaseInsensitive) > 0;
    case Relation::Matches:
        return m_regex.match(text).hasMatch();
    }
    return false;
}

bool RuleCondition::testNumber(qint64 n) const
{
    if (m_error != Error::None)
        return false;
    if (m_isNumber) {
        switch (m_relation) {
        case Relation::Is:
            return n == m_number;
        case Relation::IsNot:
            return n != m_number;
        case Relation::LessThan:
            return n < m_number;
        case Relation::MoreThan:
            return n > m_number;
        default:
            break;
        }
    }
    // Decimal text on the stack: a text relation on a pid must not allocate per event.
    std::array<char16_t, 24> buf{};
    std::size_t len = 0;
    const bool negative = n < 0;
    quint64 v = negative ? quint64(-(n + 1)) + 1 : quint64(n);
    do {
        buf[buf.size() - 1 - len++] = char16_t(u'0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        buf[buf.size() - 1 - len++] = u'-';
    return testText(QStringView(buf.data() + buf.size() - len, qsizetype(len)));
}
