#include "wakedetector.h"

namespace palaver::client {

WakeDetector::WakeDetector(Clock &clock, std::chrono::milliseconds interval,
                           std::chrono::milliseconds threshold, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_interval(interval)
    , m_threshold(threshold)
    , m_lastMonotonic(clock.nowMs())
    , m_lastWall(clock.wallMs())
{
    m_alarm = m_clock.schedule(m_interval, [this] { check(); });
}

WakeDetector::~WakeDetector() = default;

void WakeDetector::check()
{
    const qint64 monotonic = m_clock.nowMs();
    const qint64 wall = m_clock.wallMs();
    const qint64 slept = (wall - m_lastWall) - (monotonic - m_lastMonotonic);
    m_lastMonotonic = monotonic;
    m_lastWall = wall;
    m_alarm = m_clock.schedule(m_interval, [this] { check(); });
    if (slept > m_threshold.count())
        emit woke();
}

} // namespace palaver::client
