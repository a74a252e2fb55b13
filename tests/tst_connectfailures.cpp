// What the client says when it can't connect, end to end: the real Connection against real
// servers on loopback (and a real name lookup), each failure provoked the way it happens in
// the field. Each message must say what is wrong and what to do about it.
#include "client/core/connection.h"
#include "client/core/connectionerrors.h"
#include "client/core/schemeprobe.h"
#include "manualclock.h"
#include "testclient.h"
#include "testserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 15'000;

QString dataFile(const QString &name)
{
    return QStringLiteral(PALAVER_SOURCE_DIR) + u"/tests/data/"_s + name;
}

/// The certificate and key tests/data/test-`which`.* as a server's TLS configuration, read
/// directly: server::loadTlsFiles() rightly refuses an expired certificate, but a server that
/// was started before its certificate expired goes on presenting it.
QSslConfiguration tls(const QString &which)
{
    QFile certificate(dataFile(u"test-%1.crt"_s.arg(which)));
    QFile key(dataFile(u"test-%1.key"_s.arg(which)));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        qFatal("cannot read the test certificate %s", qPrintable(which));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

std::unique_ptr<test::TestServer> startServer(server::ServerOptions options = {})
{
    auto server = std::make_unique<test::TestServer>(std::move(options));
    if (!server->start())
        qWarning("listen failed: %s", qPrintable(server->errorString()));
    return server;
}

std::unique_ptr<test::TestServer> startTlsServer(const QString &which)
{
    server::ServerOptions options;
    options.tls = tls(which);
    return startServer(std::move(options));
}

QUrl url(const QString &scheme, quint16 port)
{
    return QUrl(u"%1://127.0.0.1:%2/"_s.arg(scheme).arg(port));
}

/// Waits until the attempt has failed and the connection has said why.
bool waitForProblem(Connection &connection)
{
    return QTest::qWaitFor(
        [&] {
            return connection.state() != Connection::State::Connecting &&
                   !connection.lastProblem().isEmpty();
        },
        kTimeoutMs);
}

/// An attempt by alice on a clock that never moves (so no retry or timeout comes by itself),
/// with what it asked and went through.
struct Attempt
{
    test::ManualClock clock;
    Connection connection{clock};
    QSignalSpy trustAsked{&connection, &Connection::trustRequested};
    QSignalSpy states{&connection, &Connection::stateChanged};

    /// Opens `url`; true once the attempt has failed and said why.
    bool fails(const QUrl &url)
    {
        connection.open(url, u"alice"_s);
        return waitForProblem(connection);
    }
};

/// A server of a future Palaver that speaks only protocol version 2: it answers a hello of any
/// other version as palaver-server does (docs/protocol.md, "unsupported-protocol"): with that
/// error, unless told to only close, and close code 4001.
class FutureServer
{
public:
    explicit FutureServer(bool explains)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this, explains] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.emplace_back(socket);
                QObject::connect(
                    socket, &QWebSocket::textMessageReceived, socket,
                    [socket, explains](const QString &text) {
                        const auto hello = protocol::decode(text);
                        const auto *h =
                            hello.ok() ? std::get_if<protocol::Hello>(&hello.message()) : nullptr;
                        if (!h || h->protocol == kVersion)
                            return;
                        if (explains) {
                            socket->sendTextMessage(protocol::encodeText(protocol::Error{
                                protocol::ErrorCode::UnsupportedProtocol,
                                u"This server speaks protocol version %1, the client version "
                                u"%2. Update the older of the two."_s.arg(kVersion)
                                    .arg(h->protocol),
                                std::nullopt,
                                {}}));
                        }
                        socket->close(QWebSocketProtocol::CloseCode(
                                          int(protocol::CloseCode::UnsupportedProtocol)),
                                      u"Unsupported protocol version"_s);
                    });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    static constexpr int kVersion = protocol::kProtocolVersion + 1;
    QWebSocketServer m_server{u"future"_s, QWebSocketServer::NonSecureMode};
    std::vector<std::unique_ptr<QWebSocket>> m_sockets;
};

/// Something that is not a Palaver server on the port: it greets every connection the way an
/// SSH server does, and reads nothing.
class SshLikeServer
{
public:
    SshLikeServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                socket->write("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

} // namespace

class tst_ConnectFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nameNotFound();
    void serverFull();
    void passwordMissingOrWrong_data();
    void passwordMissingOrWrong();
    void versionMismatch_data();
    void versionMismatch();
    void plainConnectionToAnEncryptedServer();
    void probeTellsWhatThePortSpeaks_data();
    void probeTellsWhatThePortSpeaks();
    void encryptedConnectionToAPlainServer();
    void somethingElseOnTheEncryptedPort();
    void expiredCertificate();
    void certificateForAnotherName();
};

void tst_ConnectFailures::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here; install OpenSSL 3 (libssl3).");
}

void tst_ConnectFailures::nameNotFound()
{
    // .invalid is reserved (RFC 2606, RFC 6761): no resolver anywhere may find it.
    Attempt attempt;
    Connection &connection = attempt.connection;
    QVERIFY(attempt.fails(QUrl(u"ws://palaver-test.invalid:7350/"_s)));
    QCOMPARE(connection.lastProblem(),
             u"The name \"palaver-test.invalid\" was not found. Check the server address."_s);
    QCOMPARE(connection.state(), Connection::State::Reconnecting); // the name may come back
}

void tst_ConnectFailures::serverFull()
{
    server::ServerOptions options;
    options.admission.maxConnections = 1;
    auto server = startServer(options);
    test::TestClient first(server->url(), u"bob"_s);
    QVERIFY(first.waitForWelcome());

    Attempt attempt;
    Connection &connection = attempt.connection;
    QVERIFY(attempt.fails(server->url()));
    QCOMPARE(connection.lastProblem(), u"The server is full. Palaver will try again."_s);
    QCOMPARE(connection.state(), Connection::State::Reconnecting);

    // And it does: once there is room, the next attempt gets in.
    first.close();
    QTRY_COMPARE(server->server().sessionCount(), 0);
    connection.reconnectNow();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Connected, kTimeoutMs);
}

void tst_ConnectFailures::passwordMissingOrWrong_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("wrong");
    QTest::addColumn<QString>("problem");
    QTest::newRow("none") << QString() << false
                          << u"This server needs a password. Enter it when asked (F5 asks again); "
                             u"the server's administrator can tell you what it is."_s;
    QTest::newRow("wrong") << u"guess"_s << true
                           << u"The server refused the password. Enter the right one when asked "
                              u"(F5 asks again), or ask the server's administrator."_s;
}

void tst_ConnectFailures::passwordMissingOrWrong()
{
    QFETCH(QString, password);
    QFETCH(bool, wrong);
    QFETCH(QString, problem);
    server::ServerOptions options;
    options.admission.password = u"open sesame"_s;
    auto server = startServer(options);
    Attempt attempt;
    Connection &connection = attempt.connection;
    connection.setPassword(password);
    QSignalSpy asked(&connection, &Connection::passwordRequired);
    QVERIFY(attempt.fails(server->url()));
    QCOMPARE(connection.lastProblem(), problem);
    QCOMPARE(connection.state(), Connection::State::Offline); // until the user gives another
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(1).toBool(), wrong);
}

void tst_ConnectFailures::versionMismatch_data()
{
    QTest::addColumn<bool>("explains");
    QTest::addColumn<QString>("problem");
    QTest::newRow("error, then close") << true
                                       << u"This version of Palaver can't talk to that server, "
                                          u"which says: \"This server speaks protocol version 2, "
                                          u"the client version 1. Update the older of the two.\" "
                                          u"Update Palaver, or ask the server's administrator to "
                                          u"update the server."_s;
    QTest::newRow("close only") << false
                                << u"This version of Palaver can't talk to that server. Update "
                                   u"Palaver or the server."_s;
}

void tst_ConnectFailures::versionMismatch()
{
    QFETCH(bool, explains);
    QFETCH(QString, problem);
    FutureServer future(explains);
    Attempt attempt;
    Connection &connection = attempt.connection;
    QVERIFY(attempt.fails(url(u"ws"_s, future.port())));
    QCOMPARE(connection.lastProblem(), problem);
    QCOMPARE(connection.state(), Connection::State::Offline); // another try would hear the same
    QCOMPARE(attempt.clock.pendingAlarms(), 0);
}

void tst_ConnectFailures::plainConnectionToAnEncryptedServer()
{
    auto server = startTlsServer(u"a"_s);
    Attempt attempt;
    Connection &connection = attempt.connection;
    QVERIFY(attempt.fails(url(u"ws"_s, server->port())));
    QCOMPARE(connection.lastProblem(),
             u"The server at 127.0.0.1 port %1 uses encryption: connect with "
             u"wss://127.0.0.1:%1 instead."_s.arg(server->port()));
    // wss:// is suggested, never tried behind the user's back.
    QCOMPARE(attempt.trustAsked.count(), 0);
    QCOMPARE(server->server().sessionCount(), 0);
}

void tst_ConnectFailures::probeTellsWhatThePortSpeaks_data()
{
    QTest::addColumn<bool>("serverTls");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<SchemeProbe::Finding>("finding");
    // What the probe of the other scheme finds, asked of real servers directly, as a failed
    // attempt of any cause (a timeout, a handshake broken off) would ask it.
    QTest::newRow("ws:// to TLS") << true << u"ws"_s << SchemeProbe::Finding::SpeaksTls;
    QTest::newRow("wss:// to plain") << false << u"wss"_s << SchemeProbe::Finding::SpeaksPlainHttp;
    // A TLS server answers the cleartext probe with a plain HTTP 400: never read as "drop
    // encryption".
    QTest::newRow("wss:// to TLS") << true << u"wss"_s << SchemeProbe::Finding::Unknown;
    QTest::newRow("ws:// to plain") << false << u"ws"_s << SchemeProbe::Finding::Unknown;
}

void tst_ConnectFailures::probeTellsWhatThePortSpeaks()
{
    QFETCH(bool, serverTls);
    QFETCH(QString, scheme);
    QFETCH(SchemeProbe::Finding, finding);
    auto server = serverTls ? startTlsServer(u"a"_s) : startServer();
    SchemeProbe probe;
    QSignalSpy finished(&probe, &SchemeProbe::finished);
    probe.start(url(scheme, server->port()));
    QVERIFY(finished.wait(test::TestClient::kTimeoutMs));
    QCOMPARE(finished.constFirst().at(0).value<SchemeProbe::Finding>(), finding);
    QCOMPARE(server->server().sessionCount(), 0);
}

void tst_ConnectFailures::encryptedConnectionToAPlainServer()
{
    // Found at once, because the server hangs up on a ClientHello. Neither side's timeout can end
    // the attempt here: the server's is longer than the wait, the client's clock never moves.
    server::ServerOptions options;
    options.handshakeTimeout = std::chrono::minutes(5);
    auto server = startServer(options);
    Attempt attempt;
    Connection &connection = attempt.connection;
    QVERIFY(attempt.fails(url(u"wss"_s, server->port())));
    QCOMPARE(connection.lastProblem(),
             u"The server at 127.0.0.1 port %1 does not use encryption, so wss:// can't work. To "
             u"connect without encryption, use ws://127.0.0.1:%1. Only do so on a network you "
             u"trust, or ask the server's administrator to turn on TLS."_s.arg(server->port()));
    // Never quietly without encryption: no hello went out in the clear, nobody joined.
    for (const QList<QVariant> &state : std::as_const(attempt.states))
        QVERIFY(state.constFirst().value<Connection::State>() != Connection::State::Connected);
    QCOMPARE(connection.url().scheme(), u"wss"_s);
    QCOMPARE(server->server().sessionCount(), 0);
}

void tst_ConnectFailures::somethingElseOnTheEncryptedPort()
{
    SshLikeServer other;
    Attempt attempt;
    Connection &connection = attempt.connection;
    QVERIFY(attempt.fails(url(u"wss"_s, other.port())));
    const QString problem = connection.lastProblem();
    QVERIFY2(problem.startsWith(u"Could not set up an encrypted connection with 127.0.0.1 port "
                                u"%1. Check the address: another program may be using that "
                                u"port."_s.arg(other.port())),
             qPrintable(problem));
    QVERIFY2(problem.contains(u"(Details: "_s), qPrintable(problem)); // for whoever helps
}

void tst_ConnectFailures::expiredCertificate()
{
    auto server = startTlsServer(u"expired"_s);
    Attempt attempt;
    Connection &connection = attempt.connection;
    QVERIFY(attempt.fails(url(u"wss"_s, server->port())));
    QCOMPARE(connection.lastProblem(),
             u"The server's certificate expired on %1: ask the server's administrator to renew "
             u"it. Waiting for you to decide whether to trust this certificate anyway."_s.arg(
                 QLocale().toString(QDate(2001, 1, 1), QLocale::LongFormat)));
    QCOMPARE(attempt.trustAsked.count(), 1);
    QCOMPARE(connection.state(), Connection::State::Offline);
}

void tst_ConnectFailures::certificateForAnotherName()
{
    auto server = startTlsServer(u"elsewhere"_s);
    Attempt attempt;
    Connection &connection = attempt.connection;
    QVERIFY(attempt.fails(url(u"wss"_s, server->port())));
    QCOMPARE(connection.lastProblem(),
             u"The server's certificate is made out to elsewhere.example, not to 127.0.0.1: "
             u"connect with the name the certificate gives, or ask the server's administrator "
             u"for a certificate that names 127.0.0.1. Waiting for you to decide whether to "
             u"trust this certificate anyway."_s);
    QCOMPARE(attempt.trustAsked.count(), 1);
}

QTEST_GUILESS_MAIN(tst_ConnectFailures)
#include "tst_connectfailures.moc"
