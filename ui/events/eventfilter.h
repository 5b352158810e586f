#pragma once

#include "analysis/rulematcher.h"
#include "core/fsevent.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <vector>

class PathTable;
class ProcessTable;

// What the event table shows: event types, path text or regex, file/dir, process, and explicit
// path sets ("show only this file", "hide this file", the stats and rename views) from the filter
// bar, and on top of them the filter rules of the Filter dialog (RuleMatcher). An event is shown
// when both let it through.
//
// matches() runs once per event when the filter changes, so a million rows must cost
// milliseconds: it only compares FsEvent fields and looks path and process ids up in caches.
// Paths repeat a lot (one file gets open/modify/close_write...), so the text or regex is
// evaluated once per path id, not once per event.
class EventFilter final
{
public:
    enum class Kind { Any, Files, Directories };

    struct Criteria {
        quint32 eventMask = 0xffffffffu; // IN_* bits; an event passes if it has one of them
        QString pathText;                 // empty: any path
        bool pathIsRegex = false;
        Kind kind = Kind::Any;
        QString processText;              // matched against name and executable; empty: any
        QSet<quint32> onlyPaths;          // non-empty: only these path ids
        QSet<quint32> hiddenPaths;        // never these path ids
        QSet<quint32> onlyProcesses;      // non-empty: only these ProcessTable ids (Processes tab)

        bool isEmpty() const;
        friend bool operator==(const Criteria &a, const Criteria &b);
        friend bool operator!=(const Criteria &a, const Criteria &b) { return !(a == b); }
    };

    EventFilter(const PathTable *paths, const ProcessTable *processes);

    void setCriteria(const Criteria &criteria);
    const Criteria &criteria() const { return m_criteria; }
    bool isEmpty() const { return m_empty && m_rules.isEmpty(); }
    void setRules(const FilterRules &rules) { m_rules.setRules(rules); }
    const RuleMatcher &rules() const { return m_rules; }
    bool isValid() const { return m_valid; } // false when the regex does not compile

    // The tables the caches refer to (a new session means new ids).
    void setTables(const PathTable *paths, const ProcessTable *processes);

    bool matches(const FsEvent &event) const;

private:
    bool criteriaMatch(const FsEvent &event) const;
    bool pathMatches(quint32 pathId) const;
    bool processMatches(quint32 processId) const;
    void resetCaches();

    const PathTable *m_paths;
    const ProcessTable *m_processes;
    Criteria m_criteria;
    RuleMatcher m_rules;
    QRegularExpression m_regex;
    bool m_empty = true;
    bool m_valid = true;
    bool m_needsPathText = false;
    // Per path id / process id: 0 unknown, 1 match, 2 no match. Grown on demand; the tables are
    // append-only, so an answer stays right until the criteria change.
    mutable std::vector<quint8> m_pathCache;
    mutable std::vector<quint8> m_processCache;
};
