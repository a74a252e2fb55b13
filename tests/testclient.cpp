#include "testclient.h"

#include <QTest>

#include <algorithm>

namespace palaver::test {

using namespace Qt::StringLiterals;

TestClient::TestClient(const QUrl &url, const QString &nick)
{
    QObject::connect(&m_socket, &QWebSocket::connected, &m_socket, [this] {
        const QList<Frame> pending = std::exchange(m_pending, {});
        for (const Frame &frame : pending)
            write(frame);
    });
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &frame) {
                         const protocol::DecodeResult result =
                             protocol::decode(frame, protocol::serverFrameLimits());
                         if (result.ok())
                             m_messages.append(result.message());
                         else
                             m_undecodable.append(frame);
                     });
    QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] {
        m_closeCode = int(m_socket.closeCode());
        m_closeReason = m_socket.closeReason();
        m_disconnected = true;
    });
    QObject::connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                     &m_socket,
                     [this](QAbstractSocket::SocketError error) { m_socketError = error; });
    if (!nick.isEmpty())
        send(protocol::Hello{.nick = nick, .client = u"palaver-tests"_s});
    m_socket.open(url);
}

TestClient::~TestClient()
{
    // The socket closes itself as it is destroyed; nothing here should hear about that.
    QObject::disconnect(&m_socket, nullptr, nullptr, nullptr);
}

bool TestClient::waitConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return isConnected() || gaveUp(); }, timeoutMs) &&
           isConnected();
}

bool TestClient::waitForWelcome(int timeoutMs)
{
    return QTest::qWaitFor([this] { return welcome().has_value() || gaveUp(); }, timeoutMs) &&
           welcome().has_value();
}

bool TestClient::waitDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMs);
}

bool TestClient::waitForAck(const QUuid &id, int timeoutMs)
{
    const auto arrived = [this, id] {
        const QList<protocol::Ack> received = acks();
        return std::any_of(received.cbegin(), received.cend(),
                           [id](const protocol::Ack &ack) { return ack.id == id; });
    };
    return QTest::qWaitFor([&] { return arrived() || gaveUp(); }, timeoutMs) && arrived();
}

bool TestClient::waitForError(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !errors().isEmpty(); }, timeoutMs);
}

QUuid TestClient::say(const QString &text, const QString &room)
{
    const QUuid id = QUuid::createUuid();
    send(protocol::Send{id, room, text});
    return id;
}

void TestClient::send(const protocol::Message &message)
{
    sendRaw(protocol::encodeText(message));
}

void TestClient::sendRaw(const QString &frame)
{
    sendFrame(Frame{frame.toUtf8(), false});
}

void TestClient::sendBinary(const QByteArray &frame)
{
    sendFrame(Frame{frame, true});
}

void TestClient::sendFrame(const Frame &frame)
{
    if (isConnected())
        write(frame);
    else
        m_pending.append(frame);
}

void TestClient::write(const Frame &frame)
{
    if (frame.binary)
        m_socket.sendBinaryMessage(frame.data);
    else
        m_socket.sendTextMessage(QString::fromUtf8(frame.data));
}

void TestClient::close()
{
    m_socket.close();
}

bool TestClient::gaveUp() const
{
    return m_disconnected || (m_socketError && !isConnected());
}

bool TestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

std::optional<protocol::Welcome> TestClient::welcome() const
{
    const QList<protocol::Welcome> welcomes = all<protocol::Welcome>();
    if (welcomes.isEmpty())
        return std::nullopt;
    return welcomes.constFirst();
}

QList<protocol::ChatMessage> TestClient::chatMessages() const
{
    QList<protocol::ChatMessage> result = all<protocol::ChatMessage>();
    result.removeIf([](const protocol::ChatMessage &m) { return protocol::isEventKind(m.kind); });
    return result;
}

QList<protocol::ChatMessage> TestClient::events() const
{
    QList<protocol::ChatMessage> result = all<protocol::ChatMessage>();
    result.removeIf([](const protocol::ChatMessage &m) { return !protocol::isEventKind(m.kind); });
    return result;
}

QStringList TestClient::eventLines() const
{
    QStringList result;
    const QList<protocol::ChatMessage> received = events();
    for (const protocol::ChatMessage &event : received) {
        QString what;
        if (event.kind == protocol::MessageKind::Join)
            what = u"joined"_s;
        else if (event.kind == protocol::MessageKind::Leave)
            what = u"left"_s;
        else
            what = u"is "_s + event.text;
        result.append(u"%1: %2 %3"_s.arg(event.room, event.nick, what));
    }
    return result;
}

QStringList TestClient::lines() const
{
    QStringList result;
    for (const protocol::ChatMessage &message : chatMessages())
        result.append(message.nick + u": "_s + message.text);
    return result;
}

QStringList TestClient::presenceLines() const
{
    QStringList result;
    for (const protocol::Presence &presence : presences()) {
        switch (presence.event) {
        case protocol::Presence::Event::Join:
            result.append(u"join "_s + presence.nick);
            break;
        case protocol::Presence::Event::Leave:
            result.append(u"leave "_s + presence.nick);
            break;
        case protocol::Presence::Event::Status: {
            static const QString names[] = {u"online"_s, u"away"_s, u"offline"_s};
            result.append(names[int(presence.status)] + u' ' + presence.nick);
            break;
        }
        case protocol::Presence::Event::Nick:
            result.append(u"nick "_s + presence.nick + u' ' + presence.newNick);
            break;
        }
    }
    return result;
}

} // namespace palaver::test
