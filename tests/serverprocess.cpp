#include "serverprocess.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace palaver::test {

using namespace Qt::StringLiterals;

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool ServerProcess::start(quint16 port, const QString &dataDir, const QStringList &extraArguments)
{
    m_log.clear();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(PALAVER_SERVER_BINARY),
                    QStringList{u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                                u"--data-dir"_s, dataDir,
                                // Tests run side by side and must not announce themselves on
                                // the LAN nor fight over the fixed metrics port.
                                u"--no-discovery"_s, u"--no-metrics"_s} +
                        extraArguments);
    static const QRegularExpression listening(uR"(listening on wss?://127\.0\.0\.1:(\d+))"_s);
    QRegularExpressionMatch match;
    const bool up = QTest::qWaitFor(
        [&] {
            m_log += m_process.readAll();
            match = listening.match(QString::fromUtf8(m_log));
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        15'000);
    if (!up || !match.hasMatch())
        return false;
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10'000);
    m_log += m_process.readAll();
}

int ServerProcess::terminate()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10'000))
        return -1;
    m_log += m_process.readAll();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool ServerProcess::freeze()
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(m_process.processId()), SIGSTOP) == 0;
#else
    return false;
#endif
}

bool ServerProcess::hangUp()
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(m_process.processId()), SIGHUP) == 0;
#else
    return false;
#endif
}

QString ServerProcess::readLog()
{
    m_log += m_process.readAll();
    return QString::fromUtf8(m_log);
}

bool ServerProcess::thaw()
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(m_process.processId()), SIGCONT) == 0;
#else
    return false;
#endif
}

QUrl ServerProcess::url() const
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_port));
}

quint16 ServerProcess::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace palaver::test
