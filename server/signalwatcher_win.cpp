// Windows half of SignalWatcher: the console control handler runs on a thread of its own, so
// it queues the action to the watcher's thread. For a console close Windows ends the process
// when the handler returns, so the handler waits (briefly) until the server has said goodbye.
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSemaphore>

#include <windows.h>

namespace palaver::server {

namespace {

SignalWatcher *g_watcher = nullptr;
QSemaphore g_finished;

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (!g_watcher)
        return FALSE;
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        QMetaObject::invokeMethod(
            g_watcher, [] { emit g_watcher->actionRequested(SignalWatcher::Action::Terminate); },
            Qt::QueuedConnection);
        return TRUE;
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        QMetaObject::invokeMethod(
            g_watcher, [] { emit g_watcher->actionRequested(SignalWatcher::Action::Terminate); },
            Qt::QueuedConnection);
        // Windows allows about five seconds; the server's grace period is shorter.
        g_finished.tryAcquire(1, 4500);
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

struct SignalWatcher::Platform
{
    QMetaObject::Connection aboutToQuit;
};

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
    , m_platform(std::make_unique<Platform>())
{
    Q_ASSERT(!g_watcher);
    g_watcher = this;
    m_platform->aboutToQuit = connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit,
                                      this, [] { g_finished.release(); });
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
    g_watcher = nullptr;
}

} // namespace palaver::server
