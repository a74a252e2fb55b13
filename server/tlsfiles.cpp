#include "tlsfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace palaver::server {

using namespace Qt::StringLiterals;

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
    return configuration;
}

} // namespace palaver::server
