#include "events/eventfilter.h"

#include "core/eventnames.h"
#include "core/pathtable.h"
#include "core/processtable.h"

#include <sys/inotify.h> // IN_* constants only (no syscall): the mask bits FsEvent carries

bool EventFilter::Criteria::isEmpty() const
{
    return (eventMask & EventNames::allEvents()) == EventNames::allEvents() && pathText.isEmpty()
        && kind == Kind::Any && processText.isEmpty() && onlyPaths.isEmpty()
        && hiddenPaths.isEmpty() && onlyProcesses.isEmpty();
}

bool operator==(const EventFilter::Criteria &a, const EventFilter::Criteria &b)
{
    return a.eventMask == b.eventMask && a.pathText == b.pathText
        && a.pathIsRegex == b.pathIsRegex && a.kind == b.kind && a.processText == b.processText
        && a.onlyPaths == b.onlyPaths && a.hiddenPaths == b.hiddenPaths
        && a.onlyProcesses == b.onlyProcesses;
}

EventFilter::EventFilter(const PathTable *paths, const ProcessTable *processes)
    : m_paths(paths)
    , m_processes(processes)
    , m_rules(paths, processes)
{
}

void EventFilter::setCriteria(const Criteria &criteria)
{
    m_criteria = criteria;
    m_empty = criteria.isEmpty();
    m_valid = true;
    m_needsPathText = !criteria.pathText.isEmpty();
    if (criteria.pathIsRegex && m_needsPathText) {
        m_regex = QRegularExpression(criteria.pathText,
                                     QRegularExpression::CaseInsensitiveOption);
        m_valid = m_regex.isValid();
        if (m_valid)
            m_regex.optimize();
    }
    resetCaches();
}

void EventFilter::setTables(const PathTable *paths, const ProcessTable *processes)
{
    m_paths = paths;
    m_processes = processes;
    m_rules.setTables(paths, processes);
    resetCaches();
}

void EventFilter::resetCaches()
{
    m_pathCache.clear();
    m_processCache.clear();
}

bool EventFilter::matches(const FsEvent &event) const
{
    if (!m_empty && !criteriaMatch(event))
        return false;
    return m_rules.isEmpty() || m_rules.accepts(event);
}

bool EventFilter::criteriaMatch(const FsEvent &event) const
{
    // An overflow marker says events are missing here; hiding it would make a filtered view
    // look complete when it is not, so it passes every filter.
    if (event.isOverflow())
        return true;
    if (!(event.mask & m_criteria.eventMask))
        return false;
    if (m_criteria.kind == Kind::Files && event.isDir())
        return false;
    if (m_criteria.kind == Kind::Directories && !event.isDir())
        return false;
    if (!m_criteria.onlyPaths.isEmpty() && !m_criteria.onlyPaths.contains(event.pathId))
        return false;
    if (!m_criteria.hiddenPaths.isEmpty() && m_criteria.hiddenPaths.contains(event.pathId))
        return false;
    if (!m_criteria.onlyProcesses.isEmpty() && !m_criteria.onlyProcesses.contains(event.processId))
        return false;
    if (m_needsPathText && !pathMatches(event.pathId))
        return false;
    if (!m_criteria.processText.isEmpty() && !processMatches(event.processId))
        return false;
    return true;
}

bool EventFilter::pathMatches(quint32 pathId) const
{
    if (!m_valid)
        return false;
    if (pathId >= m_pathCache.size())
        m_pathCache.resize(std::max<std::size_t>(pathId + 1, m_pathCache.size() * 2), 0);
    quint8 &slot = m_pathCache[pathId];
    if (slot == 0) {
        bool ok = false;
        if (pathId != PathTable::NoPath && m_paths) {
            const QString path = m_paths->displayPath(pathId);
            ok = m_criteria.pathIsRegex
                ? m_regex.match(path).hasMatch()
                : path.contains(m_criteria.pathText, Qt::CaseInsensitive);
        }
        slot = ok ? 1 : 2;
    }
    return slot == 1;
}

bool EventFilter::processMatches(quint32 processId) const
{
    if (!m_processes || processId == ProcessTable::NoProcess || processId >= m_processes->size())
        return false;
    if (processId >= m_processCache.size())
        m_processCache.resize(std::max<std::size_t>(processId + 1, m_processCache.size() * 2), 0);
    quint8 &slot = m_processCache[processId];
    if (slot == 0) {
        const ProcessInfo &info = m_processes->info(processId);
        const QString &t = m_criteria.processText;
        const bool ok = info.displayName().contains(t, Qt::CaseInsensitive)
            || info.displayExecutable().contains(t, Qt::CaseInsensitive)
            || QString::number(info.pid) == t;
        slot = ok ? 1 : 2;
    }
    return slot == 1;
}
