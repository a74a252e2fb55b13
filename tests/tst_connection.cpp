#include "client/core/connection.h"
#include "manualclock.h"
#include "serverprocess.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

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
                const auto *m = std::get_if<protocol::ChatMessage>(&result.message());
                if (m && !protocol::isEventKind(m->kind)) // what was said, not who came
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

QUrl urlFor(quint16 port)
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(port));
}

/// A server played by the test, on a real socket: it records what the client sends and says
/// exactly what the test tells it to, so the client's side of the protocol can be checked
/// frame by frame (split answers, odd orders, refusals) where the real server is always polite.
class ScriptedServer
{
public:
    ScriptedServer()
    {
        // Its own TCP server, so that the test can hold the TCP socket under the WebSocket.
        m_tcp.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_tcp, &QTcpServer::newConnection, &m_tcp, [this] {
            while (QTcpSocket *tcp = m_tcp.nextPendingConnection()) {
                m_raw = tcp;
                m_server.handleConnection(tcp);
            }
        });
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                m_socket.reset(socket);
                QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                                 [this](const QString &text) {
                                     const auto result = protocol::decode(text);
                                     if (result.ok())
                                         m_received.append(result.message());
                                 });
            }
        });
    }
    QUrl url() const { return urlFor(m_tcp.serverPort()); }
    /// The TCP connection of the last client.
    QTcpSocket *tcp() const { return m_raw; }

    template <typename T> QList<T> received() const
    {
        QList<T> result;
        for (const protocol::Message &message : m_received) {
            if (const T *value = std::get_if<T>(&message))
                result.append(*value);
        }
        return result;
    }
    template <typename T> bool waitFor(qsizetype count)
    {
        return QTest::qWaitFor([&] { return received<T>().size() >= count; }, 5000);
    }
    void clear() { m_received.clear(); }

    void send(const protocol::Message &message)
    {
        m_socket->sendTextMessage(protocol::encodeText(message));
    }
    void close(protocol::CloseCode code, const QString &reason = {})
    {
        m_socket->close(QWebSocketProtocol::CloseCode(int(code)), reason);
    }
    /// Answers the hello with a welcome that lists these rooms.
    void welcome(const QList<protocol::RoomInfo> &rooms, const QString &epoch = u"e1"_s)
    {
        protocol::Welcome welcome;
        welcome.server = u"scripted"_s;
        welcome.name = u"scripted"_s;
        welcome.nick = received<protocol::Hello>().constLast().nick;
        welcome.room = u"general"_s;
        welcome.epoch = epoch;
        welcome.rooms = rooms;
        send(welcome);
    }

private:
    QTcpServer m_tcp;
    QPointer<QTcpSocket> m_raw;
    QWebSocketServer m_server{u"scripted"_s, QWebSocketServer::NonSecureMode};
    std::unique_ptr<QWebSocket> m_socket;
    QList<protocol::Message> m_received;
};

protocol::ChatMessage chatMessage(const QString &room, qint64 seq, const QString &nick = u"bob"_s)
{
    return protocol::ChatMessage{room,
                                 seq,
                                 QUuid::createUuid(),
                                 QDateTime::currentDateTimeUtc(),
                                 nick,
                                 u"message %1"_s.arg(seq)};
}

/// Messages `first` to `last` of `room`, as a history frame.
protocol::History historyOf(const QString &room, qint64 first, qint64 last,
                            std::optional<bool> recovered = std::nullopt,
                            const QString &epoch = u"e1"_s)
{
    protocol::History history{room, epoch, {}, first > 1, recovered};
    for (qint64 seq = first; seq <= last; ++seq)
        history.messages.append(chatMessage(room, seq));
    return history;
}

/// Without the membership events ("bob joined"): these tests count messages and seqs.
server::ServerOptions quietOptions()
{
    server::ServerOptions options;
    options.recordMembership = false;
    return options;
}

std::unique_ptr<test::TestServer> startServer(quint16 port = 0, const QString &dataDir = {})
{
    auto chat = std::make_unique<test::TestServer>(quietOptions(), dataDir);
    if (!chat->start(port))
        qWarning("listen failed: %s", qPrintable(chat->errorString()));
    return chat;
}

bool waitForState(Connection &connection, Connection::State state)
{
    return QTest::qWaitFor([&] { return connection.state() == state; }, 5000);
}

/// Opens `connection` as alice to `server`, which welcomes her into general alone, with an
/// empty history. True once connected.
bool welcomeToGeneral(ScriptedServer &server, Connection &connection)
{
    connection.open(server.url(), u"alice"_s);
    if (!server.waitFor<protocol::Hello>(1))
        return false;
    server.welcome({{.name = u"general"_s}});
    server.send(protocol::History{u"general"_s, u"e1"_s, {}, false, {}});
    return waitForState(connection, Connection::State::Connected);
}

/// Ports where nothing listens: bound together (so they differ), then all released.
QList<quint16> closedPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        probes.push_back(std::make_unique<QTcpServer>());
        if (probes.back()->listen(QHostAddress::LocalHost, 0))
            ports.append(probes.back()->serverPort());
    }
    return ports;
}

/// Every state a connection goes through from now on, in order.
class StateLog
{
public:
    explicit StateLog(Connection &connection)
    {
        QObject::connect(&connection, &Connection::stateChanged, &m_receiver,
                         [this](Connection::State state) { m_states.append(state); });
    }
    const QList<Connection::State> &states() const { return m_states; }

private:
    QList<Connection::State> m_states;
    QObject m_receiver; // goes first, and the connection with it
};

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
    void historyIsClassifiedAcrossFramesAndRooms();
    void helloResumesEveryRoom();
    void takenNicknameInTheHelloStopsRetrying();
    void replacedConnectionStopsRetrying();
    void typingIsThrottled();
    void readMarkerOnlyMovesForward();
    void theServersReasonIsHeardThroughAReset();

    // A server with several addresses (instances sharing one store).
    void triesTheNextAddressAtOnce_data();
    void triesTheNextAddressAtOnce();
    void aSilentAddressGivesWayAfterTheConnectTimeout();
    void backsOffOnlyWhenEveryAddressFailed();
    void failsOverWithTheOutboxAndTheResumePoints();
    void aRefusedPasswordDoesNotFailOver();
    void theOutboxBelongsToTheServerNotToOneAddress();
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

void tst_Connection::historyIsClassifiedAcrossFramesAndRooms()
{
    ScriptedServer server;
    test::ManualClock clock;
    Connection connection(clock);
    QList<QPair<QString, Connection::HistoryKind>> frames; // room and kind, in order
    connect(&connection, &Connection::historyReceived, this,
            [&](const protocol::History &h, Connection::HistoryKind kind) {
                frames.append(
                    {h.room + u" "_s +
                         QString::number(h.messages.isEmpty() ? 0 : h.messages.first().seq),
                     kind});
            });
    connection.open(server.url(), u"alice"_s);
    QVERIFY(server.waitFor<protocol::Hello>(1));
    server.welcome({{.name = u"general"_s}, {.name = u"random"_s}});
    // The answer for general comes in two frames, then random's in one.
    server.send(historyOf(u"general"_s, 1, 3));
    server.send(historyOf(u"general"_s, 4, 5));
    server.send(historyOf(u"random"_s, 11, 12));
    QTRY_COMPARE(frames.size(), 3);
    QVERIFY(waitForState(connection, Connection::State::Connected));

    // Pages of older messages, one split in two, and then what happens live.
    QVERIFY(connection.fetchOlder(u"random"_s, 11, 4));
    server.send(historyOf(u"random"_s, 7, 8));
    server.send(historyOf(u"random"_s, 9, 10));
    QVERIFY(!connection.fetchOlder(u"random"_s, 1)); // nothing before seq 1
    server.send(chatMessage(u"general"_s, 6));
    QVERIFY(connection.fetchOlder(u"general"_s, 1 + 1, 1));
    server.send(historyOf(u"general"_s, 1, 1)); // the fetch's answer
    // A room joined now gets its recent history, whatever came before.
    server.send(protocol::Joined{{.name = u"books"_s}});
    server.send(historyOf(u"books"_s, 1, 2));
    using Kind = Connection::HistoryKind;
    QTRY_COMPARE(frames.size(), 7);
    const QList<QPair<QString, Kind>> expected{
        {u"general 1"_s, Kind::Recent}, {u"general 4"_s, Kind::Recent},
        {u"random 11"_s, Kind::Recent}, {u"random 7"_s, Kind::Older},
        {u"random 9"_s, Kind::Older},   {u"general 1"_s, Kind::Older},
        {u"books 1"_s, Kind::Recent}};
    QCOMPARE(frames, expected);

    // After a drop, the resume is answered room by room: a replay, and a failed one.
    frames.clear();
    server.clear();
    server.close(protocol::CloseCode::GoingAway);
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    clock.advance(std::chrono::milliseconds(clock.msecsToNextAlarm()));
    QVERIFY(server.waitFor<protocol::Hello>(1));
    server.welcome({{.name = u"general"_s}, {.name = u"random"_s}, {.name = u"books"_s}});
    server.send(historyOf(u"general"_s, 7, 8, true));
    server.send(historyOf(u"general"_s, 9, 9, true));
    server.send(historyOf(u"random"_s, 20, 21, false));
    server.send(historyOf(u"books"_s, 3, 2, true)); // empty: missed nothing
    QTRY_COMPARE(frames.size(), 4);
    const QList<QPair<QString, Kind>> afterResume{{u"general 7"_s, Kind::Missed},
                                                  {u"general 9"_s, Kind::Missed},
                                                  {u"random 20"_s, Kind::Recent},
                                                  {u"books 0"_s, Kind::Missed}};
    QCOMPARE(frames, afterResume);
}

void tst_Connection::helloResumesEveryRoom()
{
    ScriptedServer server;
    test::ManualClock clock;
    Connection connection(clock);
    connection.open(server.url(), u"alice"_s);
    QVERIFY(server.waitFor<protocol::Hello>(1));
    QVERIFY(server.received<protocol::Hello>().constFirst().resume.isEmpty()); // a first start
    server.welcome({{.name = u"general"_s}, {.name = u"random"_s}, {.name = u"quiet"_s}});
    server.send(historyOf(u"general"_s, 1, 3));
    server.send(historyOf(u"random"_s, 5, 9));
    server.send(protocol::History{u"quiet"_s, u"e1"_s, {}, false, {}}); // nothing there yet
    QVERIFY(waitForState(connection, Connection::State::Connected));
    server.send(chatMessage(u"general"_s, 4));
    QVERIFY(connection.fetchOlder(u"random"_s, 5));
    server.send(historyOf(u"random"_s, 1, 4)); // older pages don't move the resume point
    QSignalSpy received(&connection, &Connection::historyReceived);
    QTRY_COMPARE(received.count(), 1);

    server.clear();
    server.close(protocol::CloseCode::GoingAway);
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    clock.advance(std::chrono::milliseconds(clock.msecsToNextAlarm()));
    QVERIFY(server.waitFor<protocol::Hello>(1));
    QList<protocol::ResumePoint> resume = server.received<protocol::Hello>().constFirst().resume;
    std::sort(resume.begin(), resume.end(),
              [](const auto &a, const auto &b) { return a.room < b.room; });
    QCOMPARE(resume,
             (QList<protocol::ResumePoint>{{u"general"_s, u"e1"_s, 4}, {u"random"_s, u"e1"_s, 9}}));

    // A room left is no longer resumed.
    server.welcome({{.name = u"general"_s}, {.name = u"random"_s}});
    server.send(historyOf(u"general"_s, 5, 4, true));
    server.send(historyOf(u"random"_s, 10, 9, true));
    QVERIFY(waitForState(connection, Connection::State::Connected));
    server.send(protocol::Left{u"random"_s});
    QSignalSpy left(&connection, &Connection::left);
    QVERIFY(left.wait());
    QCOMPARE(connection.rooms().size(), 1);
    server.clear();
    server.close(protocol::CloseCode::GoingAway);
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    clock.advance(std::chrono::milliseconds(clock.msecsToNextAlarm()));
    QVERIFY(server.waitFor<protocol::Hello>(1));
    QCOMPARE(server.received<protocol::Hello>().constFirst().resume,
             (QList<protocol::ResumePoint>{{u"general"_s, u"e1"_s, 4}}));
}

void tst_Connection::takenNicknameInTheHelloStopsRetrying()
{
    ScriptedServer server;
    test::ManualClock clock;
    Connection connection(clock);
    QSignalSpy taken(&connection, &Connection::nickTaken);
    connection.open(server.url(), u"bob"_s);
    QVERIFY(server.waitFor<protocol::Hello>(1));
    server.send(protocol::Error{protocol::ErrorCode::NickTaken,
                                u"Somebody else is using the nickname \"bob\" right now."_s,
                                {},
                                u"bob2"_s});
    server.close(protocol::CloseCode::ProtocolError);
    QVERIFY(waitForState(connection, Connection::State::Offline));
    QCOMPARE(taken.count(), 1);
    QCOMPARE(taken.first().at(0).toString(), u"bob"_s);
    QCOMPARE(taken.first().at(1).toString(), u"bob2"_s);
    QVERIFY2(connection.lastProblem().contains(u"nickname bob"_s),
             qPrintable(connection.lastProblem()));
    QCOMPARE(clock.pendingAlarms(), 0); // the same nickname would be refused again

    // Another nickname is a fresh start.
    connection.open(server.url(), u"bob3"_s);
    QVERIFY(server.waitFor<protocol::Hello>(2));
    server.welcome({{.name = u"general"_s}});
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QCOMPARE(connection.nick(), u"bob3"_s);
}

void tst_Connection::replacedConnectionStopsRetrying()
{
    ScriptedServer server;
    test::ManualClock clock;
    Connection connection(clock);
    QVERIFY(welcomeToGeneral(server, connection));
    server.close(protocol::CloseCode::Replaced, u"replaced"_s);
    QVERIFY(waitForState(connection, Connection::State::Offline));
    QVERIFY2(connection.lastProblem().contains(u"same nickname"_s),
             qPrintable(connection.lastProblem()));
    QCOMPARE(clock.pendingAlarms(), 0); // two copies must not take turns throwing each other out
}

void tst_Connection::typingIsThrottled()
{
    ScriptedServer server;
    test::ManualClock clock;
    Connection connection(clock);
    connection.setTyping(u"general"_s, true); // not connected: nothing to say it to
    connection.open(server.url(), u"alice"_s);
    QVERIFY(server.waitFor<protocol::Hello>(1));
    server.welcome({{.name = u"general"_s}, {.name = u"random"_s}});
    QVERIFY(waitForState(connection, Connection::State::Connected));

    connection.setTyping(u"general"_s, true);
    connection.setTyping(u"general"_s, true);
    connection.setTyping(u"random"_s, true); // another room has its own pace
    clock.advance(std::chrono::milliseconds(protocol::kTypingIntervalMs - 1));
    connection.setTyping(u"general"_s, true);
    QVERIFY(server.waitFor<protocol::Typing>(2));
    clock.advance(1ms);
    connection.setTyping(u"general"_s, true); // the interval is over: said again
    connection.setTyping(u"general"_s, false);
    connection.setTyping(u"general"_s, false); // stopped once is enough
    connection.setTyping(u"general"_s, true);  // starting again is news at once
    QVERIFY(server.waitFor<protocol::Typing>(5));
    QVERIFY(connection.listRooms()); // a barrier: anything sent before it has arrived
    QVERIFY(server.waitFor<protocol::ListRooms>(1));
    const QList<protocol::Typing> expected{{u"general"_s, {}, true},
                                           {u"random"_s, {}, true},
                                           {u"general"_s, {}, true},
                                           {u"general"_s, {}, false},
                                           {u"general"_s, {}, true}};
    QCOMPARE(server.received<protocol::Typing>(), expected);
}

void tst_Connection::theServersReasonIsHeardThroughAReset()
{
    // A server that closes while the client is still sending leaves what came in unread, and
    // its system answers that with a reset, right behind the close frame. The reset can be
    // reported first: the user must still hear the server's reason, not "broke off".
#ifdef Q_OS_WIN
    QSKIP("Windows throws away what was received but not yet read when a reset arrives: the "
          "close frame is lost by the system there, before any program can read it.");
#endif
    ScriptedServer server;
    test::ManualClock clock;
    Connection connection(clock);
    QVERIFY(welcomeToGeneral(server, connection));

    server.tcp()->setReadBufferSize(1); // from now on it hardly reads
    QSignalSpy arriving(server.tcp(), &QTcpSocket::readyRead);
    connection.send(u"general"_s, QString(60'000, u'x'));
    QVERIFY(arriving.wait());
    server.close(protocol::CloseCode::GoingAway, u"The server is shutting down."_s);

    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    QVERIFY2(connection.lastProblem().contains(u"shut down"_s),
             qPrintable(connection.lastProblem()));
}

void tst_Connection::readMarkerOnlyMovesForward()
{
    ScriptedServer server;
    test::ManualClock clock;
    Connection connection(clock);
    connection.open(server.url(), u"alice"_s);
    QVERIFY(server.waitFor<protocol::Hello>(1));
    // Read up to 10 in random on another computer.
    server.welcome({{.name = u"general"_s}, {.name = u"random"_s, .lastSeq = 12, .lastRead = 10}});
    QVERIFY(waitForState(connection, Connection::State::Connected));

    connection.markRead(u"general"_s, 5);
    connection.markRead(u"general"_s, 3);
    connection.markRead(u"general"_s, 5);
    connection.markRead(u"general"_s, 6);
    connection.markRead(u"random"_s, 9); // behind what the server has
    connection.markRead(u"random"_s, 12);
    QVERIFY(connection.listRooms());
    QVERIFY(server.waitFor<protocol::ListRooms>(1));
    const QList<protocol::Read> expected{{u"general"_s, 5}, {u"general"_s, 6}, {u"random"_s, 12}};
    QCOMPARE(server.received<protocol::Read>(), expected);
}

void tst_Connection::triesTheNextAddressAtOnce_data()
{
    QTest::addColumn<QString>("first");  // with %1 for a port where nothing listens
    QTest::addColumn<QString>("second"); // with %1 for the server's port
    QTest::newRow("nothing listening") << u"ws://127.0.0.1:%1/"_s << u"ws://127.0.0.1:%1/"_s;
    // The names are resolved by the connection, a name with one address opened by name.
    QTest::newRow("name not found") << u"ws://nowhere.invalid:%1/"_s << u"ws://localhost:%1/"_s;
}

void tst_Connection::triesTheNextAddressAtOnce()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const quint16 nobody = closedPorts(1).constFirst();
    auto chat = startServer();
    const QUrl down(first.arg(nobody));
    const QUrl up(second.arg(chat->port()));
    test::ManualClock clock; // never moved: no backoff delay can pass
    Connection connection(clock);
    const StateLog log(connection);
    QList<QUrl> tried;
    QStringList shown; // what the status bar says, for each address tried
    connect(&connection, &Connection::addressChanged, this, [&] {
        if (tried.isEmpty() || tried.constLast() != connection.url())
            tried.append(connection.url());
        if (shown.isEmpty() || shown.constLast() != connection.where())
            shown.append(connection.where());
    });
    connection.open({down, up}, u"alice"_s);
    QVERIFY(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; },
                            10'000));
    QCOMPARE(log.states(), (QList<Connection::State>{Connection::State::Connecting,
                                                     Connection::State::Connected}));
    QCOMPARE(tried, (QList<QUrl>{down, up}));
    QCOMPARE(connection.url(), up);
    QCOMPARE(connection.addresses(), (QList<QUrl>{down, up}));
    QCOMPARE(shown, (QStringList{u"%1 (1 of 2)"_s.arg(displayAddress(down)),
                                 u"%1 (2 of 2)"_s.arg(displayAddress(up))}));
    QCOMPARE(connection.where(), displayAddress(up));
    QVERIFY2(connection.lastProblem().isEmpty(), qPrintable(connection.lastProblem()));
}

void tst_Connection::aSilentAddressGivesWayAfterTheConnectTimeout()
{
    QTcpServer silent; // accepts TCP but never answers the WebSocket handshake
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    auto chat = startServer();
    test::ManualClock clock;
    Connection connection(clock);
    connection.setConnectTimeout(5s);
    const StateLog log(connection);
    connection.open({urlFor(silent.serverPort()), urlFor(chat->port())}, u"alice"_s);
    QVERIFY(silent.waitForNewConnection(5000));
    clock.advance(5s);
    QCOMPARE(connection.url(), urlFor(chat->port()));
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QCOMPARE(log.states(), (QList<Connection::State>{Connection::State::Connecting,
                                                     Connection::State::Connected}));
}

void tst_Connection::backsOffOnlyWhenEveryAddressFailed()
{
    const QList<quint16> ports = closedPorts(2);
    test::ManualClock clock;
    // The largest draw makes every delay equal its ceiling, so the schedule is exact.
    Connection connection(clock, Backoff(BackoffPolicy{}, [] { return 1.0; }));
    const StateLog log(connection);
    int attempts = 0;
    connect(&connection, &Connection::addressChanged, this, [&] { ++attempts; });
    connection.open({urlFor(ports.at(0)), urlFor(ports.at(1))}, u"alice"_s);

    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    QCOMPARE(attempts, 2);
    QCOMPARE(connection.msecsUntilRetry(), 500);
    QVERIFY2(connection.lastProblem().contains(u"2 tried"_s) &&
                 connection.lastProblem().contains(u"Nothing is listening"_s),
             qPrintable(connection.lastProblem()));
    QCOMPARE(connection.where(), u"127.0.0.1:%1, 127.0.0.1:%2"_s.arg(ports.at(0)).arg(ports.at(1)));

    clock.advance(500ms);
    QCOMPARE(connection.state(), Connection::State::Connecting);
    QVERIFY(waitForState(connection, Connection::State::Reconnecting));
    QCOMPARE(attempts, 4);
    QCOMPARE(connection.msecsUntilRetry(), 1000); // one step per round, not per address
    QCOMPARE(log.states(), (QList<Connection::State>{
                               Connection::State::Connecting, Connection::State::Reconnecting,
                               Connection::State::Connecting, Connection::State::Reconnecting}));
}

void tst_Connection::failsOverWithTheOutboxAndTheResumePoints()
{
    // Two instances of one server sharing one store: one history, one epoch.
    QTemporaryDir dataDir;
    server::SqliteStore store(dataDir.path() + u"/palaver.sqlite3"_s);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    server::ServerOptions options = quietOptions();
    options.name = u"instance"_s;
    auto first = std::make_unique<server::ChatServer>(store, options);
    server::ChatServer second(store, options);
    QVERIFY(first->listen(QHostAddress::LocalHost, 0));
    QVERIFY(second.listen(QHostAddress::LocalHost, 0));
    const QUrl firstUrl = urlFor(first->serverPort());
    const QUrl secondUrl = urlFor(second.serverPort());
    Observer bob(second.serverPort());
    QVERIFY(bob.waitWelcomed());

    QTemporaryDir outboxDir;
    test::ManualClock clock;
    Connection connection(clock);
    connection.setOutboxDirectory(outboxDir.path());
    connection.open({firstUrl, secondUrl}, u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QCOMPARE(connection.url(), firstUrl);
    const QString outboxFile = connection.outbox().file();
    const QString epoch = connection.welcome().epoch;
    QSignalSpy received(&connection, &Connection::messageReceived);
    connection.send(u"one"_s);
    QVERIFY(received.wait()); // seq 1 in general: where alice will resume from

    // Another instance stores a message this one never delivers: alice misses it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.append({server::NewMessage{QUuid::createUuid(), u"general"_s, u"carol"_s,
                                             u"from elsewhere"_s, now}}));
    // Two messages in flight when the first instance dies, which had stored one of them but
    // not yet acknowledged it.
    const QUuid stored = connection.send(u"stored, ack lost"_s).id;
    const QUuid lost = connection.send(u"never arrived"_s).id;
    QVERIFY(store.append(
        {server::NewMessage{stored, u"general"_s, u"alice"_s, u"stored, ack lost"_s, now}}));
    QCOMPARE(connection.outbox().size(), 2);

    const StateLog log(connection);
    QList<protocol::History> histories;
    QList<Connection::HistoryKind> kinds;
    connect(&connection, &Connection::historyReceived, this,
            [&](const protocol::History &h, Connection::HistoryKind kind) {
                histories.append(h);
                kinds.append(kind);
            });
    QSignalSpy acked(&connection, &Connection::acknowledged);
    first.reset(); // before it has read a byte of the two sends

    QTRY_COMPARE(log.states(), (QList<Connection::State>{Connection::State::Connecting,
                                                         Connection::State::Connected}));
    QCOMPARE(connection.url(), secondUrl);
    QCOMPARE(connection.welcome().epoch, epoch);
    QCOMPARE(connection.outbox().file(), outboxFile);

    // Resumed where it was: the second instance replays exactly what alice missed.
    QTRY_COMPARE(histories.size(), 1);
    QCOMPARE(kinds.constFirst(), Connection::HistoryKind::Missed);
    QStringList missed;
    for (const protocol::ChatMessage &m : std::as_const(histories.constFirst().messages))
        missed.append(m.text);
    QCOMPARE(missed, (QStringList{u"from elsewhere"_s, u"stored, ack lost"_s}));

    // The outbox went through the second instance, each message acknowledged once, the one
    // stored before with its original seq.
    QTRY_VERIFY(connection.outbox().isEmpty());
    QTRY_COMPARE(acked.count(), 2);
    QHash<QUuid, qint64> seqs;
    for (const QList<QVariant> &signal : std::as_const(acked)) {
        const auto ack = signal.at(0).value<protocol::Ack>();
        seqs.insert(ack.id, ack.seq);
    }
    QCOMPARE(seqs, (QHash<QUuid, qint64>{{stored, 3}, {lost, 4}}));

    // Delivered once, and stored once.
    connection.send(u"after"_s);
    QTRY_COMPARE(bob.lines(), (QStringList{u"alice: never arrived"_s, u"alice: after"_s}));
    QStringList history;
    for (const protocol::ChatMessage &m : store.after(u"general"_s, 0, 100))
        history.append(m.text);
    QCOMPARE(history, (QStringList{u"one"_s, u"from elsewhere"_s, u"stored, ack lost"_s,
                                   u"never arrived"_s, u"after"_s}));
}

void tst_Connection::aRefusedPasswordDoesNotFailOver()
{
    const quint16 nobody = closedPorts(1).constFirst();
    server::ServerOptions guarded;
    guarded.admission.password = u"secret"_s;
    test::TestServer withPassword(guarded);
    QVERIFY2(withPassword.start(), qPrintable(withPassword.errorString()));
    auto open = startServer();
    test::ManualClock clock;
    Connection connection(clock);
    const StateLog log(connection);
    QList<QUrl> tried;
    connect(&connection, &Connection::addressChanged, this, [&] {
        if (tried.isEmpty() || tried.constLast() != connection.url())
            tried.append(connection.url());
    });
    QSignalSpy asked(&connection, &Connection::passwordRequired);
    connection.open({urlFor(nobody), withPassword.url(), open->url()}, u"alice"_s);
    QVERIFY(waitForState(connection, Connection::State::Offline));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), displayAddress(withPassword.url()));
    // The server's verdict: another instance of it would say the same.
    QCOMPARE(log.states(),
             (QList<Connection::State>{Connection::State::Connecting, Connection::State::Offline}));
    QCOMPARE(tried, (QList<QUrl>{urlFor(nobody), withPassword.url()}));
    QCOMPARE(clock.pendingAlarms(), 0);
    QCOMPARE(open->server().connectionCount(), 0);

    // Given the password, it goes back to the address that asked for it.
    tried.clear();
    connection.setPassword(u"secret"_s);
    connection.reconnectNow();
    QVERIFY(waitForState(connection, Connection::State::Connected));
    QCOMPARE(tried, QList<QUrl>{withPassword.url()});
}

void tst_Connection::theOutboxBelongsToTheServerNotToOneAddress()
{
    const QList<quint16> ports = closedPorts(2);
    const QUrl a = urlFor(ports.at(0));
    const QUrl b = urlFor(ports.at(1));
    QTemporaryDir outboxDir;
    QString file;
    QUuid typed;
    {
        test::ManualClock clock;
        Connection connection(clock);
        connection.setOutboxDirectory(outboxDir.path());
        connection.open({a, b}, u"alice"_s);
        typed = connection.send(u"typed for the pair"_s).id;
        file = connection.outbox().file();
    }
    {
        // The same server, its addresses in another order: the same outbox...
        test::ManualClock clock;
        Connection connection(clock);
        connection.setOutboxDirectory(outboxDir.path());
        QSignalSpy restored(&connection, &Connection::outboxRestored);
        connection.open({b, a}, u"alice"_s);
        QCOMPARE(connection.outbox().file(), file);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(connection.outbox().pending().constFirst().id, typed);
        // ...and opening it again (another nickname) is no change of server.
        QSignalSpy changed(&connection, &Connection::serverChanged);
        connection.open({a, b}, u"bob"_s);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(connection.outbox().size(), 1);
    }
    // One address alone is a server of its own, whose outbox file is named as it always was,
    // so that one kept by an older version is found.
    test::ManualClock clock;
    Connection connection(clock);
    connection.setOutboxDirectory(outboxDir.path());
    connection.open(a, u"alice"_s);
    QVERIFY(connection.outbox().isEmpty());
    const QByteArray key =
        QCryptographicHash::hash(a.toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    QCOMPARE(connection.outbox().file(),
             outboxDir.path() + u"/outbox-"_s + QString::fromLatin1(key) + u".json"_s);
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
