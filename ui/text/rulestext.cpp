#include "text/rulestext.h"

#include "analysis/rulefields.h"
#include "io/csvformat.h"

using Column = FilterRule::Column;
using Relation = FilterRule::Relation;

QString RulesText::column(Column c)
{
    switch (c) {
    case Column::Time: return tr("Time");
    case Column::EventType: return tr("Event");
    case Column::Path: return tr("Path");
    case Column::Name: return tr("Name");
    case Column::Folder: return tr("Folder");
    case Column::Extension: return tr("Extension");
    case Column::Kind: return tr("Type");
    case Column::Pid: return tr("PID");
    case Column::Process: return tr("Process");
    case Column::Executable: return tr("Executable");
    case Column::CommandLine: return tr("Command line");
    case Column::ParentPid: return tr("Parent PID");
    case Column::User: return tr("User");
    case Column::Cookie: return tr("Cookie");
    case Column::Source: return tr("Source");
    }
    return {};
}

QString RulesText::relation(Relation r)
{
    switch (r) {
    case Relation::Is: return tr("is");
    case Relation::IsNot: return tr("is not");
    case Relation::Contains: return tr("contains");
    case Relation::Excludes: return tr("excludes");
    case Relation::BeginsWith: return tr("begins with");
    case Relation::EndsWith: return tr("ends with");
    case Relation::LessThan: return tr("less than");
    case Relation::MoreThan: return tr("more than");
    case Relation::Matches: return tr("matches (regex)");
    }
    return {};
}

QString RulesText::action(FilterRule::Action a)
{
    return a == FilterRule::Action::Include ? tr("Include") : tr("Exclude");
}

QString RulesText::kind(bool isDir)
{
    return isDir ? tr("Folder") : tr("File");
}

QString RulesText::source(quint8 source)
{
    switch (source) {
    case FsEvent::Inotify: return tr("inotify");
    case FsEvent::Scan: return tr("scan");
    case FsEvent::Fanotify: return tr("fanotify");
    case FsEvent::Rescan: return tr("rescan");
    }
    return {};
}

QString RulesText::value(Column c, const QString &value)
{
    // The rule's value is the word RuleFields gives the event, in any case: rules compare text
    // ignoring it.
    if (c == Column::Kind) {
        for (const bool isDir : {false, true}) {
            if (value.compare(RuleFields::kindText(isDir), Qt::CaseInsensitive) == 0)
                return kind(isDir);
        }
    }
    if (c == Column::Source) {
        // RuleFields::sourceText is the record's word, CsvFormat::sourceName.
        if (const std::optional<quint8> s = CsvFormat::sourceFromName(value.toLower().toUtf8()))
            return source(*s);
    }
    return value;
}

QString RulesText::sentence(const FilterRule &rule)
{
    return tr("%1 %2 \u201c%3\u201d, %4")
        .arg(column(rule.column), relation(rule.relation), value(rule.column, rule.value),
             action(rule.action).toLower());
}

QString RulesText::problem(const RuleMatcher::Problem &p)
{
    switch (p.error) {
    case RuleCondition::Error::None:
        return {};
    case RuleCondition::Error::BadRegex:
        return tr("rule %1: the regular expression is not valid: %2 (at offset %3)")
            .arg(p.rule + 1)
            .arg(p.detail)
            .arg(p.offset);
    case RuleCondition::Error::NotANumber:
        return tr("rule %1: \u201cless than\u201d and \u201cmore than\u201d need a number here")
            .arg(p.rule + 1);
    case RuleCondition::Error::BadTime:
        return tr("rule %1: not a time; write 14:05, 14:05:30.25 or 2026-11-22 14:05")
            .arg(p.rule + 1);
    }
    return {};
}

QString RulesText::fileError(const FilterFile::Error &e)
{
    switch (e.code) {
    case FilterFile::Error::None:
        return {};
    case FilterFile::Error::CannotOpen:
        return tr("cannot read the file: %1").arg(e.detail);
    case FilterFile::Error::CannotWrite:
        return tr("cannot write the file: %1").arg(e.detail);
    case FilterFile::Error::NotJson:
        return tr("not a JSON document: %1").arg(e.detail);
    case FilterFile::Error::NotAFilterFile:
        return tr("not an fsnoop filter file (docs/filter-format.md)");
    case FilterFile::Error::NewerVersion:
        return tr("written by a newer fsnoop (format version %1)").arg(e.detail);
    case FilterFile::Error::BadRule:
        return tr("set %1, rule %2: unknown %3").arg(e.set + 1).arg(e.rule + 1).arg(e.detail);
    }
    return {};
}

QString RulesText::semantics()
{
    return tr("Rules on the same column are combined with OR, rules on different columns with "
              "AND. An event that matches an Exclude rule is hidden, whatever the Include rules "
              "say. Unticked rules are ignored. Text comparisons ignore case.");
}
