#pragma once

#include "analysis/filterrule.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A named list of rules ("Build noise", "Only vim"), as the rules dialog saves them.
struct NamedRuleSet
{
    QString name;
    FilterRules rules;

    friend bool operator==(const NamedRuleSet &a, const NamedRuleSet &b)
    {
        return a.name == b.name && a.rules == b.rules;
    }
};

// The filter file: a small JSON document holding named rule sets, shared by the window (save,
// load, import, export) and `fsnoop record --filter FILE`. The format is docs/filter-format.md.
// Reading is strict: an unknown column, relation or action fails with where it is, and nothing
// half-read is returned.
class FilterFile final
{
public:
    static constexpr int kVersion = 1;

    struct Error {
        enum Code { None, CannotOpen, CannotWrite, NotJson, NotAFilterFile, NewerVersion, BadRule };
        Code code = None;
        QString detail; // the OS or JSON parser's words, or the offending value
        int set = -1;   // 0-based, when the error is inside a set
        int rule = -1;  // 0-based, when inside a rule
    };

    static QByteArray toJson(const QList<NamedRuleSet> &sets);
    static bool fromJson(const QByteArray &json, QList<NamedRuleSet> *sets, Error *error);

    static bool load(const QString &fileName, QList<NamedRuleSet> *sets, Error *error);
    // Atomic (QSaveFile): a crash while saving leaves the old file whole.
    static bool save(const QString &fileName, const QList<NamedRuleSet> &sets, Error *error);
};
