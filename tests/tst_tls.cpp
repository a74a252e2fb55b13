// wss:// end to end: the server's TLS, the client's trust on first use, and what happens when a
// trusted certificate changes. Test certificates are in tests/data (test-only keys).
#include "client/core/connection.h"
#include "manualclock.h"
#include "server/config.h"
#include "server/tlsfiles.h"
#include "serverprocess.h"
#include "shared/validation.h"
#include "testserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(PALAVER_SOURCE_DIR) + u"/tests/data/"_s + name;
}

QSslConfiguration tls(const QString &which)
{
    QString problem;
    const auto configuration = server::loadTlsFiles(
        dataFile(u"test-%1.crt"_s.arg(which)), dataFile(u"test-%1.key"_s.arg(which)), &problem);
    if (!configuration)
        qFatal("%s", qPrintable(problem));
    return *configuration;
}

QString fingerprintOf(const QString &which)
{
    QFile file(dataFile(u"test-%1.crt"_s.arg(which)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return protocol::certificateFingerprint(QSslCertificate(file.readAll(), QSsl::Pem).toDer());
}

std::unique_ptr<test::TestServer> tlsServer(const QString &which, quint16 port = 0)
{
    server::ServerOptions options;
    options.tls = tls(which);
    auto server = std::make_unique<test::TestServer>(options);
    if (!server->start(port))
        qWarning("%s", qPrintable(server->errorString()));
    return server;
}

QUrl wssUrl(quint16 port)
{
    return QUrl(u"wss://127.0.0.1:%1/"_s.arg(port));
}

bool waitFor(Connection &connection, Connection::State state)
{
    return QTest::qWaitFor([&] { return connection.state() == state; }, 10'000);
}

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustOnFirstUseThenChat();
    void trustedCertificateConnectsWithoutAsking();
    void changedCertificateIsRefusedLoudly();
    void reloadedCertificateKeepsOpenConnections();
    void sighupReloadsTheCertificateOfARealServer();
    void badTlsOptionsExplainThemselves_data();
    void badTlsOptionsExplainThemselves();
};

void tst_Tls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here; install OpenSSL 3 (libssl3).");
}

void tst_Tls::trustOnFirstUseThenChat()
{
    auto server = tlsServer(u"a"_s);
    test::ManualClock clock;
    Connection connection(clock);
    QSignalSpy asked(&connection, &Connection::trustRequested);
    QSignalSpy remembered(&connection, &Connection::certificateTrusted);
    connection.open(wssUrl(server->port()), u"alice"_s);
    QVERIFY(asked.wait(10'000));
    QCOMPARE(asked.first().at(1).toString(), fingerprintOf(u"a"_s));
    QCOMPARE(asked.first().at(2).toString(), u"localhost"_s);
    QCOMPARE(connection.state(), Connection::State::Offline); // waits for the user
    QCOMPARE(clock.pendingAlarms(), 0);                       // and does not retry meanwhile

    connection.trustCertificate(fingerprintOf(u"a"_s));
    QCOMPARE(remembered.count(), 1);
    QVERIFY(waitFor(connection, Connection::State::Connected));
    QSignalSpy acked(&connection, &Connection::acknowledged);
    connection.send(u"encrypted hello"_s);
    QVERIFY(acked.wait());
    QCOMPARE(asked.count(), 1);
}

void tst_Tls::trustedCertificateConnectsWithoutAsking()
{
    auto server = tlsServer(u"a"_s);
    test::ManualClock clock;
    Connection connection(clock);
    connection.setTrustedCertificates(
        {{u"wss://127.0.0.1:%1/"_s.arg(server->port()), fingerprintOf(u"a"_s)}});
    QSignalSpy asked(&connection, &Connection::trustRequested);
    connection.open(wssUrl(server->port()), u"alice"_s);
    QVERIFY(waitFor(connection, Connection::State::Connected));
    QCOMPARE(asked.count(), 0);
}

void tst_Tls::changedCertificateIsRefusedLoudly()
{
    auto server = tlsServer(u"b"_s); // an impostor, or a replaced certificate
    test::ManualClock clock;
    Connection connection(clock);
    connection.setTrustedCertificates(
        {{u"wss://127.0.0.1:%1/"_s.arg(server->port()), fingerprintOf(u"a"_s)}});
    QSignalSpy changed(&connection, &Connection::certificateChanged);
    connection.open(wssUrl(server->port()), u"alice"_s);
    QVERIFY(changed.wait(10'000));
    QCOMPARE(changed.first().at(1).toString(), fingerprintOf(u"a"_s));
    QCOMPARE(changed.first().at(2).toString(), fingerprintOf(u"b"_s));
    QVERIFY(waitFor(connection, Connection::State::Offline));
    QVERIFY2(connection.lastProblem().contains(u"CHANGED"_s), qPrintable(connection.lastProblem()));
    QCOMPARE(clock.pendingAlarms(), 0); // no quiet retry
    QCOMPARE(server->server().sessionCount(), 0);
}

void tst_Tls::reloadedCertificateKeepsOpenConnections()
{
    auto server = tlsServer(u"a"_s);
    const QString key = u"wss://127.0.0.1:%1/"_s.arg(server->port());
    test::ManualClock clock;
    Connection old(clock);
    old.setTrustedCertificates({{key, fingerprintOf(u"a"_s)}});
    old.open(wssUrl(server->port()), u"alice"_s);
    QVERIFY(waitFor(old, Connection::State::Connected));

    server->server().setTlsConfiguration(tls(u"b"_s)); // what SIGHUP does
    QSignalSpy acked(&old, &Connection::acknowledged);
    old.send(u"still connected"_s);
    QVERIFY(acked.wait());

    Connection fresh(clock);
    QSignalSpy asked(&fresh, &Connection::trustRequested);
    fresh.open(wssUrl(server->port()), u"bob"_s);
    QVERIFY(asked.wait(10'000));
    QCOMPARE(asked.first().at(1).toString(), fingerprintOf(u"b"_s));
}

void tst_Tls::sighupReloadsTheCertificateOfARealServer()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGHUP is POSIX; on Windows the certificate is reloaded by a restart.");
#endif
    QTemporaryDir dir;
    const QString crt = dir.filePath(u"server.crt"_s);
    const QString key = dir.filePath(u"server.key"_s);
    QVERIFY(QFile::copy(dataFile(u"test-a.crt"_s), crt));
    QVERIFY(QFile::copy(dataFile(u"test-a.key"_s), key));
    test::ServerProcess server;
    QVERIFY2(server.start(0, dir.filePath(u"data"_s), {u"--tls-cert"_s, crt, u"--tls-key"_s, key}),
             qPrintable(server.log()));
    QVERIFY(server.log().contains(fingerprintOf(u"a"_s))); // logged for admins to compare
    const QUrl url = wssUrl(server.port());

    test::ManualClock clock;
    Connection old(clock);
    old.setTrustedCertificates({{url.toString(), fingerprintOf(u"a"_s)}});
    old.open(url, u"alice"_s);
    QVERIFY(waitFor(old, Connection::State::Connected));

    // Renewal: new files, then SIGHUP.
    QVERIFY(QFile::remove(crt) && QFile::remove(key));
    QVERIFY(QFile::copy(dataFile(u"test-b.crt"_s), crt));
    QVERIFY(QFile::copy(dataFile(u"test-b.key"_s), key));
    QVERIFY(server.hangUp());
    QTRY_VERIFY(server.readLog().contains(u"reloaded the TLS certificate"_s));
    QVERIFY(server.readLog().contains(fingerprintOf(u"b"_s)));

    QSignalSpy acked(&old, &Connection::acknowledged);
    old.send(u"still here after the reload"_s);
    QVERIFY(acked.wait());

    Connection fresh(clock);
    QSignalSpy asked(&fresh, &Connection::trustRequested);
    fresh.open(url, u"bob"_s);
    QVERIFY(asked.wait(10'000));
    QCOMPARE(asked.first().at(1).toString(), fingerprintOf(u"b"_s));
    QCOMPARE(server.terminate(), 0);
}

void tst_Tls::badTlsOptionsExplainThemselves_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("cert without key")
        << QStringList{u"--tls-cert"_s, dataFile(u"test-a.crt"_s)} << u"go together"_s;
    QTest::newRow("missing cert") << QStringList{u"--tls-cert"_s, u"/nonexistent.crt"_s,
                                                 u"--tls-key"_s, dataFile(u"test-a.key"_s)}
                                  << u"cannot read"_s;
    QTest::newRow("key is a certificate") << QStringList{u"--tls-cert"_s, dataFile(u"test-a.crt"_s),
                                                         u"--tls-key"_s, dataFile(u"test-a.crt"_s)}
                                          << u"no unencrypted PEM private key"_s;
    QTest::newRow("certificate is a key") << QStringList{u"--tls-cert"_s, dataFile(u"test-a.key"_s),
                                                         u"--tls-key"_s, dataFile(u"test-a.key"_s)}
                                          << u"no PEM certificate"_s;
    // Same algorithm, another pair: only a handshake tells them apart.
    QTest::newRow("key of another certificate")
        << QStringList{u"--tls-cert"_s, dataFile(u"test-a.crt"_s), u"--tls-key"_s,
                       dataFile(u"test-b.key"_s)}
        << u"does not work with the certificate"_s;
}

void tst_Tls::badTlsOptionsExplainThemselves()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const auto outcome = server::parseCommandLine(QStringList{u"palaver-server"_s} + arguments);
    QCOMPARE(outcome.action, server::ConfigOutcome::Action::ExitFailure);
    QVERIFY2(outcome.text.contains(mentions), qPrintable(outcome.text));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
