#pragma once

#include "core/fsevent.h"
#include "core/pathtable.h"

#include <sys/inotify.h>

// The one way tests make an FsEvent: ev(mask, path), with the fields a test cares about chained
// on, e.g. ev(IN_MOVED_TO, p("b")).ms(7).cookie(9). Like the engine, a mask with IN_ISDIR marks
// the event as a directory's, and dir() sets both. Times are offsets from a fixed instant
// (kTestEpochNs, 2023-11-14 22:13:20 UTC) unless at() gives an absolute one.
constexpr qint64 kTestEpochNs = 1700000000LL * 1000000000LL;

class TestEvent
{
public:
    TestEvent(quint32 mask, PathTable::Id path)
    {
        m_event.timeNs = kTestEpochNs;
        m_event.mask = mask;
        m_event.pathId = path;
        if (mask & IN_ISDIR)
            m_event.flags |= FsEvent::IsDir;
    }

    TestEvent &at(qint64 timeNs) { m_event.timeNs = timeNs; return *this; }
    TestEvent &ns(qint64 offset) { return at(kTestEpochNs + offset); }
    TestEvent &ms(qint64 offset) { return ns(offset * 1000000); }
    TestEvent &cookie(quint32 cookie) { m_event.cookie = cookie; return *this; }
    TestEvent &process(quint32 processId) { m_event.processId = processId; return *this; }
    // As fanotify reports it: the pid beside the process id.
    TestEvent &process(quint32 processId, qint32 pid)
    {
        m_event.pid = pid;
        return process(processId);
    }
    TestEvent &dir() { m_event.mask |= IN_ISDIR; m_event.flags |= FsEvent::IsDir; return *this; }
    // A row of our own directory scan, as the engine writes it.
    TestEvent &scan() { m_event.flags |= FsEvent::Synthesized; m_event.source = FsEvent::Scan; return *this; }
    TestEvent &overflowMarker() { m_event.flags |= FsEvent::OverflowMarker; return *this; }

    operator FsEvent() const { return m_event; }

private:
    FsEvent m_event;
};

inline TestEvent ev(quint32 mask, PathTable::Id path)
{
    return TestEvent(mask, path);
}
