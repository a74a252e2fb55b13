#pragma once

#include "shared/protocol.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>
#include <QWebSocket>

#include <optional>

namespace palaver::test {

/// A real WebSocket client for tests: says hello, records every decoded message in order, and
/// waits on the event loop (never sleeps) so a test reads like a conversation.
class TestClient final
{
    Q_DISABLE_COPY_MOVE(TestClient)
public:
    /// How long a wait gives up after: generous, because a loaded CI machine is slow, and it
    /// only costs time when a test is failing anyway.
    static constexpr int kTimeoutMs = 10'000;

    /// Connects to `url` and, if `nick` is not empty, sends a hello as soon as it is connected.
    explicit TestClient(const QUrl &url, const QString &nick = {});
    ~TestClient();

    bool waitConnected(int timeoutMs = kTimeoutMs);
    /// True once a welcome arrived; the connection is then in the room.
    bool waitForWelcome(int timeoutMs = kTimeoutMs);
    /// True once the connection is closed, whoever closed it.
    bool waitDisconnected(int timeoutMs = kTimeoutMs);
    /// True once the ack for `id` arrived. The server answers in order on one connection, so
    /// everything it sent this client before handling that send has arrived too: a barrier.
    bool waitForAck(const QUuid &id, int timeoutMs = kTimeoutMs);
    /// True once an error arrived (errors() is not empty).
    bool waitForError(int timeoutMs = kTimeoutMs);

    /// Sends a chat line to `room` and returns the id it used.
    QUuid say(const QString &text,
              const QString &room = QString::fromUtf16(protocol::kDefaultRoom));
    void send(const protocol::Message &message);
    /// Sends a text frame as is. Like everything sent, queued until the connection is open.
    void sendRaw(const QString &frame);
    void sendBinary(const QByteArray &frame);
    /// Starts a normal close (1000) from this side.
    void close();

    bool isConnected() const;
    bool isDisconnected() const { return m_disconnected; }
    /// The code and reason of the closing handshake, whichever side began it; valid once
    /// disconnected. Qt reports 1000 when there was no handshake (e.g. connection refused).
    /// An int, as codes from the private range (4000-4999) lie outside QWebSocketProtocol's enum.
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    /// The last socket error, e.g. ConnectionRefusedError when nobody listens.
    std::optional<QAbstractSocket::SocketError> socketError() const { return m_socketError; }

    /// Every message received, decoded, in order of arrival.
    const QList<protocol::Message> &messages() const { return m_messages; }
    /// Text frames that did not decode: a server must never send one, so tests expect none.
    const QStringList &undecodable() const { return m_undecodable; }

    std::optional<protocol::Welcome> welcome() const;
    /// "nick: text" for each chat message received (membership events aside).
    QStringList lines() const;
    /// The chat messages received, without the membership events the server records.
    QList<protocol::ChatMessage> chatMessages() const;
    /// The membership events received, as messages: joins, leaves, nickname changes.
    QList<protocol::ChatMessage> events() const;
    /// One line for each: "room: alice joined", "room: bob left", "room: alice is Alicia".
    QStringList eventLines() const;
    QList<protocol::Ack> acks() const { return all<protocol::Ack>(); }
    QList<protocol::Error> errors() const { return all<protocol::Error>(); }
    QList<protocol::Presence> presences() const { return all<protocol::Presence>(); }
    /// One line for each presence notice received: "join alice", "leave bob" (rooms aside),
    /// "online alice", "away alice", "offline alice", "nick alice alicia".
    QStringList presenceLines() const;

    template <typename T> QList<T> all() const
    {
        QList<T> result;
        for (const protocol::Message &message : m_messages) {
            if (const T *value = std::get_if<T>(&message))
                result.append(*value);
        }
        return result;
    }

    QWebSocket &socket() { return m_socket; }

private:
    struct Frame
    {
        QByteArray data; // UTF-8 for a text frame
        bool binary = false;
    };

    /// True when nothing more will arrive: closed, or never connected.
    bool gaveUp() const;
    void sendFrame(const Frame &frame);
    void write(const Frame &frame);

    QWebSocket m_socket;
    QList<Frame> m_pending; // frames sent before the connection opened
    QList<protocol::Message> m_messages;
    QStringList m_undecodable;
    bool m_disconnected = false;
    int m_closeCode = QWebSocketProtocol::CloseCodeNormal;
    QString m_closeReason;
    std::optional<QAbstractSocket::SocketError> m_socketError;
};

} // namespace palaver::test
