// The words for each way a connection fails (client/core/connectionerrors.h): each names the
// problem and says what to do. tst_connectfailures provokes the common ones end to end.
#include "client/core/connectionerrors.h"
#include "shared/limits.h"

#include <QFile>
#include <QSslCertificate>
#include <QTest>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

QSslCertificate certificate(const QString &which)
{
    QFile file(QStringLiteral(PALAVER_SOURCE_DIR) + u"/tests/data/test-%1.crt"_s.arg(which));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test certificate %s", qPrintable(which));
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QString longDate(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QLocale::LongFormat);
}

} // namespace

class tst_ConnectionErrors : public QObject
{
    Q_OBJECT

private slots:
    void socketErrors_data();
    void socketErrors();
    void everySocketErrorHasWords();
    void closeCodes_data();
    void closeCodes();
    void wrongScheme_data();
    void wrongScheme();
    void certificateProblems_data();
    void certificateProblems();
};

void tst_ConnectionErrors::socketErrors_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");

    const QString url = u"ws://chat.lan:7351/"_s;
    QTest::newRow("refused")
        << QAbstractSocket::ConnectionRefusedError << url
        << u"Nothing is listening at chat.lan port 7351: the server is not running, or the port "
           u"is wrong."_s;
    QTest::newRow("default port")
        << QAbstractSocket::ConnectionRefusedError << u"ws://chat.lan/"_s
        << u"Nothing is listening at chat.lan port 7350: the server is not running, or the port "
           u"is wrong."_s;
    QTest::newRow("name not found")
        << QAbstractSocket::HostNotFoundError << url
        << u"The name \"chat.lan\" was not found. Check the server address."_s;
    QTest::newRow("no answer")
        << QAbstractSocket::SocketTimeoutError << url
        << u"No answer from chat.lan port 7351: a firewall may be blocking it, or the server is "
           u"on another network."_s;
    QTest::newRow("closed")
        << QAbstractSocket::RemoteHostClosedError << url
        << u"The connection to the server broke off without a goodbye (the server may have "
           u"crashed or been restarted)."_s;
    QTest::newRow("unreachable")
        << QAbstractSocket::NetworkError << url
        << u"The network is unreachable. Check this computer's network connection."_s;
    QTest::newRow("TLS handshake")
        << QAbstractSocket::SslHandshakeFailedError << u"wss://chat.lan:7351/"_s
        << u"Could not set up an encrypted connection with chat.lan port 7351. Check the "
           u"address: another program may be using that port. Otherwise the server's "
           u"encryption settings may be too old or too strict for this computer: tell the "
           u"server's administrator. (Details: Qt's words)"_s;
    QTest::newRow("TLS library")
        << QAbstractSocket::SslInternalError << u"wss://chat.lan:7351/"_s
        << u"This computer's encryption support failed. Reinstall Palaver, or the OpenSSL "
           u"libraries it uses. (Details: Qt's words)"_s;
    QTest::newRow("TLS data")
        << QAbstractSocket::SslInvalidUserDataError << u"wss://chat.lan:7351/"_s
        << u"This computer's encryption support failed. Reinstall Palaver, or the OpenSSL "
           u"libraries it uses. (Details: Qt's words)"_s;
    for (const auto error :
         {QAbstractSocket::ProxyConnectionRefusedError, QAbstractSocket::ProxyConnectionClosedError,
          QAbstractSocket::ProxyConnectionTimeoutError, QAbstractSocket::ProxyNotFoundError,
          QAbstractSocket::ProxyProtocolError, QAbstractSocket::ProxyAuthenticationRequiredError}) {
        QTest::addRow("proxy %d", int(error))
            << error << url << u"The network proxy refused the connection: Qt's words"_s;
    }
    QTest::newRow("other") << QAbstractSocket::UnknownSocketError << url
                           << u"Could not talk to the server: Qt's words"_s;
}

void tst_ConnectionErrors::socketErrors()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QString, url);
    QFETCH(QString, message);
    QCOMPARE(describeSocketError(error, QUrl(url), u"Qt's words"_s), message);
}

void tst_ConnectionErrors::everySocketErrorHasWords()
{
    // Whatever Qt reports, the user reads a sentence of ours, never an empty line.
    const QUrl url(u"ws://chat.lan:7351/"_s);
    for (int error = QAbstractSocket::ConnectionRefusedError;
         error <= QAbstractSocket::OperationError; ++error) {
        const QString message =
            describeSocketError(QAbstractSocket::SocketError(error), url, u"Qt's words"_s);
        QVERIFY2(message.size() > u"Qt's words"_s.size() + 20, qPrintable(message));
    }
}

void tst_ConnectionErrors::closeCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    using protocol::CloseCode;
    QTest::newRow("going away") << int(CloseCode::GoingAway) << u"Shutting down"_s
                                << u"The server shut down or is restarting."_s;
    QTest::newRow("too big")
        << int(CloseCode::TooBig) << QString()
        << u"The server closed the connection because a message was too large."_s;
    QTest::newRow("policy") << int(CloseCode::PolicyViolation) << u"Too many messages"_s
                            << u"The server closed the connection: Too many messages"_s;
    QTest::newRow("version")
        << int(CloseCode::UnsupportedProtocol) << u"Unsupported protocol version"_s
        << u"This version of Palaver can't talk to that server. Update Palaver or the server."_s;
    QTest::newRow("full") << int(CloseCode::ServerFull) << u"Server full"_s
                          << u"The server is full. Palaver will try again."_s;
    QTest::newRow("password") << int(CloseCode::AuthenticationFailed) << u"Password required"_s
                              << u"The server did not accept the password. Enter the right one "
                                 u"when asked (F5 asks again), or ask the server's "
                                 u"administrator."_s;
    QTest::newRow("replaced")
        << int(CloseCode::Replaced) << QString()
        << u"You connected to this server again with the same nickname from this computer or "
           u"another copy of Palaver, so this connection was closed."_s;
    QTest::newRow("kicked, why") << int(CloseCode::Kicked) << u"Spamming"_s
                                 << u"The server's administrator disconnected you: Spamming"_s;
    QTest::newRow("kicked") << int(CloseCode::Kicked) << QString()
                            << u"The server's administrator disconnected you. Connect again "
                               u"when you are meant to."_s;
    QTest::newRow("handshake timeout")
        << int(CloseCode::HandshakeTimeout) << QString()
        << u"The server gave up waiting for this app to introduce itself."_s;
    QTest::newRow("other, why") << int(CloseCode::InternalError) << u"Oops"_s
                                << u"The server closed the connection: Oops"_s;
    QTest::newRow("other") << int(CloseCode::InternalError) << QString()
                           << u"The connection was closed."_s;
}

void tst_ConnectionErrors::closeCodes()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    QCOMPARE(describeCloseCode(code, reason), message);
}

void tst_ConnectionErrors::wrongScheme_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("ws to TLS") << u"ws://chat.lan:7351/"_s
                               << u"The server at chat.lan port 7351 uses encryption: connect "
                                  u"with wss://chat.lan:7351 instead."_s;
    QTest::newRow("default port")
        << u"ws://chat.lan"_s
        << u"The server at chat.lan port 7350 uses encryption: connect with wss://chat.lan:7350 "
           u"instead."_s;
    QTest::newRow("IPv6") << u"ws://[fd00::1]:7351/"_s
                          << u"The server at [fd00::1] port 7351 uses encryption: connect with "
                             u"wss://[fd00::1]:7351 instead."_s;
    QTest::newRow("wss to plain")
        << u"wss://chat.lan:7351/"_s
        << u"The server at chat.lan port 7351 does not use encryption, so wss:// can't work. To "
           u"connect without encryption, use ws://chat.lan:7351. Only do so on a network you "
           u"trust, or ask the server's administrator to turn on TLS."_s;
}

void tst_ConnectionErrors::wrongScheme()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QCOMPARE(describeWrongScheme(QUrl(url)), message);
}

void tst_ConnectionErrors::certificateProblems_data()
{
    QTest::addColumn<QList<QSslError>>("errors");
    QTest::addColumn<QString>("message");
    const QSslCertificate local = certificate(u"a"_s);
    const QSslCertificate expired = certificate(u"expired"_s);
    const QSslCertificate elsewhere = certificate(u"elsewhere"_s);
    // What trust on first use answers: no words of this function's.
    for (const auto error :
         {QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
          QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
          QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted}) {
        QTest::addRow("no authority %d", int(error))
            << QList<QSslError>{QSslError(error, local)} << QString();
    }
    const QString expiredWords = u"The server's certificate expired on %1: ask the server's "
                                 u"administrator to renew it."_s.arg(longDate(2001, 1, 1));
    QTest::newRow("expired") << QList<QSslError>{QSslError(QSslError::CertificateExpired, expired)}
                             << expiredWords;
    QTest::newRow("not yet valid")
        << QList<QSslError>{QSslError(QSslError::CertificateNotYetValid, expired)}
        << u"The server's certificate is valid only from %1: check this computer's date and "
           u"time."_s.arg(longDate(2000, 1, 1));
    const QString elsewhereWords =
        u"The server's certificate is made out to elsewhere.example, not to chat.lan: connect "
        u"with the name the certificate gives, or ask the server's administrator for a "
        u"certificate that names chat.lan."_s;
    QTest::newRow("name") << QList<QSslError>{QSslError(QSslError::HostNameMismatch, elsewhere)}
                          << elsewhereWords;
    QTest::newRow("name, several")
        << QList<QSslError>{QSslError(QSslError::HostNameMismatch, local)}
        << u"The server's certificate is made out to localhost, 127.0.0.1, not to chat.lan: "
           u"connect with the name the certificate gives, or ask the server's administrator for "
           u"a certificate that names chat.lan."_s;
    QTest::newRow("self-signed and expired")
        << QList<QSslError>{QSslError(QSslError::SelfSignedCertificate, expired),
                            QSslError(QSslError::CertificateExpired, expired)}
        << expiredWords;
    QTest::newRow("expired and another name")
        << QList<QSslError>{QSslError(QSslError::CertificateExpired, expired),
                            QSslError(QSslError::HostNameMismatch, elsewhere)}
        << expiredWords + u' ' + elsewhereWords;
    QTest::newRow("revoked") << QList<QSslError>{QSslError(QSslError::CertificateRevoked, local)}
                             << u"The server's certificate was not accepted: %1."_s.arg(
                                    QSslError(QSslError::CertificateRevoked).errorString());
}

void tst_ConnectionErrors::certificateProblems()
{
    QFETCH(QList<QSslError>, errors);
    QFETCH(QString, message);
    QCOMPARE(describeCertificateProblems(errors, u"chat.lan"_s), message);
}

QTEST_GUILESS_MAIN(tst_ConnectionErrors)
#include "tst_connectionerrors.moc"
