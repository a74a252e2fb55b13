// What the server does against abuse: rate limits, connection caps, the password, browser
// origins and silent peers. Real server in-process, real sockets on loopback; after each
// attack a well-behaved client still chats.
#include "server/admission.h"
#include "server/tokenbucket.h"
#include "testclient.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace palaver;
using namespace Qt::StringLiterals;
using palaver::protocol::CloseCode;
using palaver::protocol::ErrorCode;
using palaver::test::TestClient;
using palaver::test::TestServer;

namespace {

/// A bystander says something and hears it back: the server still serves everyone else.
bool stillChats(TestServer &server)
{
    TestClient bystander(server.url(), u"bystander"_s);
    if (!bystander.waitForWelcome())
        return false;
    const QUuid id = bystander.say(u"still here"_s);
    return bystander.waitForAck(id) &&
           QTest::qWaitFor([&] { return !bystander.lines().isEmpty(); });
}

bool hasError(const TestClient &client, ErrorCode code)
{
    const auto errors = client.errors();
    return std::any_of(errors.begin(), errors.end(),
                       [code](const auto &e) { return e.code == code; });
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private slots:
    void tokenBucketRefillsOverTime();
    void burstOverTheLimitIsRefusedNotFatal();
    void sustainedFloodIsClosedWith1008();
    void tooManyConnectionsFromOneAddress();
    void serverFullSaysSo();
    void passwordIsRequired_data();
    void passwordIsRequired();
    void wrongPasswordsAreAnsweredEverMoreSlowly();
    void foreignBrowserOriginIsRefused();
    void allowedOriginAndDesktopClientsGetIn();
    void silentPeerIsDroppedByTheHeartbeat();
};

void tst_Security::tokenBucketRefillsOverTime()
{
    server::TokenBucket bucket(3, 2, 0); // 3 at once, then 2 a second
    QVERIFY(bucket.take(0));
    QVERIFY(bucket.take(0));
    QVERIFY(bucket.take(0));
    QVERIFY(!bucket.take(0));
    QVERIFY(!bucket.take(499));
    QVERIFY(bucket.take(500)); // half a second: one more
    QVERIFY(!bucket.take(500));
    QCOMPARE(bucket.tokens(60'000), 3.0); // never more than the capacity
}

void tst_Security::burstOverTheLimitIsRefusedNotFatal()
{
    server::ServerOptions options;
    options.framesPerSecond = 1;
    options.frameBurst = 10;
    TestServer server(options);
    QVERIFY(server.start());
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome()); // the hello used one
    QUuid last;
    for (int i = 0; i < 12; ++i)
        last = alice.say(u"quick %1"_s.arg(i));
    QTRY_VERIFY(hasError(alice, ErrorCode::RateLimited));
    QTRY_COMPARE(alice.acks().size(), 9);
    QVERIFY(alice.isConnected());
    QVERIFY(stillChats(server));
}

void tst_Security::sustainedFloodIsClosedWith1008()
{
    server::ServerOptions options;
    options.framesPerSecond = 5;
    options.frameBurst = 10;
    options.abuseTolerance = 50;
    TestServer server(options);
    QVERIFY(server.start());
    TestClient flooder(server.url(), u"flooder"_s);
    QVERIFY(flooder.waitForWelcome());
    for (int i = 0; i < 500; ++i)
        flooder.sendRaw(u"{\"type\":\"send\"}"_s);
    QVERIFY(flooder.waitDisconnected());
    QCOMPARE(flooder.closeCode(), int(CloseCode::PolicyViolation));
    QVERIFY(hasError(flooder, ErrorCode::RateLimited));
    // It was told a few times, not 500 times: answering a flood must not become one.
    QVERIFY2(flooder.errors().size() < 20, qPrintable(QString::number(flooder.errors().size())));
    QVERIFY(stillChats(server));
}

void tst_Security::tooManyConnectionsFromOneAddress()
{
    server::ServerOptions options;
    options.admission.maxConnectionsPerAddress = 3;
    TestServer server(options);
    QVERIFY(server.start());
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<TestClient>(server.url(), u"c%1"_s.arg(i)));
        QVERIFY(clients.back()->waitForWelcome());
    }
    TestClient extra(server.url(), u"extra"_s);
    QVERIFY(extra.waitDisconnected());
    QVERIFY(hasError(extra, ErrorCode::TooManyConnections));
    QCOMPARE(extra.closeCode(), int(CloseCode::PolicyViolation));
    QVERIFY(!extra.welcome());

    clients.front()->close();
    QVERIFY(clients.front()->waitDisconnected());
    QTRY_COMPARE(server.server().connectionCount(), 2); // the server has let go of it too
    TestClient next(server.url(), u"next"_s);
    QVERIFY(next.waitForWelcome());
}

void tst_Security::serverFullSaysSo()
{
    server::ServerOptions options;
    options.admission.maxConnections = 2;
    TestServer server(options);
    QVERIFY(server.start());
    TestClient a(server.url(), u"a"_s), b(server.url(), u"b"_s);
    QVERIFY(a.waitForWelcome() && b.waitForWelcome());
    TestClient c(server.url(), u"c"_s);
    QVERIFY(c.waitDisconnected());
    QVERIFY(hasError(c, ErrorCode::ServerFull));
    QCOMPARE(c.closeCode(), int(CloseCode::ServerFull));
    const QUuid id = a.say(u"fine"_s);
    QVERIFY(a.waitForAck(id));
}

void tst_Security::passwordIsRequired_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("admitted");
    QTest::newRow("none") << QString() << false;
    QTest::newRow("wrong") << u"guess"_s << false;
    QTest::newRow("almost") << u"open sesame "_s << false;
    QTest::newRow("right") << u"open sesame"_s << true;
}

void tst_Security::passwordIsRequired()
{
    QFETCH(QString, given);
    QFETCH(bool, admitted);
    server::ServerOptions options;
    options.admission.password = u"open sesame"_s;
    TestServer server(options);
    QVERIFY(server.start());
    TestClient client(server.url());
    protocol::Hello hello;
    hello.nick = u"alice"_s;
    hello.password = given;
    client.send(hello);
    if (admitted) {
        QVERIFY(client.waitForWelcome());
        return;
    }
    QVERIFY(client.waitDisconnected());
    QVERIFY(hasError(client, ErrorCode::WrongPassword));
    QCOMPARE(client.closeCode(), int(CloseCode::AuthenticationFailed));
    QVERIFY(!client.welcome());
}

void tst_Security::wrongPasswordsAreAnsweredEverMoreSlowly()
{
    server::Admission admission({10, 10, u"secret"_s});
    const QHostAddress attacker(u"192.0.2.7"_s);
    const QHostAddress someoneElse(u"192.0.2.8"_s);
    QVERIFY(admission.passwordMatches(u"secret"_s));
    QVERIFY(!admission.passwordMatches(u"Secret"_s));
    QList<qint64> delays;
    for (int i = 0; i < 10; ++i) {
        delays.append(admission.penalty(attacker, 1000).count());
        admission.recordFailure(attacker, 1000);
    }
    QCOMPARE(delays, (QList<qint64>{0, 250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000}));
    QCOMPARE(admission.penalty(someoneElse, 1000).count(), 0);               // per address
    QCOMPARE(admission.penalty(attacker, 1000 + 16 * 60 * 1000).count(), 0); // forgotten in time
    admission.recordSuccess(attacker);
    QCOMPARE(admission.penalty(attacker, 2000).count(), 0);
}

void tst_Security::foreignBrowserOriginIsRefused()
{
    TestServer server;
    QVERIFY(server.start());
    QWebSocket page(u"https://evil.example"_s);
    QSignalSpy connected(&page, &QWebSocket::connected);
    QSignalSpy disconnected(&page, &QWebSocket::disconnected);
    page.open(server.url());
    QVERIFY(disconnected.wait());
    QCOMPARE(connected.count(), 0);
    QCOMPARE(server.server().sessionCount(), 0);
    QVERIFY(stillChats(server));
}

void tst_Security::allowedOriginAndDesktopClientsGetIn()
{
    server::ServerOptions options;
    options.allowedOrigins = {u"https://chat.example.org"_s};
    TestServer server(options);
    QVERIFY(server.start());
    QWebSocket page(u"https://chat.example.org"_s);
    QSignalSpy connected(&page, &QWebSocket::connected);
    page.open(server.url());
    QVERIFY(connected.wait());
    QVERIFY(stillChats(server)); // a desktop client sends no origin at all
}

void tst_Security::silentPeerIsDroppedByTheHeartbeat()
{
    server::ServerOptions options;
    options.heartbeatInterval = std::chrono::milliseconds(100);
    options.heartbeatTimeout = std::chrono::milliseconds(400);
    options.handshakeTimeout = std::chrono::minutes(5); // so only the heartbeat can act
    TestServer server(options);
    QVERIFY(server.start());

    // A peer that completes the WebSocket handshake by hand, then never answers anything:
    // what a machine that lost power looks like from the server.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(silent.waitForConnected(5000));
    silent.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\n\r\n");
    QTRY_VERIFY(silent.bytesAvailable() > 0);
    QVERIFY(silent.readAll().startsWith("HTTP/1.1 101"));
    TestClient lively(server.url(), u"lively"_s); // Qt answers pings by itself
    QVERIFY(lively.waitForWelcome());
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 10'000);
    QVERIFY(lively.isConnected()); // it was pinged too, and answered
    const QUuid id = lively.say(u"alive"_s);
    QVERIFY(lively.waitForAck(id));
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
