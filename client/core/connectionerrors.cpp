#include "connectionerrors.h"

#include "shared/limits.h"

#include <QCoreApplication>

namespace palaver::client {

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
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return tr("The secure connection failed: %1").arg(qtErrorString);
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
        return tr("The server did not accept the password.");
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
