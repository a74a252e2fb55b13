#pragma once

#include "clock.h"
#include "connection.h"
#include "shared/messages.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace palaver::client {

class ChatModel;

/// The members of one room, for the user list: online first, then away, then offline, each
/// group sorted by nickname in the user's locale.
class MemberListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberListModel)
public:
    enum Role
    {
        NickRole = Qt::UserRole + 1,
        StatusRole, ///< protocol::Status, as int
    };
    Q_ENUM(Role)

    explicit MemberListModel(QObject *parent = nullptr);
    ~MemberListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole: the nickname; ToolTipRole and AccessibleTextRole: "alice (away)".
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Sets the whole list, as a welcome or `joined` gives it.
    void setMembers(const QList<protocol::Member> &members);
    /// The room is crowded (see isCrowded()) and has `memberCount` members: nobody listed yet.
    void setCrowded(qint64 memberCount);
    /// What the server answered to `members`: up to its limit of them, with how many members
    /// the room has in all and how many of them are connected.
    void setListed(const QList<protocol::Member> &members, qint64 total, qint64 online);
    /// Adds the member, or updates its status if it is already there.
    void upsert(const protocol::Member &member);
    void remove(const QString &nick);
    /// Sets the status of `nick` if it is a member; false if it isn't.
    bool setStatus(const QString &nick, protocol::Status status);
    bool rename(const QString &nick, const QString &newNick);
    const QList<protocol::Member> &members() const { return m_members; }
    /// Online or away: of every member, as far as known (see onlineKnown()).
    qint64 onlineCount() const;
    /// Whether onlineCount() counts every member: false for a crowded room not yet asked about.
    bool onlineKnown() const { return !m_crowded || m_online >= 0; }
    /// Every member, listed or not.
    qint64 total() const
    {
        return m_crowded ? std::max<qint64>(m_total, m_members.size()) : m_members.size();
    }
    /// A room too big for the server to tell who comes and goes (protocol::kCrowdedRoomMembers):
    /// the list is what the server said when last asked, maybe only part of it.
    bool isCrowded() const { return m_crowded; }

private:
    void sort();
    QList<protocol::Member> m_members;
    bool m_crowded = false;
    qint64 m_total = 0;
    qint64 m_online = -1;
};

/// The rooms and direct conversations the user is in, for the room list: `general` first,
/// then rooms by name, then direct conversations by the other person's nickname.
class RoomListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomListModel)
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1, ///< the room's name on the wire ("@…" for direct ones)
        TopicRole,
        UnreadRole,     ///< messages from others not read yet, int
        MentionsRole,   ///< of those, how many name the user, int
        DirectRole,     ///< bool
        PeerStatusRole, ///< for a direct conversation: the other person's protocol::Status
    };
    Q_ENUM(Role)

    explicit RoomListModel(QObject *parent = nullptr);
    ~RoomListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole: "general", or the other person's nickname; AccessibleTextRole adds the
    /// unread count and, for a direct conversation, the other person's status in words;
    /// ToolTipRole: the topic, or that status for a direct conversation without one.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The row of `room`, -1 if the user is not in it.
    int rowOf(const QString &room) const;
    QString roomAt(int row) const;

    // Kept up to date by Workspace.
    struct Entry
    {
        QString name{};
        QString display{};
        QString topic{};
        bool direct = false;
        protocol::Status peerStatus = protocol::Status::Offline;
        qint64 unread = 0;
        qint64 mentions = 0;
    };
    void upsert(const Entry &entry);
    void remove(const QString &room);
    const Entry *entry(const QString &room) const;
    qint64 totalUnread() const;

private:
    std::vector<Entry> m_entries; // in display order
};

/// A message somebody wrote that names the user, for the Mentions list.
struct Mention
{
    QString room;
    qint64 seq = 0;
    QString nick;
    QString text;
    QDateTime time;
};

/// What the user wants to be told about on the desktop. Do-not-disturb silences everything.
struct NotificationPolicy
{
    bool mentions = true;       ///< a message that names the user
    bool directMessages = true; ///< any message in a direct conversation
    bool allMessages = false;   ///< every message in every room (most people don't want this)
    bool doNotDisturb = false;
};

/// A desktop notification to show: something the user should know about and can't see.
struct Notification
{
    enum class Reason
    {
        Mention,
        DirectMessage,
        Message
    };
    Reason reason = Reason::Message;
    QString room;
    qint64 seq = 0;
    QString title; ///< e.g. "alice in #general", "alice (direct message)"
    QString body;  ///< the message's text, shortened
};

/// Everything the client knows about the rooms on one server, kept in step with the
/// connection: a chat log (ChatModel) and member list per room, the room list with unread
/// counts and mentions, who is typing, topics, the user's status (with away after 10 idle
/// minutes), and the slash commands. Widget-free, so tests can drive it.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    Workspace(Connection &connection, Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;

    static constexpr std::chrono::minutes kAwayAfterIdle{10};
    /// How often the members of a crowded room on screen are asked for again.
    static constexpr std::chrono::seconds kMembersRefresh{60};
    /// ... plus up to this much, at random, so that clients started together ask apart.
    static constexpr std::chrono::seconds kMembersRefreshJitter{15};

    RoomListModel &rooms() { return m_rooms; }
    /// The log of `room`; null if the user is not in it.
    ChatModel *chat(const QString &room) const;
    /// The members of `room`; null if the user is not in it.
    MemberListModel *members(const QString &room) const;
    /// "general", "bob" (direct conversation), for titles and notices.
    QString displayName(const QString &room) const;
    QString topic(const QString &room) const;
    bool isDirect(const QString &room) const;

    /// The room the user is looking at. Its unread count stays 0 while the window is active,
    /// and what arrives there is marked read on the server.
    QString currentRoom() const { return m_current; }
    void setCurrentRoom(const QString &room);
    /// Whether the window is in front: what arrives in the current room counts as seen only
    /// then, and notifications are only for what the user can't see.
    void setWindowActive(bool active);

    /// Nicknames typing in `room` right now, sorted; "alice is typing…" in words by
    /// typingText().
    QStringList typing(const QString &room) const;
    static QString typingText(const QStringList &nicks);

    /// Messages that named the user, oldest first: those that arrived or were loaded, and the
    /// newest ones the server finds in each room's whole history (a search for the nickname,
    /// sent on connecting, on joining a room and after a nickname change).
    const QList<Mention> &mentions() const { return m_mentions; }

    void setNotificationPolicy(const NotificationPolicy &policy) { m_policy = policy; }
    const NotificationPolicy &notificationPolicy() const { return m_policy; }

    /// Sends what the user typed in the current room, or runs it as a slash command. Returns
    /// what to tell the user if it can't be done (an unknown command, a message too long...);
    /// nothing when it was done or the input was blank. Command output (such as /help) goes
    /// into the current room's log as notices.
    std::optional<QString> submit(const QString &text);
    /// The text of /help: every command with one line of explanation.
    static QString helpText();
    /// The message input changed: tells the server the user is typing (or stopped), throttled.
    void inputChanged(const QString &text);
    /// The user did something (typed, clicked, moved the mouse over the window): resets the
    /// idle timer, and ends an automatic away.
    void userActive();
    /// Away by the user's own choice (/away, the status menu); stays until they say otherwise.
    void setAway(bool away);
    bool isAway() const;

    /// Loads the page of history before the oldest message shown in `room`. True if it asked.
    bool loadOlder(const QString &room);
    bool hasOlder(const QString &room) const;
    /// Makes sure the message `seq` of `room` is loaded (fetching older pages as needed),
    /// switches to the room and emits jumpReady(room, seq), or jumpFailed if it can't be
    /// loaded (deleted by retention, or not connected).
    void jumpTo(const QString &room, qint64 seq);
    /// Asks the server to search; the answer comes as searchResults().
    bool search(const QString &query, const QString &room = {});

signals:
    void currentRoomChanged(const QString &room);
    void typingChanged(const QString &room);
    void topicChanged(const QString &room, const QString &topic);
    /// The total of unread messages over all rooms changed (for the tray icon and the title).
    void unreadChanged(qint64 total);
    void mentionsChanged();
    void notify(const palaver::client::Notification &notification);
    void awayChanged(bool away);
    void searchResults(const palaver::protocol::Results &results);
    void roomDirectory(const palaver::protocol::RoomList &rooms);
    /// Older messages were put at the top of `room`'s log (the view keeps its place).
    void olderLoaded(const QString &room, int count);
    void jumpReady(const QString &room, qint64 seq);
    void jumpFailed(const QString &room, qint64 seq, const QString &reason);

private:
    struct Room;
    Room *room(const QString &name) const;
    Room &addRoom(const protocol::RoomInfo &info);
    void removeRoom(const QString &name);
    void updateEntry(const Room &room);
    void onWelcomed(const protocol::Welcome &welcome);
    void onMessage(const protocol::ChatMessage &message, bool live);
    void onHistory(const protocol::History &history, Connection::HistoryKind kind);
    void onPresence(const protocol::Presence &presence);
    void onTyping(const protocol::Typing &typing);
    void markSeen(Room &room);
    void continueJump();
    std::optional<QString> runCommand(const QString &command, const QString &argument);
    void notice(const QString &room, const QString &text);

    // Helpers of the above.
    /// The room of that name, made (empty, not yet confirmed by the server) if need be: for
    /// messages restored from the outbox before the welcome.
    Room &ensureRoom(const QString &name);
    /// The room the user means by `typed` ("Random", "#random"), ignoring case; null if none.
    Room *findRoom(const QString &typed) const;
    /// The direct conversation with `nick`, null if none is open.
    Room *directWith(const QString &nick) const;
    void applyRoomInfo(Room &room, const protocol::RoomInfo &info, bool fromWelcome);
    void onJoined(const protocol::RoomInfo &info);
    void onLeft(const QString &name);
    void onStateChanged(Connection::State state);
    void onRoomDirectory(const protocol::RoomList &rooms);
    void onNickTaken(const QString &nick, const QString &suggestion, const QString &message);
    bool isVisible(const Room &room) const;
    /// Asks the server who is in `room` if it is crowded, on screen and not asked lately.
    void askMembersIfCrowded(Room &room);
    bool isOwn(const QString &nick) const;
    void setOwnNick(const QString &nick);
    /// The first message after the user's read marker from someone else, 0 if none.
    qint64 firstUnreadOf(const Room &room) const;
    /// Adds `message` to the Mentions list, unless there; mentionsChanged() comes from
    /// announceMentions(), once for a whole frame or answer.
    void recordMention(const protocol::ChatMessage &message);
    void announceMentions();
    /// Whether `message` names the user, as someone else's words (not an event or a topic).
    bool isMention(const protocol::ChatMessage &message) const;
    /// Asks the server for the messages with the user's nickname in `room` (all: empty).
    void searchMentions(const QString &room = {});
    void onSearchResults(const protocol::Results &results);
    void maybeNotify(const Room &room, const protocol::ChatMessage &message, bool mention);
    void emitUnreadIfChanged();
    void failJump(const QString &reason);
    void expireTyping();
    void scheduleTypingExpiry();
    void clearTyping();
    /// Shows the "Connected to …" notice held back for the room's history, if any.
    void addConnectedNotice(Room &room);
    /// Forgets every room, log and mention of the server connected to before.
    void forgetServer();
    void stopOwnTyping();
    void checkIdle();
    void setAutoAway(bool away);
    /// Checks and sends what the user wrote to `room`; what to tell the user if it can't.
    std::optional<QString> sendTo(Room &room, const QString &text, protocol::MessageKind kind);
    std::optional<QString> joinCommand(const QString &argument);
    std::optional<QString> leaveCommand(const QString &argument);
    std::optional<QString> msgCommand(const QString &argument);
    std::optional<QString> nickCommand(const QString &argument);
    std::optional<QString> awayCommand(const QString &argument);
    std::optional<QString> topicCommand(const QString &argument);

    Connection &m_connection;
    Clock &m_clock;
    RoomListModel m_rooms;
    std::map<QString, std::unique_ptr<Room>> m_roomsByName;
    QString m_current;
    bool m_windowActive = true;
    QList<Mention> m_mentions;
    bool m_mentionsChanged = false;
    NotificationPolicy m_policy;
    bool m_manualAway = false;
    bool m_autoAway = false;
    std::unique_ptr<Alarm> m_idleAlarm;
    std::unique_ptr<Alarm> m_membersAlarm;
    qint64 m_lastActivityMs = 0;
    struct Jump
    {
        QString room;
        qint64 seq = 0;
    };
    std::optional<Jump> m_jump;
    QString m_typingRoom;                 // where the user was last typing
    std::unique_ptr<Alarm> m_typingAlarm; // when the next "is typing" of somebody expires
    QString m_nick;                       // ours, as the server knows it
    QString m_epoch;                      // of the last welcome
    bool m_announcedDrop = false;         // "Connection lost" said for this drop
    qint64 m_totalUnread = 0;             // as last emitted by unreadChanged
    QString m_pendingJoin;                // key of the room a /join asked for, to switch to it
    /// Messages written with "/msg nick text" before the conversation existed, by nickKey.
    QHash<QString, QStringList> m_pendingDirect;
    bool m_directoryRequested = false; // /list waits for the directory to print it
    QString m_requestedNick;           // of a /nick not answered yet
};

} // namespace palaver::client
