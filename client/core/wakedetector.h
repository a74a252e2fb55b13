#pragma once

#include "clock.h"

#include <QObject>

#include <memory>

namespace palaver::client {

/// Notices that the computer slept: the wall clock moved on while the monotonic clock, which
/// stops during sleep, did not. Qt has no portable "resumed" signal, and this needs none.
class WakeDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WakeDetector)
public:
    /// Looks every `interval`; a jump of more than `threshold` counts as a sleep.
    explicit WakeDetector(Clock &clock,
                          std::chrono::milliseconds interval = std::chrono::seconds(5),
                          std::chrono::milliseconds threshold = std::chrono::seconds(10),
                          QObject *parent = nullptr);
    ~WakeDetector() override;

signals:
    void woke();

private:
    void check();

    Clock &m_clock;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_threshold;
    qint64 m_lastMonotonic = 0;
    qint64 m_lastWall = 0;
    std::unique_ptr<Alarm> m_alarm;
};

} // namespace palaver::client
