#include "analysis/filterrule.h"

#include <cstddef>

namespace {

// One word of the filter file and the enum value it stands for. Each of FilterRule's enums has
// one table of these, in display order; the functions below read any of them.
template<typename Enum>
struct KeyWord {
    Enum value;
    const char *key;
};

constexpr KeyWord<FilterRule::Column> kColumns[] = {
    {FilterRule::Column::Time, "time"},
    {FilterRule::Column::EventType, "event"},
    {FilterRule::Column::Path, "path"},
    {FilterRule::Column::Name, "name"},
    {FilterRule::Column::Folder, "folder"},
    {FilterRule::Column::Extension, "extension"},
    {FilterRule::Column::Kind, "kind"},
    {FilterRule::Column::Pid, "pid"},
    {FilterRule::Column::Process, "process"},
    {FilterRule::Column::Executable, "executable"},
    {FilterRule::Column::CommandLine, "command_line"},
    {FilterRule::Column::ParentPid, "parent_pid"},
    {FilterRule::Column::User, "user"},
    {FilterRule::Column::Cookie, "cookie"},
    {FilterRule::Column::Source, "source"},
};

constexpr KeyWord<FilterRule::Relation> kRelations[] = {
    {FilterRule::Relation::Is, "is"},
    {FilterRule::Relation::IsNot, "is_not"},
    {FilterRule::Relation::Contains, "contains"},
    {FilterRule::Relation::Excludes, "excludes"},
    {FilterRule::Relation::BeginsWith, "begins_with"},
    {FilterRule::Relation::EndsWith, "ends_with"},
    {FilterRule::Relation::LessThan, "less_than"},
    {FilterRule::Relation::MoreThan, "more_than"},
    {FilterRule::Relation::Matches, "matches"},
};

constexpr KeyWord<FilterRule::Action> kActions[] = {
    {FilterRule::Action::Include, "include"},
    {FilterRule::Action::Exclude, "exclude"},
};

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const KeyWord<Enum> (&table)[N])
{
    QList<Enum> values;
    for (const KeyWord<Enum> &word : table)
        values.append(word.value);
    return values;
}

template<typename Enum, std::size_t N>
QString keyOf(const KeyWord<Enum> (&table)[N], Enum value)
{
    for (const KeyWord<Enum> &word : table) {
        if (word.value == value)
            return QLatin1String(word.key);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const KeyWord<Enum> (&table)[N], const QString &key, Enum *value)
{
    for (const KeyWord<Enum> &word : table) {
        if (key == QLatin1String(word.key)) {
            *value = word.value;
            return true;
        }
    }
    return false;
}

} // namespace

const QList<FilterRule::Column> &FilterRule::columns()
{
    static const QList<Column> list = valuesOf(kColumns);
    return list;
}

const QList<FilterRule::Relation> &FilterRule::relations()
{
    static const QList<Relation> list = valuesOf(kRelations);
    return list;
}

QString FilterRule::columnKey(Column c)
{
    return keyOf(kColumns, c);
}

QString FilterRule::relationKey(Relation r)
{
    return keyOf(kRelations, r);
}

QString FilterRule::actionKey(Action a)
{
    return keyOf(kActions, a);
}

bool FilterRule::columnFromKey(const QString &key, Column *c)
{
    return valueOf(kColumns, key, c);
}

bool FilterRule::relationFromKey(const QString &key, Relation *r)
{
    return valueOf(kRelations, key, r);
}

bool FilterRule::actionFromKey(const QString &key, Action *a)
{
    return valueOf(kActions, key, a);
}

bool FilterRule::isNumeric(Column c)
{
    return c == Column::Pid || c == Column::ParentPid || c == Column::Cookie;
}
