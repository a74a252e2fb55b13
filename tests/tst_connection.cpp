#include "client/core/connection.h"
#include "manualclock.h"
#include "serverprocess.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A second person in the room, on a plain QWebSocket, who records the chat lines it sees.
class Observer
{
public:
    explicit Observer(quint16 port)
    {
        QObject::connect(&m_socket, &QWebSocket::connected, &m_socket, [this] {
            m_socket.sendTextMessage(
                protocol::encodeText(protocol::Hello{1, u"bob"_s, {}, {}, {}}));
        });
        QObject::connect(
            &m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
                const auto result = protocol::decode(text);
                if (!result.ok())
                    return;
                if (std::holds_alternative<protocol::Welcome>(result.message()))
                    m_welcomed = true;
                if (const auto *m = std::get_if<protocol::ChatMessage>(&result.message()))
                    m_lines.append(m->nick + u": "_s + m->text);
            });
        m_socket.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
    }
    bool waitWelcomed()
    {
        return QTest::qWaitFor([this] { return m_welcomed; }, 5000);
    }
    const QStringList &lines() const { return m_lines; }

private:
    QWebSocket m_socket;
    bool m_welcomed = false;
    QStringList m_lines;
};

std::unique_ptr<test::TestServer> startServer(quint16 port = 0, const QString &dataDir = {})
{
    auto chat = std::make_unique<test::TestServer>(server::ServerOptions{}, dataDir);
    if (!chat->start(port))
        qWarning("listen failed: %s", qPrintable(chat->errorString()));
    return chat;
}

QUrl urlFor(quint16 port)
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(port));
}

bool waitForState(Connection &connection, Connection::State state)
{
    return QTest::qWaitFor([&] { return connection.state() == state; }, 5000);
}

} // namespace

/// The client's connection against a real server on loopback, with time moved by hand.
class tst_Connection : public QObject
{
    Q_OBJECT

private slots:
    void connectsAndIsWelcomed();
    void reconnectsAfterRestartAndSendsOutboxOnce();
    void backoffGrowsWhileServerIsDownAndResetsOnSuccess();
    void refusedNicknameStopsRetrying();
    void closeStopsRetrying();
    void silentServerTimesOut();
    void survivesServerKilledAndRestarted();
    void outboxSurvivesAClientRestart();
    void resumesWithWhatItMissed();
    void wakeRetriesAtOnce();
    void wakeWhileConnectedChecksTheConnection();
    void hungServerIsNoticedByTheHeartbeat();
    void rejectedSendLeavesOutbox();
};

void tst_Connection::connectsAndIsWelcomed()
{
    auto chat = startServer();
    test::ManualClock clock;
    Connection connection(clock);
    QSignalSpy welcomed(&connection, &Connection::welcomed);
    connection.open(urlFor(chat->port()), u"  alice "_s);
    QCOMPARE(connection.state(), Connection::State::Connecting);
    QVERIFY(welcomed.wait());
    QCOMPARE(connection.state(), Connection::State::Connected);
    QCOMPARE(connection.nick(), u"alice"_s); // as the server normalised it
    QCOMPARE(connection.room(), u"general"_s);
    QCOMPARE(connection.welcome().epoch, chat->server().epoch());
}

void tst_Connection::reconnectsAfterRestartAndSendsOutboxOnce()
{
    auto chat = startServer();
    const quint16 port = chat->port();
    test::ManualClock clock;
    Connection connection(clock);
    connection.open(urlFor(port), u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Connected));

    QSignalSpy acked(&connection, &Connection::acknowledged);
    connection.send(u"before the restart"_s);
    QVERIFY(acked.wait());
    QVERIFY(connection.outbox().isEmpty());

    chat.reset(); // the server goes away
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    QVERIFY(!connection.lastProblem().isEmpty());

    connection.send(u"typed while offline"_s);
    connection.send(u"and another one"_s);
    QCOMPARE(connection.outbox().size(), 2);

    // The first retry finds nothing listening and backs off again.
    clock.advance(std::chrono::milliseconds(clock.msecsToNextAlarm()));
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    QVERIFY2(connection.lastProblem().contains(u"Nothing is listening"_s),
             qPrintable(connection.lastProblem()));
    QCOMPARE(connection.outbox().size(), 2);

    chat = startServer(port); // back, on the same port, with bob waiting in the room
    QCOMPARE(chat->port(), port);
    Observer bob(port);
    QVERIFY(bob.waitWelcomed());

    clock.advance(std::chrono::milliseconds(clock.msecsToNextAlarm()));
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QTRY_VERIFY(connection.outbox().isEmpty());
    QTRY_COMPARE(bob.lines(),
                 (QStringList{u"alice: typed while offline"_s, u"alice: and another one"_s}));

    // Nothing arrives twice, even after one more round trip through the server.
    acked.clear();
    connection.send(u"after"_s);
    QVERIFY(acked.wait());
    QTRY_COMPARE(bob.lines().size(), 3);
    QCOMPARE(bob.lines().last(), u"alice: after"_s);
}

void tst_Connection::backoffGrowsWhileServerIsDownAndResetsOnSuccess()
{
    // Find a port with nothing on it by binding and releasing one.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    test::ManualClock clock;
    // The largest draw makes every delay equal its ceiling, so the schedule is exact.
    Connection connection(clock, Backoff(BackoffPolicy{}, [] { return 1.0; }));
    connection.open(urlFor(port), u"alice"_s);

    QList<qint64> delays;
    for (int attempt = 0; attempt < 8; ++attempt) {
        QVERIFY(waitForState(connection, Connection::State::Reconnecting));
        delays.append(connection.msecsUntilRetry());
        clock.advance(std::chrono::milliseconds(clock.msecsToNextAlarm()));
        QCOMPARE(connection.state(), Connection::State::Connecting);
    }
    QCOMPARE(delays, (QList<qint64>{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000}));

    // The countdown follows the clock.
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    clock.advance(10s);
    QCOMPARE(connection.msecsUntilRetry(), 20000);

    // A server appears; a successful connection resets the schedule.
    auto chat = startServer(port);
    connection.reconnectNow();
    QVERIFY(waitForState(connection, Connection::State::Connected));
    chat.reset();
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    QCOMPARE(connection.msecsUntilRetry(), 500);
}

void tst_Connection::refusedNicknameStopsRetrying()
{
    auto chat = startServer();
    test::ManualClock clock;
    Connection connection(clock);
    connection.open(urlFor(chat->port()), u"bad\u0007nick"_s);
    QVERIFY(waitForState(connection, Connection::State::Offline));
    QVERIFY2(connection.lastProblem().contains(u"nickname"_s),
             qPrintable(connection.lastProblem()));
    QCOMPARE(clock.pendingAlarms(), 0); // no retry scheduled: retrying can't help
}

void tst_Connection::closeStopsRetrying()
{
    auto chat = startServer();
    test::ManualClock clock;
    Connection connection(clock);
    connection.open(urlFor(chat->port()), u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Connected));
    connection.close();
    QCOMPARE(connection.state(), Connection::State::Offline);
    QTRY_COMPARE(chat->server().sessionCount(), 0);
    QCOMPARE(clock.pendingAlarms(), 0);
    QCOMPARE(connection.state(), Connection::State::Offline);
}

void tst_Connection::silentServerTimesOut()
{
    QTcpServer silent; // accepts TCP but never answers the WebSocket handshake
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    test::ManualClock clock;
    Connection connection(clock);
    connection.setConnectTimeout(5s);
    connection.open(urlFor(silent.serverPort()), u"alice"_s);
    QVERIFY(silent.waitForNewConnection(5000));
    QCOMPARE(connection.state(), Connection::State::Connecting);
    clock.advance(5s);
    QCOMPARE(connection.state(), Connection::State::Reconnecting);
    QVERIFY2(connection.lastProblem().contains(u"No answer"_s),
             qPrintable(connection.lastProblem()));
}

void tst_Connection::rejectedSendLeavesOutbox()
{
    auto chat = startServer();
    test::ManualClock clock;
    Connection connection(clock);
    connection.open(urlFor(chat->port()), u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QSignalSpy failed(&connection, &Connection::sendFailed);
    const QUuid id = connection.send(QString(5000, u'x')).id; // over the 4000 limit
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).toUuid(), id);
    QVERIFY(failed.first().at(1).toString().contains(u"limit"_s));
    QVERIFY(connection.outbox().isEmpty());
    QCOMPARE(connection.state(), Connection::State::Connected);
}

void tst_Connection::survivesServerKilledAndRestarted()
{
#ifndef Q_OS_UNIX
    QSKIP("QProcess::kill() is SIGKILL only on POSIX; on Windows it is TerminateProcess, "
          "which this test does not cover yet.");
#endif
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    test::ServerProcess server;
    QVERIFY2(server.start(0, dataDir.path()), qPrintable(server.log()));
    const quint16 port = server.port();

    test::ManualClock clock;
    Connection connection(clock);
    connection.open(urlFor(port), u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Connected));

    server.kill(); // SIGKILL: no goodbye, no close frame
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    connection.send(u"written while the server was dead"_s);

    test::ServerProcess restarted;
    QVERIFY2(restarted.start(port, dataDir.path()), qPrintable(restarted.log()));
    Observer bob(port);
    QVERIFY(bob.waitWelcomed());

    clock.advance(std::chrono::milliseconds(clock.msecsToNextAlarm()));
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QTRY_VERIFY(connection.outbox().isEmpty());
    QTRY_COMPARE(bob.lines(), QStringList{u"alice: written while the server was dead"_s});

    QCOMPARE(restarted.terminate(), 0);
}

void tst_Connection::outboxSurvivesAClientRestart()
{
    QTemporaryDir outboxDir;
    const quint16 port = test::ServerProcess::freePort();
    QList<QUuid> typed;
    {
        test::ManualClock clock;
        Connection connection(clock);
        connection.setOutboxDirectory(outboxDir.path());
        connection.open(urlFor(port), u"alice"_s); // nobody there
        QVERIFY(waitForState(connection, Connection::State::Reconnecting));
        typed.append(connection.send(u"typed before the crash"_s).id);
        typed.append(connection.send(u"and this too"_s).id);
    } // the app dies here, with both messages unsent

    auto chat = startServer(port);
    Observer bob(port);
    QVERIFY(bob.waitWelcomed());

    test::ManualClock clock;
    Connection connection(clock);
    connection.setOutboxDirectory(outboxDir.path());
    QSignalSpy restored(&connection, &Connection::outboxRestored);
    connection.open(urlFor(port), u"alice"_s);
    QCOMPARE(restored.count(), 1);
    const auto messages = restored.first().at(0).value<QList<OutgoingMessage>>();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).id, typed.at(0));
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QTRY_COMPARE(bob.lines(),
                 (QStringList{u"alice: typed before the crash"_s, u"alice: and this too"_s}));
    QTRY_VERIFY(connection.outbox().isEmpty());

    // Acknowledged means gone from the disk as well: a third start sends nothing.
    test::ManualClock thirdClock;
    Connection third(thirdClock);
    third.setOutboxDirectory(outboxDir.path());
    third.open(urlFor(port), u"alice"_s);
    QVERIFY(third.outbox().isEmpty());
}

void tst_Connection::resumesWithWhatItMissed()
{
    QTemporaryDir dataDir;
    auto chat = startServer(0, dataDir.path());
    const quint16 port = chat->port();
    test::ManualClock clock;
    Connection connection(clock);
    QList<protocol::History> histories;
    QList<Connection::HistoryKind> kinds;
    connect(&connection, &Connection::historyReceived, this,
            [&](const protocol::History &h, Connection::HistoryKind kind) {
                histories.append(h);
                kinds.append(kind);
            });
    connection.open(urlFor(port), u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QSignalSpy acked(&connection, &Connection::acknowledged);
    connection.send(u"one"_s);
    QVERIFY(acked.wait());

    chat.reset(); // alice drops...
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    chat = startServer(port, dataDir.path()); // ...and bob writes while she is away
    test::ManualClock bobClock;
    Connection bob(bobClock);
    bob.open(urlFor(port), u"bob"_s);
    QVERIFY(waitForState(bob, Connection::State::Connected));
    QSignalSpy bobAcked(&bob, &Connection::acknowledged);
    bob.send(u"two"_s);
    bob.send(u"three"_s);
    QTRY_COMPARE(bobAcked.count(), 2);

    kinds.clear();
    histories.clear();
    clock.advance(std::chrono::milliseconds(clock.msecsToNextAlarm()));
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QTRY_COMPARE(histories.size(), 1);
    QCOMPARE(kinds.constFirst(), Connection::HistoryKind::Missed);
    QCOMPARE(histories.constFirst().recovered, std::optional<bool>(true));
    QCOMPARE(histories.constFirst().messages.size(), 2);
    QCOMPARE(histories.constFirst().messages.at(0).text, u"two"_s);
    QCOMPARE(histories.constFirst().messages.at(1).seq, 3);
}

void tst_Connection::wakeRetriesAtOnce()
{
    test::ManualClock clock;
    Connection connection(clock, Backoff(BackoffPolicy{}, [] { return 1.0; }));
    connection.open(urlFor(test::ServerProcess::freePort()), u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    QVERIFY(connection.msecsUntilRetry() > 0);
    connection.checkAfterWake();
    QCOMPARE(connection.state(), Connection::State::Connecting);
}

void tst_Connection::wakeWhileConnectedChecksTheConnection()
{
    auto chat = startServer();
    test::ManualClock clock;
    Connection connection(clock);
    connection.open(urlFor(chat->port()), u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Connected));
    const int alarmsBefore = clock.pendingAlarms();
    connection.checkAfterWake();
    QCOMPARE(clock.pendingAlarms(), alarmsBefore + 1); // the ping's deadline
    QTRY_COMPARE(clock.pendingAlarms(), alarmsBefore); // the pong came back in time
    clock.advance(std::chrono::seconds(10));
    QCOMPARE(connection.state(), Connection::State::Connected);
}

void tst_Connection::hungServerIsNoticedByTheHeartbeat()
{
#ifndef Q_OS_UNIX
    QSKIP("Freezing a process needs SIGSTOP (POSIX).");
#endif
    QTemporaryDir dataDir;
    test::ServerProcess server;
    QVERIFY2(server.start(0, dataDir.path()), qPrintable(server.log()));
    test::ManualClock clock;
    Connection connection(clock);
    connection.open(server.url(), u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Connected));

    // A live server answers the ping of a quiet connection.
    clock.advance(std::chrono::seconds(30));
    QTRY_COMPARE(clock.msecsToNextAlarm(), 30'000); // the pong started a new quiet period
    QCOMPARE(connection.state(), Connection::State::Connected);

    QVERIFY(server.freeze()); // the machine hangs: TCP stays up, nothing answers
    clock.advance(std::chrono::seconds(30));
    clock.advance(std::chrono::seconds(15));
    QCOMPARE(connection.state(), Connection::State::Reconnecting);
    QVERIFY2(connection.lastProblem().contains(u"stopped answering"_s),
             qPrintable(connection.lastProblem()));
    QVERIFY(server.thaw());
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
