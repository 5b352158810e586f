#include "analysis/filterrule.h"

namespace {

struct ColumnName {
    FilterRule::Column column;
    const char *key;
};
constexpr ColumnName kColumns[] = {
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

struct RelationName {
    FilterRule::Relation relation;
    const char *key;
};
constexpr RelationName kRelations[] = {
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

} // namespace

const QList<FilterRule::Column> &FilterRule::columns()
{
    static const QList<Column> list = [] {
        QList<Column> l;
        for (const ColumnName &c : kColumns)
            l.append(c.column);
        return l;
    }();
    return list;
}

const QList<FilterRule::Relation> &FilterRule::relations()
{
    static const QList<Relation> list = [] {
        QList<Relation> l;
        for (const RelationName &r : kRelations)
            l.append(r.relation);
        return l;
    }();
    return list;
}

QString FilterRule::columnKey(Column c)
{
    for (const ColumnName &n : kColumns) {
        if (n.column == c)
            return QLatin1String(n.key);
    }
    return {};
}

QString FilterRule::relationKey(Relation r)
{
    for (const RelationName &n : kRelations) {
        if (n.relation == r)
            return QLatin1String(n.key);
    }
    return {};
}

QString FilterRule::actionKey(Action a)
{
    return a == Action::Include ? QStringLiteral("include") : QStringLiteral("exclude");
}

bool FilterRule::columnFromKey(const QString &key, Column *c)
{
    for (const ColumnName &n : kColumns) {
        if (key == QLatin1String(n.key)) {
            *c = n.column;
            return true;
        }
    }
    return false;
}

bool FilterRule::relationFromKey(const QString &key, Relation *r)
{
    for (const RelationName &n : kRelations) {
        if (key == QLatin1String(n.key)) {
            *r = n.relation;
            return true;
        }
    }
    return false;
}

bool FilterRule::actionFromKey(const QString &key, Action *a)
{
    if (key == QLatin1String("include"))
        *a = Action::Include;
    else if (key == QLatin1String("exclude"))
        *a = Action::Exclude;
    else
        return false;
    return true;
}

bool FilterRule::isNumeric(Column c)
{
    return c == Column::Pid || c == Column::ParentPid || c == Column::Cookie;
}
