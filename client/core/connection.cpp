#include "connection.h"

#include "connectionerrors.h"
#include "serveraddress.h"
#include "shared/validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QSslCertificate>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcConnection, "palaver.client.connection", QtInfoMsg)

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

/// Deletes a socket from the event loop, because it may be in the middle of emitting a signal.
void deleteSocketLater(QWebSocket *socket)
{
    if (socket) {
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
    }
}

void deleteProbeLater(SchemeProbe *probe)
{
    if (probe) {
        probe->disconnect();
        probe->deleteLater();
    }
}

bool isFatal(protocol::ErrorCode code)
{
    return code == protocol::ErrorCode::InvalidNick ||
           code == protocol::ErrorCode::UnsupportedProtocol;
}

} // namespace

Connection::Connection(Clock &clock, Backoff backoff, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_backoff(std::move(backoff))
    , m_socket(nullptr, &deleteSocketLater)
    , m_probe(nullptr, &deleteProbeLater)
    , m_room(QString::fromUtf16(protocol::kDefaultRoom))
{
    // A network that comes back (Wi-Fi rejoined, cable plugged in, wake from sleep) is the
    // best moment to retry: don't make the user sit out the backoff.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability != QNetworkInformation::Reachability::Disconnected) {
                        qCInfo(lcConnection, "the network changed");
                        checkAfterWake();
                    }
                });
    }
}

Connection::~Connection() = default;

void Connection::open(const QList<QUrl> &addresses, const QString &nick)
{
    if (addresses.isEmpty()) {
        qCWarning(lcConnection, "no address to connect to");
        return;
    }
    m_nick = nick; // the restored outbox's lines are shown as this nickname's
    const QString key = serverKey(addresses);
    if (key != m_serverKey || m_outbox.file().isEmpty() != m_outboxDirectory.isEmpty()) {
        // Another server has another outbox and another history.
        if (!m_outbox.setFile(outboxPathFor(key)))
            qCWarning(lcConnection, "cannot read the outbox %s: %s",
                      qUtf8Printable(m_outbox.file()), qUtf8Printable(m_outbox.errorString()));
        m_positions.clear();
        m_rooms.clear();
        m_readSent.clear();
        emit serverChanged();
        if (!m_outbox.isEmpty()) {
            emit outboxRestored(m_outbox.pending());
            emit outboxChanged();
        }
    }
    m_serverKey = key;
    m_rotation.setAddresses(addresses);
    m_url = addresses.constFirst();
    m_nick = nick;
    m_fatalProblem.clear();
    m_lastProblem.clear();
    m_backoff.reset();
    startRound(AddressRotation::Start::First);
}

void Connection::close()
{
    m_retryAlarm.reset();
    m_heartbeat.reset();
    m_connectTimeoutAlarm.reset();
    abortLookup();
    m_probe.reset();
    if (m_socket) {
        QWebSocket *socket = m_socket.get();
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeNormal, u"Bye"_s);
        m_socket.reset(); // the close frame is queued before the socket is let go
    }
    m_lastProblem = tr("You disconnected.");
    setState(State::Offline);
}

void Connection::reconnectNow()
{
    if (addresses().isEmpty() || m_state == State::Connected || m_state == State::Connecting)
        return;
    m_fatalProblem.clear();
    // Stopped (the server refused something the user has now put right, or the user
    // disconnected): the same address again first. Waiting: the round that was due.
    startRound(m_state == State::Offline ? AddressRotation::Start::Current
                                         : AddressRotation::Start::AfterLast);
}

const OutgoingMessage &Connection::send(const QString &room, const QString &text,
                                        protocol::MessageKind kind)
{
    const OutgoingMessage &message = m_outbox.add(room, text, kind);
    if (m_state == State::Connected)
        m_socket->sendTextMessage(protocol::encodeText(
            protocol::Send{message.id, message.room, message.text, message.kind}));
    emit outboxChanged();
    return message;
}

bool Connection::sendRequest(const protocol::Message &message)
{
    if (m_state != State::Connected)
        return false;
    m_socket->sendTextMessage(protocol::encodeText(message));
    return true;
}

bool Connection::join(const QString &room)
{
    return sendRequest(protocol::Join{room});
}

bool Connection::leave(const QString &room)
{
    return sendRequest(protocol::Leave{room});
}

bool Connection::changeNick(const QString &nick)
{
    if (!sendRequest(protocol::NickChange{nick}))
        return false;
    m_requestedNick = nick;
    return true;
}

bool Connection::setAway(bool away)
{
    m_away = away;
    return sendRequest(
        protocol::SetStatus{away ? protocol::Status::Away : protocol::Status::Online});
}

void Connection::setTyping(const QString &room, bool active)
{
    const qint64 now = m_clock.nowMs();
    const auto sent = m_typingSentMs.constFind(room);
    if (active) {
        if (sent != m_typingSentMs.cend() && now - *sent < protocol::kTypingIntervalMs)
            return; // said recently enough: the others' indicator has not expired yet
        if (sendRequest(protocol::Typing{room, {}, true}))
            m_typingSentMs.insert(room, now);
    } else if (sent != m_typingSentMs.cend()) {
        m_typingSentMs.remove(room);
        sendRequest(protocol::Typing{room, {}, false});
    }
}

void Connection::markRead(const QString &room, qint64 seq)
{
    if (seq <= m_readSent.value(room, 0))
        return;
    if (sendRequest(protocol::Read{room, seq}))
        m_readSent.insert(room, seq);
}

bool Connection::search(const QString &query, const QString &room, const QString &tag)
{
    return sendRequest(protocol::Search{query.left(protocol::kMaxSearchQueryLength), room,
                                        protocol::kMaxSearchLimit,
                                        tag.left(protocol::kMaxSearchTagLength)});
}

bool Connection::listRooms()
{
    return sendRequest(protocol::ListRooms{});
}

bool Connection::askMembers(const QString &room)
{
    return sendRequest(protocol::Members{room, {}, 0, 0});
}

void Connection::rememberRoom(const protocol::RoomInfo &room)
{
    const auto known = std::find_if(m_rooms.begin(), m_rooms.end(),
                                    [&room](const auto &r) { return r.name == room.name; });
    if (known != m_rooms.end())
        *known = room;
    else
        m_rooms.append(room);
    // The server's marker may be ahead (read on another computer); never send one behind it.
    m_readSent.insert(room.name, std::max(m_readSent.value(room.name, 0), room.lastRead));
}

qint64 Connection::msecsUntilRetry() const
{
    if (m_state != State::Reconnecting)
        return 0;
    return std::max<qint64>(0, m_retryAtMs - m_clock.nowMs());
}

void Connection::startRound(AddressRotation::Start start)
{
    m_failedThisRound = start == AddressRotation::Start::AfterDropped ? 1 : 0;
    m_rotation.startRound(start);
    tryNextAddress();
}

void Connection::tryNextAddress()
{
    m_retryAlarm.reset();
    m_connectTimeoutAlarm.reset();
    abortLookup();
    dropSocket();
    if (!m_rotation.advance()) {
        backOff();
        return;
    }
    ++m_attempt;
    m_url = m_rotation.currentUrl();
    m_connectUrl = m_url;
    setState(State::Connecting);
    emit addressChanged();
    // The timeout covers the whole attempt: finding the name, the socket, hello and welcome.
    m_connectTimeoutAlarm = m_clock.schedule(m_connectTimeout, [this] {
        const QString silence =
            describeSocketError(QAbstractSocket::SocketTimeoutError, m_connectUrl, {});
        if (m_probe) {
            connectionLost(m_problemBeforeProbe);
        } else if (m_socket && !m_socketOpened && m_connectUrl.scheme() == u"wss") {
            // A server without TLS reads the TLS handshake as the start of an HTTP request,
            // and waits for the rest: silence either way, unless asked in its own terms.
            probeScheme(silence);
            m_connectTimeoutAlarm = m_clock.schedule(
                std::chrono::seconds(5), [this] { connectionLost(m_problemBeforeProbe); });
        } else {
            connectionLost(silence);
        }
    });
    if (!m_rotation.needsLookup()) {
        openSocket();
        return;
    }
    // A ws:// name is resolved here rather than by the socket, so that each of its addresses
    // gets an attempt of its own: Qt's socket would go on to the next only after 30 s without
    // an answer, longer than the connect timeout.
    qCDebug(lcConnection, "looking up %s", qUtf8Printable(m_url.host()));
    m_lookupId = QHostInfo::lookupHost(m_url.host(), this,
                                       [this, attempt = m_attempt](const QHostInfo &info) {
                                           if (attempt == m_attempt) {
                                               m_lookupId = -1;
                                               onLookedUp(info);
                                           }
                                       });
}

void Connection::onLookedUp(const QHostInfo &info)
{
    const QList<QHostAddress> ips =
        info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>();
    const bool any = m_rotation.resolved(ips);
    if (ips.isEmpty()) {
        connectionLost(describeSocketError(QAbstractSocket::HostNotFoundError, m_url, {}));
        return;
    }
    if (!any) { // all of the name's addresses were tried earlier in this round
        tryNextAddress();
        return;
    }
    m_connectUrl = m_rotation.connectUrl();
    emit addressChanged(); // where() now names the address, and knows how many there are
    openSocket();
}

void Connection::abortLookup()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
}

void Connection::openSocket()
{
    m_socket.reset(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest));
    m_socketOpened = false;
    ++m_socketGeneration;
    QWebSocket *socket = m_socket.get();
    connect(socket, &QWebSocket::connected, this, &Connection::onConnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &Connection::onTextMessage);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &Connection::onSocketError);
#else // Qt 6.4 (Debian 12) still calls the signal error(), overloaded with the getter
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &Connection::onSocketError);
#endif
    connect(socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    connect(socket, &QWebSocket::pong, this, [this] {
        m_pingAlarm.reset();
        heardFromServer();
    });
    connect(socket, &QWebSocket::sslErrors, this, &Connection::onSslErrors);

    const QString name = m_connectUrl == m_url ? QString() : u" (%1)"_s.arg(m_url.host());
    qCInfo(lcConnection, "connecting to %s%s", qUtf8Printable(m_connectUrl.toDisplayString()),
           qUtf8Printable(name));
    socket->open(m_connectUrl);
}

QString Connection::where() const
{
    if (m_state == State::Connected)
        return displayAddress(m_url);
    if (m_state != State::Connecting)
        return displayAddresses(addresses());
    const QString address = displayAddress(m_url);
    const int count = m_rotation.count();
    if (count <= 1)
        return address;
    const QString position = QString::number(m_rotation.position());
    const QHostAddress ip = m_rotation.current().ip;
    if (!ip.isNull()) {
        //: %1 is a server address as typed, %2 the IP address it resolved to and is tried at,
        //: %3 of %4 its place among the server's addresses
        return tr("%1 (%2, %3 of %4)")
            .arg(address, ip.toString(), position, QString::number(count));
    }
    //: %1 is a server address, %2 of %3 its place among the server's addresses
    return tr("%1 (%2 of %3)").arg(address, position, QString::number(count));
}

QString Connection::serverKey(const QList<QUrl> &addresses)
{
    // The instances of one server, however they are ordered: one outbox, whichever is in use.
    // A single address is its URL, as before lists existed, so an outbox kept on disk by an
    // older version is found again.
    QStringList urls;
    for (const QUrl &url : addresses)
        urls.append(url.toString(QUrl::FullyEncoded));
    urls.sort();
    urls.removeDuplicates();
    return urls.join(u'\n');
}

QString Connection::outboxPathFor(const QString &serverKey) const
{
    if (m_outboxDirectory.isEmpty())
        return {};
    const QByteArray key =
        QCryptographicHash::hash(serverKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_outboxDirectory + u"/outbox-"_s + QString::fromLatin1(key) + u".json"_s;
}

QString Connection::hostPort() const
{
    return displayAddress(m_url);
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_socket)
        return;
    const QSslCertificate certificate = m_socket->sslConfiguration().peerCertificate();
    const QString fingerprint = protocol::certificateFingerprint(certificate.toDer());
    const QString key = hostPort();
    const auto trusted = m_trusted.constFind(key);
    if (trusted != m_trusted.cend() && *trusted == fingerprint) {
        m_socket->ignoreSslErrors(); // the certificate the user chose to trust, unchanged
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    qCWarning(lcConnection, "certificate of %s not verified: %s", qUtf8Printable(key),
              qUtf8Printable(reasons.join(u"; "_s)));
    // Offline first, then ask: whoever shows a dialog sees the state it is about.
    if (trusted != m_trusted.cend()) {
        const QString before = *trusted;
        m_fatalProblem = tr("The server's certificate has CHANGED since you chose to trust it. "
                            "Someone may be impersonating the server. Not connecting. If the "
                            "server's administrator replaced the certificate, choose Chat > Forget "
                            "This Server's Certificate and connect again.");
        connectionLost(m_fatalProblem);
        emit certificateChanged(key, before, fingerprint);
    } else {
        const QString problems = describeCertificateProblems(errors, m_url.host());
        if (problems.isEmpty()) {
            m_fatalProblem = tr("The server's certificate is not vouched for by any authority "
                                "(self-signed?). Waiting for you to decide whether to trust it.");
        } else {
            //: %1 says what is wrong with the certificate and what to do about it
            m_fatalProblem = tr("%1 Waiting for you to decide whether to trust this certificate "
                                "anyway.")
                                 .arg(problems);
        }
        connectionLost(m_fatalProblem);
        emit trustRequested(key, fingerprint, certificate.subjectDisplayName());
    }
}

void Connection::trustCertificate(const QString &fingerprint)
{
    const QString key = hostPort();
    m_trusted.insert(key, fingerprint);
    emit certificateTrusted(key, fingerprint);
    reconnectNow();
}

void Connection::onConnected()
{
    m_socketOpened = true;
    sendHello();
}

void Connection::sendHello()
{
    protocol::Hello hello;
    hello.nick = m_nick;
    hello.client = u"palaver/" PALAVER_VERSION ""_s;
    hello.password = m_password;
    hello.token = m_token;
    for (auto it = m_positions.cbegin(); it != m_positions.cend(); ++it) {
        if (!it->epoch.isEmpty() && it->seq > 0)
            hello.resume.append(protocol::ResumePoint{it.key(), it->epoch, it->seq});
    }
    m_awaitingJoinHistory.clear();
    m_fetchesInFlight.clear();
    m_typingSentMs.clear();
    m_socket->sendTextMessage(protocol::encodeText(hello));
}

bool Connection::fetchOlder(const QString &room, qint64 beforeSeq, int limit)
{
    if (beforeSeq <= 1 || !sendRequest(protocol::Fetch{
                              room, beforeSeq, std::clamp(limit, 1, protocol::kMaxFetchLimit)}))
        return false;
    ++m_fetchesInFlight[room];
    return true;
}

void Connection::checkAfterWake()
{
    if (m_state == State::Reconnecting) {
        reconnectNow();
        return;
    }
    if (m_state != State::Connected || m_pingAlarm)
        return;
    // A connection that was open when the computer went to sleep may be dead without either
    // side having noticed. Only a round trip tells.
    m_socket->ping();
    m_pingAlarm = m_clock.schedule(std::chrono::seconds(5), [this] {
        m_pingAlarm.reset();
        connectionLost(tr("The connection did not survive the computer's sleep or network "
                          "change."));
    });
}

void Connection::advancePosition(const QString &room, const QString &epoch, qint64 seq)
{
    Position &position = m_positions[room];
    if (epoch != position.epoch)
        position = Position{epoch, 0};
    position.seq = std::max(position.seq, seq);
}

void Connection::handleHistory(const protocol::History &history)
{
    // Frames carry no request id. An answer split into several frames is contiguous (each
    // frame starts right after the previous one ends), and the server answers in order: the
    // history of a welcome or `joined` before any fetch the client sent after seeing it.
    HistoryKind kind = HistoryKind::Recent;
    const auto previous = m_lastFrame.constFind(history.room);
    if (previous != m_lastFrame.cend() && !history.messages.isEmpty() &&
        history.messages.constFirst().seq == previous->lastSeq + 1) {
        kind = previous->kind; // the next frame of the same answer
    } else if (m_awaitingJoinHistory.remove(history.room)) {
        kind = history.recovered.value_or(false) ? HistoryKind::Missed : HistoryKind::Recent;
    } else if (m_fetchesInFlight.value(history.room) > 0) {
        --m_fetchesInFlight[history.room];
        kind = HistoryKind::Older;
    }
    if (!history.messages.isEmpty())
        m_lastFrame.insert(history.room, LastFrame{kind, history.messages.constLast().seq});
    else
        m_lastFrame.remove(history.room);
    if (kind != HistoryKind::Older) {
        // After a join (or a failed resume) the client is current as of the newest message;
        // after a replay, as of the last one replayed.
        const qint64 known = m_positions.value(history.room).seq;
        advancePosition(history.room, history.epoch,
                        history.messages.isEmpty() ? known : history.messages.constLast().seq);
    }
    if (history.recovered == false)
        qCWarning(lcConnection, "the server could not replay what was missed in %s",
                  qUtf8Printable(history.room));
    emit historyReceived(history, kind);
}

void Connection::heardFromServer()
{
    if (m_state != State::Connected)
        return;
    m_heartbeat = m_clock.schedule(m_heartbeatQuiet, [this] {
        if (m_socket)
            m_socket->ping();
        m_heartbeat = m_clock.schedule(m_heartbeatGrace, [this] {
            connectionLost(tr("The server stopped answering (it may have crashed, or the "
                              "network between you broke)."));
        });
    });
}

void Connection::onTextMessage(const QString &text)
{
    heardFromServer();
    const protocol::DecodeResult result = protocol::decode(text, protocol::serverFrameLimits());
    if (!result.ok()) {
        // A newer server may send what this build can't read; skipping it is the
        // forward-compatible choice, and it is logged for whoever debugs it.
        qCWarning(lcConnection, "ignoring a message from the server: %s",
                  qUtf8Printable(result.error().message));
        return;
    }
    const protocol::Message &message = result.message();
    if (!std::holds_alternative<protocol::History>(message))
        m_lastFrame.clear();
    std::visit(
        [this](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, protocol::Welcome>) {
                m_connectTimeoutAlarm.reset();
                m_welcome = m;
                if (m_welcome.rooms.isEmpty()) // a server from before rooms: just the one
                    m_welcome.rooms = {protocol::RoomInfo{.name = m.room, .members = m.members}};
                m_nick = m.nick;
                m_room = m.room;
                m_rooms.clear();
                for (const protocol::RoomInfo &room : std::as_const(m_welcome.rooms)) {
                    rememberRoom(room);
                    m_awaitingJoinHistory.insert(room.name);
                }
                m_backoff.reset();
                m_rotation.worked();
                m_failedThisRound = 0;
                m_lastProblem.clear();
                setState(State::Connected);
                heardFromServer();
                emit welcomed(m_welcome);
                if (m_away)
                    setAway(true);
                flushOutbox();
            } else if constexpr (std::is_same_v<T, protocol::ChatMessage>) {
                const qint64 known = m_positions.value(m.room).seq;
                if (known > 0 && m.seq > known + 1) {
                    qCWarning(lcConnection, "gap in %s: seq %lld follows %lld",
                              qUtf8Printable(m.room), static_cast<long long>(m.seq),
                              static_cast<long long>(known));
                }
                advancePosition(m.room, m_welcome.epoch, m.seq);
                emit messageReceived(m);
            } else if constexpr (std::is_same_v<T, protocol::History>) {
                handleHistory(m);
            } else if constexpr (std::is_same_v<T, protocol::Presence>) {
                if (m.event == protocol::Presence::Event::Nick &&
                    protocol::nickKey(m.nick) == protocol::nickKey(m_nick)) {
                    m_nick = m.newNick;
                    m_requestedNick.clear();
                }
                emit presenceReceived(m);
            } else if constexpr (std::is_same_v<T, protocol::Joined>) {
                rememberRoom(m.room);
                m_awaitingJoinHistory.insert(m.room.name);
                emit joined(m.room);
            } else if constexpr (std::is_same_v<T, protocol::Left>) {
                m_rooms.removeIf([&m](const auto &room) { return room.name == m.room; });
                m_positions.remove(m.room);
                m_fetchesInFlight.remove(m.room);
                emit left(m.room);
            } else if constexpr (std::is_same_v<T, protocol::Typing>) {
                emit typingReceived(m);
            } else if constexpr (std::is_same_v<T, protocol::Results>) {
                emit searchResults(m);
            } else if constexpr (std::is_same_v<T, protocol::RoomList>) {
                emit roomListReceived(m);
            } else if constexpr (std::is_same_v<T, protocol::Members>) {
                emit membersReceived(m);
            } else if constexpr (std::is_same_v<T, protocol::Ack>) {
                if (m_outbox.remove(m.id))
                    emit outboxChanged();
                emit acknowledged(m);
            } else if constexpr (std::is_same_v<T, protocol::Error>) {
                handleError(m);
            } else {
                qCWarning(lcConnection, "ignoring an unexpected \"%s\" from the server",
                          qUtf8Printable(protocol::typeName(m)));
            }
        },
        message);
}

void Connection::handleError(const protocol::Error &error)
{
    qCWarning(lcConnection, "server error %s: %s",
              qUtf8Printable(protocol::errorCodeName(error.code)), qUtf8Printable(error.message));
    if (error.code == protocol::ErrorCode::WrongPassword) {
        const bool wrong = !m_password.isEmpty();
        m_fatalProblem = wrong ? tr("The server refused the password. Enter the right one when "
                                    "asked (F5 asks again), or ask the server's administrator.")
                               : tr("This server needs a password. Enter it when asked (F5 asks "
                                    "again); the server's administrator can tell you what it is.");
        emit passwordRequired(hostPort(), wrong);
        return; // the server closes the connection next
    }
    if (error.code == protocol::ErrorCode::NickTaken) {
        const bool inHello = m_state == State::Connecting;
        const QString asked = inHello ? m_nick : m_requestedNick;
        m_requestedNick.clear();
        if (inHello) // the server closes next; the same nickname would be refused again
            m_fatalProblem = tr("Somebody else is using the nickname %1 on this server. Choose "
                                "another one.")
                                 .arg(asked);
        emit nickTaken(asked, error.suggestion, error.message);
        return;
    }
    if (isFatal(error.code)) {
        m_fatalProblem =
            error.code == protocol::ErrorCode::InvalidNick
                ? tr("The server refused the nickname: %1").arg(error.message)
                //: %1 is what the server said, in English (which versions it speaks)
                : tr("This version of Palaver can't talk to that server, which says: \"%1\" "
                     "Update Palaver, or ask the server's administrator to update the server.")
                      .arg(error.message);
        return; // the server closes the connection next
    }
    if (error.code == protocol::ErrorCode::StorageFailed ||
        error.code == protocol::ErrorCode::RateLimited) {
        // The server is busy or in trouble, not the message: keep it and offer the outbox
        // again shortly (rate errors are sparse, so unacked sends may have had none).
        if (!m_resendAlarm) {
            m_resendAlarm = m_clock.schedule(std::chrono::seconds(5), [this] {
                m_resendAlarm.reset();
                if (m_state == State::Connected)
                    flushOutbox();
            });
        }
        return;
    }
    if (error.id && m_outbox.remove(*error.id)) {
        emit outboxChanged();
        emit sendFailed(*error.id, error.message);
        return;
    }
    emit serverError(error);
}

void Connection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_socketOpened && error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected(); // judged once the frames already received are read
        return;
    }
    attemptFailed(error, describeSocketError(error, m_connectUrl,
                                             m_socket ? m_socket->errorString() : QString()));
}

void Connection::attemptFailed(QAbstractSocket::SocketError error, const QString &problem)
{
    if (m_probe)
        return; // the same failure, reported twice (error, then disconnected)
    const bool tls = m_connectUrl.scheme() == u"wss";
    // ws:// to a TLS server: the server drops the cleartext request, or answers it with an
    // HTTP error, which QWebSocket reports as ConnectionRefusedError, like a port where
    // nothing listens (the probe tells them apart). wss:// to a plain one: its HTTP answer
    // breaks the TLS handshake, or it drops the connection.
    const bool wrongSchemeCouldExplain =
        m_state == State::Connecting && !m_socketOpened &&
        (error == QAbstractSocket::RemoteHostClosedError ||
         (!tls && error == QAbstractSocket::ConnectionRefusedError) ||
         (tls && error == QAbstractSocket::SslHandshakeFailedError));
    if (!wrongSchemeCouldExplain) {
        connectionLost(problem);
        return;
    }
    probeScheme(problem);
}

void Connection::probeScheme(const QString &problem)
{
    dropSocket();
    m_problemBeforeProbe = problem;
    m_probe.reset(new SchemeProbe);
    connect(m_probe.get(), &SchemeProbe::finished, this, [this](SchemeProbe::Finding finding) {
        const QString problem = m_problemBeforeProbe;
        const bool wrongScheme =
            finding == (m_connectUrl.scheme() == u"wss" ? SchemeProbe::Finding::SpeaksPlainHttp
                                                        : SchemeProbe::Finding::SpeaksTls);
        m_probe.reset();
        qCDebug(lcConnection, "probed the other scheme: %s", wrongScheme ? "yes" : "no");
        connectionLost(wrongScheme ? describeWrongScheme(m_url) : problem);
    });
    m_probe->start(m_connectUrl);
}

namespace {

/// Whether the close code is one the server sent to say why (1000, Qt's default, says nothing).
bool serverGaveReason(const QWebSocket &socket)
{
    const int code = int(socket.closeCode());
    return code != QWebSocketProtocol::CloseCodeNormal &&
           code != QWebSocketProtocol::CloseCodeAbnormalDisconnection && code >= 1000;
}

} // namespace

void Connection::onDisconnected()
{
    if (!m_socket)
        return;
    // A server that closes while this side is sending resets the connection: the reset can
    // be reported before QWebSocket has read the close frame that came with it (it reads in
    // a queued call), and "broke off without a goodbye" would hide the server's reason. So
    // without a reason yet, the verdict waits for that call, which was queued first. (Qt may
    // report one drop twice: the second verdict finds it handled.)
    if (!m_socketOpened || serverGaveReason(*m_socket)) {
        judgeDrop(m_socketGeneration);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, generation = m_socketGeneration] { judgeDrop(generation); },
        Qt::QueuedConnection);
}

void Connection::judgeDrop(quint64 generation)
{
    if (!m_socket || generation != m_socketGeneration)
        return; // dropped meanwhile, or another attempt began
    // Qt may report the drop before the error that caused it, so read both here.
    const int code = int(m_socket->closeCode());
    const QAbstractSocket::SocketError error = m_socket->error();
    qCDebug(lcConnection, "dropped: close code %d, socket error %d", code, int(error));
    const bool serverSaidWhy = serverGaveReason(*m_socket);
    // Verdicts that another attempt would only hear again (the version's, unless its error
    // message came first and said more).
    if (code == int(protocol::CloseCode::Replaced) || code == int(protocol::CloseCode::Kicked) ||
        (code == int(protocol::CloseCode::UnsupportedProtocol) && m_fatalProblem.isEmpty()))
        m_fatalProblem = describeCloseCode(code, m_socket->closeReason());
    if (serverSaidWhy)
        connectionLost(describeCloseCode(code, m_socket->closeReason()));
    else if (error != QAbstractSocket::UnknownSocketError)
        attemptFailed(error, describeSocketError(error, m_connectUrl, m_socket->errorString()));
    else
        connectionLost(tr("The connection to the server was lost."));
}

void Connection::connectionLost(const QString &problem)
{
    if (m_state != State::Connecting && m_state != State::Connected)
        return; // already handled: errorOccurred and disconnected both report one drop
    const bool wasConnected = m_state == State::Connected;
    m_connectTimeoutAlarm.reset();
    m_pingAlarm.reset();
    m_heartbeat.reset();
    abortLookup();
    dropSocket();
    if (!m_fatalProblem.isEmpty()) {
        // The server's verdict (password, nickname, version, kicked): another instance of the
        // same server would say the same.
        m_lastProblem = m_fatalProblem;
        qCWarning(lcConnection, "not retrying: %s", qUtf8Printable(m_lastProblem));
        setState(State::Offline);
        return;
    }
    m_lastProblem = problem;
    qCInfo(lcConnection, "%s", qUtf8Printable(problem));
    if (wasConnected) {
        startRound(AddressRotation::Start::AfterDropped); // the others, at once
        return;
    }
    ++m_failedThisRound;
    tryNextAddress();
}

void Connection::backOff()
{
    if (m_failedThisRound > 1) {
        m_lastProblem = tr("No address of this server worked (%n tried). The last problem: %1",
                           nullptr, m_failedThisRound)
                            .arg(m_lastProblem);
    }
    const auto delay = m_backoff.next();
    m_retryAtMs = m_clock.nowMs() + delay.count();
    qCInfo(lcConnection, "Retrying in %lld ms.", static_cast<long long>(delay.count()));
    m_retryAlarm =
        m_clock.schedule(delay, [this] { startRound(AddressRotation::Start::AfterLast); });
    setState(State::Reconnecting);
}

void Connection::flushOutbox()
{
    for (const OutgoingMessage &message : m_outbox.pending()) {
        m_socket->sendTextMessage(protocol::encodeText(
            protocol::Send{message.id, message.room, message.text, message.kind}));
    }
}

void Connection::dropSocket()
{
    m_socket.reset();
    m_socketOpened = false;
    m_probe.reset();
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace palaver::client
