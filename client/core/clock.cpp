#include "clock.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QTimer>

namespace palaver::client {

namespace {

/// Owners often cancel an alarm from inside its own callback (a retry that starts over), so
/// the timer is stopped at once but deleted only once its timeout signal has returned.
class TimerAlarm final : public Alarm
{
public:
    TimerAlarm(std::chrono::milliseconds delay, std::function<void()> callback)
        : m_timer(new QTimer)
    {
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(m_timer, &QTimer::timeout, m_timer, std::move(callback));
        m_timer->start(delay);
    }
    ~TimerAlarm() override
    {
        m_timer->stop();
        m_timer->disconnect();
        m_timer->deleteLater();
    }
    Q_DISABLE_COPY_MOVE(TimerAlarm)

private:
    QTimer *m_timer; // owned; see the destructor
};

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

SystemClock::SystemClock()
    : m_origin(monotonicMs())
{}

qint64 SystemClock::nowMs() const
{
    return monotonicMs() - m_origin;
}

qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::unique_ptr<Alarm> SystemClock::schedule(std::chrono::milliseconds delay,
                                             std::function<void()> callback)
{
    return std::make_unique<TimerAlarm>(delay, std::move(callback));
}

} // namespace palaver::client
