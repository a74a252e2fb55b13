#pragma once

#include <QAbstractSocket>
#include <QList>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace palaver::client {

/// Says why a connection attempt failed in words a user can act on, never as an enum name.
QString describeSocketError(QAbstractSocket::SocketError error, const QUrl &url,
                            const QString &qtErrorString);

/// Says that `url` (as the user gave it) has the wrong scheme for what its port speaks: wss://
/// to a server without TLS, or ws:// to one with TLS; and which address to use instead.
QString describeWrongScheme(const QUrl &url);

/// Says what is wrong with the server's certificate besides that no authority vouches for it
/// (which trust on first use deals with): expired, not yet valid, made out to another name.
/// Empty if that is all. `host` is the name or address the user connected to.
QString describeCertificateProblems(const QList<QSslError> &errors, const QString &host);

/// Says why the server closed the connection, from the WebSocket close code and reason.
QString describeCloseCode(int code, const QString &reason);

} // namespace palaver::client
