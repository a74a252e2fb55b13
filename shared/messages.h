#pragma once

#include "errorcode.h"
#include "limits.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <variant>

namespace palaver::protocol {

// Each struct is one message `type` of docs/protocol.md. Fields are only ever added; a decoder
// ignores fields it does not know, so older peers keep working.

/// Where a reconnecting client was in a room: the last message it has, in which history.
struct ResumePoint
{
    QString room;
    QString epoch;
    qint64 seq = 0; ///< the highest seq the client holds with none missing before it

    friend bool operator==(const ResumePoint &, const ResumePoint &) = default;
};

/// Client -> server, first message of every session.
struct Hello
{
    int protocol = kProtocolVersion;
    QString nick;
    QString client;            ///< free-form software name and version, for logs
    QList<ResumePoint> resume; ///< empty on a first connection
    QString password;          ///< the server's password, if it has one

    friend bool operator==(const Hello &, const Hello &) = default;
};

/// A person in a room, as listed in `welcome`.
struct Member
{
    QString nick;

    friend bool operator==(const Member &, const Member &) = default;
};

/// Server -> client, the answer to an accepted `hello`.
struct Welcome
{
    int protocol = kProtocolVersion;
    QString server; ///< software name and version
    QString name;   ///< the name this server goes by on the LAN
    QString nick;   ///< the nickname as the server accepted it
    QString room;   ///< the room the client is now in
    QString epoch;  ///< changes only when the server's history is lost
    QList<Member> members;
    Limits limits;

    friend bool operator==(const Welcome &, const Welcome &) = default;
};

/// Client -> server: post `text` to `room`. `id` makes the send idempotent.
struct Send
{
    QUuid id;
    QString room;
    QString text;

    friend bool operator==(const Send &, const Send &) = default;
};

/// Server -> sender: the message `id` is stored as number `seq` of `room`.
struct Ack
{
    QUuid id;
    QString room;
    qint64 seq = 0;
    QDateTime time;

    friend bool operator==(const Ack &, const Ack &) = default;
};

/// Server -> everyone in the room, sender included.
struct ChatMessage
{
    QString room;
    qint64 seq = 0;
    QUuid id;
    QDateTime time;
    QString nick;
    QString text;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

/// Server -> everyone in the room: somebody came or went.
struct Presence
{
    enum class Event
    {
        Join,
        Leave
    };

    QString room;
    QString nick;
    Event event = Event::Join;
    QDateTime time;

    friend bool operator==(const Presence &, const Presence &) = default;
};

/// Server -> client: a request could not be served. `id` names the `send` it refers to, if any.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; ///< for people, in English
    std::optional<QUuid> id;

    friend bool operator==(const Error &, const Error &) = default;
};

/// Client -> server: asks for up to `limit` messages of `room` older than `before`.
struct Fetch
{
    QString room;
    qint64 before = 0;
    int limit = 100;

    friend bool operator==(const Fetch &, const Fetch &) = default;
};

/// Server -> client: stored messages of a room, oldest first. Sent after the welcome (recent
/// history, or what a resuming client missed), and in answer to a `fetch`.
struct History
{
    QString room;
    QString epoch;
    QList<ChatMessage> messages;
    bool hasMore = false; ///< older messages than the first one here are stored
    /// Only in answer to a resume: true if `messages` is exactly what the client missed,
    /// false if that could not be recovered and `messages` is the recent history instead.
    std::optional<bool> recovered;

    friend bool operator==(const History &, const History &) = default;
};

using Message =
    std::variant<Hello, Welcome, Send, Ack, ChatMessage, Presence, Error, Fetch, History>;

/// The wire `type` of a message, e.g. "hello".
QString typeName(const Message &message);

} // namespace palaver::protocol
