#pragma once

#include "admission.h"
#include "connectiongate.h"
#include "historyreplies.h"
#include "rooms.h"
#include "shared/protocol.h"
#include "store.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocketServer>

#include <chrono>
#include <memory>
#include <vector>

namespace palaver::server {

class PostgresCluster;
class Session;

/// What a ChatServer needs to know beyond where to listen.
struct ServerOptions
{
    QString name; ///< the name announced to clients
    protocol::Limits limits;
    std::chrono::milliseconds handshakeTimeout{10'000}; ///< time allowed for the `hello`
    std::chrono::milliseconds shutdownGrace{3'000};     ///< time clients get to answer a close
    int historyOnJoin = 200;                            ///< messages a newly joined client receives
    int crowdedRoom = protocol::kCrowdedRoomMembers;    ///< members over which a room is crowded
    std::chrono::milliseconds membersReuse{5'000}; ///< a crowded room's `members` answer is reused
    /// Joins, leaves and nickname changes are stored in the rooms' histories. Off only in tests
    /// of seq arithmetic (history, resume), where they would only shift every number.
    bool recordMembership = true;
    int maxBatch = 64;                     ///< messages per commit at most (1: no group commit)
    Retention retention;                   ///< how much history to keep
    std::chrono::minutes trimInterval{60}; ///< how often retention is applied
    Admission::Options admission;          ///< connection caps and the password
    double framesPerSecond = 20;           ///< sustained rate one connection may send at
    double frameBurst = 100;               ///< and the burst it may send at once
    double abuseTolerance = 100;           ///< refused frames (refilling 2/s) before 1008
    std::chrono::milliseconds heartbeatInterval{30'000}; ///< ping a connection this quiet
    std::chrono::milliseconds heartbeatTimeout{75'000};  ///< drop one silent this long
    qint64 maxSendBacklog = 16 * 1024 * 1024; ///< unsent bytes; over them, drop a peer not reading
    QStringList allowedOrigins; ///< web page origins allowed in; desktop clients send none
    std::optional<QSslConfiguration> tls; ///< certificate and key: serve wss:// instead of ws://
};

/// Owns the listening socket and the sessions; routes each decoded message to its room.
class ChatServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatServer)
public:
    /// `store` holds the history and must outlive the server.
    ChatServer(Store &store, ServerOptions options, QObject *parent = nullptr);
    ~ChatServer() override;

    /// Makes this server one of several instances sharing its store: messages any instance
    /// stores reach this one's clients in seq order, and presence, typing and room changes
    /// travel between them through `cluster`, which must outlive the server. Before listen().
    void joinCluster(PostgresCluster &cluster);

    /// Starts listening; on failure errorString() says why in words an admin can act on.
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_errorString; }
    QHostAddress serverAddress() const { return m_gate.server().serverAddress(); }
    quint16 serverPort() const { return m_gate.server().serverPort(); }
    bool usesTls() const { return m_gate.usesTls(); }
    /// Serves new connections with this certificate from now on; open ones keep theirs.
    void setTlsConfiguration(const QSslConfiguration &configuration);

    int sessionCount() const { return int(m_sessions.size()); }
    /// Open TCP connections counted against the caps, handshakes under way included.
    int connectionCount();
    /// The store's epoch: it changes only when the history is lost.
    QString epoch() const { return m_store.epoch(); }

    /// Takes the settings that can change while running from `options` (name, history on
    /// join, retention, commit batch, caps, password, rate, allowed origins); open
    /// connections keep their send budget. Returns the names of what changed.
    QStringList reload(const ServerOptions &options);

    /// Somebody connected, as the administrator's /who lists them.
    struct Connected
    {
        QString nick;
        QString peer; ///< address:port
        protocol::Status status = protocol::Status::Online;
        QStringList rooms;
        QDateTime since;
    };
    QList<Connected> connected() const;
    /// Closes every connection of `nick` (compared as nicknames are) with 4006 and `reason`.
    /// Returns how many there were.
    int kick(const QString &nick, const QString &reason);
    /// Stores and delivers `text` in `room` (found as rooms are) from the reserved nickname
    /// "server", as a chat message that everybody in the room sees and that stays in the
    /// history. Returns what stopped it, if anything.
    std::optional<QString> say(const QString &room, const QString &text);
    bool isShuttingDown() const { return m_shuttingDown; }

    /// Counters since the start, for monitoring.
    struct Statistics
    {
        qint64 messagesStored = 0; ///< acknowledged, duplicates not counted
        qint64 commits = 0;        ///< store transactions
        double commitSeconds = 0;  ///< time spent in them, in total
        double slowestCommitSeconds = 0;
        qint64 connectionsAccepted = 0; ///< hellos accepted
    };
    const Statistics &statistics() const { return m_statistics; }
    /// Rooms and direct conversations in the store.
    int roomCount() const { return int(m_store.roomDirectory().size()); }

    /// Stops accepting, tells every client "going away" (1001) and emits shutdownFinished once
    /// all have gone or the grace period is over.
    void shutdown();

signals:
    void sessionCountChanged(int count);
    void shutdownFinished();

private:
    /// A send that passed validation and waits for the next commit.
    struct PendingSend
    {
        QPointer<Session> session; // null once the sender has gone
        NewMessage message;
    };

    void onNewConnection();
    /// Counts a new socket against the caps; false if it was dropped on the spot.
    bool admitSocket(QTcpSocket *socket);
    void checkHeartbeats();
    void sweepConnections();
    std::vector<Session *> sessionSnapshot() const;
    /// Counts a refused frame against `session`; true if it has now used up its tolerance.
    bool refuseFrame(Session &session, protocol::ErrorCode code, const QString &message);
    void finishHello(Session &session, const protocol::Hello &hello);
    void refuseTakenNick(Session &session, const QString &nick);
    bool mayLog(Session &session);
    void onTextMessage(Session &session, const QString &text);
    void onDisconnected(Session &session);
    void handleHello(Session &session, const protocol::Hello &hello);
    /// Serves a message of a joined session; false if it is not one a client may send.
    bool dispatch(Session &session, const protocol::Message &message);
    void handleSend(Session &session, const protocol::Send &send);
    void handleFetch(Session &session, const protocol::Fetch &fetch);
    void commitPending();
    /// Sends a newly stored message to this instance's clients, after whatever stored before it
    /// (by any instance) that they have not had yet.
    void deliver(const protocol::ChatMessage &message);
    /// Delivers what is stored in `room` up to at least `seq` and was not delivered yet.
    void catchUp(const QString &room, qint64 seq);
    void catchUpAll();
    void applyRetention();
    void reject(Session &session, protocol::ErrorCode code, const QString &message,
                std::optional<QUuid> id = std::nullopt);
    void reject(Session &session, const protocol::Error &error);
    void finishShutdownIfDone();

    Store &m_store;
    ServerOptions m_options;
    Admission m_admission; // before the sockets: it must outlive them, they report to it
    HistoryReplies m_history;
    PostgresCluster *m_cluster = nullptr;
    QHash<QString, qint64> m_delivered; // with a cluster: room -> last seq delivered here
    Rooms m_rooms;                      // who is connected as whom, and in which rooms
    // Accepts (with TLS: and encrypts); m_socketServer then does the WebSocket handshake.
    ConnectionGate m_gate;
    QWebSocketServer m_socketServer;
    std::vector<std::unique_ptr<Session>> m_sessions;
    std::vector<PendingSend> m_pending; // the next group commit
    QTimer m_commitTimer;
    QTimer m_trimTimer;
    QTimer m_heartbeatTimer;
    struct Counted
    {
        QPointer<QTcpSocket> socket;
        QHostAddress address;
    };
    std::vector<Counted> m_counted; // connections counted against the caps
    QHash<QString, QPointer<QTcpSocket>>
        m_turnAway; // "address:port" of connections over a cap, told so after the handshake
    QString m_errorString;
    bool m_shuttingDown = false;
    Statistics m_statistics;
    QTimer m_shutdownTimer;
};

} // namespace palaver::server
