#include "session.h"

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

void Session::join(const QString &nick, const QString &room)
{
    m_nick = nick;
    m_room = room;
    m_state = State::Joined;
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
