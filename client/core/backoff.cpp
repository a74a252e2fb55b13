#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace palaver::client {

Backoff::Backoff(BackoffPolicy policy, std::function<double()> random)
    : m_policy(policy)
    , m_random(random ? std::move(random) : std::function<double()>([] {
        return QRandomGenerator::global()->generateDouble();
    }))
{}

std::chrono::milliseconds Backoff::ceiling() const
{
    const double grown =
        double(m_policy.initial.count()) * std::pow(m_policy.factor, double(m_attempt));
    const double capped = std::min(grown, double(m_policy.cap.count()));
    return std::chrono::milliseconds(qint64(std::max(capped, double(m_policy.floor.count()))));
}

std::chrono::milliseconds Backoff::next()
{
    const auto upper = ceiling();
    const double draw = std::clamp(m_random(), 0.0, 1.0);
    const auto floor = m_policy.floor;
    ++m_attempt;
    const qint64 span = std::max<qint64>(0, (upper - floor).count());
    return floor + std::chrono::milliseconds(qint64(draw * double(span)));
}

} // namespace palaver::client
