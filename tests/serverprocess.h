#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace palaver::test {

/// The real palaver-server binary in a child process, for tests about crashes and signals.
class ServerProcess final
{
    Q_DISABLE_COPY_MOVE(ServerProcess)
public:
    ServerProcess() = default;
    ~ServerProcess();

    /// Starts it on 127.0.0.1:`port` (0: any free port) with `dataDir`, and waits for its
    /// "listening" line. False, with the output so far in log(), if that does not come.
    bool start(quint16 port, const QString &dataDir, const QStringList &extraArguments = {});
    /// SIGKILL on POSIX: no goodbye, no flush. Waits until the process is gone.
    void kill();
    /// SIGTERM on POSIX; returns the exit code, or -1 if it did not exit in time.
    int terminate();
    /// SIGSTOP / SIGCONT on POSIX: the process stays, its sockets stay open, nothing answers,
    /// as with a hung machine. False where not supported.
    bool freeze();
    bool thaw();
    /// SIGHUP on POSIX: reload.
    bool hangUp();
    /// Everything the process printed so far, reading what arrived since the last call.
    QString readLog();

    /// Running unless it exited or crashed (or was never started).
    QProcess::ProcessState state() const { return m_process.state(); }
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString log() const { return QString::fromUtf8(m_log); }

    /// A port nothing listens on right now (bound and released).
    static quint16 freePort();

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

} // namespace palaver::test
