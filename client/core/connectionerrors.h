#pragma once

#include <QAbstractSocket>
#include <QString>
#include <QUrl>

namespace palaver::client {

/// Says why a connection attempt failed in words a user can act on, never as an enum name.
QString describeSocketError(QAbstractSocket::SocketError error, const QUrl &url,
                            const QString &qtErrorString);

/// Says why the server closed the connection, from the WebSocket close code and reason.
QString describeCloseCode(int code, const QString &reason);

} // namespace palaver::client
