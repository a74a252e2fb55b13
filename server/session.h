#pragma once

#include "shared/protocol.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace palaver::server {

/// One client connection: its socket, where it is in the handshake, and who it is.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    enum class State
    {
        AwaitingHello,
        Joined,
        Closing
    };

    /// Takes ownership of `socket`.
    explicit Session(QWebSocket *socket, QObject *parent = nullptr);
    ~Session() override;

    QWebSocket &socket() { return *m_socket; }
    /// "address:port" of the peer, for logs.
    const QString &peer() const { return m_peer; }

    State state() const { return m_state; }
    const QString &nick() const { return m_nick; }
    const QString &room() const { return m_room; }
    /// True once a hello was accepted, even while closing: the room must hear it left.
    bool hasJoined() const { return !m_nick.isEmpty(); }
    void join(const QString &nick, const QString &room);

    void send(const protocol::Message &message);
    void sendText(const QString &encoded);
    /// Sends a close frame; the socket disconnects once the peer answers or gives up.
    void close(protocol::CloseCode code, const QString &reason);

private:
    QWebSocket *m_socket; // owned: a child of this session
    QString m_peer;
    State m_state = State::AwaitingHello;
    QString m_nick;
    QString m_room;
};

} // namespace palaver::server
