#include "session.h"

#include "shared/validation.h"

#include <algorithm>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

QString describePeer(const QWebSocket &socket)
{
    const QHostAddress address = socket.peerAddress();
    // Dual-stack sockets report IPv4 peers as ::ffff:a.b.c.d; admins read a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    const QString host = isV4 ? QHostAddress(v4).toString() : u"[%1]"_s.arg(address.toString());
    return u"%1:%2"_s.arg(host).arg(socket.peerPort());
}

} // namespace

Session::Session(QWebSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_peer(describePeer(*socket))
{
    m_socket->setParent(this);
}

Session::~Session() = default;

void Session::join(const QString &nick, const QString &token)
{
    rename(nick);
    m_token = token;
    m_state = State::Joined;
    m_joinedAt = QDateTime::currentDateTimeUtc();
}

void Session::rename(const QString &nick)
{
    m_nick = nick;
    m_nickKey = protocol::nickKey(nick);
}

QString Session::roomNamed(const QString &name) const
{
    // Most often the client names the room exactly as we do: no need to fold it.
    const auto exact = m_rooms.constFind(name);
    if (exact != m_rooms.cend() && exact.value() == name)
        return name;
    return m_rooms.value(protocol::nickKey(name));
}

void Session::addRoom(const QString &name)
{
    m_rooms.insert(protocol::nickKey(name), name);
}

void Session::removeRoom(const QString &name)
{
    m_rooms.remove(protocol::nickKey(name));
    m_typing.remove(name);
}

bool Session::isMemberOfAny(const QStringList &roomKeys) const
{
    return std::any_of(roomKeys.cbegin(), roomKeys.cend(),
                       [this](const QString &key) { return m_rooms.contains(key); });
}

bool Session::mayRelayTyping(const QString &room, bool active, qint64 nowMs, qint64 intervalMs)
{
    const auto found = m_typing.find(room);
    if (!active) {
        if (found == m_typing.end() || !found->shown)
            return false;
        found->shown = false;
        return true;
    }
    if (found != m_typing.end() && nowMs - found->lastActiveMs < intervalMs)
        return false;
    m_typing.insert(room, Typing{nowMs, true});
    return true;
}

void Session::send(const protocol::Message &message)
{
    sendText(protocol::encodeText(message));
}

void Session::sendText(const QString &encoded)
{
    if (m_state != State::Closing)
        m_socket->sendTextMessage(encoded);
}

void Session::close(protocol::CloseCode code, const QString &reason)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    m_socket->close(QWebSocketProtocol::CloseCode(quint16(code)), reason);
}

} // namespace palaver::server
