#pragma once

#include "tokenbucket.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QTcpServer>

#include <chrono>
#include <memory>
#include <optional>

class QSslSocket;
class QTcpSocket;

namespace palaver::server {

/// Stands between the listening port and the WebSocket handshake: accepts TCP, tells a TLS
/// ClientHello from plain text, does the TLS handshake when the server has a certificate, and
/// reads each HTTP request before QWebSocketServer does, which closes what it refuses without
/// a word. Every connection refused on the way is logged as one warning that names the peer's
/// address and what to do; an address gets a few such lines a minute at most.
class ConnectionGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGate)
public:
    /// With `tls`, serves wss:// only; without, ws:// only. The TLS handshake, and after it
    /// the whole WebSocket request, must each arrive within `handshakeTimeout`, or the
    /// connection is closed.
    ConnectionGate(const std::optional<QSslConfiguration> &tls,
                   std::chrono::milliseconds handshakeTimeout, QObject *parent = nullptr);
    ~ConnectionGate() override;

    bool listen(const QHostAddress &address, quint16 port);
    QTcpServer &server();
    const QTcpServer &server() const;
    bool usesTls() const { return m_tls.has_value(); }
    /// Serves new connections with this certificate from now on; open ones keep theirs.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    /// The web page origins let in (see --allow-origin): any other is logged as refused.
    void setAllowedOrigins(const QStringList &origins) { m_allowedOrigins = origins; }

    /// Whether one more warning about `peer` may be logged now: 5 at once, then one every
    /// 12 s, per address, so that a misconfigured client retrying every second, or a flood,
    /// doesn't fill the log.
    bool mayLog(const QHostAddress &peer);

signals:
    /// A new TCP connection, before anything is read from it: the caps apply from here. A
    /// receiver that refuses it aborts it; the gate then drops it.
    void accepted(QTcpSocket *socket);
    /// Ready for the WebSocket handshake: a plain connection at once, a TLS one when
    /// encrypted. Its HTTP request is still unread.
    void ready(QTcpSocket *socket);

private:
    class Listener;

    void onPendingConnection();
    /// TLS: the first bytes decide between a TLS handshake and a plain-text mistake.
    void onFirstBytes(QSslSocket &socket);
    void watchTlsHandshake(QSslSocket &socket);
    /// Reads (without taking) the HTTP request QWebSocketServer is about to read, and logs
    /// what it would refuse without a word.
    void watchRequest(QTcpSocket &socket);
    /// Whether the request is complete and has been judged (true), or more must come.
    bool inspectRequest(QTcpSocket &socket);
    /// Who deletes a refused socket: the gate, or QWebSocketServer once it has it.
    enum class Owner
    {
        Gate,
        WebSocketServer
    };
    /// Logs `why` (if not empty), answers with `httpStatus` and `why` (if a status is given),
    /// and closes.
    void refuse(QTcpSocket &socket, const QString &why, const QByteArray &httpStatus, Owner owner);
    QString peerName(const QTcpSocket &socket) const;

    std::optional<QSslConfiguration> m_tls;
    std::chrono::milliseconds m_handshakeTimeout;
    std::unique_ptr<Listener> m_server;
    QStringList m_allowedOrigins;
    QHash<QHostAddress, TokenBucket> m_logBudgets;
};

} // namespace palaver::server
