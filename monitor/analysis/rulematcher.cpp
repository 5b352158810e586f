#include "analysis/rulematcher.h"

#include "core/pathtable.h"
#include "core/processtable.h"

#include <algorithm>

using Column = FilterRule::Column;
using Relation = FilterRule::Relation;
using Key = RuleFields::Key;

RuleMatcher::RuleMatcher(const PathTable *paths, const ProcessTable *processes)
    : m_paths(paths)
    , m_processes(processes)
{
}

void RuleMatcher::setTables(const PathTable *paths, const ProcessTable *processes)
{
    m_paths = paths;
    m_processes = processes;
    resetCaches();
}

void RuleMatcher::resetCaches()
{
    for (auto *list : {&m_includes, &m_excludes, &m_all}) {
        for (Compiled &c : *list) {
            c.idCache.clear();
            c.maskCache.fill({0, false});
        }
    }
}

RuleMatcher::Compiled RuleMatcher::compile(const FilterRule &rule, int index)
{
    Compiled c;
    c.index = index;
    c.column = rule.column;
    c.key = RuleFields::keyOf(rule.column);
    QString value = rule.value;
    // ".txt" and "txt" mean the same extension.
    if (rule.column == Column::Extension && rule.relation != Relation::Matches
        && value.startsWith(QLatin1Char('.')))
        value.remove(0, 1);
    RuleCondition::Error error = RuleCondition::Error::None;
    if (rule.column == Column::Time) {
        c.time = TimeCondition(rule.relation, value);
        error = c.time.error();
    } else {
        c.condition = RuleCondition(rule.relation, value, FilterRule::isNumeric(rule.column));
        error = c.condition.error();
        c.emptyAnswer = c.condition.testUnknown();
        c.byKind[0] = c.condition.testText(RuleFields::kindText(false));
        c.byKind[1] = c.condition.testText(RuleFields::kindText(true));
        for (quint8 s = 0; s < 3; ++s)
            c.bySource[s] = c.condition.testText(RuleFields::sourceText(s));
    }
    c.broken = error != RuleCondition::Error::None;
    if (c.broken) {
        m_problems.append({index, error,
                           error == RuleCondition::Error::BadRegex ? c.condition.errorDetail()
                                                                   : QString(),
                           error == RuleCondition::Error::BadRegex ? c.condition.errorOffset()
                                                                   : -1});
    }
    return c;
}

void RuleMatcher::setRules(const FilterRules &rules)
{
    m_rules = rules;
    m_problems.clear();
    m_includes.clear();
    m_excludes.clear();
    m_all.clear();
    for (int i = 0; i < rules.size(); ++i) {
        const FilterRule &r = rules.at(i);
        m_all.push_back(compile(r, i));
        if (!r.enabled)
            continue;
        (r.action == FilterRule::Action::Include ? m_includes : m_excludes).push_back(m_all.back());
    }
    // Group includes by column, keeping the user's order inside a group (highlight() wants it).
    std::stable_sort(m_includes.begin(), m_includes.end(),
                     [](const Compiled &a, const Compiled &b) { return a.column < b.column; });
    // Disabled rules with errors are still reported: the user sees the rule is broken before
    // turning it on. Problems are in rule order.
    std::sort(m_problems.begin(), m_problems.end(),
              [](const Problem &a, const Problem &b) { return a.rule < b.rule; });
}

bool RuleMatcher::computeById(const Compiled &c, quint32 id) const
{
    if (c.key == Key::PathId) {
        if (!m_paths || id == PathTable::NoPath || id >= m_paths->size())
            return c.emptyAnswer;
        return c.condition.testText(RuleFields::pathText(c.column, *m_paths, id));
    }
    if (!m_processes || id == ProcessTable::NoProcess || id >= m_processes->size())
        return c.emptyAnswer;
    const QString text = RuleFields::processText(c.column, m_processes->info(id));
    if (text.isEmpty())
        return c.emptyAnswer;
    if (FilterRule::isNumeric(c.column))
        return c.condition.testNumber(text.toLongLong());
    return c.condition.testText(text);
}

bool RuleMatcher::testById(const Compiled &c, quint32 id) const
{
    if (id >= c.idCache.size())
        c.idCache.resize(std::max<std::size_t>(std::size_t(id) + 1, c.idCache.size() * 2), 0);
    quint8 &slot = c.idCache[id];
    if (slot == 0)
        slot = computeById(c, id) ? 1 : 2;
    return slot == 1;
}

bool RuleMatcher::testMask(const Compiled &c, const FsEvent &e) const
{
    // The key folds the overflow flag in: an overflow marker's mask is IN_Q_OVERFLOW.
    const quint32 key = e.isOverflow() ? 0xffffffffu : e.mask;
    auto &slot = c.maskCache[(key * 2654435761u) >> 26];
    if (slot.first == key + 1 && key != 0xffffffffu)
        return slot.second;
    const QString text = RuleFields::eventTypeText(e.mask, e.isOverflow());
    bool answer;
    if (c.condition.error() == RuleCondition::Error::None
        && (FilterRule::Relation::Is == c.condition.relation()
            || FilterRule::Relation::IsNot == c.condition.relation())) {
        // "is modify" holds for an event whose types include modify (fanotify can merge
        // several into one record: "modify,close_write").
        bool any = false;
        for (QStringView token : QStringView(text).split(u','))
            any = any || c.condition.sameText(token);
        answer = c.condition.relation() == FilterRule::Relation::Is ? any : !any;
    } else {
        answer = c.condition.testText(text);
    }
    if (key != 0xffffffffu)
        slot = {key + 1, answer};
    return answer;
}

bool RuleMatcher::test(const Compiled &c, const FsEvent &e) const
{
    if (c.broken)
        return false;
    switch (c.key) {
    case Key::PathId:
        return testById(c, e.pathId);
    case Key::ProcessId:
        return testById(c, e.processId);
    case Key::Mask:
        return testMask(c, e);
    case Key::Direct:
        break;
    }
    switch (c.column) {
    case Column::Time:
        return c.time.test(e.timeNs);
    case Column::Kind:
        return e.isOverflow() ? c.emptyAnswer : c.byKind[e.isDir() ? 1 : 0];
    case Column::Source:
        return e.source < 3 ? c.bySource[e.source] : c.emptyAnswer;
    case Column::Pid:
        return e.pid >= 0 ? c.condition.testNumber(e.pid) : c.emptyAnswer;
    case Column::Cookie:
        return (e.cookie && !e.isOverflow()) ? c.condition.testNumber(e.cookie) : c.emptyAnswer;
    default:
        return false;
    }
}

bool RuleMatcher::accepts(const FsEvent &e) const
{
    const bool overflow = e.isOverflow();
    for (const Compiled &c : m_excludes) {
        if ((!overflow || c.column == Column::EventType) && test(c, e))
            return false;
    }
    // One OR group per column: the event must pass each group.
    std::size_t i = 0;
    while (i < m_includes.size()) {
        const Column column = m_includes[i].column;
        bool passed = overflow && column != Column::EventType;
        for (; i < m_includes.size() && m_includes[i].column == column; ++i) {
            if (!passed && test(m_includes[i], e))
                passed = true;
        }
        if (!passed)
            return false;
    }
    return true;
}

int RuleMatcher::highlight(const FsEvent &e) const
{
    const bool overflow = e.isOverflow();
    for (const Compiled &c : m_excludes) {
        if ((!overflow || c.column == Column::EventType) && test(c, e))
            return -1;
    }
    int first = -1;
    for (const Compiled &c : m_includes) {
        if ((first < 0 || c.index < first) && (!overflow || c.column == Column::EventType)
            && test(c, e))
            first = c.index;
    }
    return first;
}

bool RuleMatcher::ruleMatches(int rule, const FsEvent &e) const
{
    if (rule < 0 || rule >= int(m_all.size()))
        return false;
    return test(m_all[std::size_t(rule)], e);
}
