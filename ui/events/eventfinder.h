#pragma once

#include "timeslicer.h"

#include <QObject>

class EventTableModel;

// The search behind Find (Ctrl+F): from a row, forward or backward, wrapping around the ends, for
// the next row the model's FindMatcher accepts. Ten million rows take longer than a frame, so the
// rows are tried in TimeSlicer's slices on the GUI thread (as SessionExporter writes), the window
// answers between slices, and a new search, cancel() or a change of the rows stops the old one.
// Rows are the model's shown rows: all of them, not only its row window.
class EventFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFinder)

public:
    explicit EventFinder(EventTableModel *model, QObject *parent = nullptr);

    // Looks at the rows after `fromRow` (before it when !forward), then around the end, and
    // `fromRow` itself last. -1 starts at the first (or last) row.
    void find(int fromRow, bool forward);
    void cancel();
    bool isRunning() const { return m_slicer.isRunning(); }

Q_SIGNALS:
    void found(int row, bool wrapped);
    void notFound();

private:
    void searchSlice();

    EventTableModel *m_model;
    TimeSlicer m_slicer{[this] { searchSlice(); }};
    qint64 m_next = 0;      // the row to try next (not yet wrapped into range)
    qint64 m_remaining = 0; // rows still to try
    bool m_forward = true;
};
