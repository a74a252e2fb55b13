#pragma once

#include <QtGlobal>

#include <algorithm>

namespace palaver::server {

/// A token bucket: up to `capacity` tokens, refilled at `perSecond`. Time is passed in, so
/// the arithmetic is testable without waiting.
class TokenBucket
{
public:
    TokenBucket(double capacity, double perSecond, qint64 nowMs)
        : m_capacity(capacity)
        , m_perSecond(perSecond)
        , m_tokens(capacity)
        , m_lastMs(nowMs)
    {}

    /// Takes one token if there is one.
    bool take(qint64 nowMs)
    {
        refill(nowMs);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

    double tokens(qint64 nowMs)
    {
        refill(nowMs);
        return m_tokens;
    }

private:
    void refill(qint64 nowMs)
    {
        const double elapsed = double(std::max<qint64>(0, nowMs - m_lastMs)) / 1000.0;
        m_tokens = std::min(m_capacity, m_tokens + elapsed * m_perSecond);
        m_lastMs = nowMs;
    }

    double m_capacity;
    double m_perSecond;
    double m_tokens;
    qint64 m_lastMs;
};

} // namespace palaver::server
