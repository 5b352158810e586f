#include "capture/capturefilter.h"

CaptureFilter::CaptureFilter(const PathTable *paths, const ProcessTable *processes)
    : m_rules(paths, processes)
{
}

void CaptureFilter::setRules(const FilterRules &rules)
{
    m_rules.setRules(rules);
}

const FsEventBatch &CaptureFilter::apply(const FsEventBatch &incoming)
{
    if (m_rules.isEmpty())
        return incoming;
    m_kept.resize(0); // keeps the capacity (clear() would free it)
    for (const FsEvent &e : incoming) {
        if (m_rules.accepts(e))
            m_kept.append(e);
    }
    m_dropped += quint64(incoming.size() - m_kept.size());
    return m_kept;
}
