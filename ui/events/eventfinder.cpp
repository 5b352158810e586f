#include "events/eventfinder.h"

#include "events/eventtablemodel.h"

EventFinder::EventFinder(EventTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // Row numbers change under a reset (filter) or removal (the cap): a running search would
    // report a row that is now another event.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &EventFinder::cancel);
    connect(m_model, &EventTableModel::rowsAboutToBeDropped, this, &EventFinder::cancel);
}

void EventFinder::find(int fromRow, bool forward)
{
    cancel();
    const qint64 rows = m_model->shownCount();
    if (rows == 0 || m_model->findMatcher().isEmpty()) {
        Q_EMIT notFound();
        return;
    }
    m_forward = forward;
    if (fromRow < 0 || fromRow >= rows)
        m_next = forward ? 0 : rows - 1; // from the first (or last) row: no wrapping
    else
        m_next = fromRow + (forward ? 1 : -1);
    m_remaining = rows;
    m_slicer.start(true);
}

void EventFinder::cancel()
{
    m_slicer.stop();
}

void EventFinder::searchSlice()
{
    const qint64 rows = m_model->shownCount();
    while (m_remaining > 0) {
        // Checking the clock per row would cost more than a match: every 4096 rows.
        for (int i = 0; i < 4096 && m_remaining > 0; ++i, --m_remaining) {
            // m_next runs on past the ends; the row is it wrapped into range.
            const qint64 unwrapped = m_next;
            const qint64 row = ((unwrapped % rows) + rows) % rows;
            m_next += m_forward ? 1 : -1;
            if (m_model->rowMatchesFind(int(row))) {
                m_slicer.stop();
                Q_EMIT found(int(row), unwrapped != row);
                return;
            }
        }
        if (m_slicer.isSliceOver())
            return; // the timer calls again after the events waiting
    }
    m_slicer.stop();
    Q_EMIT notFound();
}
