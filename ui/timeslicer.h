#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

// Work too long for one frame (Find over ten million rows, an export, a big Copy, a filter pass)
// runs on the GUI thread in slices: a zero timer calls the slice again once the events waiting are
// handled, so the window answers between slices, and stop() ends the work at a slice's end. The
// slice asks isSliceOver() every few thousand rows (the clock read per row would cost more than
// the row).
class TimeSlicer final
{
public:
    // Half a 60 Hz frame: room for a repaint and the input in between.
    static constexpr int kSliceMs = 8;

    // `sliceMs`: longer for work whose every slice ends in a cost of its own (a filter pass
    // inserts its rows into the views after each one).
    explicit TimeSlicer(std::function<void()> slice, int sliceMs = kSliceMs);
    void setSliceMs(int sliceMs) { m_sliceMs = sliceMs; }

    // Slices run until stop(). `firstNow`: the first before start() returns (most short jobs
    // end in it).
    void start(bool firstNow);
    void stop() { m_timer.stop(); }
    bool isRunning() const { return m_timer.isActive(); }
    bool isSliceOver() const { return m_clock.elapsed() >= m_sliceMs; }

private:
    void runSlice();

    std::function<void()> m_slice;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_sliceMs;
};
