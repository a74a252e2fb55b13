#include "tlsfiles.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

/// Proves the key belongs to the certificate the only way Qt allows: a TLS handshake with
/// itself on loopback. Returns TLS's complaint if there is one; empty when the handshake
/// works, or when it can't be tried here (no loopback), which is not the files' fault.
QString handshakeProblem(const QSslConfiguration &configuration)
{
    QSslServer server;
    server.setSslConfiguration(configuration);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    QString problem;
    QEventLoop loop;
    QObject::connect(&server, &QSslServer::errorOccurred, &loop,
                     [&](QSslSocket *socket, QAbstractSocket::SocketError) {
                         if (problem.isEmpty())
                             problem = socket->errorString();
                         loop.quit();
                     });
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone); // the chain is not what is tested here
    QObject::connect(&client, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, [&] {
        if (problem.isEmpty())
            problem = client.errorString();
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, [&] {
        problem = u"no answer within 5 s"_s;
        loop.quit();
    });
    client.connectToHostEncrypted(u"127.0.0.1"_s, server.serverPort());
    loop.exec();
    return client.isEncrypted() ? QString() : problem;
}

} // namespace

std::optional<QSslConfiguration> loadTlsFiles(const QString &certificatePath,
                                              const QString &keyPath, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QSslConfiguration> {
        *error = why;
        return std::nullopt;
    };
    if (!QSslSocket::supportsSsl())
        return fail(u"TLS is not available: Qt found no TLS library (install OpenSSL 3)."_s);

    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        return fail(u"--tls-cert: cannot read %1 (%2)."_s.arg(
            QDir::toNativeSeparators(certificatePath), certFile.errorString()));
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        return fail(
            u"--tls-cert: %1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\")."_s.arg(
                QDir::toNativeSeparators(certificatePath)));
    }
    const QSslCertificate &certificate = chain.constFirst();
    if (certificate.expiryDate() < QDateTime::currentDateTimeUtc()) {
        return fail(u"--tls-cert: the certificate in %1 expired on %2. Make a new one."_s.arg(
            QDir::toNativeSeparators(certificatePath),
            certificate.expiryDate().toString(Qt::ISODate)));
    }

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return fail(u"--tls-key: cannot read %1 (%2)."_s.arg(QDir::toNativeSeparators(keyPath),
                                                             keyFile.errorString()));
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        return fail(u"--tls-key: %1 holds no unencrypted PEM private key (RSA or EC)."_s.arg(
            QDir::toNativeSeparators(keyPath)));
    }
    if (key.algorithm() != certificate.publicKey().algorithm()) {
        return fail(u"--tls-key: the key in %1 does not belong to the certificate in %2."_s.arg(
            QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(certificatePath)));
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (const QString problem = handshakeProblem(configuration); !problem.isEmpty()) {
        return fail(u"--tls-key: the key in %1 does not work with the certificate in %2 (TLS "
                    u"says: %3). Give the key the certificate was made for."_s.arg(
                        QDir::toNativeSeparators(keyPath),
                        QDir::toNativeSeparators(certificatePath), problem));
    }
    return configuration;
}

} // namespace palaver::server
