#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

// Work too long for one frame (Find over ten million rows, an export, a big Copy) runs on the GUI
// thread in slices: a zero timer calls the slice again once the events waiting are handled, so the
// window answers between slices, and stop() ends the work at a slice's end. The slice asks
// isSliceOver() every few thousand rows (the clock read per row would cost more than the row).
class TimeSlicer final
{
public:
    // Half a 60 Hz frame: room for a repaint and the input in between.
    static constexpr int kSliceMs = 8;

    explicit TimeSlicer(std::function<void()> slice);

    // Slices run until stop(). `firstNow`: the first before start() returns (most short jobs
    // end in it).
    void start(bool firstNow);
    void stop() { m_timer.stop(); }
    bool isRunning() const { return m_timer.isActive(); }
    bool isSliceOver() const { return m_clock.elapsed() >= kSliceMs; }

private:
    void runSlice();

    std::function<void()> m_slice;
    QTimer m_timer;
    QElapsedTimer m_clock;
};
