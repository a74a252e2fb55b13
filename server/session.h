#pragma once

#include "shared/protocol.h"
#include "tokenbucket.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <optional>

namespace palaver::server {

/// One client connection: its socket, where it is in the handshake, who it is, and which rooms
/// its nickname is in (kept in step with the store while it is connected).
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
    /// protocol::nickKey() of nick(): what tells nicknames apart.
    const QString &nickKey() const { return m_nickKey; }
    /// The token of its hello: a reconnect that shows the same one may replace this session.
    const QString &token() const { return m_token; }
    /// True once a hello was accepted, even while closing: the others must hear it went.
    bool hasJoined() const { return !m_nick.isEmpty(); }
    /// The hello was accepted: from now on this connection is `nick`.
    void join(const QString &nick, const QString &token);
    /// When the hello was accepted (UTC); invalid before.
    const QDateTime &joinedAt() const { return m_joinedAt; }
    void rename(const QString &nick);
    /// A new connection with the same nickname and token took over: this one goes quietly.
    void markReplaced() { m_replaced = true; }
    bool isReplaced() const { return m_replaced; }

    protocol::Status status() const { return m_status; }
    void setStatus(protocol::Status status) { m_status = status; }

    /// The name of the room `name` refers to (matched by key), if this nickname is a member
    /// of it; empty otherwise.
    QString roomNamed(const QString &name) const;
    /// Whether it is a member of the room whose key is `roomKey`.
    bool isMemberOf(const QString &roomKey) const { return m_rooms.contains(roomKey); }
    QStringList roomNames() const { return m_rooms.values(); }
    qsizetype roomCount() const { return m_rooms.size(); }
    void addRoom(const QString &name);
    void removeRoom(const QString &name);
    /// It was sent the history of the room with key `roomKey` up to `seq` (on joining it, or
    /// resuming): a message up to there reaching it again would be a repeat.
    void hadHistory(const QString &roomKey, qint64 seq)
    {
        m_hadHistory.insert(roomKey, std::max(seq, m_hadHistory.value(roomKey)));
    }
    bool hasHad(const QString &roomKey, qint64 seq) const
    {
        return m_hadHistory.value(roomKey) >= seq;
    }
    /// Whether it is a member of any of the rooms with these keys.
    bool isMemberOfAny(const QStringList &roomKeys) const;

    /// Whether a `typing` in `room` at `nowMs` may be passed on: an active one at most every
    /// `intervalMs`, an inactive one only after an active one was passed on (the others think
    /// it is typing). Anything more is noise, dropped so that it cannot be amplified.
    bool mayRelayTyping(const QString &room, bool active, qint64 nowMs, qint64 intervalMs);
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
    QString m_nickKey;
    QDateTime m_joinedAt;
    QString m_token;
    bool m_replaced = false;
    protocol::Status m_status = protocol::Status::Online;
    QHash<QString, QString> m_rooms;     // key -> name, of every room it is a member of
    QHash<QString, qint64> m_hadHistory; // room key -> last seq of the history it was sent
    struct Typing
    {
        qint64 lastActiveMs = 0; // when an active `typing` was last passed on
        bool shown = false;      // the others were told it types, and not yet that it stopped
    };
    QHash<QString, Typing> m_typing; // by room name
    std::optional<Budget> m_budget;
    qint64 m_lastHeardMs = 0;
    qint64 m_lastBacklog = 0; // unsent bytes at the last stuckBehind()
};

} // namespace palaver::server
