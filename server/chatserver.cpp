#include "chatserver.h"

#include "postgrescluster.h"
#include "session.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QWebSocketCorsAuthenticator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServer, "palaver.server", QtInfoMsg)

namespace palaver::server {

using namespace Qt::StringLiterals;
using protocol::CloseCode;
using protocol::ErrorCode;

namespace {

/// Turns a failed listen into a sentence that says what to do about it.
QString explainListenFailure(const QTcpServer &server, const QHostAddress &address, quint16 port)
{
    const QString where = u"%1 port %2"_s.arg(address.toString()).arg(port);
    switch (server.serverError()) {
    case QAbstractSocket::AddressInUseError:
        return u"port %1 is already in use on %2. Stop the program using it or choose "
               u"another port with --port."_s.arg(port)
                   .arg(address.toString());
    case QAbstractSocket::SocketAccessError:
        return u"not allowed to listen on %1. Ports below 1024 need administrator rights: "
               u"choose a port of 1024 or above with --port."_s.arg(where);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return u"%1 is not an address of this machine. Use one of its addresses with "
               u"--listen, or 0.0.0.0 for all interfaces."_s.arg(address.toString());
    default:
        return u"cannot listen on %1: %2."_s.arg(where, server.errorString());
    }
}

/// The longest topic, in UTF-16 code units.
constexpr int kMaxTopicLength = 500;

/// A topic is one line of at most kMaxTopicLength characters; blank clears the topic.
std::optional<protocol::Violation> checkTopic(const QString &topic)
{
    if (topic.size() > kMaxTopicLength) {
        return protocol::Violation{
            ErrorCode::BadValue,
            u"The topic is %1 characters long; the limit is %2."_s.arg(
                QString::number(topic.size()), QString::number(kMaxTopicLength))};
    }
    for (const QChar c : topic) {
        if (c == u'\n')
            return protocol::Violation{ErrorCode::BadValue, u"A topic is one line."_s};
        if (c.category() == QChar::Other_Control && c != u'\t')
            return protocol::Violation{ErrorCode::BadValue,
                                       u"The topic contains a control character (U+%1)."_s.arg(
                                           c.unicode(), 4, 16, QLatin1Char('0'))};
    }
    return std::nullopt;
}

} // namespace

ChatServer::ChatServer(Store &store, ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_admission(m_options.admission)
    , m_history(store, m_options.historyOnJoin)
    , m_rooms(store, m_history, m_options.limits, m_options.crowdedRoom, m_options.membersReuse)
    , m_gate(m_options.tls, m_options.handshakeTimeout)
    , m_socketServer(u"palaver-server"_s, QWebSocketServer::NonSecureMode)
{
    m_gate.setAllowedOrigins(m_options.allowedOrigins);
    // Joins, leaves and nickname changes are stored like messages, in the same commits.
    if (m_options.recordMembership) {
        m_rooms.setEventRecorder([this](const QString &room, const QString &nick,
                                        protocol::MessageKind kind, const QString &text) {
            m_pending.push_back(
                PendingSend{nullptr, NewMessage{QUuid::createUuid(), room, nick, text,
                                                QDateTime::currentDateTimeUtc(), kind}});
            if (!m_commitTimer.isActive())
                m_commitTimer.start();
        });
    }
    // A reconnect storm after a restart brings every client back at once: queue them.
    m_gate.server().setListenBacklogSize(1024);
    m_gate.server().setMaxPendingConnections(1024);
    m_socketServer.setMaxPendingConnections(1024);
    // Only for connections QWebSocketServer accepts itself, which are none: the gate gives
    // every connection this long for its request (ConnectionGate::watchRequest).
    m_socketServer.setHandshakeTimeout(m_options.handshakeTimeout);
    connect(&m_socketServer, &QWebSocketServer::originAuthenticationRequired, this,
            [this](QWebSocketCorsAuthenticator *authenticator) {
                // Browsers always say which page opened the socket; desktop clients say
                // nothing. A page from elsewhere must not ride on a user's LAN access.
                // The gate has logged a refusal, with the peer's address.
                const QString origin = authenticator->origin();
                authenticator->setAllowed(origin.isEmpty() ||
                                          m_options.allowedOrigins.contains(origin));
            });
    // Every second at most: it also bounds how much a peer that reads nothing can pile up.
    m_heartbeatTimer.setInterval(std::min<std::chrono::milliseconds>(
        std::chrono::seconds(1), m_options.heartbeatInterval / 2));
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ChatServer::checkHeartbeats);
    m_heartbeatTimer.start();
    // Sends that arrive in one turn of the event loop are committed together: one fsync for
    // the lot. Under load more arrive per turn, so the batches grow exactly when it pays.
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(0);
    connect(&m_commitTimer, &QTimer::timeout, this, &ChatServer::commitPending);
    m_trimTimer.setInterval(m_options.trimInterval);
    connect(&m_trimTimer, &QTimer::timeout, this, &ChatServer::applyRetention);
    if (m_options.retention.maxDays > 0 || m_options.retention.maxPerRoom > 0) {
        applyRetention();
        m_trimTimer.start();
    }
    // Our own gate accepts, so each socket can get TCP_NODELAY before the WebSocket
    // handshake: without it an ack and the broadcast right behind it wait for the peer's
    // delayed ACK (Nagle), some 40 ms on Linux. The caps apply from the first byte: a crowd
    // of silent TLS handshakes counts too.
    connect(&m_gate, &ConnectionGate::accepted, this, [this](QTcpSocket *socket) {
        if (!admitSocket(socket))
            socket->abort();
    });
    connect(&m_gate, &ConnectionGate::ready, this,
            [this](QTcpSocket *socket) { m_socketServer.handleConnection(socket); });
    connect(&m_socketServer, &QWebSocketServer::newConnection, this, &ChatServer::onNewConnection);
    connect(&m_socketServer, &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError error) {
                qCWarning(lcServer) << "could not accept a connection:" << error;
            });
    // It does not say whose handshake it refused; the gate has logged that, in words.
    connect(&m_socketServer, &QWebSocketServer::serverError, this,
            [this](QWebSocketProtocol::CloseCode code) {
                qCDebug(lcServer, "WebSocket handshake refused (%d): %s", int(code),
                        qUtf8Printable(m_socketServer.errorString()));
            });
    m_shutdownTimer.setSingleShot(true);
    connect(&m_shutdownTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcServer, "%d client(s) did not answer the close in time; stopping anyway",
                  sessionCount());
        emit shutdownFinished();
    });
}

ChatServer::~ChatServer()
{
    m_sessions.clear(); // while m_admission, which they report to, is still there
}

namespace {

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

/// Connections over a cap that are kept only to be told why. Each holds a file descriptor
/// until its handshake ends (10 s for a silent one), so few may: a crowd from one address must
/// not use up the process's descriptors (1024 by default) and lock everybody else out.
constexpr qsizetype kMaxTurnAway = 64;

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

} // namespace

std::vector<Session *> ChatServer::sessionSnapshot() const
{
    // Closing or aborting can disconnect at once, and onDisconnected() then erases from
    // m_sessions: callers walk this copy. Erased sessions are deleted later, so it stays valid.
    std::vector<Session *> sessions;
    sessions.reserve(m_sessions.size());
    for (const auto &session : m_sessions)
        sessions.push_back(session.get());
    return sessions;
}

void ChatServer::sweepConnections()
{
    // QPointer, not the destroyed() signal: Qt's WebSocket code disconnects the signals of the
    // sockets it takes over, ours included.
    const auto gone = std::remove_if(m_counted.begin(), m_counted.end(), [this](const Counted &c) {
        if (c.socket)
            return false;
        m_admission.disconnected(c.address);
        return true;
    });
    m_counted.erase(gone, m_counted.end());
    m_turnAway.removeIf([](const auto &entry) { return entry.value().isNull(); });
}

int ChatServer::connectionCount()
{
    sweepConnections();
    return m_admission.connections();
}

bool ChatServer::admitSocket(QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QHostAddress address = socket->peerAddress();
    sweepConnections();
    if (m_admission.admit(address) == Admission::Verdict::Accept) {
        m_admission.connected(address);
        m_counted.push_back(Counted{socket, address});
        return true;
    }
    if (m_turnAway.size() >= kMaxTurnAway) {
        socket->abort(); // a flood: no time for explanations
        return false;
    }
    // Over a cap: finish the handshake only to say why, then close.
    m_turnAway.insert(peerKey(address, socket->peerPort()), socket);
    return true;
}

void ChatServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_gate.setTlsConfiguration(configuration);
}

bool ChatServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_gate.listen(address, port))
        return true;
    m_errorString = explainListenFailure(m_gate.server(), address, port);
    return false;
}

void ChatServer::onNewConnection()
{
    while (QWebSocket *socket = m_socketServer.nextPendingConnection()) {
        auto owned = std::make_unique<Session>(socket);
        Session &session = *owned;
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.limits.maxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.limits.maxMessageBytes));
        if (m_shuttingDown) {
            session.close(CloseCode::GoingAway, u"The server is shutting down."_s);
            socket->setParent(nullptr);
            socket->deleteLater();
            continue;
        }
        const qint64 now = nowMs();
        session.setBudget(
            Session::Budget{TokenBucket(m_options.frameBurst, m_options.framesPerSecond, now),
                            TokenBucket(m_options.abuseTolerance, 2.0, now),
                            TokenBucket(5, 5.0 / 60, now), TokenBucket(1, 1, now)});
        session.heard(now);
        m_sessions.push_back(std::move(owned));
        emit sessionCountChanged(sessionCount());
        connect(socket, &QWebSocket::disconnected, &session,
                [this, &session] { onDisconnected(session); });

        if (m_turnAway.remove(peerKey(socket->peerAddress(), socket->peerPort()))) {
            const bool full = m_admission.admit(QHostAddress()) == Admission::Verdict::ServerFull;
            if (mayLog(session)) {
                qCWarning(lcServer, "client %s turned away: %s", qUtf8Printable(session.peer()),
                          qUtf8Printable(
                              full
                                  ? u"the server is full (%1 connections, --max-connections)"_s.arg(
                                        m_options.admission.maxConnections)
                                  : u"too many connections from its address (%1, "
                                    u"--max-connections-per-address)"_s.arg(
                                        m_options.admission.maxConnectionsPerAddress)));
            }
            session.send(
                protocol::Error{full ? ErrorCode::ServerFull : ErrorCode::TooManyConnections,
                                full ? u"The server is full; try again later."_s
                                     : u"Too many connections from your address."_s,
                                std::nullopt,
                                {}});
            session.close(full ? CloseCode::ServerFull : CloseCode::PolicyViolation,
                          full ? u"Server full"_s : u"Too many connections from your address"_s);
            continue;
        }
        qCInfo(lcServer, "connection from %s", qUtf8Printable(session.peer()));
        connect(socket, &QWebSocket::pong, &session, [&session] { session.heard(nowMs()); });

        connect(socket, &QWebSocket::textMessageReceived, &session,
                [this, &session](const QString &text) { onTextMessage(session, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, &session, [this, &session] {
            session.heard(nowMs());
            if (refuseFrame(session, ErrorCode::WrongType,
                            u"Palaver speaks JSON in text frames; a binary frame was ignored."_s))
                return;
            // Like any other first message that is not a hello.
            if (session.state() == Session::State::AwaitingHello)
                session.close(CloseCode::ProtocolError, u"Expected a hello"_s);
        });

        auto *handshake = new QTimer(&session);
        handshake->setSingleShot(true);
        connect(handshake, &QTimer::timeout, &session, [&session] {
            if (session.state() != Session::State::AwaitingHello)
                return;
            qCWarning(lcServer, "%s sent no hello in time; closing",
                      qUtf8Printable(session.peer()));
            session.send(protocol::Error{
                ErrorCode::HelloRequired, u"No hello arrived in time."_s, std::nullopt, {}});
            session.close(CloseCode::HandshakeTimeout, u"No hello in time"_s);
        });
        handshake->start(m_options.handshakeTimeout);
    }
}

bool ChatServer::mayLog(Session &session)
{
    // Before its hello is accepted, a connection is one of many from its address (a client
    // retrying with a wrong password, say): the address's budget counts.
    if (!session.hasJoined())
        return m_gate.mayLog(session.socket().peerAddress());
    return session.budget().logLines.take(nowMs());
}

bool ChatServer::refuseFrame(Session &session, ErrorCode code, const QString &message)
{
    const qint64 now = nowMs();
    if (!session.budget().abuse.take(now)) {
        qCWarning(lcServer, "%s keeps sending what it may not; closing (1008)",
                  qUtf8Printable(session.peer()));
        session.close(CloseCode::PolicyViolation, u"Too many refused messages"_s);
        return true;
    }
    // Rate errors are themselves rate-limited: a flood must not make us flood back.
    if (code != ErrorCode::RateLimited || session.budget().rateErrors.take(now))
        reject(session, code, message);
    return false;
}

void ChatServer::checkHeartbeats()
{
    sweepConnections();
    const qint64 now = nowMs();
    for (Session *session : sessionSnapshot()) {
        if (session->stuckBehind(m_options.maxSendBacklog)) {
            qCWarning(lcServer, "%s reads nothing of the %lld bytes waiting for it; dropping it",
                      qUtf8Printable(session->peer()),
                      static_cast<long long>(session->socket().bytesToWrite()));
            session->socket().abort();
            continue;
        }
        const qint64 quiet = now - session->lastHeardMs();
        if (quiet > m_options.heartbeatTimeout.count()) {
            qCInfo(lcServer, "%s did not answer for %lld s; dropping it",
                   qUtf8Printable(session->peer()), static_cast<long long>(quiet / 1000));
            session->socket().abort();
        } else if (quiet > m_options.heartbeatInterval.count()) {
            session->socket().ping();
        }
    }
}

void ChatServer::onTextMessage(Session &session, const QString &text)
{
    if (session.state() == Session::State::Closing || session.state() == Session::State::Refused)
        return;
    const qint64 now = nowMs();
    session.heard(now);
    if (!session.budget().frames.take(now)) {
        refuseFrame(
            session, ErrorCode::RateLimited,
            u"Too many messages: at most %1 a second. Slow down."_s.arg(m_options.framesPerSecond));
        return;
    }
    const protocol::DecodeResult result = protocol::decode(text, m_options.limits);
    if (!result.ok()) {
        const protocol::DecodeError &error = result.error();
        if (refuseFrame(session, error.code, error.message))
            return;
        if (session.state() == Session::State::AwaitingHello)
            session.close(CloseCode::ProtocolError, u"Expected a hello"_s);
        return;
    }

    const protocol::Message &message = result.message();
    if (session.state() == Session::State::AwaitingHello) {
        if (const auto *hello = std::get_if<protocol::Hello>(&message)) {
            handleHello(session, *hello);
        } else {
            reject(session, ErrorCode::HelloRequired,
                   u"The first message must be a hello; see docs/protocol.md."_s);
            session.close(CloseCode::ProtocolError, u"Expected a hello"_s);
        }
        return;
    }
    if (!dispatch(session, message)) {
        reject(session, ErrorCode::UnexpectedMessage,
               u"A client may not send \"%1\" messages here."_s.arg(protocol::typeName(message)));
    }
}

bool ChatServer::dispatch(Session &session, const protocol::Message &message)
{
    std::optional<protocol::Error> refusal;
    if (const auto *send = std::get_if<protocol::Send>(&message))
        handleSend(session, *send);
    else if (const auto *fetch = std::get_if<protocol::Fetch>(&message))
        handleFetch(session, *fetch);
    else if (const auto *join = std::get_if<protocol::Join>(&message))
        refusal = m_rooms.join(session, *join);
    else if (const auto *leave = std::get_if<protocol::Leave>(&message))
        refusal = m_rooms.leave(session, *leave);
    else if (const auto *nick = std::get_if<protocol::NickChange>(&message))
        refusal = m_rooms.rename(session, *nick);
    else if (const auto *status = std::get_if<protocol::SetStatus>(&message))
        refusal = m_rooms.setStatus(session, *status);
    else if (const auto *typing = std::get_if<protocol::Typing>(&message))
        refusal = m_rooms.typing(session, *typing);
    else if (const auto *read = std::get_if<protocol::Read>(&message))
        refusal = m_rooms.read(session, *read);
    else if (const auto *search = std::get_if<protocol::Search>(&message))
        refusal = m_rooms.search(session, *search);
    else if (std::holds_alternative<protocol::ListRooms>(message))
        refusal = m_rooms.list(session);
    else if (const auto *members = std::get_if<protocol::Members>(&message))
        refusal = m_rooms.members(session, *members);
    else
        return false;
    if (refusal)
        reject(session, *refusal);
    return true;
}

void ChatServer::handleHello(Session &session, const protocol::Hello &hello)
{
    if (hello.protocol != protocol::kProtocolVersion) {
        reject(session, ErrorCode::UnsupportedProtocol,
               u"This server speaks protocol version %1, the client version %2. Update the "
               u"older of the two."_s.arg(protocol::kProtocolVersion)
                   .arg(hello.protocol));
        session.close(CloseCode::UnsupportedProtocol, u"Unsupported protocol version"_s);
        return;
    }
    const QString nick = protocol::normalizedNick(hello.nick);
    auto violation = protocol::checkNick(nick, m_options.limits);
    if (!violation)
        violation = protocol::checkNotReserved(nick);
    if (violation) {
        reject(session, violation->code, violation->message);
        session.close(CloseCode::ProtocolError, u"Invalid nickname"_s);
        return;
    }
    if (m_admission.passwordRequired()) {
        const QHostAddress address = session.socket().peerAddress();
        if (!m_admission.passwordMatches(hello.password)) {
            // Each wrong guess from an address makes the next answer to it wait longer.
            const qint64 now = nowMs();
            const auto wait = m_admission.penalty(address, now);
            m_admission.recordFailure(address, now);
            session.refuse();
            if (mayLog(session)) {
                qCWarning(lcServer, "client %s gave %s; answering in %lld ms",
                          qUtf8Printable(session.peer()),
                          hello.password.isEmpty() ? "no password" : "a wrong password",
                          static_cast<long long>(wait.count()));
            }
            QTimer::singleShot(wait, &session, [&session, missing = hello.password.isEmpty()] {
                session.send(protocol::Error{ErrorCode::WrongPassword,
                                             missing ? u"This server needs a password."_s
                                                     : u"Wrong password."_s,
                                             std::nullopt,
                                             {}});
                session.close(CloseCode::AuthenticationFailed, u"Password required"_s);
            });
            return;
        }
        m_admission.recordSuccess(address);
    }
    finishHello(session, hello);
}

void ChatServer::refuseTakenNick(Session &session, const QString &nick)
{
    reject(session,
           protocol::Error{ErrorCode::NickTaken,
                           u"Somebody else is using the nickname \"%1\" right now."_s.arg(nick),
                           std::nullopt, m_rooms.suggestNick(nick)});
    session.close(CloseCode::ProtocolError, u"Nickname taken"_s);
}

void ChatServer::finishHello(Session &session, const protocol::Hello &hello)
{
    const QString nick = protocol::normalizedNick(hello.nick);
    if (!m_store.isAvailable()) {
        // Let in, it would get no rooms and no history: better to try again in a moment (or
        // at another instance, which may reach the database).
        qCCritical(lcServer, "turned %s away: the database is out of reach: %s",
                   qUtf8Printable(session.peer()), qUtf8Printable(m_store.errorString()));
        reject(session, ErrorCode::StorageFailed,
               u"The server cannot reach its database right now; try again in a moment."_s);
        session.close(CloseCode::InternalError, u"Database unavailable"_s);
        return;
    }
    if (Session *existing = m_rooms.online(protocol::nickKey(nick))) {
        // The same client back before we noticed its old connection died: it shows the token
        // of that connection's hello. Anybody else must choose another nickname.
        const bool sameClient = !hello.token.isEmpty() && hello.token == existing->token();
        const bool going = existing->state() == Session::State::Closing;
        if (!sameClient && !going) {
            return refuseTakenNick(session, nick);
        }
        qCInfo(lcServer, "%s takes over \"%s\" from %s", qUtf8Printable(session.peer()),
               qUtf8Printable(nick), qUtf8Printable(existing->peer()));
        m_rooms.replace(*existing);
        existing->close(CloseCode::Replaced, u"Replaced by a new connection"_s);
    } else if (m_cluster) {
        // The same rule across instances: a client back through another one (its instance
        // died, or the balancer sent it elsewhere) takes its nickname over.
        switch (m_cluster->holderElsewhere(protocol::nickKey(nick), hello.token)) {
        case Peers::Holder::Nobody:
            break;
        case Peers::Holder::SameClient:
            qCInfo(lcServer, "%s takes over \"%s\" from another instance",
                   qUtf8Printable(session.peer()), qUtf8Printable(nick));
            m_cluster->takeOver(protocol::nickKey(nick));
            break;
        case Peers::Holder::SomebodyElse:
            return refuseTakenNick(session, nick);
        }
        // Taken for good only now, in one statement: another instance may be letting in the
        // same nickname at this very moment.
        if (!m_cluster->claim(protocol::nickKey(nick), nick, hello.token))
            return refuseTakenNick(session, nick);
    }
    session.join(nick, hello.token);
    ++m_statistics.connectionsAccepted;
    qCInfo(lcServer, "%s joined as \"%s\" (%s)", qUtf8Printable(session.peer()),
           qUtf8Printable(nick),
           qUtf8Printable(hello.client.isEmpty() ? u"unknown client"_s : hello.client));

    protocol::Welcome welcome;
    welcome.server = u"palaver-server/" PALAVER_VERSION ""_s;
    welcome.name = m_options.name;
    welcome.nick = nick;
    welcome.epoch = m_store.epoch();
    welcome.limits = m_options.limits;
    m_rooms.enter(session, hello, welcome);
}

void ChatServer::handleSend(Session &session, const protocol::Send &send)
{
    const QString room = session.roomNamed(send.room);
    if (room.isEmpty()) {
        reject(session, ErrorCode::UnknownRoom,
               u"You are not in a room called \"%1\"."_s.arg(send.room), send.id);
        return;
    }
    const QString text = protocol::normalizedText(send.text);
    const auto violation = send.kind == protocol::MessageKind::Topic
                               ? checkTopic(text)
                               : protocol::checkText(text, m_options.limits);
    if (violation) {
        reject(session, violation->code, violation->message, send.id);
        return;
    }
    if (const auto refusal = m_rooms.prepareSend(session, room, send.id)) {
        reject(session, *refusal);
        return;
    }
    m_pending.push_back(
        PendingSend{&session, NewMessage{send.id, room, session.nick(), text,
                                         QDateTime::currentDateTimeUtc(), send.kind}});
    // Not restarted by every arrival, or a steady stream would postpone the commit forever.
    if (!m_commitTimer.isActive())
        m_commitTimer.start();
}

void ChatServer::commitPending()
{
    if (m_pending.empty())
        return;
    std::vector<PendingSend> pending;
    const size_t take = std::min(m_pending.size(), size_t(std::max(1, m_options.maxBatch)));
    if (take == m_pending.size()) {
        pending.swap(m_pending);
    } else {
        // A bounded batch keeps one commit from holding up the loop; the rest follow at once.
        pending.assign(std::make_move_iterator(m_pending.begin()),
                       std::make_move_iterator(m_pending.begin() + qsizetype(take)));
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(take));
        m_commitTimer.start();
    }
    std::vector<NewMessage> batch;
    batch.reserve(pending.size());
    for (const PendingSend &p : pending)
        batch.push_back(p.message);

    // Nothing is acknowledged or shown to anyone before it is durably stored.
    QElapsedTimer commitTime;
    commitTime.start();
    const auto results = m_store.append(batch);
    const double seconds = double(commitTime.nsecsElapsed()) / 1e9;
    ++m_statistics.commits;
    m_statistics.commitSeconds += seconds;
    m_statistics.slowestCommitSeconds = std::max(m_statistics.slowestCommitSeconds, seconds);
    qCDebug(lcServer, "committed a batch of %d message(s)", int(batch.size()));
    if (!results) {
        qCCritical(lcServer, "could not store %d message(s): %s", int(batch.size()),
                   qUtf8Printable(m_store.errorString()));
        for (const PendingSend &p : pending) {
            if (p.session)
                p.session->send(protocol::Error{
                    ErrorCode::StorageFailed,
                    u"The server could not store the message; send it again later."_s,
                    p.message.id,
                    {}});
        }
        return;
    }
    for (size_t i = 0; i < pending.size(); ++i) {
        const AppendResult &result = (*results)[i];
        const protocol::ChatMessage &stored = result.message;
        if (Session *sender = pending[i].session)
            sender->send(protocol::Ack{stored.id, stored.room, stored.seq, stored.time});
        // A repeated id was delivered when it was first stored; whoever missed it then gets it
        // from the history when they resume.
        if (!result.duplicate) {
            if (!protocol::isEventKind(stored.kind)) // what people said, not who came
                ++m_statistics.messagesStored;
            deliver(stored);
        }
    }
}

void ChatServer::joinCluster(PostgresCluster &cluster)
{
    m_cluster = &cluster;
    m_rooms.setPeers(&cluster);
    // Where delivery starts: the rooms as they are now. Whoever joins later gets the history.
    m_delivered = m_store.lastSeqs();
    connect(&cluster, &PostgresCluster::messagesStored, this, &ChatServer::catchUp);
    connect(&cluster, &PostgresCluster::checkAll, this, &ChatServer::catchUpAll);
    connect(&cluster, &PostgresCluster::reclaim, this, [this] {
        // Back after being cut off: who left meanwhile is forgotten, who is here is recorded
        // again (unless somebody else took the nickname at another instance meanwhile), and
        // shown online to those who were told it had gone.
        std::vector<Session *> here;
        QStringList keys;
        for (Session *session : sessionSnapshot()) {
            if (session->hasJoined() && m_rooms.online(session->nickKey()) == session) {
                here.push_back(session);
                keys.append(session->nickKey());
            }
        }
        m_cluster->forget(keys);
        for (Session *session : here) {
            if (!m_cluster->claim(session->nickKey(), session->nick(), session->token())) {
                qCWarning(lcServer,
                          "%s lost \"%s\" to a client of another instance while this "
                          "one was cut off",
                          qUtf8Printable(session->peer()), qUtf8Printable(session->nick()));
                m_rooms.replace(*session);
                refuseTakenNick(*session, session->nick());
                continue;
            }
            m_cluster->online(session->nickKey(), session->nick(), session->status(),
                              session->token());
            m_rooms.reannounce(*session);
        }
    });
    connect(&cluster, &PostgresCluster::roomFrame, this,
            [this](const QString &room, const QString &encoded) {
                m_rooms.fromPeerToRoom(room, encoded);
            });
    connect(&cluster, &PostgresCluster::sharingFrame, this,
            [this](const QString &subjectKey, const QString &encoded) {
                m_rooms.fromPeerToSharing(subjectKey, encoded);
            });
    connect(&cluster, &PostgresCluster::roomMembersChanged, this,
            [this](const QString &room) { m_rooms.membersChangedElsewhere(room); });
    connect(&cluster, &PostgresCluster::addedToRoom, this,
            [this](const QString &room, const QString &nickKey) {
                m_rooms.addedElsewhere(room, nickKey);
            });
    connect(&cluster, &PostgresCluster::goneWithInstance, this,
            [this](const QString &nickKey, const QString &nick) {
                m_rooms.goneElsewhere(nickKey, nick);
            });
    connect(&cluster, &PostgresCluster::replacedElsewhere, this, [this](const QString &nickKey) {
        Session *session = m_rooms.online(nickKey);
        if (!session)
            return;
        qCInfo(lcServer, "%s (\"%s\") reconnected to another instance",
               qUtf8Printable(session->peer()), qUtf8Printable(session->nick()));
        m_rooms.replace(*session);
        session->close(CloseCode::Replaced, u"Replaced by a new connection"_s);
    });
}

void ChatServer::deliver(const protocol::ChatMessage &message)
{
    if (!m_cluster) {
        m_rooms.broadcast(message);
        return;
    }
    const qint64 done = m_delivered.value(message.room);
    if (message.seq <= done)
        return; // caught up already, from the table
    if (message.seq == done + 1) {
        m_delivered.insert(message.room, message.seq);
        m_rooms.broadcast(message);
        return;
    }
    catchUp(message.room, message.seq); // others stored in between: theirs come first
}

void ChatServer::catchUp(const QString &room, qint64 seq)
{
    qint64 done = m_delivered.value(room);
    if (seq <= done)
        return;
    if (!m_rooms.hasLocalMembers(room)) {
        // Nobody here to tell; whoever joins gets the history.
        m_delivered.insert(room, seq);
        return;
    }
    constexpr int kPage = 500;
    while (done < seq) {
        const auto missed = m_store.after(room, done, kPage);
        if (missed.empty()) {
            // Trimmed away meanwhile (then skip it), or the database failed (then the next
            // check or notification tries again from here).
            const RoomRange stored = m_store.range(room);
            if (stored.last >= seq && (stored.first == 0 || stored.first > seq))
                done = seq;
            break;
        }
        for (const protocol::ChatMessage &message : missed) {
            done = message.seq;
            m_delivered.insert(room, done);
            m_rooms.broadcast(message);
        }
    }
    m_delivered.insert(room, done);
}

void ChatServer::catchUpAll()
{
    const QHash<QString, qint64> last = m_store.lastSeqs();
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (it.value() > m_delivered.value(it.key()))
            catchUp(it.key(), it.value());
    }
}

void ChatServer::handleFetch(Session &session, const protocol::Fetch &fetch)
{
    const QString room = session.roomNamed(fetch.room);
    if (room.isEmpty()) {
        reject(session, ErrorCode::UnknownRoom,
               u"You are not in a room called \"%1\"."_s.arg(fetch.room));
        return;
    }
    for (const protocol::History &frame : m_history.older(room, fetch.before, fetch.limit))
        session.send(frame);
}

void ChatServer::applyRetention()
{
    const qint64 removed = m_store.trim(m_options.retention, QDateTime::currentDateTimeUtc());
    if (removed > 0)
        qCInfo(lcServer, "retention: removed %lld old message(s)", static_cast<long long>(removed));
}

void ChatServer::reject(Session &session, ErrorCode code, const QString &message,
                        std::optional<QUuid> id)
{
    reject(session, protocol::Error{code, message, id, {}});
}

void ChatServer::reject(Session &session, const protocol::Error &error)
{
    if (mayLog(session)) {
        qCWarning(lcServer, "client %s: %s: %s", qUtf8Printable(session.peer()),
                  qUtf8Printable(protocol::errorCodeName(error.code)),
                  qUtf8Printable(error.message));
    }
    session.send(error);
}

void ChatServer::onDisconnected(Session &session)
{
    const QWebSocket &socket = session.socket();
    qCInfo(lcServer, "%s disconnected (code %d%s%s)", qUtf8Printable(session.peer()),
           int(socket.closeCode()), socket.closeReason().isEmpty() ? "" : ": ",
           qUtf8Printable(socket.closeReason()));

    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [&session](const auto &s) { return s.get() == &session; });
    if (it == m_sessions.end())
        return;
    std::unique_ptr<Session> gone = std::move(*it);
    m_sessions.erase(it);
    // Still inside the socket's signal: delete once it has returned.
    gone.release()->deleteLater();

    // Everybody goes at once when the server shuts down: nobody is told of the others.
    m_rooms.disconnected(session, !m_shuttingDown);
    emit sessionCountChanged(sessionCount());
    finishShutdownIfDone();
}

QList<ChatServer::Connected> ChatServer::connected() const
{
    QList<Connected> all;
    for (const auto &session : m_sessions) {
        if (!session->hasJoined() || session->state() == Session::State::Refused)
            continue;
        QStringList rooms = session->roomNames();
        rooms.sort(Qt::CaseInsensitive);
        all.append(Connected{session->nick(), session->peer(), session->status(), rooms,
                             session->joinedAt()});
    }
    std::sort(all.begin(), all.end(), [](const Connected &a, const Connected &b) {
        return a.nick.compare(b.nick, Qt::CaseInsensitive) < 0;
    });
    return all;
}

int ChatServer::kick(const QString &nick, const QString &reason)
{
    const QString key = protocol::nickKey(protocol::normalizedNick(nick));
    // Found first, closed after: a close may end a session, and so change m_sessions, at once.
    QList<QPointer<Session>> targets;
    for (const auto &session : m_sessions) {
        if (session->hasJoined() && session->nickKey() == key &&
            session->state() != Session::State::Refused)
            targets.append(session.get());
    }
    for (const QPointer<Session> &session : std::as_const(targets)) {
        if (!session)
            continue;
        qCInfo(lcServer, "%s (\"%s\") kicked by the administrator%s%s",
               qUtf8Printable(session->peer()), qUtf8Printable(session->nick()),
               reason.isEmpty() ? "" : ": ", qUtf8Printable(reason));
        session->refuse();
        session->close(CloseCode::Kicked, reason.left(120)); // a close reason has 123 bytes
    }
    return int(targets.size());
}

std::optional<QString> ChatServer::say(const QString &room, const QString &text)
{
    if (m_shuttingDown)
        return u"The server is shutting down."_s;
    const auto record = m_store.room(room.startsWith(u'#') ? room.mid(1) : room);
    if (!record)
        return u"There is no room called \"%1\"."_s.arg(room);
    const QString normalized = protocol::normalizedText(text);
    if (const auto violation = protocol::checkText(normalized, m_options.limits))
        return violation->message;
    m_pending.push_back(PendingSend{nullptr, NewMessage{QUuid::createUuid(), record->name,
                                                        QString::fromUtf16(protocol::kServerNick),
                                                        normalized, QDateTime::currentDateTimeUtc(),
                                                        protocol::MessageKind::Text}});
    if (!m_commitTimer.isActive())
        m_commitTimer.start();
    return std::nullopt;
}

QStringList ChatServer::reload(const ServerOptions &options)
{
    QStringList changed;
    const auto take = [&changed](auto &field, const auto &value, const char *name) {
        if (field != value) {
            field = value;
            changed.append(QString::fromLatin1(name));
        }
    };
    take(m_options.name, options.name, "name");
    take(m_options.historyOnJoin, options.historyOnJoin, "history-on-join");
    m_history.setRecentCount(m_options.historyOnJoin);
    take(m_options.maxBatch, options.maxBatch, "max-batch");
    take(m_options.retention.maxDays, options.retention.maxDays, "history-days");
    take(m_options.retention.maxPerRoom, options.retention.maxPerRoom, "history-max");
    take(m_options.framesPerSecond, options.framesPerSecond, "rate");
    m_options.frameBurst = options.frameBurst;
    take(m_options.allowedOrigins, options.allowedOrigins, "allow-origin");
    m_gate.setAllowedOrigins(m_options.allowedOrigins);
    take(m_options.admission.maxConnections, options.admission.maxConnections, "max-connections");
    take(m_options.admission.maxConnectionsPerAddress, options.admission.maxConnectionsPerAddress,
         "max-connections-per-address");
    take(m_options.admission.password, options.admission.password, "password");
    m_admission.setOptions(m_options.admission);
    if (m_options.retention.maxDays > 0 || m_options.retention.maxPerRoom > 0) {
        if (changed.contains(u"history-days"_s) || changed.contains(u"history-max"_s))
            applyRetention();
        m_trimTimer.start();
    } else {
        m_trimTimer.stop();
    }
    return changed;
}

void ChatServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_gate.server().close();
    commitPending(); // what was received is stored and acknowledged before goodbye
    qCInfo(lcServer, "shutting down: closing %d connection(s)", sessionCount());
    for (Session *session : sessionSnapshot())
        session->close(CloseCode::GoingAway, u"The server is shutting down."_s);
    m_shutdownTimer.start(m_options.shutdownGrace);
    finishShutdownIfDone();
}

void ChatServer::finishShutdownIfDone()
{
    if (m_shuttingDown && m_sessions.empty() && m_shutdownTimer.isActive()) {
        m_shutdownTimer.stop();
        // Queued, so a caller of shutdown() can connect first even when nobody was connected.
        QMetaObject::invokeMethod(this, &ChatServer::shutdownFinished, Qt::QueuedConnection);
    }
}

} // namespace palaver::server
