#pragma once

#include "backoff.h"
#include "clock.h"
#include "outbox.h"
#include "schemeprobe.h"
#include "serveraddress.h"
#include "shared/protocol.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslError>
#include <QUrl>
#include <QWebSocket>

#include <memory>

class QHostInfo;

namespace palaver::client {

/// Owns the WebSocket to one server and keeps it up: says hello, reconnects with backoff after
/// every drop, and sends the outbox until each message is acknowledged. A server may have
/// several addresses (instances sharing one history): a failed one is followed at once by the
/// next, and only a round in which all failed is followed by a backoff delay.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)
public:
    enum class State
    {
        Offline,      ///< not connected and not trying; offlineReason() says why
        Connecting,   ///< opening the socket or waiting for the welcome
        Connected,    ///< welcomed: messages flow
        Reconnecting, ///< waiting msecsUntilRetry() before the next attempt
    };
    Q_ENUM(State)

    explicit Connection(Clock &clock, Backoff backoff = Backoff{}, QObject *parent = nullptr);
    ~Connection() override;

    /// What a `history` frame is, as far as this client is concerned.
    enum class HistoryKind
    {
        Recent, ///< the latest messages, after joining (or when resuming failed)
        Missed, ///< what this client missed while away, exactly
        Older,  ///< a page of older messages it asked for with fetchOlder()
    };
    Q_ENUM(HistoryKind)

    /// Keeps the outbox of each server in a file under `directory`, so unsent messages survive
    /// the app and the machine. Empty (the default): in memory only. Call before open().
    void setOutboxDirectory(const QString &directory) { m_outboxDirectory = directory; }

    /// Connects to the first of `addresses` that works, as `nick`, now, with a fresh backoff.
    /// They are the instances of one server: one outbox and one place in each room's history,
    /// whichever is in use. Loads that server's outbox.
    void open(const QList<QUrl> &addresses, const QString &nick);
    /// The same for a server with a single address.
    void open(const QUrl &url, const QString &nick) { open(QList<QUrl>{url}, nick); }
    /// Disconnects on the user's request and stops retrying.
    void close();
    /// Skips the rest of the backoff delay and tries at once.
    void reconnectNow();
    /// The computer woke up or its network changed: retry now if waiting, and if connected,
    /// make sure the connection still works (a ping must come back within a few seconds).
    void checkAfterWake();
    /// Fingerprints of self-signed certificates the user decided to trust, by "host:port".
    void setTrustedCertificates(const QHash<QString, QString> &fingerprints)
    {
        m_trusted = fingerprints;
    }
    /// The user trusts the certificate trustRequested() asked about: remember it and connect.
    void trustCertificate(const QString &fingerprint);

    /// The server's password, sent in every hello from now on.
    void setPassword(const QString &password) { m_password = password; }
    /// The secret that lets a reconnect take over this client's nickname from a connection
    /// the server still believes alive (see docs/protocol.md, Nicknames). Keep it per server.
    void setToken(const QString &token) { m_token = token; }

    /// Asks the server for up to `limit` messages of `room` older than `beforeSeq`; they
    /// arrive as historyReceived(..., Older). False if not connected.
    bool fetchOlder(const QString &room, qint64 beforeSeq, int limit = 100);
    /// The same for the default room.
    bool fetchOlder(qint64 beforeSeq, int limit = 100)
    {
        return fetchOlder(m_room, beforeSeq, limit);
    }

    /// Queues `text` for `room` and sends it as soon as the server is reachable. Returns the
    /// message; the outbox keeps it until the server acknowledges it.
    const OutgoingMessage &send(const QString &room, const QString &text,
                                protocol::MessageKind kind = protocol::MessageKind::Text);
    /// The same for the default room.
    const OutgoingMessage &send(const QString &text) { return send(m_room, text); }

    // Requests that only make sense while connected; each returns false when offline.
    /// Joins (or creates) a room; "@nick" opens the direct conversation with nick.
    bool join(const QString &room);
    bool leave(const QString &room);
    bool changeNick(const QString &nick);
    /// Away (true) or back online (false); remembered and said again after a reconnect.
    bool setAway(bool away);
    bool away() const { return m_away; }
    /// The user is typing in `room` (or stopped). Sent at most every kTypingIntervalMs.
    void setTyping(const QString &room, bool active);
    /// Everything up to `seq` of `room` has been read. Only ever moves forward.
    void markRead(const QString &room, qint64 seq);
    /// Asks the server to search; the answer comes as searchResults(), with `tag` in it.
    bool search(const QString &query, const QString &room = {}, const QString &tag = {});
    bool listRooms();
    /// Asks who is in `room` (for a crowded room, whose members the welcome doesn't list).
    bool askMembers(const QString &room);
    /// The rooms and direct conversations this client is in, as of the last welcome,
    /// `joined` and `left`.
    const QList<protocol::RoomInfo> &rooms() const { return m_rooms; }

    State state() const { return m_state; }
    /// The addresses open() was given, in their order.
    const QList<QUrl> &addresses() const { return m_rotation.addresses(); }
    /// The one of addresses() in use or being tried (or tried last).
    QUrl url() const { return m_url; }
    /// Which server this is about, for people: while connecting the address tried, with its
    /// place among several ("chat2.lan:7350 (2 of 3)"); when connected the address in use;
    /// otherwise all of them.
    QString where() const;
    /// The nickname asked for, or the one the server accepted once welcomed.
    QString nick() const { return m_nick; }
    /// The room messages go to: the welcome's, or the default before any welcome.
    QString room() const { return m_room; }
    const protocol::Welcome &welcome() const { return m_welcome; }
    /// Why the last connection ended or the last attempt failed, for people; empty if none.
    QString lastProblem() const { return m_lastProblem; }
    /// Whole time left before the next attempt while Reconnecting, 0 otherwise.
    qint64 msecsUntilRetry() const;
    const Outbox &outbox() const { return m_outbox; }
    /// How long the hello/welcome exchange may take before the attempt counts as failed.
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }
    /// After `quiet` without a word from the server it is pinged; without an answer within
    /// `grace` the connection counts as dead (the server crashed, or a cable was pulled).
    void setHeartbeat(std::chrono::milliseconds quiet, std::chrono::milliseconds grace)
    {
        m_heartbeatQuiet = quiet;
        m_heartbeatGrace = grace;
    }

signals:
    void stateChanged(palaver::client::Connection::State state);
    /// Another address is being tried (url() and where() changed), in the same state.
    void addressChanged();
    /// Now a member of `room` (after join(), or somebody opened a direct conversation).
    void joined(const palaver::protocol::RoomInfo &room);
    void left(const QString &room);
    void typingReceived(const palaver::protocol::Typing &typing);
    void searchResults(const palaver::protocol::Results &results);
    void roomListReceived(const palaver::protocol::RoomList &rooms);
    void membersReceived(const palaver::protocol::Members &members);
    /// The nickname asked for is in use. In the hello the connection then stops (Offline)
    /// until open() with another nickname; after a changeNick() nothing else happens.
    void nickTaken(const QString &nick, const QString &suggestion, const QString &message);
    void welcomed(const palaver::protocol::Welcome &welcome);
    void messageReceived(const palaver::protocol::ChatMessage &message);
    void presenceReceived(const palaver::protocol::Presence &presence);
    void acknowledged(const palaver::protocol::Ack &ack);
    /// A server whose certificate no authority vouches for: the user must decide whether to
    /// trust it (trust on first use). The connection waits, Offline, until trustCertificate().
    void trustRequested(const QString &hostPort, const QString &fingerprint,
                        const QString &subject);
    /// The server wants a password (`wrong`: the one given was refused). The connection waits,
    /// Offline, until setPassword() and reconnectNow().
    void passwordRequired(const QString &hostPort, bool wrong);
    /// A trusted fingerprint was remembered; the app should keep it.
    void certificateTrusted(const QString &hostPort, const QString &fingerprint);
    /// The certificate differs from the one trusted before: refused, loudly.
    void certificateChanged(const QString &hostPort, const QString &trusted,
                            const QString &presented);
    void historyReceived(const palaver::protocol::History &history,
                         palaver::client::Connection::HistoryKind kind);
    /// Messages loaded from the outbox file on open(): typed earlier, still unsent.
    /// open() was given another server than before: what was shown of the last one's rooms
    /// belongs to that server. Comes before the new server's outbox is restored.
    void serverChanged();
    void outboxRestored(const QList<palaver::client::OutgoingMessage> &messages);
    /// The server refused a message for good (too long, ...); it left the outbox.
    void sendFailed(const QUuid &id, const QString &reason);
    /// A message entered or left the outbox.
    void outboxChanged();
    /// Any other error the server reported.
    void serverError(const palaver::protocol::Error &error);

private:
    /// Plans a round of attempts over the addresses and starts the first.
    void startRound(AddressRotation::Start start);
    /// Tries the round's next address, or backs off when the round is over.
    void tryNextAddress();
    void onLookedUp(const QHostInfo &info);
    void abortLookup();
    void openSocket();
    void backOff();
    void onConnected();
    void onTextMessage(const QString &text);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    /// Why the socket dropped: its close code, else its error. Nothing if `generation` is not
    /// m_socket's any more (dropped meanwhile, another attempt begun).
    void judgeDrop(quint64 generation);
    /// The socket failed with `error` (`problem` says so in words). If the WebSocket never
    /// opened and a wrong scheme could be why, asks the port first (SchemeProbe) and says so
    /// if it is; otherwise, or then, the attempt is lost.
    void attemptFailed(QAbstractSocket::SocketError error, const QString &problem);
    /// Drops the socket and asks its port whether it speaks the other scheme; the attempt
    /// fails when the answer comes, with `problem` unless the scheme was wrong.
    void probeScheme(const QString &problem);
    void handleError(const protocol::Error &error);
    void handleHistory(const protocol::History &history);
    /// Starts the quiet period over: called whenever the server is heard from.
    void heardFromServer();
    void onSslErrors(const QList<QSslError> &errors);
    QString hostPort() const;
    void advancePosition(const QString &room, const QString &epoch, qint64 seq);
    bool sendRequest(const protocol::Message &message);
    void rememberRoom(const protocol::RoomInfo &room);
    void sendHello();
    /// What tells one server from another: its addresses, in any order.
    static QString serverKey(const QList<QUrl> &addresses);
    QString outboxPathFor(const QString &serverKey) const;
    void connectionLost(const QString &problem);
    void setState(State state);
    void flushOutbox();
    void dropSocket();

    Clock &m_clock;
    Backoff m_backoff;
    std::unique_ptr<QWebSocket, void (*)(QWebSocket *)> m_socket;
    bool m_socketOpened = false;    // m_socket completed the WebSocket handshake
    quint64 m_socketGeneration = 0; // counts the sockets opened
    std::unique_ptr<SchemeProbe, void (*)(SchemeProbe *)> m_probe;
    QString m_problemBeforeProbe; // what to say if the probe finds nothing
    std::unique_ptr<Alarm> m_retryAlarm;
    std::unique_ptr<Alarm> m_connectTimeoutAlarm;
    std::chrono::milliseconds m_connectTimeout{15'000};
    std::chrono::milliseconds m_heartbeatQuiet{30'000};
    std::chrono::milliseconds m_heartbeatGrace{15'000};
    State m_state = State::Offline;
    AddressRotation m_rotation;
    QString m_serverKey;
    QUrl m_url;        // the address (as typed) in use or being tried
    QUrl m_connectUrl; // what the socket opened: m_url, or m_url with an IP address for its name
    int m_lookupId = -1;
    quint64 m_attempt = 0;     // counts attempts, so that an old lookup's answer is ignored
    int m_failedThisRound = 0; // attempts of this round that failed
    QString m_nick;
    QString m_room;
    protocol::Welcome m_welcome;
    QString m_lastProblem;
    QString m_fatalProblem; ///< set when retrying can't help (bad nickname, old version)
    qint64 m_retryAtMs = 0;
    Outbox m_outbox;
    QString m_outboxDirectory;
    std::unique_ptr<Alarm> m_resendAlarm; // after the server failed to store a message
    std::unique_ptr<Alarm> m_pingAlarm;   // a liveness check after a wake is under way
    std::unique_ptr<Alarm> m_heartbeat;   // a quiet server is pinged, a silent one dropped

    /// Where this client is in its room's history, so a reconnect can resume from there.
    struct Position
    {
        QString epoch;
        qint64 seq = 0;
    };
    QHash<QString, Position> m_positions; // by room
    // Rooms whose history is owed: after a welcome (all) or `joined` (that one), until its
    // first frame arrives.
    QSet<QString> m_awaitingJoinHistory;
    QHash<QString, int> m_fetchesInFlight; // by room
    struct LastFrame
    {
        HistoryKind kind;
        qint64 lastSeq;
    };
    QHash<QString, LastFrame> m_lastFrame; // by room, until a frame of another type
    QList<protocol::RoomInfo> m_rooms;
    QString m_token;
    QString m_requestedNick; // of a changeNick() not yet answered
    bool m_away = false;
    QHash<QString, qint64> m_typingSentMs; // by room: when "typing" last went out, if active
    QHash<QString, qint64> m_readSent;     // by room: the last read marker sent
    QHash<QString, QString> m_trusted;     // host:port -> SHA-256 fingerprint
    QString m_password;
};

} // namespace palaver::client
