#pragma once

#include "client/core/clock.h"

#include <algorithm>
#include <map>
#include <memory>

namespace palaver::test {

/// A clock that moves only when the test says so; alarms fire inside advance(), in order.
class ManualClock final : public client::Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    qint64 wallMs() const override { return m_wallOffset + m_now; }

    /// The computer sleeps for `duration`: wall time moves on, monotonic time does not.
    void sleep(std::chrono::milliseconds duration) { m_wallOffset += duration.count(); }

    std::unique_ptr<client::Alarm> schedule(std::chrono::milliseconds delay,
                                            std::function<void()> callback) override
    {
        const quint64 id = ++m_nextId;
        m_alarms.emplace(id, Pending{m_now + delay.count(), std::move(callback)});
        return std::make_unique<Handle>(*this, id);
    }

    /// Moves time forward, firing every alarm that falls due on the way.
    void advance(std::chrono::milliseconds by)
    {
        const qint64 target = m_now + by.count();
        while (true) {
            auto due = std::min_element(m_alarms.begin(), m_alarms.end(),
                                        [](auto &a, auto &b) { return a.second.at < b.second.at; });
            if (due == m_alarms.end() || due->second.at > target)
                break;
            m_now = std::max(m_now, due->second.at);
            auto callback = std::move(due->second.callback);
            m_alarms.erase(due);
            callback(); // may schedule or cancel other alarms
        }
        m_now = target;
    }

    /// Time until the earliest alarm, or -1 if none is set.
    qint64 msecsToNextAlarm() const
    {
        if (m_alarms.empty())
            return -1;
        const auto next = std::min_element(m_alarms.begin(), m_alarms.end(), [](auto &a, auto &b) {
            return a.second.at < b.second.at;
        });
        return next->second.at - m_now;
    }

    int pendingAlarms() const { return int(m_alarms.size()); }

private:
    struct Pending
    {
        qint64 at;
        std::function<void()> callback;
    };
    class Handle final : public client::Alarm
    {
    public:
        Handle(ManualClock &clock, quint64 id)
            : m_clock(clock)
            , m_id(id)
        {}
        ~Handle() override { m_clock.m_alarms.erase(m_id); }

    private:
        ManualClock &m_clock;
        quint64 m_id;
    };

    qint64 m_now = 0;
    qint64 m_wallOffset = 1'800'000'000'000; // some day in 2027
    quint64 m_nextId = 0;
    std::map<quint64, Pending> m_alarms;
};

} // namespace palaver::test
