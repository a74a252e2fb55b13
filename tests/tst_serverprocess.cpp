// The real palaver-server binary: how it starts, stops on a signal, and refuses bad settings.
#include "serverprocess.h"
#include "testclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QWebSocket>

#include <csignal>
#include <memory>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace palaver;
using palaver::test::TestClient;

namespace {

/// palaver-server as a child process, with its output collected as it comes.
class ServerProcess final
{
    Q_DISABLE_COPY_MOVE(ServerProcess)
public:
    explicit ServerProcess(const QStringList &arguments,
                           const QHash<QString, QString> &extraEnvironment = {})
    {
        // The log format under test is the server's own, whatever this shell prefers.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_MESSAGE_PATTERN"_s);
        environment.remove(u"QT_LOGGING_RULES"_s);
        environment.remove(u"JOURNAL_STREAM"_s);
        for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
            environment.insert(it.key(), it.value());
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(QStringLiteral(PALAVER_SERVER_BINARY));
        // Tests run side by side: none takes the fixed metrics port, nor announces itself on
        // the LAN, unless that is what it tests.
        const auto mentions = [&arguments](const QString &word) {
            return std::any_of(
                arguments.cbegin(), arguments.cend(),
                [&word](const QString &argument) { return argument.contains(word); });
        };
        QStringList all = arguments;
        if (!mentions(u"metrics"_s))
            all.append(u"--no-metrics"_s);
        if (!mentions(u"discovery"_s))
            all.append(u"--no-discovery"_s);
        m_process.setArguments(all);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_stderr += m_process.readAllStandardError(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_stdout += m_process.readAllStandardOutput(); });
        m_process.start();
    }

    ~ServerProcess()
    {
        QObject::disconnect(&m_process, nullptr, nullptr, nullptr);
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /// The port from the "listening on ws://127.0.0.1:PORT" line, once it is logged.
    std::optional<quint16> waitForPort()
    {
        static const QRegularExpression listening(u"listening on wss?://127\\.0\\.0\\.1:(\\d+)"_s);
        QRegularExpressionMatch match;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                match = listening.match(QString::fromUtf8(m_stderr));
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            TestClient::kTimeoutMs);
        if (!match.hasMatch())
            return std::nullopt;
        return quint16(match.captured(1).toUInt());
    }

    bool waitFinished()
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; },
                               TestClient::kTimeoutMs);
    }

    QProcess &process() { return m_process; }
    QStringList stderrLines() const { return lines(m_stderr); }
    QStringList stdoutLines() const { return lines(m_stdout); }
    /// Everything on stderr so far, for failure messages.
    QByteArray log() const { return m_stderr; }

private:
    static QStringList lines(const QByteArray &output)
    {
        const QString text = QString::fromUtf8(output).trimmed();
        return text.isEmpty() ? QStringList() : text.split(u'\n');
    }

    QProcess m_process;
    QByteArray m_stderr;
    QByteArray m_stdout;
};

QUrl localUrl(quint16 port)
{
    return QUrl(u"ws://127.0.0.1:%1"_s.arg(port));
}

#ifdef Q_OS_UNIX
/// "device:inode" of `path`, as systemd puts them in JOURNAL_STREAM for its stream.
QString journalStreamOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return u"%1:%2"_s.arg(qulonglong(status.st_dev)).arg(qulonglong(status.st_ino));
}
#endif

/// Replaces the file at `path` with `text`.
bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

class tst_ServerProcess final : public QObject
{
    Q_OBJECT

private slots:
    void stopsGracefullyOnSignal_data();
    void stopsGracefullyOnSignal();
    void refusesToStartWithOneClearLine_data();
    void refusesToStartWithOneClearLine();
    void helpAndVersionGoToStandardOutput_data();
    void helpAndVersionGoToStandardOutput();
    void checkSaysWhatItFound();
    void checkListsEveryFinding_data();
    void checkListsEveryFinding();
    void logLevelAndJournalFormat();
    void journalFormatWhenStandardErrorIsTheJournal();
    void adminCommandsReachTheRunningServer();
    void consoleTakesCommandsInATerminal();
    void healthAndMetricsOverHttp();
    void refusedHandshakesAreLoggedWithTheReason_data();
    void refusedHandshakesAreLoggedWithTheReason();
    void hangUpReadsTheConfigFileAgain();
    void adminReloadReadsTheConfigFileAgain();
    void discoveryOnlyWhereTheLanCanConnect_data();
    void discoveryOnlyWhereTheLanCanConnect();
};

void tst_ServerProcess::stopsGracefullyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("clientCount");

    QTest::newRow("SIGTERM with two clients") << int(SIGTERM) << 2;
    QTest::newRow("SIGINT with two clients") << int(SIGINT) << 2;
    // Whoever waits for the "listening" line may stop the server at once.
    QTest::newRow("SIGTERM right after start") << int(SIGTERM) << 0;
}

void tst_ServerProcess::stopsGracefullyOnSignal()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signals only: Windows stops console programs with console control events, "
          "which QProcess cannot send.");
#else
    QFETCH(int, signalNumber);
    QFETCH(int, clientCount);

    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    ServerProcess server({u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data-dir"_s,
                          tmp.filePath(u"data"_s), u"--name"_s, u"process test"_s});
    const std::optional<quint16> port = server.waitForPort();
    QVERIFY2(port, server.log().constData());
    QVERIFY(*port != 0);

    // Every log line starts with a timestamp, so journald, files and consoles all read well.
    const QString startLine = server.stderrLines().constFirst();
    static const QRegularExpression stamped(
        u"^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) info: Palaver server "_s);
    const QRegularExpressionMatch stamp = stamped.match(startLine);
    QVERIFY2(stamp.hasMatch(), qPrintable(startLine));
    QVERIFY2(QDateTime::fromString(stamp.captured(1), u"yyyy-MM-dd hh:mm:ss.zzz"_s).isValid(),
             qPrintable(startLine));
    QVERIFY2(startLine.contains(tmp.filePath(u"data"_s)), qPrintable(startLine));

    std::vector<std::unique_ptr<TestClient>> clients;
    const QStringList nicks{u"alice"_s, u"bob"_s};
    for (int i = 0; i < clientCount; ++i) {
        clients.push_back(std::make_unique<TestClient>(localUrl(*port), nicks.at(i)));
        QVERIFY2(clients.back()->waitForWelcome(), server.log().constData());
        QCOMPARE(clients.back()->welcome()->name, u"process test"_s);
    }
    if (clientCount == 2) {
        TestClient &alice = *clients.at(0);
        TestClient &bob = *clients.at(1);
        QVERIFY(alice.waitForAck(alice.say(u"before the stop"_s)));
        QTRY_COMPARE(bob.lines(), QStringList({u"alice: before the stop"_s}));
    }

    if (signalNumber == SIGTERM)
        server.process().terminate();
    else
        QCOMPARE(::kill(pid_t(server.process().processId()), signalNumber), 0);

    for (const auto &client : clients) {
        QVERIFY(client->waitDisconnected());
        QCOMPARE(client->closeCode(), int(protocol::CloseCode::GoingAway));
    }
    QVERIFY2(server.waitFinished(), server.log().constData());
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);

    const QStringList log = server.stderrLines();
    QVERIFY2(log.constLast().endsWith(u" info: stopped"_s), server.log().constData());
    QVERIFY2(log.filter(u"shutting down: closing %1 connection(s)"_s.arg(clientCount)).size() == 1,
             server.log().constData());
    // A client that had to be given up on would have been logged as a warning.
    QVERIFY2(log.filter(u" warning: "_s).isEmpty(), server.log().constData());
#endif
}

void tst_ServerProcess::refusesToStartWithOneClearLine_data()
{
    QTest::addColumn<QStringList>("arguments"); // {tmp} is a fresh directory, {port} a busy port
    QTest::addColumn<QStringList>("mentions");

    const QStringList local{u"--listen"_s, u"127.0.0.1"_s, u"--data-dir"_s, u"{tmp}/data"_s};
    QTest::newRow("port in use") << local + QStringList{u"--port"_s, u"{port}"_s}
                                 << QStringList{u"already in use"_s, u"--port"_s, u"{port}"_s};
    QTest::newRow("port out of range")
        << local + QStringList{u"--port"_s, u"99999"_s} << QStringList{u"--port"_s, u"99999"_s};
    QTest::newRow("listen not an address")
        << QStringList{u"--listen"_s, u"foo"_s,        u"--port"_s,
                       u"0"_s,        u"--data-dir"_s, u"{tmp}/data"_s}
        << QStringList{u"--listen"_s, u"foo"_s};
    // TEST-NET-1 (RFC 5737) is never assigned to a machine, so binding to it must fail.
    QTest::newRow("address of another machine")
        << QStringList{u"--listen"_s, u"192.0.2.1"_s,  u"--port"_s,
                       u"0"_s,        u"--data-dir"_s, u"{tmp}/data"_s}
        << QStringList{u"192.0.2.1"_s, u"not an address of this machine"_s, u"--listen"_s};
    // A path under a regular file cannot be created, not even by root.
    QTest::newRow("data dir under a file")
        << QStringList{u"--listen"_s, u"127.0.0.1"_s,  u"--port"_s,
                       u"0"_s,        u"--data-dir"_s, u"{tmp}/file/sub"_s}
        << QStringList{u"--data-dir"_s, u"cannot create"_s, u"{tmp}/file/sub"_s};
    QTest::newRow("data dir is a file")
        << QStringList{u"--listen"_s, u"127.0.0.1"_s,  u"--port"_s,
                       u"0"_s,        u"--data-dir"_s, u"{tmp}/file"_s}
        << QStringList{u"--data-dir"_s, u"is a file"_s};
    QTest::newRow("unknown option")
        << QStringList{u"--frobnicate"_s} << QStringList{u"frobnicate"_s, u"--help"_s};
}

void tst_ServerProcess::refusesToStartWithOneClearLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    QFile file(tmp.filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QTcpServer busy; // holds a port, for the row that needs one in use
    QVERIFY2(busy.listen(QHostAddress::LocalHost, 0), qPrintable(busy.errorString()));
    const auto fill = [&](QStringList list) {
        list.replaceInStrings(u"{tmp}"_s, tmp.path());
        list.replaceInStrings(u"{port}"_s, QString::number(busy.serverPort()));
        return list;
    };

    ServerProcess server(fill(arguments));

    QVERIFY2(server.waitFinished(), server.log().constData());
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QVERIFY(server.process().exitCode() != 0);
    const QStringList errors = server.stderrLines();
    QVERIFY2(errors.size() == 1, server.log().constData());
    const QString line = errors.constFirst();
    QVERIFY2(line.startsWith(u"palaver-server: "_s), qPrintable(line));
    for (const QString &word : fill(mentions))
        QVERIFY2(line.contains(word), qPrintable(u"\"%1\" lacks \"%2\""_s.arg(line, word)));
    QCOMPARE(server.stdoutLines(), QStringList());
    QVERIFY(busy.isListening()); // the server did not take the port over
}

void tst_ServerProcess::helpAndVersionGoToStandardOutput_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << u"--help"_s << u"--data-dir"_s;
    QTest::newRow("--version") << u"--version"_s << u"palaver-server " PALAVER_VERSION ""_s;
}

void tst_ServerProcess::helpAndVersionGoToStandardOutput()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);

    ServerProcess server({option});

    QVERIFY(server.waitFinished());
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    QCOMPARE(server.stderrLines(), QStringList());
    const QString output = server.stdoutLines().join(u'\n');
    QVERIFY2(output.contains(expected), qPrintable(output));
}

void tst_ServerProcess::checkSaysWhatItFound()
{
    QTemporaryDir tmp;
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    const QString freePort = QString::number(palaver::test::ServerProcess::freePort());
    const QStringList common{u"--listen"_s,           u"127.0.0.1"_s,        u"--data-dir"_s,
                             tmp.filePath(u"data"_s), u"--discovery-port"_s, u"0"_s};

    ServerProcess good(common + QStringList{u"--check"_s, u"--port"_s, freePort});
    QVERIFY(good.waitFinished());
    QCOMPARE(good.process().exitCode(), 0);
    const QString report = good.stdoutLines().join(u'\n');
    QVERIFY2(report.contains(u"ok       TCP port %1 on 127.0.0.1 is free"_s.arg(freePort)),
             qPrintable(report));
    QVERIFY2(report.contains(u"is writable"_s), qPrintable(report));
    QVERIFY2(report.contains(u"no TLS"_s), qPrintable(report));
    QVERIFY2(!report.contains(u"problem"_s), qPrintable(report));

    // Another program has the port: said, and the exit code says so too.
    ServerProcess taken(common +
                        QStringList{u"--check"_s, u"--port"_s, QString::number(busy.serverPort())});
    QVERIFY(taken.waitFinished());
    QCOMPARE(taken.process().exitCode(), 1);
    const QString problem = taken.stdoutLines().join(u'\n');
    QVERIFY2(problem.contains(
                 u"problem  TCP port %1 on 127.0.0.1 can't be used"_s.arg(busy.serverPort())),
             qPrintable(problem));
    QVERIFY(busy.isListening());
}

void tst_ServerProcess::checkListsEveryFinding_data()
{
    QTest::addColumn<QStringList>("arguments"); // {tmp}: a fresh directory; {data}: tests/data
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines"); // each is in the report

    const QStringList tlsA{u"--tls-cert"_s, u"{data}/test-a.crt"_s, u"--tls-key"_s,
                           u"{data}/test-a.key"_s};
    QTest::newRow("TLS ok") << tlsA + QStringList{u"--data-dir"_s, u"{tmp}/data"_s} << 0
                            << QStringList{u"ok       TLS certificate for localhost"_s,
                                           u"the key matches it"_s};
    // The problem is a line of the report, and the rest is still checked.
    QTest::newRow("key of another certificate")
        << QStringList{u"--tls-cert"_s,        u"{data}/test-a.crt"_s, u"--tls-key"_s,
                       u"{data}/test-b.key"_s, u"--data-dir"_s,        u"{tmp}/data"_s}
        << 1
        << QStringList{u"problem  --tls-key: the key in"_s, u"does not work with the certificate"_s,
                       u"ok       data directory"_s, u"ok       log level info"_s};
    // tests/data/test-expired.crt was valid during 2000 only (tests/data/README.md).
    QTest::newRow("expired certificate")
        << QStringList{u"--tls-cert"_s, u"{data}/test-expired.crt"_s,
                       u"--tls-key"_s,  u"{data}/test-expired.key"_s,
                       u"--data-dir"_s, u"{tmp}/data"_s}
        << 1 << QStringList{u"problem  "_s, u"expired"_s, u"ok       log level info"_s};
    // Not even root can create a directory under a regular file.
    QTest::newRow("data dir impossible")
        << QStringList{u"--data-dir"_s, u"{tmp}/file/data"_s} << 1
        << QStringList{u"problem  --data-dir: cannot create"_s, u"is a file"_s,
                       u"ok       log level info"_s};
    QTest::newRow("data dir created at start")
        << QStringList{u"--data-dir"_s, u"{tmp}/new/data"_s} << 0
        << QStringList{u"ok       data directory"_s,
                       u"does not exist yet; it is created at start"_s};
}

void tst_ServerProcess::checkListsEveryFinding()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);

    QTemporaryDir tmp;
    QFile file(tmp.filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto fill = [&tmp](QStringList list) {
        list.replaceInStrings(u"{tmp}"_s, tmp.path());
        list.replaceInStrings(u"{data}"_s, QStringLiteral(PALAVER_SOURCE_DIR "/tests/data"));
        return list;
    };
    ServerProcess check(QStringList{u"--check"_s, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s,
                                    u"0"_s, u"--discovery-port"_s, u"0"_s} +
                        fill(arguments));
    QVERIFY(check.waitFinished());
    const QString report = check.stdoutLines().join(u'\n');
    QCOMPARE(check.process().exitCode(), exitCode);
    for (const QString &line : fill(lines))
        QVERIFY2(report.contains(line), qPrintable(u"no \"%1\" in:\n%2"_s.arg(line, report)));
    QCOMPARE(report.contains(u"problem"_s), exitCode != 0);
    // --check creates nothing, not even the data directory.
    QVERIFY(!QFileInfo::exists(tmp.filePath(u"data"_s)));
    QVERIFY(!QFileInfo::exists(tmp.filePath(u"new"_s)));
}

void tst_ServerProcess::logLevelAndJournalFormat()
{
    QTemporaryDir tmp;
    const QStringList arguments{
        u"--listen"_s,   u"127.0.0.1"_s,          u"--port"_s,        u"0"_s,
        u"--data-dir"_s, tmp.filePath(u"data"_s), u"--no-discovery"_s};
    // JOURNAL_STREAM names another stream (inherited by a child whose output goes elsewhere):
    // plain lines, since journald is not listening.
    ServerProcess elsewhere(arguments, {{u"JOURNAL_STREAM"_s, u"8:12345"_s}});
    QVERIFY2(elsewhere.waitForPort(), elsewhere.log().constData());
    QVERIFY2(elsewhere.stderrLines().constFirst().contains(u" info: Palaver server"_s),
             elsewhere.log().constData());

    // At "warning" (here from the environment), a start, a client and a stop log nothing.
    const quint16 port = palaver::test::ServerProcess::freePort();
    QStringList quietArguments = arguments;
    quietArguments[3] = QString::number(port);
    ServerProcess quiet(quietArguments, {{u"PALAVER_LOG_LEVEL"_s, u"warning"_s}});
    // Nothing says when it listens: knock until it answers.
    QVERIFY2(QTest::qWaitFor(
                 [port] {
                     TestClient client(localUrl(port), u"client"_s);
                     return client.waitForWelcome(500);
                 },
                 TestClient::kTimeoutMs),
             quiet.log().constData());
#ifdef Q_OS_UNIX
    QCOMPARE(::kill(pid_t(quiet.process().processId()), SIGTERM), 0);
#else
    QProcess admin; // no SIGTERM here: the admin socket's quit does the same
    admin.start(QStringLiteral(PALAVER_SERVER_BINARY),
                {u"--admin"_s, u"quit"_s, u"--data-dir"_s, tmp.filePath(u"data"_s)});
    QVERIFY(admin.waitForFinished(TestClient::kTimeoutMs));
#endif
    QVERIFY(quiet.waitFinished());
    QCOMPARE(quiet.process().exitCode(), 0);
    QVERIFY2(quiet.log().isEmpty(), quiet.log().constData());
    // The same at "info" does log: the test above can fail.
    QVERIFY(elsewhere.log().contains("listening"));
}

void tst_ServerProcess::journalFormatWhenStandardErrorIsTheJournal()
{
#ifndef Q_OS_UNIX
    QSKIP("journald is Linux only; JOURNAL_STREAM names a device and an inode.");
#else
    // What systemd does: stderr is its stream, and JOURNAL_STREAM says which one. A file
    // stands in for the stream: its device and inode are what the server must compare.
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"stderr.log"_s);
    QFile log(path);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.close();
    const QString stream = journalStreamOf(path);
    QVERIFY(!stream.isEmpty());

    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_MESSAGE_PATTERN"_s);
    environment.insert(u"JOURNAL_STREAM"_s, stream);
    server.setProcessEnvironment(environment);
    server.setStandardErrorFile(path, QIODevice::Append);
    server.start(QStringLiteral(PALAVER_SERVER_BINARY),
                 {u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data-dir"_s,
                  tmp.filePath(u"data"_s), u"--no-discovery"_s, u"--no-metrics"_s});
    const auto written = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTRY_VERIFY2(written().contains("listening"), written().constData());
    server.terminate();
    QVERIFY(server.waitForFinished(TestClient::kTimeoutMs));
    // Journald's priority prefix, no timestamp of our own.
    QVERIFY2(written().startsWith("<6>Palaver server"), written().constData());
    QVERIFY2(written().contains("\n<6>stopped\n"), written().constData());
#endif
}

void tst_ServerProcess::adminCommandsReachTheRunningServer()
{
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(u"data"_s);
    ServerProcess server({u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data-dir"_s,
                          dataDir, u"--no-discovery"_s, u"--no-metrics"_s});
    const std::optional<quint16> port = server.waitForPort();
    QVERIFY2(port, server.log().constData());
    TestClient alice(localUrl(*port), u"alice"_s);
    QVERIFY(alice.waitForWelcome());

    const auto admin = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(PALAVER_SERVER_BINARY), arguments);
        process.waitForFinished(TestClient::kTimeoutMs);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    };
    // Found through the data directory, as an admin of a service would.
    auto [code, output] = admin({u"--admin"_s, u"who"_s, u"--data-dir"_s, dataDir});
    QCOMPARE(code, 0);
    QVERIFY2(output.startsWith(u"1 connected:\n  alice  127.0.0.1:"_s), qPrintable(output));

    std::tie(code, output) =
        admin({u"--admin"_s, u"kick alice time for lunch"_s, u"--data-dir"_s, dataDir});
    QCOMPARE(code, 0);
    QCOMPARE(output.trimmed(), u"Disconnected alice."_s);
    QVERIFY(alice.waitDisconnected());
    QCOMPARE(alice.closeCode(), int(protocol::CloseCode::Kicked));
    QCOMPARE(alice.closeReason(), u"time for lunch"_s);

    std::tie(code, output) = admin({u"--admin"_s, u"kick alice"_s, u"--data-dir"_s, dataDir});
    QCOMPARE(code, 1);
    QVERIFY2(output.startsWith(u"error: nobody called"_s), qPrintable(output));

    // No server there: said so, in words.
    std::tie(code, output) =
        admin({u"--admin"_s, u"who"_s, u"--data-dir"_s, tmp.filePath(u"elsewhere"_s)});
    QCOMPARE(code, 1);
    QVERIFY2(output.contains(u"no server answers"_s), qPrintable(output));
    QVERIFY(server.process().state() == QProcess::Running);
}

void tst_ServerProcess::consoleTakesCommandsInATerminal()
{
#ifndef Q_OS_LINUX
    QSKIP("Gives the server a terminal with util-linux's script(1): Linux only.");
#else
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script(1) from util-linux is not installed: no terminal to give the server.");
    QTemporaryDir tmp;
    const QString command =
        u"'%1' --listen 127.0.0.1 --port 0 --data-dir '%2' --no-discovery "
        u"--no-metrics"_s.arg(QStringLiteral(PALAVER_SERVER_BINARY), tmp.filePath(u"data"_s));
    QProcess terminal;
    QByteArray output;
    QObject::connect(&terminal, &QProcess::readyReadStandardOutput, &terminal,
                     [&] { output += terminal.readAllStandardOutput(); });
    terminal.start(script, {u"-qfec"_s, command, u"/dev/null"_s});
    QTRY_VERIFY2(output.contains("type /help here"), output.constData());

    terminal.write("/say from the console\n");
    QTRY_VERIFY2(output.contains("Said in #general."), output.constData());
    terminal.write("/bogus\n");
    QTRY_VERIFY2(output.contains("error: no command \"bogus\""), output.constData());
    // The server must exit though its terminal stays open: a read of it that blocks must not
    // hold the exit up.
    const QByteArray dataDir = tmp.filePath(u"data"_s).toUtf8();
    const auto serverRunning = [&dataDir] {
        for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(dataDir) &&
                !QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(pid)).endsWith(u"script"_s))
                return true;
        }
        return false;
    };
    QVERIFY(serverRunning());
    terminal.write("/quit\n");
    QTRY_VERIFY2(output.contains("stopped"), output.constData());
    QTRY_VERIFY(!serverRunning());
    terminal.closeWriteChannel(); // script(1) itself may wait for the end of its input
    QTRY_COMPARE(terminal.state(), QProcess::NotRunning);
    QCOMPARE(terminal.exitCode(), 0);
#endif
}

void tst_ServerProcess::healthAndMetricsOverHttp()
{
    QTemporaryDir tmp;
    ServerProcess server({u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data-dir"_s,
                          tmp.filePath(u"data"_s), u"--no-discovery"_s, u"--metrics-port"_s,
                          u"0"_s});
    const std::optional<quint16> port = server.waitForPort();
    QVERIFY2(port, server.log().constData());
    static const QRegularExpression endpoint(u"metrics on http://127\\.0\\.0\\.1:(\\d+)/"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY2((match = endpoint.match(QString::fromUtf8(server.log()))).hasMatch(),
                 server.log().constData());
    const QString base = u"http://127.0.0.1:%1"_s.arg(match.captured(1));
    QNetworkAccessManager http;
    const auto get = [&http](const QString &url) {
        QNetworkReply *reply = http.get(QNetworkRequest(QUrl(url)));
        [[maybe_unused]] const bool finished =
            QTest::qWaitFor([reply] { return reply->isFinished(); }, TestClient::kTimeoutMs);
        const auto result = std::pair{
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return result;
    };
    auto [status, body] = get(base + u"/health"_s);
    QCOMPARE(status, 200);
    QCOMPARE(body, QByteArray("ok\n"));

    // One metric's value, from its line; nothing if it is missing.
    const auto value = [](const QByteArray &text, const QByteArray &name) -> std::optional<double> {
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1).toDouble();
        }
        return std::nullopt;
    };
    const QByteArrayList gauges{"palaver_connections", "palaver_messages_per_second",
                                "palaver_store_commit_seconds_total",
                                "palaver_store_commit_seconds_max"};
    std::tie(status, body) = get(base + u"/metrics"_s);
    for (const QByteArray &name : gauges)
        QVERIFY2(value(body, name), name.constData());
    QCOMPARE(value(body, "palaver_connections"), 0.0);
    QCOMPARE(value(body, "palaver_messages_per_second"), 0.0);
    QCOMPARE(value(body, "palaver_store_commit_seconds_total"), 0.0);

    TestClient alice(localUrl(*port), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(alice.waitForAck(alice.say(u"counted"_s)));
    std::tie(status, body) = get(base + u"/metrics"_s);
    QCOMPARE(status, 200);
    for (const char *line :
         {"palaver_up 1\n", "palaver_clients 1\n", "palaver_rooms 1\n",
          "palaver_messages_total 1\n", "palaver_connections 1\n",
          "# TYPE palaver_messages_total counter\n", "# TYPE palaver_connections gauge\n",
          "# TYPE palaver_messages_per_second gauge\n",
          "# TYPE palaver_store_commit_seconds_max gauge\n"})
        QVERIFY2(body.contains(line), body.constData());
    // "alice joined" and her message: in one commit or two.
    QVERIFY2(*value(body, "palaver_store_commits_total") >= 1, body.constData());
    // The commit took some time, however little, and the slowest is at most all of them.
    QVERIFY2(*value(body, "palaver_store_commit_seconds_total") > 0, body.constData());
    QVERIFY2(*value(body, "palaver_store_commit_seconds_max") <=
                 *value(body, "palaver_store_commit_seconds_total"),
             body.constData());
    // The rate is sampled each second: the message shows in it once sampled.
    QTRY_VERIFY2((body = get(base + u"/metrics"_s).second,
                  value(body, "palaver_messages_per_second").value_or(0) > 0),
                 body.constData());
    alice.close();
    QVERIFY(alice.waitDisconnected());
    QTRY_VERIFY2(
        (body = get(base + u"/metrics"_s).second, value(body, "palaver_connections") == 0.0),
        body.constData());
    std::tie(status, body) = get(base + u"/nothing-here"_s);
    QCOMPARE(status, 404);
}

void tst_ServerProcess::refusedHandshakesAreLoggedWithTheReason_data()
{
    QTest::addColumn<QStringList>("arguments"); // {tmp} is a fresh directory, {data} tests/data
    QTest::addColumn<QString>("knock");         // how the client gets itself refused
    QTest::addColumn<QString>("logged");        // what the one warning about it says

    const QStringList tls{u"--tls-cert"_s, u"{data}/test-a.crt"_s, u"--tls-key"_s,
                          u"{data}/test-a.key"_s};
    QTest::newRow("server full") << QStringList{u"--max-connections"_s, u"1"_s} << u"second"_s
                                 << u"turned away: the server is full (1 connections, "
                                    u"--max-connections)"_s;
    QTest::newRow("too many from one address")
        << QStringList{u"--max-connections-per-address"_s, u"1"_s} << u"second"_s
        << u"turned away: too many connections from its address"_s;
    QTest::newRow("wrong password") << QStringList{u"--password-file"_s, u"{tmp}/password"_s}
                                    << u"password"_s << u"gave a wrong password"_s;
    QTest::newRow("protocol version")
        << QStringList() << u"version"_s << u"This server speaks protocol version"_s;
    QTest::newRow("web page origin")
        << QStringList() << u"origin"_s
        << u"came from a web page at https://elsewhere.example, which may not connect: if it "
           u"should, start the server with --allow-origin https://elsewhere.example"_s;
    QTest::newRow("plain ws:// to TLS")
        << tls << u"ws"_s << u"tried plain ws:// on this TLS port: it should use wss://"_s;
    QTest::newRow("TLS to plain ws://")
        << QStringList() << u"tls"_s
        << u"spoke TLS to this plain port: it should use ws://, or start the server with "
           u"--tls-cert and --tls-key"_s;
    QTest::newRow("HTTP, not WebSocket")
        << QStringList() << u"http"_s
        << u"sent a plain HTTP request (GET /chat), not a WebSocket handshake"_s;
    QTest::newRow("HTTPS, not WebSocket")
        << tls << u"https"_s
        << u"sent a plain HTTP request (GET /chat), not a WebSocket handshake"_s;
    QTest::newRow("not HTTP") << QStringList() << u"garbage"_s
                              << u"sent something that is not a WebSocket handshake (not HTTP)"_s;
    QTest::newRow("broken TLS handshake")
        << tls << u"broken-tls"_s << u"failed the TLS handshake"_s;
}

void tst_ServerProcess::refusedHandshakesAreLoggedWithTheReason()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, knock);
    QFETCH(QString, logged);

    QTemporaryDir tmp;
    QFile password(tmp.filePath(u"password"_s));
    QVERIFY(password.open(QIODevice::WriteOnly) && password.write("sesame\n") == 7);
    password.close();
    arguments.replaceInStrings(u"{tmp}"_s, tmp.path());
    arguments.replaceInStrings(u"{data}"_s, QStringLiteral(PALAVER_SOURCE_DIR "/tests/data"));
    ServerProcess server(QStringList{u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s,
                                     u"--data-dir"_s, tmp.filePath(u"data"_s)} +
                         arguments);
    const std::optional<quint16> port = server.waitForPort();
    QVERIFY2(port, server.log().constData());
    const bool tls = arguments.contains(u"--tls-cert"_s);
    const QUrl url(u"%1://127.0.0.1:%2"_s.arg(tls ? u"wss"_s : u"ws"_s).arg(*port));

    std::unique_ptr<TestClient> first;
    std::unique_ptr<TestClient> client;
    QWebSocket webSocket;
    QSslSocket tcp; // plain unless told to encrypt
    const auto answered = [&tcp] { return tcp.state() == QAbstractSocket::UnconnectedState; };
    if (knock == u"second") {
        first = std::make_unique<TestClient>(url, u"first"_s);
        QVERIFY(first->waitForWelcome());
        client = std::make_unique<TestClient>(url, u"second"_s);
    } else if (knock == u"password") {
        client = std::make_unique<TestClient>(url);
        QVERIFY(client->waitConnected());
        client->send(protocol::Hello{.nick = u"guesser"_s, .password = u"open"_s});
    } else if (knock == u"version") {
        client = std::make_unique<TestClient>(url);
        QVERIFY(client->waitConnected());
        client->send(
            protocol::Hello{.protocol = protocol::kProtocolVersion + 1, .nick = u"future"_s});
    } else if (knock == u"origin") {
        QNetworkRequest request(url);
        request.setRawHeader("Origin", "https://elsewhere.example");
        webSocket.open(request);
    } else if (knock == u"ws") {
        webSocket.open(QUrl(u"ws://127.0.0.1:%1"_s.arg(*port)));
    } else if (knock == u"tls") {
        tcp.setPeerVerifyMode(QSslSocket::VerifyNone);
        tcp.connectToHostEncrypted(u"127.0.0.1"_s, *port);
    } else if (knock == u"http" || knock == u"https") {
        if (knock == u"https") {
            tcp.setPeerVerifyMode(QSslSocket::VerifyNone);
            tcp.connectToHostEncrypted(u"127.0.0.1"_s, *port);
            QVERIFY(tcp.waitForEncrypted(TestClient::kTimeoutMs));
        } else {
            tcp.connectToHost(QHostAddress::LocalHost, *port);
        }
        tcp.write("GET /chat HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        // Answered in words a browser or curl shows, then closed.
        QTRY_VERIFY(answered());
        const QByteArray answer = tcp.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
        QVERIFY2(answer.contains("not a WebSocket handshake"), answer.constData());
    } else if (knock == u"garbage" || knock == u"broken-tls") {
        tcp.connectToHost(QHostAddress::LocalHost, *port);
        // A TLS record header (handshake, version 3.1, 5 bytes), then no ClientHello in it.
        tcp.write(knock == u"garbage" ? QByteArray("hello?\r\n\r\n")
                                      : QByteArray::fromHex("1603010005ffffffffff"));
        QTRY_VERIFY(answered());
    }

    QTRY_VERIFY2(server.log().contains(logged.toUtf8()), server.log().constData());
    const QStringList lines = server.stderrLines().filter(logged);
    QVERIFY2(lines.size() == 1, server.log().constData());
    QVERIFY2(lines.constFirst().contains(u" warning: client 127.0.0.1"_s),
             qPrintable(lines.constFirst()));
    QVERIFY(server.process().state() == QProcess::Running);
}

void tst_ServerProcess::hangUpReadsTheConfigFileAgain()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGHUP is POSIX only.");
#else
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"palaver-server.conf"_s);
    const auto write = [&path](const QByteArray &text) { return writeFile(path, text); };
    QVERIFY(write("name = Before\nhistory-on-join = 5\n"));
    ServerProcess server({u"--config"_s, path, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s,
                          u"--data-dir"_s, tmp.filePath(u"data"_s), u"--no-discovery"_s});
    const std::optional<quint16> port = server.waitForPort();
    QVERIFY2(port, server.log().constData());
    {
        TestClient first(localUrl(*port), u"first"_s);
        QVERIFY(first.waitForWelcome());
        QCOMPARE(first.welcome()->name, u"Before"_s);
    }

    QVERIFY(write("name = After\nhistory-on-join = 5\nsync = normal\n"));
    QCOMPARE(::kill(pid_t(server.process().processId()), SIGHUP), 0);
    QTRY_VERIFY2(server.log().contains("reloaded the configuration: changed name"),
                 server.log().constData());
    QVERIFY2(server.log().contains("only take effect when the server restarts: sync"),
             server.log().constData());
    TestClient second(localUrl(*port), u"second"_s);
    QVERIFY(second.waitForWelcome());
    QCOMPARE(second.welcome()->name, u"After"_s);

    // A file that no longer parses changes nothing, and the server goes on.
    QVERIFY(write("name = Broken\nnonsense\n"));
    QCOMPARE(::kill(pid_t(server.process().processId()), SIGHUP), 0);
    QTRY_VERIFY2(server.log().contains("reload failed, nothing changed"), server.log().constData());
    TestClient third(localUrl(*port), u"third"_s);
    QVERIFY(third.waitForWelcome());
    QCOMPARE(third.welcome()->name, u"After"_s);

    // The sync change never took effect: taking it back is no change, and nothing needs a
    // restart any more.
    QVERIFY(write("name = After\nhistory-on-join = 5\n"));
    QCOMPARE(::kill(pid_t(server.process().processId()), SIGHUP), 0);
    QTRY_VERIFY2(server.log().count("reloaded the configuration") == 2, server.log().constData());
    QVERIFY2(server.log().contains("reloaded the configuration: no other setting changed"),
             server.log().constData());
    QCOMPARE(server.log().count("only take effect when the server restarts"), 1);
#endif
}

void tst_ServerProcess::adminReloadReadsTheConfigFileAgain()
{
    // What SIGHUP does, where there is no SIGHUP (Windows): through the admin socket.
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"palaver-server.conf"_s);
    const auto write = [&path](const QByteArray &text) { return writeFile(path, text); };
    const QString dataDir = tmp.filePath(u"data"_s);
    QVERIFY(write("name = Before\n"));
    ServerProcess server({u"--config"_s, path, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s,
                          u"--data-dir"_s, dataDir});
    const std::optional<quint16> port = server.waitForPort();
    QVERIFY2(port, server.log().constData());
    const auto reload = [&dataDir] {
        QProcess admin;
        admin.start(QStringLiteral(PALAVER_SERVER_BINARY),
                    {u"--admin"_s, u"reload"_s, u"--data-dir"_s, dataDir});
        admin.waitForFinished(TestClient::kTimeoutMs);
        return std::pair{admin.exitCode(), QString::fromUtf8(admin.readAllStandardOutput())};
    };

    QVERIFY(write("name = After\nsync = normal\n"));
    auto [code, answer] = reload();
    QCOMPARE(code, 0);
    QVERIFY2(answer.startsWith(u"reloaded the configuration: changed name\n"_s),
             qPrintable(answer));
    QVERIFY2(answer.contains(u"only take effect when the server restarts: sync"_s),
             qPrintable(answer));
    QTRY_VERIFY2(server.log().contains("reloaded the configuration: changed name"),
                 server.log().constData());
    TestClient after(localUrl(*port), u"after"_s);
    QVERIFY(after.waitForWelcome());
    QCOMPARE(after.welcome()->name, u"After"_s);

    // A file that no longer parses changes nothing; the answer says why, and so does the exit.
    QVERIFY(write("name = Broken\nnonsense\n"));
    std::tie(code, answer) = reload();
    QCOMPARE(code, 1);
    QVERIFY2(answer.startsWith(u"error: reload failed, nothing changed: "_s), qPrintable(answer));
    QVERIFY2(answer.contains(u"nonsense"_s), qPrintable(answer));
    TestClient still(localUrl(*port), u"still"_s);
    QVERIFY(still.waitForWelcome());
    QCOMPARE(still.welcome()->name, u"After"_s);
    QVERIFY(server.process().state() == QProcess::Running);
}

void tst_ServerProcess::discoveryOnlyWhereTheLanCanConnect_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("noDiscovery");
    QTest::addColumn<bool>("announced");

    QTest::newRow("all interfaces") << u"any"_s << false << true; // the test can fail
    QTest::newRow("loopback IPv4") << u"127.0.0.1"_s << false << false;
    QTest::newRow("localhost") << u"localhost"_s << false << false;
    QTest::newRow("--no-discovery") << u"any"_s << true << false;
}

void tst_ServerProcess::discoveryOnlyWhereTheLanCanConnect()
{
    QFETCH(QString, listen);
    QFETCH(bool, noDiscovery);
    QFETCH(bool, announced);

    // A UDP port of its own, so that no other server or client here shares it.
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::AnyIPv4, 0));
    const quint16 discoveryPort = probe.localPort();
    probe.close();
    QTemporaryDir tmp;
    QStringList arguments{u"--listen"_s,         listen,
                          u"--port"_s,           u"0"_s,
                          u"--data-dir"_s,       tmp.filePath(u"data"_s),
                          u"--discovery-port"_s, QString::number(discoveryPort)};
    if (noDiscovery)
        arguments.append(u"--no-discovery"_s);
    ServerProcess server(arguments);
    QTRY_VERIFY2(server.log().contains("listening on ws://"), server.log().constData());
    QTRY_VERIFY2(server.log().contains("admin commands"), server.log().constData());

    // Whoever holds the discovery port answers queries there: if the server does, a socket
    // that doesn't share can't have it.
    QUdpSocket exclusive;
    const bool portFree =
        exclusive.bind(QHostAddress::AnyIPv4, discoveryPort, QUdpSocket::DontShareAddress);
    QCOMPARE(!portFree, announced);
    QCOMPARE(server.log().contains("announcing"), announced);
    if (!noDiscovery && !announced) {
        QVERIFY2(server.log().contains("info: not announced on the LAN: the server listens on "),
                 server.log().constData());
        QVERIFY2(server.log().contains("which other machines can't reach"),
                 server.log().constData());
    }
}

QTEST_GUILESS_MAIN(tst_ServerProcess)
#include "tst_serverprocess.moc"
