#include "core/session.h"

#include "core/pathtable.h"

Session::Session(QObject *parent)
    : Session(std::make_shared<PathTable>(), parent)
{
}

Session::Session(std::shared_ptr<PathTable> paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{
}

void Session::append(const FsEventBatch &batch)
{
    append(batch.constData(), batch.size());
}

void Session::append(const FsEvent *events, qsizetype count)
{
    if (count <= 0)
        return;
    const qsizetype drops = m_events.dropsFor(count);
    if (drops > 0) {
        m_events.makeRoomFor(count);
        Q_EMIT eventsDropped(drops);
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (events[i].isOverflow())
            ++m_overflows;
    }
    const qsizetype first = m_events.size();
    m_events.append(events, count);
    Q_EMIT eventsAppended(first, count);
    // The store could not spill to disk: nothing is lost (it keeps the events in RAM), but the
    // user should know a long capture is now bounded by memory.
    const MonitorProblem spill = m_events.takeSpillProblem();
    if (spill.kind != MonitorProblem::None)
        reportProblem(spill);
}

void Session::clear()
{
    Q_EMIT aboutToClear();
    m_events.clear();
    m_problems.clear();
    m_bookmarks.clear(); // serials start again at 0
    m_overflows = 0;
    Q_EMIT cleared();
}

void Session::reportProblem(const MonitorProblem &problem)
{
    m_problems.append(problem);
    Q_EMIT problemReported(problem);
}
