#pragma once

#include "analysis/filterrule.h"

#include <QRegularExpression>
#include <QString>
#include <QStringView>

// The relation and value of one rule, compiled once: "contains foo", "less than 100",
// "matches ^/tmp/.*\.o$". Text comparisons ignore case, as Process Monitor's do. An unknown
// value (an inotify event has no pid) is the empty text: "is 5" fails on it, "is not 5" passes.
class RuleCondition final
{
public:
    enum class Error { None, BadRegex, NotANumber, BadTime };

    RuleCondition() = default;
    RuleCondition(FilterRule::Relation relation, const QString &value, bool numeric);

    Error error() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; } // Qt's regex message, for BadRegex
    int errorOffset() const { return m_errorOffset; }

    bool testText(QStringView text) const;
    // Numbers: "less/more than" and "is/is not" compare as numbers, the other relations the
    // number's decimal text (built on the stack, no allocation).
    bool testNumber(qint64 n) const;
    bool testUnknown() const { return testText(QStringView()); }
    FilterRule::Relation relation() const { return m_relation; }
    // The value equals `text`, ignoring case (the "is" test without the relation).
    bool sameText(QStringView text) const { return text.compare(m_value, Qt::CaseInsensitive) == 0; }

private:
    FilterRule::Relation m_relation = FilterRule::Relation::Is;
    QString m_value;
    QRegularExpression m_regex;
    qint64 m_number = 0;
    bool m_isNumber = false;
    Error m_error = Error::None;
    QString m_errorDetail;
    int m_errorOffset = -1;
};
