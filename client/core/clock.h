#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>
#include <memory>

namespace palaver::client {

/// A pending call from a Clock; destroying it cancels the call.
class Alarm
{
public:
    virtual ~Alarm() = default;
};

/// Where the client gets the time and its timers from, so that tests can move time by hand
/// instead of waiting for backoff delays and timeouts.
class Clock
{
public:
    virtual ~Clock() = default;

    /// Milliseconds on a monotonic scale (not wall-clock time). On the usual platforms it does
    /// not advance while the computer sleeps.
    virtual qint64 nowMs() const = 0;

    /// Wall-clock milliseconds since 1970; it does advance during sleep.
    virtual qint64 wallMs() const = 0;

    /// Calls `callback` once after `delay`, unless the returned Alarm is destroyed first.
    [[nodiscard]] virtual std::unique_ptr<Alarm> schedule(std::chrono::milliseconds delay,
                                                          std::function<void()> callback) = 0;
};

/// The real clock: QElapsedTimer time and QTimer alarms on the calling thread's event loop.
class SystemClock final : public Clock
{
public:
    SystemClock();
    qint64 nowMs() const override;
    qint64 wallMs() const override;
    std::unique_ptr<Alarm> schedule(std::chrono::milliseconds delay,
                                    std::function<void()> callback) override;

private:
    qint64 m_origin = 0;
};

} // namespace palaver::client
