#pragma once

#include <QObject>

#include <memory>

namespace palaver::server {

/// Turns the operating system's requests to stop or reload (POSIX signals, the Windows console
/// control handler) into one Qt signal on the main thread.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    enum class Action
    {
        Terminate,
        Reload
    };
    Q_ENUM(Action)

    /// Only one may exist at a time: the operating system has one handler per signal.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void actionRequested(palaver::server::SignalWatcher::Action action);

private:
    struct Platform;
    std::unique_ptr<Platform> m_platform;
};

} // namespace palaver::server
