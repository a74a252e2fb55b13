#pragma once

#include "shared/messages.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace palaver::server {

/// A chat message accepted by the server and waiting to be stored.
struct NewMessage
{
    QUuid id;
    QString room;
    QString nick;
    QString text;
    QDateTime time;
    /// A Topic also sets the room's topic, in the same transaction (blank text clears it).
    protocol::MessageKind kind = protocol::MessageKind::Text;
};

/// What became of one NewMessage: stored now, or already stored earlier under the same id
/// (then `message` is the original, with its original seq and time).
struct AppendResult
{
    protocol::ChatMessage message;
    bool duplicate = false;
};

/// The stored part of a room: seqs from `first` to `last` (both 0 when nothing is stored).
/// `last` never goes down, even when trimming empties the room.
struct RoomRange
{
    qint64 first = 0;
    qint64 last = 0;
};

/// How much history to keep; 0 means no limit.
struct Retention
{
    int maxDays = 0;
    qint64 maxPerRoom = 0;
};

/// A room (or direct conversation) as stored. Rooms are told apart by the key of their name
/// (protocol::nickKey: normalized, case-folded); `name` is the spelling it was created with,
/// the one its messages are stored under.
struct RoomRecord
{
    QString name;
    QString topic; ///< empty when none is set
    bool direct = false;
    QDateTime created;
};

/// A member of a room: the key it is known by and its nickname as last spelled.
struct MemberRecord
{
    QString nickKey;
    QString nick;

    friend bool operator==(const MemberRecord &, const MemberRecord &) = default;
};

/// The answer to a search: the newest matches first, and whether more matched.
struct SearchResult
{
    std::vector<protocol::ChatMessage> messages;
    bool hasMore = false;
};

/// Where chat history, rooms, memberships and read markers live. Every message that append()
/// returns is durable: a crash or a power cut after it returns loses none of them. Nicknames
/// are passed as they are spelled where they are stored for display, and as keys
/// (protocol::nickKey) where they only identify somebody.
class Store
{
public:
    virtual ~Store() = default;

    /// Identifies this history. It changes only when history is lost (a new database), which
    /// tells resuming clients that their seqs no longer mean anything here.
    virtual QString epoch() const = 0;

    /// Stores a batch in one transaction, in order, giving each new message the next seq of its
    /// room. Nothing is stored if it fails: then it returns nothing and errorString() says why.
    virtual std::optional<std::vector<AppendResult>>
    append(const std::vector<NewMessage> &batch) = 0;

    /// Up to `limit` messages of `room` with seq < `beforeSeq` (the newest ones), oldest first.
    virtual std::vector<protocol::ChatMessage> before(const QString &room, qint64 beforeSeq,
                                                      int limit) = 0;
    /// Up to `limit` messages of `room` with seq > `afterSeq`, oldest first.
    virtual std::vector<protocol::ChatMessage> after(const QString &room, qint64 afterSeq,
                                                     int limit) = 0;
    virtual RoomRange range(const QString &room) = 0;
    /// The last seq of every room that has ever had a message, by room name.
    virtual QHash<QString, qint64> lastSeqs() = 0;

    /// Deletes what `retention` no longer keeps, as of `now`; returns how many messages went.
    virtual qint64 trim(const Retention &retention, const QDateTime &now) = 0;

    /// The room whose name has the same key as `name`, if there is one.
    virtual std::optional<RoomRecord> room(const QString &name) = 0;
    /// The room with the key of `name`, created (not direct) if there is none yet. Nothing on
    /// failure.
    virtual std::optional<RoomRecord> createRoom(const QString &name, const QDateTime &now) = 0;
    /// Every room that is not a direct conversation, sorted by key, with its member count.
    virtual std::vector<protocol::RoomSummary> roomDirectory() = 0;

    /// The members of `room`, sorted by key.
    virtual std::vector<MemberRecord> members(const QString &room) = 0;
    /// How many members `room` has; -1 on failure.
    virtual qint64 memberCount(const QString &room) = 0;
    /// Makes `nick` a member of `room` (a no-op if it is one). False on failure.
    virtual bool addMember(const QString &room, const QString &nick) = 0;
    virtual bool removeMember(const QString &room, const QString &nickKey) = 0;
    /// The rooms and direct conversations `nickKey` is a member of, by name.
    virtual QStringList roomsOf(const QString &nickKey) = 0;
    /// How `nickKey` is spelled in its memberships; empty if it is a member of nothing, which
    /// makes it a nickname the server does not know.
    virtual QString nickOf(const QString &nickKey) = 0;
    /// Moves the memberships, read markers and direct conversations of `oldKey` to `newNick`
    /// (which may be another spelling of the same key), all or nothing.
    virtual bool renameNick(const QString &oldKey, const QString &newNick) = 0;

    /// The name of the direct conversation between two keys (in either order). If there is
    /// none, one is made when `create` is set (a name of "@" and 32 hex digits), and an empty
    /// string is returned when it is not (or on failure).
    virtual QString directRoom(const QString &keyA, const QString &keyB, bool create,
                               const QDateTime &now) = 0;
    /// The two keys of a direct conversation; empty for a room that is not one.
    virtual QStringList directParticipants(const QString &room) = 0;

    /// Records that `nickKey` has read `room` up to `seq`; a marker never moves back.
    virtual bool setReadMarker(const QString &nickKey, const QString &room, qint64 seq) = 0;
    /// The newest seq `nickKey` has read in `room`, 0 if none.
    virtual qint64 readMarker(const QString &nickKey, const QString &room) = 0;
    /// Messages of `room` after `afterSeq` not sent by `excludingNickKey`.
    virtual qint64 unreadCount(const QString &room, qint64 afterSeq,
                               const QString &excludingNickKey) = 0;

    /// Messages of `rooms` holding every word of `query` (as the start of a word where the
    /// backend has a full-text index), newest first, at most `limit`. A query of any content is
    /// only ever data: it cannot make the search fail.
    virtual SearchResult search(const QString &query, const QStringList &rooms, int limit) = 0;

    /// Whether the store can be used right now: false while a database server is out of reach
    /// (errorString() says why). Asked before a client is let in, not before every call.
    virtual bool isAvailable() { return true; }

    virtual QString errorString() const = 0;
};

} // namespace palaver::server
