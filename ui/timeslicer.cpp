#include "timeslicer.h"

#include <utility>

TimeSlicer::TimeSlicer(std::function<void()> slice, int sliceMs)
    : m_slice(std::move(slice))
    , m_sliceMs(sliceMs)
{
    m_timer.setInterval(0);
    // The timer is a member: it cannot outlive this, so it needs no context object.
    QObject::connect(&m_timer, &QTimer::timeout, [this] { runSlice(); });
}

void TimeSlicer::start(bool firstNow)
{
    m_timer.start();
    if (firstNow)
        runSlice();
}

void TimeSlicer::runSlice()
{
    m_clock.start();
    m_slice();
}
