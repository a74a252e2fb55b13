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
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <signal.h>
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
        static const QRegularExpression listening(u"listening on ws://127\\.0\\.0\\.1:(\\d+)"_s);
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
    void logLevelAndJournalFormat();
    void adminCommandsReachTheRunningServer();
    void consoleTakesCommandsInATerminal();
    void healthAndMetricsOverHttp();
    void hangUpReadsTheConfigFileAgain();
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

void tst_ServerProcess::logLevelAndJournalFormat()
{
    QTemporaryDir tmp;
    const QStringList arguments{
        u"--listen"_s,   u"127.0.0.1"_s,          u"--port"_s,        u"0"_s,
        u"--data-dir"_s, tmp.filePath(u"data"_s), u"--no-discovery"_s};
    // Under systemd: journald's priority prefix, no timestamp of our own.
    ServerProcess journal(arguments, {{u"JOURNAL_STREAM"_s, u"8:12345"_s}});
    QVERIFY2(journal.waitForPort(), journal.log().constData());
    QVERIFY2(journal.stderrLines().constFirst().startsWith(u"<6>Palaver server"_s),
             journal.log().constData());

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
    QCOMPARE(::kill(pid_t(quiet.process().processId()), SIGTERM), 0);
    QVERIFY(quiet.waitFinished());
    QCOMPARE(quiet.process().exitCode(), 0);
    QVERIFY2(quiet.log().isEmpty(), quiet.log().constData());
    // The same at "info" does log: the test above can fail.
    QVERIFY(journal.log().contains("listening"));
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

    TestClient alice(localUrl(*port), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(alice.waitForAck(alice.say(u"counted"_s)));
    std::tie(status, body) = get(base + u"/metrics"_s);
    QCOMPARE(status, 200);
    for (const char *line : {"palaver_up 1\n", "palaver_clients 1\n", "palaver_rooms 1\n",
                             "palaver_messages_total 1\n", "palaver_store_commits_total 1\n",
                             "# TYPE palaver_messages_total counter\n"})
        QVERIFY2(body.contains(line), body.constData());
    std::tie(status, body) = get(base + u"/nothing-here"_s);
    QCOMPARE(status, 404);
}

void tst_ServerProcess::hangUpReadsTheConfigFileAgain()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGHUP is POSIX only.");
#else
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"palaver-server.conf"_s);
    const auto write = [&path](const QByteArray &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(text) == text.size();
    };
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

QTEST_GUILESS_MAIN(tst_ServerProcess)
#include "tst_serverprocess.moc"
