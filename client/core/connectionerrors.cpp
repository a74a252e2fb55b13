#include "connectionerrors.h"

#include "shared/limits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSslCertificate>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("palaver::client::ConnectionErrors", text);
}

} // namespace

QString describeSocketError(QAbstractSocket::SocketError error, const QUrl &url,
                            const QString &qtErrorString)
{
    const QString host = url.host();
    const QString port = QString::number(url.port(protocol::kDefaultPort));
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("Nothing is listening at %1 port %2: the server is not running, or the port "
                  "is wrong.")
            .arg(host, port);
    case QAbstractSocket::HostNotFoundError:
        return tr("The name \"%1\" was not found. Check the server address.").arg(host);
    case QAbstractSocket::SocketTimeoutError:
        return tr("No answer from %1 port %2: a firewall may be blocking it, or the server is on "
                  "another network.")
            .arg(host, port);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The connection to the server broke off without a goodbye (the server may "
                  "have crashed or been restarted).");
    case QAbstractSocket::NetworkError:
        return tr("The network is unreachable. Check this computer's network connection.");
    case QAbstractSocket::SslHandshakeFailedError:
        //: %3 is the TLS library's own explanation, for whoever helps the user
        return tr("Could not set up an encrypted connection with %1 port %2. Check the address: "
                  "another program may be using that port. Otherwise the server's encryption "
                  "settings may be too old or too strict for this computer: tell the server's "
                  "administrator. (Details: %3)")
            .arg(host, port, qtErrorString);
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return tr("This computer's encryption support failed. Reinstall Palaver, or the OpenSSL "
                  "libraries it uses. (Details: %1)")
            .arg(qtErrorString);
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return tr("The network proxy refused the connection: %1").arg(qtErrorString);
    default:
        return tr("Could not talk to the server: %1").arg(qtErrorString);
    }
}

QString describeWrongScheme(const QUrl &url)
{
    const bool tls = url.scheme() == u"wss";
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    const QString port = QString::number(url.port(protocol::kDefaultPort));
    const QString other = (tls ? u"ws://"_s : u"wss://"_s) + host + u':' + port;
    if (tls) {
        //: %3 is the same address with ws:// (not encrypted), e.g. ws://chat.lan:7350
        return tr("The server at %1 port %2 does not use encryption, so wss:// can't work. To "
                  "connect without encryption, use %3. Only do so on a network you trust, or "
                  "ask the server's administrator to turn on TLS.")
            .arg(host, port, other);
    }
    //: %3 is the same address with wss:// (encrypted), e.g. wss://chat.lan:7350
    return tr("The server at %1 port %2 uses encryption: connect with %3 instead.")
        .arg(host, port, other);
}

QString describeCertificateProblems(const QList<QSslError> &errors, const QString &host)
{
    QStringList problems;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        QString problem;
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break; // no authority vouches for it: what trust on first use is for
        case QSslError::CertificateExpired:
            problem =
                tr("The server's certificate expired on %1: ask the server's administrator "
                   "to renew it.")
                    .arg(QLocale().toString(certificate.expiryDate().date(), QLocale::LongFormat));
            break;
        case QSslError::CertificateNotYetValid:
            problem = tr("The server's certificate is valid only from %1: check this computer's "
                         "date and time.")
                          .arg(QLocale().toString(certificate.effectiveDate().date(),
                                                  QLocale::LongFormat));
            break;
        case QSslError::HostNameMismatch: {
            QStringList names = certificate.subjectAlternativeNames().values();
            if (names.isEmpty())
                names = certificate.subjectInfo(QSslCertificate::CommonName);
            names.removeDuplicates();
            //: %1 lists the names in the certificate, %2 is the address the user connected to
            problem = tr("The server's certificate is made out to %1, not to %2: connect with the "
                         "name the certificate gives, or ask the server's administrator for a "
                         "certificate that names %2.")
                          .arg(names.join(u", "_s), host);
            break;
        }
        default:
            problem = tr("The server's certificate was not accepted: %1.").arg(error.errorString());
            break;
        }
        if (!problem.isEmpty() && !problems.contains(problem))
            problems.append(problem);
    }
    return problems.join(u' ');
}

QString describeCloseCode(int code, const QString &reason)
{
    switch (code) {
    case int(protocol::CloseCode::GoingAway):
        return tr("The server shut down or is restarting.");
    case int(protocol::CloseCode::TooBig):
        return tr("The server closed the connection because a message was too large.");
    case int(protocol::CloseCode::PolicyViolation):
        return tr("The server closed the connection: %1").arg(reason);
    case int(protocol::CloseCode::UnsupportedProtocol):
        return tr("This version of Palaver can't talk to that server. Update Palaver or the "
                  "server.");
    case int(protocol::CloseCode::ServerFull):
        return tr("The server is full. Palaver will try again.");
    case int(protocol::CloseCode::AuthenticationFailed):
        return tr("The server did not accept the password. Enter the right one when asked (F5 "
                  "asks again), or ask the server's administrator.");
    case int(protocol::CloseCode::Replaced):
        return tr("You connected to this server again with the same nickname from this "
                  "computer or another copy of Palaver, so this connection was closed.");
    case int(protocol::CloseCode::Kicked):
        if (reason.isEmpty())
            return tr("The server's administrator disconnected you. Connect again when you "
                      "are meant to.");
        return tr("The server's administrator disconnected you: %1").arg(reason);
    case int(protocol::CloseCode::HandshakeTimeout):
        return tr("The server gave up waiting for this app to introduce itself.");
    default:
        if (reason.isEmpty())
            return tr("The connection was closed.");
        return tr("The server closed the connection: %1").arg(reason);
    }
}

} // namespace palaver::client
