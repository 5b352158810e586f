#pragma once

#include <QList>
#include <QString>

// One Process Monitor-style rule: *column · relation · value · include or exclude*, with an
// enable box. Filter rules and highlight rules are the same record (a highlight rule also names
// a colour); what a set of them means is RuleMatcher's business.
//
// The keys (columnKey(), relationKey(), ...) are the words of the filter file
// (docs/filter-format.md): stable, English, lower case, never translated.
struct FilterRule
{
    enum class Column {
        Time, EventType, Path, Name, Folder, Extension, Kind, Pid, Process, Executable,
        CommandLine, ParentPid, User, Cookie, Source,
    };
    enum class Relation { Is, IsNot, Contains, Excludes, BeginsWith, EndsWith, LessThan, MoreThan, Matches };
    enum class Action { Include, Exclude };

    Column column = Column::Path;
    Relation relation = Relation::Contains;
    QString value;
    Action action = Action::Include;
    bool enabled = true;
    QString color; // highlight rules only: a colour name ("red", "#d03030"); empty otherwise

    friend bool operator==(const FilterRule &a, const FilterRule &b)
    {
        return a.column == b.column && a.relation == b.relation && a.value == b.value
            && a.action == b.action && a.enabled == b.enabled && a.color == b.color;
    }
    friend bool operator!=(const FilterRule &a, const FilterRule &b) { return !(a == b); }

    static const QList<Column> &columns();     // every column, in display order
    static const QList<Relation> &relations(); // every relation, in display order

    static QString columnKey(Column c);
    static QString relationKey(Relation r);
    static QString actionKey(Action a);
    // Inverse of the *Key() functions; false on an unknown word.
    static bool columnFromKey(const QString &key, Column *c);
    static bool relationFromKey(const QString &key, Relation *r);
    static bool actionFromKey(const QString &key, Action *a);

    // Columns whose values are numbers: "less than" / "more than" compare numerically there.
    static bool isNumeric(Column c);
};

using FilterRules = QList<FilterRule>;
