// POSIX half of SignalWatcher: a self-pipe, because a signal handler may do almost nothing but
// write(2), and the event loop then reads the pipe like any other socket.
#include "signalwatcher.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace palaver::server {

namespace {

int g_writeFd = -1; // the one thing the async handler may touch

extern "C" void onSignal(int signal)
{
    const int savedErrno = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_writeFd, &byte, 1);
    errno = savedErrno;
}

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

} // namespace

struct SignalWatcher::Platform
{
    int fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> notifier;
};

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
    , m_platform(std::make_unique<Platform>())
{
    Q_ASSERT(g_writeFd == -1);
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_platform->fds) != 0) {
        qWarning("cannot watch for signals: socketpair failed (errno %d)", errno);
        return;
    }
    for (const int fd : m_platform->fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    g_writeFd = m_platform->fds[0];

    m_platform->notifier =
        std::make_unique<QSocketNotifier>(m_platform->fds[1], QSocketNotifier::Read);
    connect(m_platform->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(m_platform->fds[1], &byte, 1) == 1)
            emit actionRequested(int(byte) == SIGHUP ? Action::Reload : Action::Terminate);
    });

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
    g_writeFd = -1;
    m_platform->notifier.reset();
    for (const int fd : m_platform->fds) {
        if (fd >= 0)
            ::close(fd);
    }
}

} // namespace palaver::server
