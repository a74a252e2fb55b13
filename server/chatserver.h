#pragma once

#include "shared/protocol.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QWebSocketServer>

#include <chrono>
#include <deque>
#include <memory>
#include <vector>

namespace palaver::server {

class Session;

/// What a ChatServer needs to know beyond where to listen.
struct ServerOptions
{
    QString name; ///< the name announced to clients
    protocol::Limits limits;
    std::chrono::milliseconds handshakeTimeout{10'000}; ///< time allowed for the `hello`
    std::chrono::milliseconds shutdownGrace{3'000};     ///< time clients get to answer a close
    int rememberedIdsPerRoom = 10'000;                  ///< window for idempotent re-sends
};

/// Owns the listening socket and the sessions; routes each decoded message to its room.
class ChatServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatServer)
public:
    explicit ChatServer(ServerOptions options, QObject *parent = nullptr);
    ~ChatServer() override;

    /// Starts listening; on failure errorString() says why in words an admin can act on.
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_errorString; }
    QHostAddress serverAddress() const { return m_socketServer.serverAddress(); }
    quint16 serverPort() const { return m_socketServer.serverPort(); }

    int sessionCount() const { return int(m_sessions.size()); }
    /// Changes whenever the history is lost; today that is every start, as history is in memory.
    const QString &epoch() const { return m_epoch; }

    /// Stops accepting, tells every client "going away" (1001) and emits shutdownFinished once
    /// all have gone or the grace period is over.
    void shutdown();

signals:
    void sessionCountChanged(int count);
    void shutdownFinished();

private:
    struct Room
    {
        qint64 lastSeq = 0;
        QHash<QUuid, protocol::Ack> acks; // recent sends by client id, for idempotency
        std::deque<QUuid> ackOrder;       // oldest first, to bound `acks`
    };

    void onNewConnection();
    void onTextMessage(Session &session, const QString &text);
    void onDisconnected(Session &session);
    void handleHello(Session &session, const protocol::Hello &hello);
    void handleSend(Session &session, const protocol::Send &send);
    void reject(Session &session, protocol::ErrorCode code, const QString &message,
                std::optional<QUuid> id = std::nullopt);
    void broadcast(const QString &room, const protocol::Message &message);
    QList<protocol::Member> membersOf(const QString &room) const;
    void rememberAck(Room &room, const protocol::Ack &ack);
    void finishShutdownIfDone();

    ServerOptions m_options;
    QWebSocketServer m_socketServer;
    std::vector<std::unique_ptr<Session>> m_sessions;
    QHash<QString, Room> m_rooms;
    QString m_epoch;
    QString m_errorString;
    bool m_shuttingDown = false;
    QTimer m_shutdownTimer;
};

} // namespace palaver::server
