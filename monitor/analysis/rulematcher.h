#pragma once

#include "analysis/filterrule.h"
#include "analysis/rulecondition.h"
#include "analysis/rulefields.h"
#include "analysis/timecondition.h"
#include "core/fsevent.h"

#include <array>
#include <vector>

class PathTable;
class ProcessTable;

// A list of rules, compiled, asked about events: accepts() for filter rules, highlight() for
// highlight rules. The semantics are Process Monitor's:
//   - rules on the same column are OR-ed, rules on different columns AND-ed (an event passes
//     when, for every column that has include rules, at least one of them matches);
//   - an exclude rule that matches hides the event, whatever the includes say;
//   - disabled rules are ignored; a rule that does not compile (bad regex, "less than" a word)
//     matches nothing and is listed in problems(), so the window can say so.
// Overflow markers say that events are missing; only event-type rules apply to them, so a path
// or process rule can never make a filtered view look complete when it is not.
//
// Speed: accepts() runs once per event over millions of events. A path column's text is built
// once per path id, a process column's once per process id, an event type's once per mask; each
// rule keeps its answers in a small per-id cache (the tables are append-only, so an answer stays
// right). Numbers and times are compared as numbers.
class RuleMatcher final
{
public:
    struct Problem {
        int rule;                   // index in the list given to setRules()
        RuleCondition::Error error;
        QString detail;             // the regex engine's message, for BadRegex
        int offset = -1;            // where in the pattern
    };

    RuleMatcher(const PathTable *paths = nullptr, const ProcessTable *processes = nullptr);

    void setTables(const PathTable *paths, const ProcessTable *processes);
    void setRules(const FilterRules &rules);
    const FilterRules &rules() const { return m_rules; }
    const QList<Problem> &problems() const { return m_problems; }
    int enabledCount() const { return int(m_includes.size() + m_excludes.size()); }
    bool isEmpty() const { return enabledCount() == 0; }

    // Filter semantics (see above). True when there are no enabled rules.
    bool accepts(const FsEvent &e) const;
    // Highlight semantics: the index (in rules()) of the first enabled include rule that matches,
    // or -1 when none does or an enabled exclude rule matches.
    int highlight(const FsEvent &e) const;
    // Whether one rule (by index in rules()) matches, ignoring its enable box and action.
    bool ruleMatches(int rule, const FsEvent &e) const;

private:
    struct Compiled {
        int index = 0;
        FilterRule::Column column = FilterRule::Column::Path;
        RuleFields::Key key = RuleFields::Key::Direct;
        RuleCondition condition;
        TimeCondition time;
        bool broken = false;
        bool byKind[2] = {false, false};   // file, folder
        bool bySource[3] = {false, false, false};
        bool emptyAnswer = false;          // the answer for an unknown value
        // Per path id / process id: 0 not asked yet, 1 match, 2 no match.
        mutable std::vector<quint8> idCache;
        // Per event mask, direct-mapped: (mask+1, answer); masks are few.
        mutable std::array<std::pair<quint32, bool>, 64> maskCache{};
    };

    Compiled compile(const FilterRule &rule, int index);
    bool test(const Compiled &c, const FsEvent &e) const;
    bool testById(const Compiled &c, quint32 id) const;
    bool computeById(const Compiled &c, quint32 id) const;
    bool testMask(const Compiled &c, const FsEvent &e) const;
    void resetCaches();

    const PathTable *m_paths;
    const ProcessTable *m_processes;
    FilterRules m_rules;
    QList<Problem> m_problems;
    std::vector<Compiled> m_includes; // sorted by column: one OR group after another
    std::vector<Compiled> m_excludes;
    std::vector<Compiled> m_all;      // every rule, enabled or not, for ruleMatches()
};
