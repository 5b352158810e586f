#pragma once

#include "analysis/rulematcher.h"
#include "core/fsevent.h"

// Filter rules applied at capture time, between the source and what stores the events (the
// window's Session, `fsnoop record`'s output): what the rules exclude is never stored, for long
// captures of busy trees. `record --filter` and the window's "Drop Filtered Events" share it.
//
// RuleMatcher's semantics hold: an overflow marker passes unless an event-type rule excludes it,
// so a dropped view can still say that the kernel lost events.
class CaptureFilter final
{
public:
    CaptureFilter(const PathTable *paths, const ProcessTable *processes);

    void setRules(const FilterRules &rules);
    const RuleMatcher &matcher() const { return m_rules; }
    bool isActive() const { return !m_rules.isEmpty(); }

    // The events of `incoming` the rules accept. Without enabled rules that is `incoming` itself
    // (no copy); otherwise a batch reused from call to call, valid until the next apply().
    const FsEventBatch &apply(const FsEventBatch &incoming);

    // Events not kept since construction (or resetCount()).
    quint64 droppedCount() const { return m_dropped; }
    void resetCount() { m_dropped = 0; }

private:
    RuleMatcher m_rules;
    FsEventBatch m_kept;
    quint64 m_dropped = 0;
};
