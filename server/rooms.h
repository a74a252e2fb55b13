#pragma once

#include "historyreplies.h"
#include "peers.h"
#include "shared/protocol.h"
#include "store.h"

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace palaver::server {

class Session;

/// Who is connected as which nickname and what they hear of each other: the rooms and direct
/// conversations of the welcome, presence, joining and leaving, nickname changes, typing, read
/// markers, search and the room directory. Memberships belong to nicknames and live in the
/// Store; each connected Session mirrors its own, so a broadcast needs no database.
///
/// The handlers answer the client themselves and return the error to refuse it with, if any,
/// so that every refusal goes through the server's one way of refusing (logged, rate-limited).
class Rooms final
{
    Q_DISABLE_COPY_MOVE(Rooms)
public:
    /// A room with more than `crowdedRoom` members is crowded (see protocol::kCrowdedRoomMembers).
    /// An answer to `members` about a crowded room is reused for `membersReuse`.
    Rooms(Store &store, HistoryReplies &history, const protocol::Limits &limits,
          int crowdedRoom = protocol::kCrowdedRoomMembers,
          std::chrono::milliseconds membersReuse = std::chrono::seconds(5));

    /// The other instances sharing the store, told of what happens here; none (the default)
    /// for a server that runs alone.
    void setPeers(Peers *peers) { m_peers = peers; }

    /// Stores a membership event in a room's history, where it gets a seq like any message
    /// and reaches the members once stored: who joined (`Join`) or left (`Leave`) the room,
    /// or changed nickname (`Nick`, from `nick` to `text`).
    using EventRecorder = std::function<void(const QString &room, const QString &nick,
                                             protocol::MessageKind kind, const QString &text)>;
    /// Where the events go (ChatServer queues them with the messages); without one, the
    /// events are only announced as presence.
    void setEventRecorder(EventRecorder recorder) { m_recordEvent = std::move(recorder); }

    /// The joined session using the nickname with this key, if any.
    Session *online(const QString &nickKey) const { return m_online.value(nickKey); }
    /// A nickname like `nick` that nobody uses, connected or not (such as "alice2").
    QString suggestNick(const QString &nick);

    /// Lets in `session`, whose hello (`hello`) was accepted: sends the welcome (`welcome`
    /// completed with the rooms), each room's history, and tells the others it is here.
    void enter(Session &session, const protocol::Hello &hello, protocol::Welcome welcome);
    /// `session` was replaced by a new connection of the same client: it leaves unannounced.
    void replace(Session &session);
    /// `session` disconnected; with `announce`, those who share a room hear it is offline.
    void disconnected(Session &session, bool announce);
    /// Tells those who share a room with `session` its status again (after the other
    /// instances had given this one up, and so shown it offline).
    void reannounce(Session &session);

    /// Sends a stored message to the connected members of `room` that have not had it yet
    /// (with the history of a room they just joined, or resumed).
    void broadcast(const protocol::ChatMessage &message);
    /// Whether any client of this instance is a member of `room`.
    bool hasLocalMembers(const QString &room) const;

    /// What another instance told: `encoded` for the local members of `room`; for those
    /// sharing a room that is not crowded with `subjectKey`; that `room` has other members
    /// now; that `nickKey`, if connected here, became a member of `room`; that `nickKey`
    /// went away with its instance.
    void fromPeerToRoom(const QString &room, const QString &encoded);
    void fromPeerToSharing(const QString &subjectKey, const QString &encoded);
    void membersChangedElsewhere(const QString &room);
    void addedElsewhere(const QString &room, const QString &nickKey);
    void goneElsewhere(const QString &nickKey, const QString &nick);
    /// Called before a `send` to `room` (which `session` is a member of) is stored: a direct
    /// conversation the other person left gets them back, with `joined` and its history.
    std::optional<protocol::Error> prepareSend(Session &session, const QString &room,
                                               const QUuid &id);

    std::optional<protocol::Error> join(Session &session, const protocol::Join &join);
    std::optional<protocol::Error> leave(Session &session, const protocol::Leave &leave);
    std::optional<protocol::Error> rename(Session &session, const protocol::NickChange &change);
    std::optional<protocol::Error> setStatus(Session &session, const protocol::SetStatus &status);
    std::optional<protocol::Error> typing(Session &session, const protocol::Typing &typing);
    std::optional<protocol::Error> read(Session &session, const protocol::Read &read);
    std::optional<protocol::Error> search(Session &session, const protocol::Search &search);
    std::optional<protocol::Error> list(Session &session);
    std::optional<protocol::Error> members(Session &session, const protocol::Members &request);

private:
    std::optional<protocol::Error> openDirect(Session &session, const QString &nick);
    /// Makes `nick` a member of `room` with everything so far read, and its session (if
    /// connected) too. False if the store failed.
    bool addMember(const QString &room, const QString &nick);
    /// Answers a join: `joined`, then the room's recent history.
    void sendJoined(Session &session, const QString &room);
    void sendHistory(Session &session, const QString &room,
                     const std::optional<protocol::ResumePoint> &resume);
    protocol::RoomInfo describe(const QString &room, const QString &viewerKey);
    protocol::Status statusOf(const QString &nickKey) const;
    /// How many rooms the nickname with this key is in, connected or not.
    qsizetype roomCountOf(const QString &nickKey);
    /// How many members `room` has (remembered until one joins or leaves).
    qint64 memberCountOf(const QString &room);
    bool isCrowded(const QString &room) { return memberCountOf(room) > m_crowdedRoom; }
    /// Sends `encoded` to the local members of the room with key `roomKey`, but `except`.
    void sendToRoom(const QString &roomKey, const QString &encoded,
                    const Session *except = nullptr);
    /// Sends `encoded` to the local sessions in any of the rooms with these keys, but `except`.
    void sendToSharing(const QStringList &roomKeys, const QString &encoded, const Session *except);
    /// The keys of those of `rooms` that are not crowded.
    QStringList uncrowdedKeys(const QStringList &rooms);
    /// Tells the room that `presence.nick` joined or left it, unless the room is crowded.
    /// Tells the room's members of a join or leave, unless the room is crowded; returns
    /// whether it did. What is told is also recorded in the room's history.
    bool announce(const protocol::Presence &presence);
    void recordEvent(const QString &room, const QString &nick, protocol::MessageKind kind,
                     const QString &text = {});
    /// Sends `message` once to every joined session that shares a room that is not crowded
    /// with `subject`, and to `subject` itself (which must be joined) if `includeSubject`.
    void tellSharing(Session &subject, const protocol::Message &message, bool includeSubject);
    static protocol::Error error(protocol::ErrorCode code, const QString &message,
                                 std::optional<QUuid> id = std::nullopt);
    protocol::Error storageFailed(std::optional<QUuid> id = std::nullopt);

    Store &m_store;
    HistoryReplies &m_history;
    Peers *m_peers = nullptr;
    EventRecorder m_recordEvent;
    protocol::Limits m_limits;
    int m_crowdedRoom;
    std::chrono::milliseconds m_membersReuse;
    QHash<QString, Session *> m_online;    // nickname key -> its joined session
    QHash<QString, qint64> m_memberCounts; // room name -> members, as far as known
    /// The last `members` answer for each crowded room, reused for a few seconds: every client
    /// showing a crowded room asks every minute, and each answer reads every member.
    struct MembersAnswer
    {
        qint64 madeAtMs = 0;
        QString encoded;
    };
    QHash<QString, MembersAnswer> m_membersAnswers;
};

} // namespace palaver::server
