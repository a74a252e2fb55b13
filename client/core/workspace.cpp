#include "workspace.h"

#include "chatmodel.h"
#include "mentions.h"
#include "shared/validation.h"
#include "workspaceroom_p.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorkspace, "palaver.client.workspace", QtInfoMsg)

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QString defaultRoom()
{
    return QString::fromUtf16(protocol::kDefaultRoom);
}

/// The tag of the searches for the user's nickname, whose answers fill the Mentions list.
constexpr QLatin1StringView kMentionsSearchTag("mentions");

/// How much of a long message a desktop notification shows.
constexpr qsizetype kNotificationBodyLength = 200;

/// Messages fetched around a message jumped to, so it is shown in context.
constexpr qint64 kJumpContext = 25;

} // namespace

Workspace::Workspace(Connection &connection, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_current(defaultRoom())
    , m_nick(connection.nick())
{
    // The default room exists from the start, so there is a log to show before the welcome
    // (and the notices of a connection that fails).
    ensureRoom(m_current);

    connect(&connection, &Connection::welcomed, this, &Workspace::onWelcomed);
    connect(&connection, &Connection::messageReceived, this,
            [this](const protocol::ChatMessage &message) {
                onMessage(message, true);
                announceMentions();
            });
    connect(&connection, &Connection::historyReceived, this, &Workspace::onHistory);
    connect(&connection, &Connection::presenceReceived, this, &Workspace::onPresence);
    connect(&connection, &Connection::typingReceived, this, &Workspace::onTyping);
    connect(&connection, &Connection::joined, this, &Workspace::onJoined);
    connect(&connection, &Connection::left, this, &Workspace::onLeft);
    connect(&connection, &Connection::stateChanged, this, &Workspace::onStateChanged);
    connect(&connection, &Connection::searchResults, this, &Workspace::onSearchResults);
    connect(&connection, &Connection::roomListReceived, this, &Workspace::onRoomDirectory);
    connect(&connection, &Connection::membersReceived, this, [this](const protocol::Members &m) {
        if (Room *r = room(m.room))
            r->members.setListed(m.members, m.total, m.online);
    });
    connect(&connection, &Connection::nickTaken, this, &Workspace::onNickTaken);
    connect(&connection, &Connection::serverChanged, this, &Workspace::forgetServer);
    connect(&connection, &Connection::outboxRestored, this,
            [this](const QList<OutgoingMessage> &messages) {
                for (const OutgoingMessage &message : messages) {
                    ensureRoom(message.room)
                        .chat.addPending(message.id, m_connection.nick(), message.text,
                                         message.created, message.kind);
                }
            });
    connect(&connection, &Connection::sendFailed, this,
            [this](const QUuid &id, const QString &reason) {
                // Only the room that shows the message has it; the others ignore the id.
                for (const auto &[name, room] : m_roomsByName)
                    room->chat.markFailed(id, reason);
            });
    connect(&connection, &Connection::serverError, this, [this](const protocol::Error &error) {
        if (error.code == protocol::ErrorCode::UnknownNick)
            m_pendingDirect.clear(); // the conversation asked for won't come
        notice(m_current, tr("The server reported a problem: %1").arg(error.message));
    });

    m_lastActivityMs = m_clock.nowMs();
    m_idleAlarm = m_clock.schedule(kAwayAfterIdle, [this] { checkIdle(); });
}

Workspace::~Workspace() = default;

// Rooms

Workspace::Room *Workspace::room(const QString &name) const
{
    const auto it = m_roomsByName.find(name);
    return it == m_roomsByName.end() ? nullptr : it->second.get();
}

Workspace::Room &Workspace::ensureRoom(const QString &name)
{
    if (Room *existing = room(name))
        return *existing;
    return addRoom(protocol::RoomInfo{.name = name});
}

Workspace::Room &Workspace::addRoom(const protocol::RoomInfo &info)
{
    auto fresh = std::make_unique<Room>();
    Room &added = *fresh;
    added.info.name = info.name;
    added.chat.setOwnNick(m_nick);
    m_roomsByName.emplace(info.name, std::move(fresh));
    updateEntry(added);
    return added;
}

void Workspace::removeRoom(const QString &name)
{
    const auto it = m_roomsByName.find(name);
    if (it == m_roomsByName.end())
        return;
    if (m_jump && m_jump->room == name)
        failJump(tr("You left that conversation."));
    if (m_current == name) // switch first, so no view is left showing a deleted log
        setCurrentRoom(defaultRoom());
    if (m_typingRoom == name)
        m_typingRoom.clear();
    const bool hadTyping = !it->second->typing.empty();
    m_rooms.remove(name);
    m_roomsByName.erase(it);
    if (hadTyping)
        emit typingChanged(name);
    const auto before = m_mentions.size();
    m_mentions.removeIf([&name](const Mention &mention) { return mention.room == name; });
    if (m_mentions.size() != before)
        emit mentionsChanged();
    emitUnreadIfChanged();
}

Workspace::Room *Workspace::findRoom(const QString &typed) const
{
    if (Room *exact = room(typed))
        return exact;
    const QString key = protocol::nickKey(typed);
    for (const auto &[name, room] : m_roomsByName) {
        if (!room->info.isDirect() && protocol::nickKey(name) == key)
            return room.get();
    }
    return nullptr;
}

Workspace::Room *Workspace::directWith(const QString &nick) const
{
    const QString key = protocol::nickKey(nick);
    for (const auto &[name, room] : m_roomsByName) {
        if (room->info.isDirect() && protocol::nickKey(room->info.peer) == key)
            return room.get();
    }
    return nullptr;
}

void Workspace::updateEntry(const Room &room)
{
    RoomListModel::Entry entry;
    entry.name = room.info.name;
    entry.direct = room.info.isDirect();
    entry.display = entry.direct ? room.info.peer : room.info.name;
    entry.topic = room.info.topic;
    entry.unread = room.unread;
    entry.mentions = room.unreadMentions.size();
    if (entry.direct) {
        const QString key = protocol::nickKey(room.info.peer);
        for (const protocol::Member &member : room.members.members()) {
            if (protocol::nickKey(member.nick) == key)
                entry.peerStatus = member.status;
        }
    }
    m_rooms.upsert(entry);
}

void Workspace::applyRoomInfo(Room &room, const protocol::RoomInfo &info, bool fromWelcome)
{
    const bool topicDiffers = room.info.topic != info.topic;
    room.member = true;
    room.info.topic = info.topic;
    room.info.peer = info.peer;
    room.info.lastSeq = info.lastSeq;
    if (info.memberCount > 0)
        room.members.setCrowded(info.memberCount);
    else
        room.members.setMembers(info.members);
    room.membersAskedAt = -1;
    // The server's marker counts, unless this client saw more than it heard of (it was read
    // here while the connection was down): then the messages read here are not unread.
    qint64 unread = info.unread;
    if (fromWelcome && room.lastRead > info.lastRead) {
        for (int row = 0; row < room.chat.rowCount(); ++row) {
            const ChatLine &line = room.chat.line(row);
            if (line.kind == ChatLine::Kind::Message && line.seq > info.lastRead &&
                line.seq <= room.lastRead && !isOwn(line.nick))
                --unread;
        }
        m_connection.markRead(info.name, room.lastRead);
    } else {
        room.lastRead = info.lastRead;
    }
    // The room on screen is read as soon as its history is in: don't count it meanwhile (the
    // tray icon would flash).
    room.unread = isVisible(room) ? 0 : std::max<qint64>(0, unread);
    room.unreadMentions.removeIf([&room](qint64 seq) { return seq <= room.lastRead; });
    room.awaitingHistory = true;
    room.awaitingMarker = true;
    room.olderInFlight = 0;
    room.olderAnswerLastSeq = -1;
    updateEntry(room);
    if (topicDiffers)
        emit topicChanged(info.name, info.topic);
}

ChatModel *Workspace::chat(const QString &name) const
{
    Room *r = room(name);
    return r ? &r->chat : nullptr;
}

MemberListModel *Workspace::members(const QString &name) const
{
    Room *r = room(name);
    return r ? &r->members : nullptr;
}

QString Workspace::displayName(const QString &name) const
{
    Room *r = room(name);
    return r && r->info.isDirect() ? r->info.peer : name;
}

QString Workspace::topic(const QString &name) const
{
    Room *r = room(name);
    return r ? r->info.topic : QString();
}

bool Workspace::isDirect(const QString &name) const
{
    Room *r = room(name);
    return r && r->info.isDirect();
}

void Workspace::notice(const QString &name, const QString &text)
{
    if (Room *r = room(name))
        r->chat.addNotice(text, QDateTime::currentDateTimeUtc());
}

// What the user sees

void Workspace::setCurrentRoom(const QString &name)
{
    Room *r = room(name);
    if (!r)
        return;
    if (name == m_current) {
        if (m_windowActive)
            markSeen(*r);
        return;
    }
    if (!m_typingRoom.isEmpty() && m_typingRoom != name)
        stopOwnTyping();
    m_current = name;
    // Coming back to a room moves the "unread from here" line to what arrived since it was
    // last seen (or removes it when nothing did), as Slack and Mattermost do.
    r->chat.setFirstUnread(firstUnreadOf(*r));
    r->awaitingMarker = false;
    if (m_windowActive)
        markSeen(*r);
    askMembersIfCrowded(*r);
    emit currentRoomChanged(name);
}

void Workspace::askMembersIfCrowded(Room &r)
{
    if (!r.members.isCrowded() || r.info.name != m_current)
        return;
    const qint64 now = m_clock.nowMs();
    if (r.membersAskedAt >= 0 &&
        now - r.membersAskedAt <
            std::chrono::duration_cast<std::chrono::milliseconds>(kMembersRefresh).count())
        return;
    if (!m_connection.askMembers(r.info.name))
        return; // offline: the welcome will tell again
    r.membersAskedAt = now;
    // Nobody tells of the comings and goings in a crowded room: ask again while it is shown.
    const auto jitter = std::chrono::milliseconds(QRandomGenerator::global()->bounded(
        int(std::chrono::duration_cast<std::chrono::milliseconds>(kMembersRefreshJitter).count())));
    m_membersAlarm = m_clock.schedule(kMembersRefresh + jitter, [this] {
        if (Room *current = room(m_current))
            askMembersIfCrowded(*current);
    });
}

void Workspace::setWindowActive(bool active)
{
    if (active == m_windowActive)
        return;
    m_windowActive = active;
    if (!active)
        return;
    userActive();
    if (Room *r = room(m_current)) {
        // What came while the window was in the background is new: mark where it starts.
        if (r->unread > 0)
            r->chat.setFirstUnread(firstUnreadOf(*r));
        markSeen(*r);
    }
}

bool Workspace::isVisible(const Room &room) const
{
    return m_windowActive && room.info.name == m_current;
}

bool Workspace::isOwn(const QString &nick) const
{
    return protocol::nickKey(nick) == protocol::nickKey(m_nick);
}

void Workspace::setOwnNick(const QString &nick)
{
    m_nick = nick;
    for (const auto &[name, room] : m_roomsByName)
        room->chat.setOwnNick(nick);
}

qint64 Workspace::firstUnreadOf(const Room &room) const
{
    // Messages are in seq order: walk back from the newest to the read marker. The lines of
    // a history the server lost have no seq any more (ChatModel::forgetSeqs): the walk stops
    // there too.
    qint64 first = 0;
    for (int row = room.chat.rowCount() - 1; row >= 0; --row) {
        const ChatLine &line = room.chat.line(row);
        if (line.kind != ChatLine::Kind::Message || line.status != ChatLine::Status::Delivered)
            continue;
        if (line.seq <= room.lastRead)
            break;
        if (!isOwn(line.nick) && !protocol::isEventKind(line.messageKind))
            first = line.seq;
    }
    return first;
}

void Workspace::markSeen(Room &room)
{
    const qint64 newest = room.chat.newestSeq();
    room.lastRead = std::max(room.lastRead, newest);
    if (room.member && newest > 0)
        m_connection.markRead(room.info.name, newest);
    if (room.unread != 0 || !room.unreadMentions.isEmpty()) {
        room.unread = 0;
        room.unreadMentions.clear();
        updateEntry(room);
        emitUnreadIfChanged();
    }
}

void Workspace::emitUnreadIfChanged()
{
    const qint64 total = m_rooms.totalUnread();
    if (total == m_totalUnread)
        return;
    m_totalUnread = total;
    emit unreadChanged(total);
}

// The connection

void Workspace::forgetServer()
{
    m_jump.reset();
    m_epoch.clear();
    m_typingRoom.clear(); // the old server forgets it by itself
    clearTyping();
    setCurrentRoom(defaultRoom());
    QStringList others;
    for (const auto &[name, room] : m_roomsByName) {
        if (name != defaultRoom())
            others.append(name);
    }
    for (const QString &name : std::as_const(others))
        removeRoom(name);
    Room &general = *room(defaultRoom());
    const bool hadTopic = !general.info.topic.isEmpty();
    general.info = {};
    general.info.name = defaultRoom();
    general.chat.clear();
    general.members.setMembers({});
    general.member = false;
    general.lastRead = 0;
    general.unread = 0;
    general.unreadMentions.clear();
    general.awaitingHistory = false;
    general.awaitingMarker = false;
    general.hasOlder = false;
    general.olderInFlight = 0;
    general.olderAnswerLastSeq = -1;
    general.connectedNotice.clear();
    updateEntry(general);
    if (hadTopic)
        emit topicChanged(general.info.name, QString());
    if (!m_mentions.isEmpty()) {
        m_mentions.clear();
        emit mentionsChanged();
    }
    emitUnreadIfChanged();
}

void Workspace::addConnectedNotice(Room &room)
{
    if (room.connectedNotice.isEmpty())
        return;
    room.chat.addNotice(room.connectedNotice, room.connectedAt);
    room.connectedNotice.clear();
}

void Workspace::onWelcomed(const protocol::Welcome &welcome)
{
    m_announcedDrop = false;
    // A reconnect resumes each room, and what it missed brings its mentions. Only a first
    // connection, a history the server lost or another nickname asks the server for older ones.
    const bool askForMentions = welcome.epoch != m_epoch || welcome.nick != m_nick;
    if (!m_epoch.isEmpty() && welcome.epoch != m_epoch) {
        // The server lost its history: seqs start again, and what was read here means nothing.
        for (const auto &[name, room] : m_roomsByName) {
            room->lastRead = 0;
            room->chat.forgetSeqs();
        }
        // Mentions point at messages by seq: the new history's would be taken for them.
        if (!m_mentions.isEmpty()) {
            m_mentions.clear();
            m_mentionsChanged = true;
        }
    }
    m_epoch = welcome.epoch;
    if (welcome.nick != m_nick)
        setOwnNick(welcome.nick);
    clearTyping();

    QSet<QString> inWelcome;
    for (const protocol::RoomInfo &info : welcome.rooms) {
        inWelcome.insert(info.name);
        Room &r = ensureRoom(info.name);
        applyRoomInfo(r, info, true);
    }
    // Rooms left elsewhere meanwhile go, unless they hold messages still being sent: those
    // stay until the server says what became of them.
    QStringList gone;
    for (const auto &[name, room] : m_roomsByName) {
        if (inWelcome.contains(name))
            continue;
        room->member = false;
        const bool hasOutbox = std::any_of(
            m_connection.outbox().pending().cbegin(), m_connection.outbox().pending().cend(),
            [&name](const OutgoingMessage &message) { return message.room == name; });
        if (!hasOutbox)
            gone.append(name);
    }
    // Removing the current room switches to the default one.
    for (const QString &name : std::as_const(gone)) {
        if (name != defaultRoom())
            removeRoom(name);
    }

    for (const protocol::RoomInfo &info : welcome.rooms) {
        Room &r = *room(info.name);
        QStringList nicks;
        for (const protocol::Member &member : info.members)
            nicks.append(member.nick);
        if (info.isDirect()) {
            r.connectedNotice = tr("Connected to %1 as %2.").arg(welcome.name, welcome.nick);
        } else if (info.memberCount > 0) {
            r.connectedNotice = tr("Connected to %1 as %2. The room has %n member(s).", nullptr,
                                   int(std::min<qint64>(info.memberCount, INT_MAX)))
                                    .arg(welcome.name, welcome.nick);
        } else {
            r.connectedNotice =
                tr("Connected to %1 as %2. In the room: %3.")
                    .arg(welcome.name, welcome.nick, QLocale().createSeparatedList(nicks));
        }
        r.connectedAt = QDateTime::currentDateTimeUtc();
    }
    if (Room *current = room(m_current))
        askMembersIfCrowded(*current);
    emitUnreadIfChanged();
    announceMentions();
    if (askForMentions)
        searchMentions();
}

void Workspace::onJoined(const protocol::RoomInfo &info)
{
    Room &r = ensureRoom(info.name);
    applyRoomInfo(r, info, false);
    askMembersIfCrowded(r);
    emitUnreadIfChanged();
    searchMentions(info.name);
    if (info.isDirect()) {
        const QStringList queued = m_pendingDirect.take(protocol::nickKey(info.peer));
        if (!queued.isEmpty() || protocol::nickKey(info.peer) == m_pendingJoin) {
            m_pendingJoin.clear();
            setCurrentRoom(info.name);
            for (const QString &text : queued) {
                if (const auto problem = sendTo(r, text, protocol::MessageKind::Text))
                    notice(info.name, *problem);
            }
        }
    } else if (!m_pendingJoin.isEmpty() && protocol::nickKey(info.name) == m_pendingJoin) {
        m_pendingJoin.clear();
        setCurrentRoom(info.name);
    }
}

void Workspace::onLeft(const QString &name)
{
    removeRoom(name);
}

void Workspace::onStateChanged(Connection::State state)
{
    if (state != Connection::State::Connected) {
        if (m_jump)
            failJump(tr("Not connected; try again when connected."));
        // Requests die with the connection: their answers won't come.
        for (const auto &[name, room] : m_roomsByName) {
            room->olderInFlight = 0;
            room->awaitingHistory = false;
            addConnectedNotice(*room);
        }
        m_pendingJoin.clear();
        m_requestedNick.clear();
        m_directoryRequested = false;
        for (const QStringList &texts : std::as_const(m_pendingDirect)) {
            for (const QString &text : texts)
                notice(m_current, tr("Not sent, as the connection was lost before the direct "
                                     "conversation opened: “%1”")
                                      .arg(text));
        }
        m_pendingDirect.clear();
        clearTyping(); // nobody's "typing" can be ended while the connection is down
    }
    if (state == Connection::State::Reconnecting && !m_announcedDrop) {
        m_announcedDrop = true;
        const QString text = tr("Connection lost: %1 Messages you write are kept and sent when "
                                "the connection is back.")
                                 .arg(m_connection.lastProblem());
        for (const auto &[name, room] : m_roomsByName)
            room->chat.addNotice(text, QDateTime::currentDateTimeUtc());
    } else if (state == Connection::State::Offline && !m_connection.lastProblem().isEmpty()) {
        const QString text = tr("Disconnected: %1").arg(m_connection.lastProblem());
        for (const auto &[name, room] : m_roomsByName)
            room->chat.addNotice(text, QDateTime::currentDateTimeUtc());
    }
}

void Workspace::onMessage(const protocol::ChatMessage &message, bool live)
{
    Room *r = room(message.room);
    if (!r) {
        qCWarning(lcWorkspace, "a message for %s, which this client is not in",
                  qUtf8Printable(message.room));
        return;
    }
    r->chat.addMessage(message);
    const bool own = isOwn(message.nick);
    const bool event = protocol::isEventKind(message.kind); // joined, left, renamed
    const bool mention = isMention(message);
    if (mention)
        recordMention(message);
    if (!live) {
        // History: the welcome's unread count includes it already.
        if (mention && message.seq > r->lastRead)
            r->unreadMentions.insert(message.seq);
        return;
    }
    if (r->typing.erase(message.nick) > 0)
        emit typingChanged(message.room);
    if (message.kind == protocol::MessageKind::Topic && r->info.topic != message.text) {
        r->info.topic = message.text;
        updateEntry(*r);
        emit topicChanged(message.room, message.text);
    }
    if (isVisible(*r)) {
        markSeen(*r);
        return;
    }
    if (own || event)
        return; // nothing to read, nothing to tell
    ++r->unread;
    if (mention)
        r->unreadMentions.insert(message.seq);
    updateEntry(*r);
    emitUnreadIfChanged();
    maybeNotify(*r, message, mention);
}

void Workspace::onHistory(const protocol::History &history, Connection::HistoryKind kind)
{
    Room *r = room(history.room);
    if (!r)
        return;
    if (kind == Connection::HistoryKind::Older) {
        const bool continuation = r->olderAnswerLastSeq >= 0 && !history.messages.isEmpty() &&
                                  history.messages.constFirst().seq == r->olderAnswerLastSeq + 1;
        if (!continuation) {
            // The first frame of an answer says whether there is more before it.
            r->olderInFlight = std::max(0, r->olderInFlight - 1);
            r->hasOlder = history.hasMore;
        }
        r->olderAnswerLastSeq = history.messages.isEmpty() ? -1 : history.messages.constLast().seq;
        const int before = r->chat.rowCount();
        r->chat.prependOlder(history.messages);
        for (const protocol::ChatMessage &message : history.messages) {
            if (isMention(message))
                recordMention(message);
        }
        announceMentions();
        emit olderLoaded(history.room, r->chat.rowCount() - before);
        if (m_jump && m_jump->room == history.room)
            continueJump();
        return;
    }

    r->olderAnswerLastSeq = -1;
    if (history.recovered == false) {
        r->chat.addNotice(tr("Some messages sent while you were away could not be recovered: "
                             "the server's history was reset or has been trimmed. Shown below "
                             "is the latest history."),
                          QDateTime::currentDateTimeUtc());
    }
    // Only the first frame of a join's answer tells whether older messages exist; a resume
    // keeps what was known about the scroll-back.
    if (r->awaitingHistory && kind == Connection::HistoryKind::Recent)
        r->hasOlder = history.hasMore;
    r->awaitingHistory = false;
    for (const protocol::ChatMessage &message : history.messages)
        onMessage(message, false);
    announceMentions();
    addConnectedNotice(*r);
    if (r->awaitingMarker) {
        if (const qint64 first = firstUnreadOf(*r); first > 0) {
            r->chat.setFirstUnread(first);
            r->awaitingMarker = false;
        }
    }
    if (isVisible(*r)) {
        markSeen(*r);
    } else {
        updateEntry(*r);
        emitUnreadIfChanged();
    }
    if (m_jump && m_jump->room == history.room)
        continueJump(); // it was waiting for the room's history
}

bool Workspace::isMention(const protocol::ChatMessage &message) const
{
    return !isOwn(message.nick) && !protocol::isEventKind(message.kind) &&
           message.kind != protocol::MessageKind::Topic && client::mentions(message.text, m_nick);
}

void Workspace::searchMentions(const QString &room)
{
    // The loaded history holds only the latest mentions; older ones are found by the server.
    // Its search matches words starting with the nickname ("alice2" for "alice"): only real
    // mentions are kept.
    if (!m_nick.isEmpty())
        m_connection.search(m_nick, room, kMentionsSearchTag);
}

void Workspace::onSearchResults(const protocol::Results &results)
{
    if (results.tag != kMentionsSearchTag) {
        emit searchResults(results); // the user's own search
        return;
    }
    for (const protocol::ChatMessage &message : results.messages) {
        if (room(message.room) && isMention(message))
            recordMention(message);
    }
    announceMentions();
}

void Workspace::announceMentions()
{
    if (std::exchange(m_mentionsChanged, false))
        emit mentionsChanged();
}

void Workspace::recordMention(const protocol::ChatMessage &message)
{
    const auto byTime = [](const Mention &a, const Mention &b) {
        return a.time != b.time ? a.time < b.time : a.seq < b.seq;
    };
    const Mention mention{message.room, message.seq, message.nick, message.text, message.time};
    const auto at = std::lower_bound(m_mentions.begin(), m_mentions.end(), mention, byTime);
    const auto same = [&mention](const Mention &m) {
        return m.room == mention.room && m.seq == mention.seq;
    };
    // The same message can come again (a failed resume, an older page overlapping).
    if (std::any_of(m_mentions.cbegin(), m_mentions.cend(), same))
        return;
    m_mentions.insert(at, mention);
    m_mentionsChanged = true;
}

void Workspace::maybeNotify(const Room &room, const protocol::ChatMessage &message, bool mention)
{
    if (m_policy.doNotDisturb)
        return;
    Notification notification;
    if (mention && m_policy.mentions)
        notification.reason = Notification::Reason::Mention;
    else if (room.info.isDirect() && m_policy.directMessages)
        notification.reason = Notification::Reason::DirectMessage;
    else if (m_policy.allMessages)
        notification.reason = Notification::Reason::Message;
    else
        return;
    notification.room = room.info.name;
    notification.seq = message.seq;
    notification.title = room.info.isDirect() ? tr("%1 (direct message)").arg(message.nick)
                                              : tr("%1 in #%2").arg(message.nick, room.info.name);
    ChatLine line;
    line.nick = message.nick;
    line.text = message.text;
    line.messageKind = message.kind;
    QString body = ChatModel::bodyText(line);
    if (body.size() > kNotificationBodyLength) {
        qsizetype cut = kNotificationBodyLength - 1;
        if (body.at(cut - 1).isHighSurrogate())
            --cut; // don't split an emoji in two
        body = body.left(cut) + u'…';
    }
    notification.body = body;
    emit notify(notification);
}

// Scrolling back, jumping and searching

bool Workspace::loadOlder(const QString &name)
{
    Room *r = room(name);
    if (!r || !r->hasOlder || r->olderInFlight > 0)
        return false;
    const qint64 oldest = r->chat.oldestSeq();
    if (oldest <= 1 || !m_connection.fetchOlder(name, oldest))
        return false;
    ++r->olderInFlight;
    return true;
}

bool Workspace::hasOlder(const QString &name) const
{
    Room *r = room(name);
    return r && r->hasOlder;
}

void Workspace::jumpTo(const QString &name, qint64 seq)
{
    m_jump = Jump{name, seq};
    continueJump();
}

void Workspace::continueJump()
{
    if (!m_jump)
        return;
    const Jump jump = *m_jump;
    Room *r = room(jump.room);
    if (!r || !r->member) {
        failJump(tr("You are not in that conversation."));
        return;
    }
    if (r->chat.rowOfSeq(jump.seq) >= 0) {
        m_jump.reset();
        setCurrentRoom(jump.room);
        emit jumpReady(jump.room, jump.seq);
        return;
    }
    if (r->olderInFlight > 0 || r->awaitingHistory)
        return; // an answer is on its way; look again when it is here
    const qint64 oldest = r->chat.oldestSeq();
    if (oldest > 0 && jump.seq >= oldest) {
        failJump(tr("That message is not in the history any more."));
        return;
    }
    if (!r->hasOlder || oldest <= 1) {
        failJump(tr("That message is no longer stored on the server."));
        return;
    }
    const int limit =
        int(std::min<qint64>(oldest - jump.seq + kJumpContext, protocol::kMaxFetchLimit));
    if (!m_connection.fetchOlder(jump.room, oldest, limit)) {
        failJump(tr("Not connected; try again when connected."));
        return;
    }
    ++r->olderInFlight;
}

void Workspace::failJump(const QString &reason)
{
    if (!m_jump)
        return;
    const Jump jump = *m_jump;
    m_jump.reset();
    emit jumpFailed(jump.room, jump.seq, reason);
}

bool Workspace::search(const QString &query, const QString &room)
{
    return m_connection.search(query, room);
}

void Workspace::onRoomDirectory(const protocol::RoomList &rooms)
{
    if (m_directoryRequested) {
        m_directoryRequested = false;
        notice(m_current, tr("Rooms on this server:"));
        for (const protocol::RoomSummary &summary : rooms.rooms) {
            QString line = tr("#%1 (%n member(s))", nullptr, summary.members).arg(summary.name);
            if (!summary.topic.isEmpty())
                line = tr("%1: %2").arg(line, summary.topic);
            notice(m_current, line);
        }
    }
    emit roomDirectory(rooms);
}

} // namespace palaver::client
