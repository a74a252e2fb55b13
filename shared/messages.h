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
// ignores fields it does not know, so older peers keep working. Every field has a default
// initializer, so code that builds a message need not name the fields added after it.

/// Where a reconnecting client was in a room: the last message it has, in which history.
struct ResumePoint
{
    QString room{};
    QString epoch{};
    qint64 seq = 0; ///< the highest seq the client holds with none missing before it

    friend bool operator==(const ResumePoint &, const ResumePoint &) = default;
};

/// Client -> server, first message of every session.
struct Hello
{
    int protocol = kProtocolVersion;
    QString nick{};
    QString client{};            ///< free-form software name and version, for logs
    QList<ResumePoint> resume{}; ///< empty on a first connection
    QString password{};          ///< the server's password, if it has one
    /// A random secret this client keeps for the server. A new connection with the same nick
    /// and token takes over from an old one the server has not yet noticed is dead.
    QString token{};

    friend bool operator==(const Hello &, const Hello &) = default;
};

/// Whether a person is reachable: connected and active, connected but away, or not connected.
enum class Status
{
    Online,
    Away,
    Offline
};

/// A member of a room, as listed in `welcome` and `joined`.
struct Member
{
    QString nick{};
    Status status = Status::Online;

    friend bool operator==(const Member &, const Member &) = default;
};

/// A room (or a direct conversation) the client is a member of.
struct RoomInfo
{
    QString name{};  ///< the room's name; for a direct conversation an opaque name starting "@"
    QString topic{}; ///< empty if none is set
    QString peer{};  ///< for a direct conversation: the other person's nickname; empty otherwise
    QList<Member> members{}; ///< sorted by nickname
    qint64 lastSeq = 0;      ///< the newest message's seq, 0 if none
    qint64 lastRead = 0;     ///< the newest seq this nickname has read (`read`), 0 if none
    qint64 unread = 0;       ///< messages from others after lastRead
    /// For a crowded room (see kCrowdedRoomMembers), whose `members` are not listed: how many
    /// it has. 0 when `members` lists them all.
    qint64 memberCount = 0;

    bool isDirect() const { return !peer.isEmpty(); }
    friend bool operator==(const RoomInfo &, const RoomInfo &) = default;
};

/// Server -> client, the answer to an accepted `hello`.
struct Welcome
{
    int protocol = kProtocolVersion;
    QString server{};        ///< software name and version
    QString name{};          ///< the name this server goes by on the LAN
    QString nick{};          ///< the nickname as the server accepted it
    QString room{};          ///< the room the client is now in
    QString epoch{};         ///< changes only when the server's history is lost
    QList<Member> members{}; ///< of `room`
    Limits limits{};
    QList<RoomInfo> rooms{}; ///< every room and direct conversation this nickname is in

    friend bool operator==(const Welcome &, const Welcome &) = default;
};

/// What a chat message is: said, acted (`/me`), or a new topic for the room; or an event the
/// server records in the room's history: somebody became a member (`Join`), left (`Leave`),
/// or changed nickname (`Nick`, from `nick` to `text`). Clients send only the first three.
enum class MessageKind
{
    Text,
    Action,
    Topic,
    Join,
    Leave,
    Nick
};

/// Whether only the server writes messages of this kind (the membership events).
constexpr bool isEventKind(MessageKind kind)
{
    return kind == MessageKind::Join || kind == MessageKind::Leave || kind == MessageKind::Nick;
}

/// Client -> server: post `text` to `room`. `id` makes the send idempotent.
struct Send
{
    QUuid id{};
    QString room{};
    QString text{};
    MessageKind kind = MessageKind::Text; ///< a Topic's text may be empty: it clears the topic

    friend bool operator==(const Send &, const Send &) = default;
};

/// Server -> sender: the message `id` is stored as number `seq` of `room`.
struct Ack
{
    QUuid id{};
    QString room{};
    qint64 seq = 0;
    QDateTime time{};

    friend bool operator==(const Ack &, const Ack &) = default;
};

/// Server -> everyone in the room, sender included.
struct ChatMessage
{
    QString room{};
    qint64 seq = 0;
    QUuid id{};
    QDateTime time{};
    QString nick{};
    QString text{};
    MessageKind kind = MessageKind::Text;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

/// Server -> client: somebody joined or left a room (`room` set), or changed status or
/// nickname (`room` empty: it concerns every room the two share).
struct Presence
{
    enum class Event
    {
        Join,   ///< became a member of `room`
        Leave,  ///< is no longer a member of `room`
        Status, ///< is now `status` (came online, went away or offline)
        Nick    ///< is now called `newNick`
    };

    QString room{};
    QString nick{};
    Event event = Event::Join;
    QDateTime time{};
    Status status = Status::Online; ///< for Join and Status
    QString newNick{};              ///< for Nick

    friend bool operator==(const Presence &, const Presence &) = default;
};

/// Server -> client: a request could not be served. `id` names the `send` it refers to, if any.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message{}; ///< for people, in English
    std::optional<QUuid> id{};
    QString suggestion{}; ///< for nick-taken: a free nickname like the one asked for

    friend bool operator==(const Error &, const Error &) = default;
};

/// Client -> server: asks for up to `limit` messages of `room` older than `before`.
struct Fetch
{
    QString room{};
    qint64 before = 0;
    int limit = 100;

    friend bool operator==(const Fetch &, const Fetch &) = default;
};

/// Server -> client: stored messages of a room, oldest first. Sent after the welcome (recent
/// history, or what a resuming client missed), and in answer to a `fetch`.
struct History
{
    QString room{};
    QString epoch{};
    QList<ChatMessage> messages{};
    bool hasMore = false; ///< older messages than the first one here are stored
    /// Only in answer to a resume: true if `messages` is exactly what the client missed,
    /// false if that could not be recovered and `messages` is the recent history instead.
    std::optional<bool> recovered{};

    friend bool operator==(const History &, const History &) = default;
};

/// Client -> server: become a member of `room` (created if new), or with "@nick" open the
/// direct conversation with that person. Answered by `joined` and the room's history.
struct Join
{
    QString room{};

    friend bool operator==(const Join &, const Join &) = default;
};

/// Server -> client: the client is now a member of this room.
struct Joined
{
    RoomInfo room{};

    friend bool operator==(const Joined &, const Joined &) = default;
};

/// Client -> server: stop being a member of `room`.
struct Leave
{
    QString room{};

    friend bool operator==(const Leave &, const Leave &) = default;
};

/// Server -> client: the client is no longer a member of `room`.
struct Left
{
    QString room{};

    friend bool operator==(const Left &, const Left &) = default;
};

/// Client -> server: change nickname. Everyone who shares a room hears a `presence` nick event.
struct NickChange
{
    QString nick{};

    friend bool operator==(const NickChange &, const NickChange &) = default;
};

/// Client -> server: set the status others see (Online or Away; Offline is not sent).
struct SetStatus
{
    Status status = Status::Online;

    friend bool operator==(const SetStatus &, const SetStatus &) = default;
};

/// Both ways: somebody is typing in `room` (or stopped, `active` false). Clients send it at
/// most every kTypingInterval; the server adds `nick` and passes it on to the room.
struct Typing
{
    QString room{};
    QString nick{}; ///< empty from a client
    bool active = true;

    friend bool operator==(const Typing &, const Typing &) = default;
};

/// Client -> server: everything up to `seq` of `room` has been read.
struct Read
{
    QString room{};
    qint64 seq = 0;

    friend bool operator==(const Read &, const Read &) = default;
};

/// Client -> server: find messages containing every word of `query`, in `room` or (empty) in
/// every room the client is in. Answered by `results`.
struct Search
{
    QString query{};
    QString room{};
    int limit = 50;
    /// Up to kMaxSearchTagLength characters the server puts in the `results`, so that a
    /// client can tell its searches apart (the Mentions list's from the user's own).
    QString tag{};

    friend bool operator==(const Search &, const Search &) = default;
};

/// Server -> client: the messages a `search` found, newest first.
struct Results
{
    QString query{};
    QList<ChatMessage> messages{};
    bool hasMore = false; ///< more matched than `limit`
    QString tag{};        ///< the `search`'s tag

    friend bool operator==(const Results &, const Results &) = default;
};

/// Client -> server: asks for the room directory. Answered by `rooms`.
struct ListRooms
{
    friend bool operator==(const ListRooms &, const ListRooms &) = default;
};

/// One room of the directory.
struct RoomSummary
{
    QString name{};
    QString topic{};
    int members = 0;

    friend bool operator==(const RoomSummary &, const RoomSummary &) = default;
};

/// Server -> client: every room there is (direct conversations not included).
struct RoomList
{
    QList<RoomSummary> rooms{};

    friend bool operator==(const RoomList &, const RoomList &) = default;
};

/// Both ways. From a client (only `room`): who is in that room? The server answers with the
/// same type: up to kMaxListedMembers of them, online and away first, then by nickname, with
/// how many there are in all and how many of those are connected.
struct Members
{
    QString room{};
    QList<Member> members{};
    qint64 total = 0;  ///< every member, listed or not; 0 in a request
    qint64 online = 0; ///< of those, connected (online or away); 0 in a request

    friend bool operator==(const Members &, const Members &) = default;
};

using Message = std::variant<Hello, Welcome, Send, Ack, ChatMessage, Presence, Error, Fetch,
                             History, Join, Joined, Leave, Left, NickChange, SetStatus, Typing,
                             Read, Search, Results, ListRooms, RoomList, Members>;

/// The wire `type` of a message, e.g. "hello".
QString typeName(const Message &message);

} // namespace palaver::protocol
