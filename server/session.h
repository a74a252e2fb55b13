#pragma once

#include "shared/protocol.h"
#include "tokenbucket.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <optional>

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
        Refused, ///< about to be closed: what it sends is ignored, what we send still goes
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
    /// It will be closed soon: ignore what it sends from now on.
    void refuse() { m_state = State::Refused; }

    void send(const protocol::Message &message);
    void sendText(const QString &encoded);
    /// Sends a close frame; the socket disconnects once the peer answers or gives up.
    void close(protocol::CloseCode code, const QString &reason);

    /// The limits on what one connection may send, and when it was last heard from.
    struct Budget
    {
        TokenBucket frames;     ///< frames it may send
        TokenBucket abuse;      ///< refused frames tolerated before it is thrown out
        TokenBucket logLines;   ///< warnings about it that go to the log
        TokenBucket rateErrors; ///< "rate-limited" answers it gets
    };
    void setBudget(const Budget &budget) { m_budget.emplace(budget); }
    Budget &budget() { return *m_budget; }
    qint64 lastHeardMs() const { return m_lastHeardMs; }
    void heard(qint64 nowMs) { m_lastHeardMs = nowMs; }
    /// True if more than `maxBacklog` bytes already waited for the peer at the last check and
    /// the backlog has not gone down since: the peer stalled, or sends pings and never reads
    /// the pongs Qt answers with. A client catching up drains its backlog: never "stuck".
    bool stuckBehind(qint64 maxBacklog)
    {
        const qint64 backlog = m_socket->bytesToWrite();
        const bool stuck =
            backlog > maxBacklog && m_lastBacklog > maxBacklog && backlog >= m_lastBacklog;
        m_lastBacklog = backlog;
        return stuck;
    }

private:
    QWebSocket *m_socket; // owned: a child of this session
    QString m_peer;
    State m_state = State::AwaitingHello;
    QString m_nick;
    QString m_room;
    std::optional<Budget> m_budget;
    qint64 m_lastHeardMs = 0;
    qint64 m_lastBacklog = 0; // unsent bytes at the last stuckBehind()
};

} // namespace palaver::server
