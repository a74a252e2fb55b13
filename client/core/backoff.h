#pragma once

#include <chrono>
#include <functional>

namespace palaver::client {

/// How reconnect delays grow. The defaults retry quickly after a blip (the first delay is at
/// most 0.5 s) and settle at one attempt every 15 s on average when a server stays down.
struct BackoffPolicy
{
    std::chrono::milliseconds initial{500};
    std::chrono::milliseconds cap{30'000};
    std::chrono::milliseconds floor{50}; ///< never retry sooner than this
    double factor = 2.0;
};

/// Exponential backoff with full jitter: attempt n waits a uniformly random time between the
/// floor and min(cap, initial * factor^n). Jitter spreads a crowd of clients out when a server
/// comes back, instead of having all of them knock at the same instant.
class Backoff
{
public:
    /// `random` returns numbers uniformly distributed in [0, 1); tests pass a fixed sequence.
    explicit Backoff(BackoffPolicy policy = {}, std::function<double()> random = {});

    /// The delay before the next attempt; each call counts as one attempt.
    std::chrono::milliseconds next();
    /// The upper bound the next call draws below.
    std::chrono::milliseconds ceiling() const;
    /// Starts over, after a connection succeeded.
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }
    const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    std::function<double()> m_random;
    int m_attempt = 0;
};

} // namespace palaver::client
