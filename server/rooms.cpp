#include "rooms.h"

#include "session.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace palaver::server {

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using protocol::Presence;

namespace {

const QString kGeneral = QString::fromUtf16(protocol::kDefaultRoom);

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QString notAMember(const QString &room)
{
    return u"You are not in a room called \"%1\"."_s.arg(room);
}

/// Only direct conversations have names starting with "@": room names may not.
bool isDirect(const QString &room)
{
    return room.startsWith(u'@');
}

} // namespace

Rooms::Rooms(Store &store, HistoryReplies &history, const protocol::Limits &limits, int crowdedRoom,
             std::chrono::milliseconds membersReuse)
    : m_store(store)
    , m_history(history)
    , m_limits(limits)
    , m_crowdedRoom(crowdedRoom)
    , m_membersReuse(membersReuse)
{}

protocol::Error Rooms::error(ErrorCode code, const QString &message, std::optional<QUuid> id)
{
    return protocol::Error{code, message, id, {}};
}

protocol::Error Rooms::storageFailed(std::optional<QUuid> id)
{
    qCCritical(lcServer, "the database failed: %s", qUtf8Printable(m_store.errorString()));
    return error(ErrorCode::StorageFailed, u"The server could not store that; try again later."_s,
                 id);
}

QString Rooms::suggestNick(const QString &nick)
{
    // "alice7" is taken: try alice2, alice3, ... rather than alice72.
    QString base = nick;
    while (base.size() > 1 && base.back().isDigit())
        base.chop(1);
    for (int n = 2; n < 1000; ++n) {
        const QString suffix = QString::number(n);
        const qsizetype room = m_limits.maxNickLength - suffix.size();
        if (room < 1)
            break;
        QString stem = base.left(room);
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1); // never half a character
        const QString candidate = protocol::normalizedNick(stem + suffix);
        if (protocol::checkNick(candidate, m_limits))
            continue;
        const QString key = protocol::nickKey(candidate);
        if (!m_online.contains(key) && m_store.nickOf(key).isEmpty())
            return candidate;
    }
    return {};
}

protocol::Status Rooms::statusOf(const QString &nickKey) const
{
    if (const Session *session = online(nickKey))
        return session->status();
    return m_peers ? m_peers->remoteStatus(nickKey) : protocol::Status::Offline;
}

qsizetype Rooms::roomCountOf(const QString &nickKey)
{
    if (const Session *session = online(nickKey))
        return session->roomCount();
    return m_store.roomsOf(nickKey).size();
}

protocol::RoomInfo Rooms::describe(const QString &room, const QString &viewerKey)
{
    protocol::RoomInfo info;
    info.name = room;
    const auto record = m_store.room(room);
    if (record)
        info.topic = record->topic;
    if (isCrowded(room)) {
        info.memberCount = memberCountOf(room); // the client asks for them when it shows them
    } else {
        for (const MemberRecord &member : m_store.members(room))
            info.members.append(protocol::Member{member.nick, statusOf(member.nickKey)});
    }
    if (record && record->direct) {
        for (const QString &key : m_store.directParticipants(room)) {
            if (key == viewerKey)
                continue;
            const Session *peer = online(key);
            info.peer = peer ? peer->nick() : m_store.nickOf(key);
            if (info.peer.isEmpty())
                info.peer = key; // never empty: an empty peer would make it look like a room
        }
    }
    info.lastSeq = m_store.range(room).last;
    info.lastRead = m_store.readMarker(viewerKey, room);
    info.unread = m_store.unreadCount(room, info.lastRead, viewerKey);
    return info;
}

void Rooms::sendHistory(Session &session, const QString &room,
                        const std::optional<protocol::ResumePoint> &resume)
{
    bool resumeFailed = false;
    // With other instances, a message may reach this one later than the history that holds
    // it: what the client has had, it must not get again. (Read before the history, which
    // then holds at least that much.)
    const qint64 known = m_peers ? m_store.range(room).last : 0;
    const auto frames = m_history.afterJoin(room, resume, &resumeFailed);
    if (resumeFailed) {
        qCInfo(lcServer, "%s cannot resume %s at seq %lld of epoch %s; sending recent history",
               qUtf8Printable(session.peer()), qUtf8Printable(room),
               static_cast<long long>(resume->seq), qUtf8Printable(resume->epoch));
    }
    qint64 last = known;
    for (const protocol::History &frame : frames) {
        if (!frame.messages.isEmpty())
            last = std::max(last, frame.messages.constLast().seq);
        session.send(frame);
    }
    // Alone, this server sends every message after the history that precedes it: no marks,
    // and broadcast() finds none to look at.
    if (m_peers)
        session.hadHistory(protocol::nickKey(room), last);
}

void Rooms::sendJoined(Session &session, const QString &room)
{
    session.send(protocol::Joined{describe(room, session.nickKey())});
    sendHistory(session, room, std::nullopt);
}

qint64 Rooms::memberCountOf(const QString &room)
{
    if (const auto known = m_memberCounts.constFind(room); known != m_memberCounts.cend())
        return known.value();
    const qint64 count = m_store.memberCount(room);
    if (count < 0)
        return 0; // the database failed: asked again next time, not remembered
    m_memberCounts.insert(room, count);
    return count;
}

bool Rooms::announce(const Presence &presence)
{
    // The one who joined is counted already; the one who left no longer is. A join that makes
    // a room crowded is still told, so that those who have the whole list see it grow past
    // the limit and ask for it from then on.
    const bool join = presence.event == Presence::Event::Join;
    const qint64 before = memberCountOf(presence.room) - (join ? 1 : 0);
    if (before > m_crowdedRoom)
        return false;
    const QString encoded = protocol::encodeText(presence);
    sendToRoom(protocol::nickKey(presence.room), encoded);
    if (m_peers)
        m_peers->toRoom(presence.room, encoded);
    recordEvent(presence.room, presence.nick,
                join ? protocol::MessageKind::Join : protocol::MessageKind::Leave);
    return true;
}

void Rooms::recordEvent(const QString &room, const QString &nick, protocol::MessageKind kind,
                        const QString &text)
{
    if (m_recordEvent)
        m_recordEvent(room, nick, kind, text);
}

QStringList Rooms::uncrowdedKeys(const QStringList &rooms)
{
    QStringList keys;
    for (const QString &room : rooms) {
        if (!isCrowded(room))
            keys.append(protocol::nickKey(room));
    }
    return keys;
}

void Rooms::sendToSharing(const QStringList &roomKeys, const QString &encoded,
                          const Session *except)
{
    for (Session *session : std::as_const(m_online)) {
        if (session != except && session->isMemberOfAny(roomKeys))
            session->sendText(encoded);
    }
}

void Rooms::sendToRoom(const QString &roomKey, const QString &encoded, const Session *except)
{
    for (Session *session : std::as_const(m_online)) {
        if (session != except && session->isMemberOf(roomKey))
            session->sendText(encoded);
    }
}

void Rooms::tellSharing(Session &subject, const protocol::Message &message, bool includeSubject)
{
    // Keys of the subject's rooms that hear of its presence.
    const QStringList shared = uncrowdedKeys(subject.roomNames());
    const QString encoded = protocol::encodeText(message); // once, whatever the audience
    sendToSharing(shared, encoded, &subject);
    if (includeSubject)
        subject.sendText(encoded);
    if (m_peers)
        m_peers->toSharing(subject.nickKey(), encoded);
}

void Rooms::broadcast(const protocol::ChatMessage &message)
{
    const QString key = protocol::nickKey(message.room);
    const QString encoded = protocol::encodeText(message);
    for (Session *session : std::as_const(m_online)) {
        if (session->isMemberOf(key) && !session->hasHad(key, message.seq))
            session->sendText(encoded);
    }
}

bool Rooms::hasLocalMembers(const QString &room) const
{
    const QString key = protocol::nickKey(room);
    return std::any_of(m_online.cbegin(), m_online.cend(),
                       [&key](const Session *session) { return session->isMemberOf(key); });
}

void Rooms::fromPeerToRoom(const QString &room, const QString &encoded)
{
    sendToRoom(protocol::nickKey(room), encoded);
}

void Rooms::fromPeerToSharing(const QString &subjectKey, const QString &encoded)
{
    sendToSharing(uncrowdedKeys(m_store.roomsOf(subjectKey)), encoded, online(subjectKey));
}

void Rooms::membersChangedElsewhere(const QString &room)
{
    m_memberCounts.remove(room);
    m_membersAnswers.remove(room);
}

void Rooms::addedElsewhere(const QString &room, const QString &nickKey)
{
    m_memberCounts.remove(room);
    m_membersAnswers.remove(room);
    Session *session = online(nickKey);
    if (!session || session->isMemberOf(protocol::nickKey(room)))
        return;
    session->addRoom(room);
    sendJoined(*session, room);
}

void Rooms::goneElsewhere(const QString &nickKey, const QString &nick)
{
    if (online(nickKey))
        return; // back here already
    fromPeerToSharing(
        nickKey, protocol::encodeText(Presence{
                     {}, nick, Presence::Event::Status, now(), protocol::Status::Offline, {}}));
}

bool Rooms::addMember(const QString &room, const QString &nick)
{
    const QString key = protocol::nickKey(nick);
    // A new member has read nothing yet, and nothing before it joined counts as unread.
    m_memberCounts.remove(room);
    m_membersAnswers.remove(room);
    if (!m_store.addMember(room, nick) ||
        !m_store.setReadMarker(key, room, m_store.range(room).last))
        return false;
    if (m_peers)
        m_peers->membersChanged(room);
    if (Session *session = online(key))
        session->addRoom(room);
    return true;
}

void Rooms::enter(Session &session, const protocol::Hello &hello, protocol::Welcome welcome)
{
    const QString key = session.nickKey();
    QStringList rooms = m_store.roomsOf(key);
    const bool isNew = rooms.isEmpty();
    QString formerSpelling;
    if (isNew) {
        if (!addMember(kGeneral, session.nick()))
            storageFailed();
        rooms = {kGeneral};
    } else {
        // The same nickname, spelled otherwise this time ("Alice" for "alice"): the others
        // learn the new spelling as a nickname change.
        const QString spelled = m_store.nickOf(key);
        if (!spelled.isEmpty() && spelled != session.nick()) {
            if (m_store.renameNick(key, session.nick()))
                formerSpelling = spelled;
            else
                storageFailed();
        }
        if (!rooms.contains(kGeneral) && addMember(kGeneral, session.nick()))
            rooms.append(kGeneral); // everybody is in general, whatever the database says
    }
    for (const QString &room : std::as_const(rooms))
        session.addRoom(room);
    m_online.insert(key, &session);
    if (m_peers)
        m_peers->online(key, session.nick(), session.status(), session.token());
    if (!formerSpelling.isEmpty()) {
        tellSharing(session,
                    Presence{{}, formerSpelling, Presence::Event::Nick, now(), {}, session.nick()},
                    false);
    }

    // General first, then by name.
    std::sort(rooms.begin(), rooms.end(), [](const QString &a, const QString &b) {
        if ((a == kGeneral) != (b == kGeneral))
            return a == kGeneral;
        const QString keyA = protocol::nickKey(a);
        const QString keyB = protocol::nickKey(b);
        return keyA != keyB ? keyA < keyB : a < b;
    });
    welcome.room = kGeneral;
    for (const QString &room : std::as_const(rooms))
        welcome.rooms.append(describe(room, key));
    if (!welcome.rooms.isEmpty()) // general is first; empty only if the database failed above
        welcome.members = welcome.rooms.constFirst().members;
    session.send(welcome);

    QHash<QString, protocol::ResumePoint> resume; // by room key; the last entry for a room wins
    for (const protocol::ResumePoint &point : hello.resume)
        resume.insert(protocol::nickKey(point.room), point);
    for (const QString &room : std::as_const(rooms)) {
        const auto point = resume.constFind(protocol::nickKey(room));
        sendHistory(session, room,
                    point == resume.cend() ? std::nullopt : std::make_optional(point.value()));
    }

    // A respelling goes into the history as a /nick does, after what she was sent of it.
    if (!formerSpelling.isEmpty()) {
        for (const QString &room : std::as_const(rooms)) {
            if (!isCrowded(room))
                recordEvent(room, formerSpelling, protocol::MessageKind::Nick, session.nick());
        }
    }

    // For the newcomer this presence marks the end of the history.
    if (isNew) {
        announce(Presence{
            kGeneral, session.nick(), Presence::Event::Join, now(), protocol::Status::Online, {}});
    } else {
        tellSharing(
            session,
            Presence{
                {}, session.nick(), Presence::Event::Status, now(), protocol::Status::Online, {}},
            true);
    }
}

void Rooms::replace(Session &session)
{
    session.markReplaced();
    if (m_online.value(session.nickKey()) == &session)
        m_online.remove(session.nickKey());
}

void Rooms::disconnected(Session &session, bool announce)
{
    if (!session.hasJoined() || session.isReplaced() ||
        m_online.value(session.nickKey()) != &session)
        return;
    m_online.remove(session.nickKey());
    // Even when this instance shuts down and tells its own clients nothing, those of the others
    // hear it; unless the nickname was taken over at another instance meanwhile.
    const bool tellPeers = m_peers && m_peers->offline(session.nickKey());
    if (!announce && !tellPeers)
        return;
    const QString encoded = protocol::encodeText(Presence{
        {}, session.nick(), Presence::Event::Status, now(), protocol::Status::Offline, {}});
    if (announce)
        sendToSharing(uncrowdedKeys(session.roomNames()), encoded, &session);
    if (tellPeers)
        m_peers->toSharing(session.nickKey(), encoded);
}

void Rooms::reannounce(Session &session)
{
    if (m_online.value(session.nickKey()) != &session)
        return;
    tellSharing(session,
                Presence{{}, session.nick(), Presence::Event::Status, now(), session.status(), {}},
                false);
}

std::optional<protocol::Error> Rooms::prepareSend(Session &session, const QString &room,
                                                  const QUuid &id)
{
    if (!isDirect(room))
        return std::nullopt;
    const QString roomKey = protocol::nickKey(room);
    for (const QString &key : m_store.directParticipants(room)) {
        if (key == session.nickKey())
            continue;
        Session *peer = online(key);
        if (peer) {
            if (peer->isMemberOf(roomKey))
                continue;
        } else {
            const auto members = m_store.members(room);
            if (std::any_of(members.cbegin(), members.cend(),
                            [&key](const MemberRecord &m) { return m.nickKey == key; }))
                continue;
        }
        // The other person left the conversation: a new message brings them back.
        const QString nick = peer ? peer->nick() : m_store.nickOf(key);
        if (nick.isEmpty())
            continue;
        if (roomCountOf(key) >= protocol::kMaxRoomsPerNick) {
            return error(
                ErrorCode::TooManyRooms,
                u"%1 is in too many rooms and conversations to get this message."_s.arg(nick), id);
        }
        if (!addMember(room, nick))
            return storageFailed(id);
        if (peer)
            sendJoined(*peer, room); // its history, then the message once it is stored
        else if (m_peers)
            m_peers->added(room, key);
    }
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::join(Session &session, const protocol::Join &join)
{
    const QString name = protocol::normalizedNick(join.room);
    if (isDirect(name))
        return openDirect(session, protocol::normalizedNick(name.mid(1)));
    if (const auto violation = protocol::checkRoomName(name))
        return error(violation->code, violation->message);
    if (const QString known = session.roomNamed(name); !known.isEmpty()) {
        sendJoined(session, known); // already in: the description and history again
        return std::nullopt;
    }
    if (session.roomCount() >= protocol::kMaxRoomsPerNick) {
        return error(ErrorCode::TooManyRooms,
                     u"You are in %1 rooms and conversations, the most there may be; leave one "
                     u"first."_s.arg(protocol::kMaxRoomsPerNick));
    }
    const auto record = m_store.createRoom(name, now());
    if (!record || !addMember(record->name, session.nick()))
        return storageFailed();
    qCInfo(lcServer, "%s (\"%s\") joined %s", qUtf8Printable(session.peer()),
           qUtf8Printable(session.nick()), qUtf8Printable(record->name));
    sendJoined(session, record->name);
    announce(
        Presence{record->name, session.nick(), Presence::Event::Join, now(), session.status(), {}});
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::openDirect(Session &session, const QString &nick)
{
    const QString nobody = u"There is nobody called \"%1\" here."_s.arg(nick);
    if (protocol::checkNick(nick, m_limits))
        return error(ErrorCode::UnknownNick, nobody);
    const QString peerKey = protocol::nickKey(nick);
    if (peerKey == session.nickKey()) {
        return error(ErrorCode::UnknownNick,
                     u"That is your own nickname: a direct conversation needs somebody else."_s);
    }
    Session *peer = online(peerKey);
    const QString peerNick = peer ? peer->nick() : m_store.nickOf(peerKey);
    if (peerNick.isEmpty())
        return error(ErrorCode::UnknownNick, nobody);

    const QString existing = m_store.directRoom(session.nickKey(), peerKey, false, now());
    if (!existing.isEmpty() && session.isMemberOf(protocol::nickKey(existing))) {
        sendJoined(session, existing);
        return std::nullopt;
    }
    if (session.roomCount() >= protocol::kMaxRoomsPerNick) {
        return error(ErrorCode::TooManyRooms,
                     u"You are in %1 rooms and conversations, the most there may be; leave one "
                     u"first."_s.arg(protocol::kMaxRoomsPerNick));
    }
    if (!existing.isEmpty()) {
        // Back to a conversation this side had left; the other side is told by the next message.
        if (!addMember(existing, session.nick()))
            return storageFailed();
        sendJoined(session, existing);
        return std::nullopt;
    }
    if (roomCountOf(peerKey) >= protocol::kMaxRoomsPerNick) {
        return error(
            ErrorCode::TooManyRooms,
            u"%1 is in too many rooms and conversations to start another."_s.arg(peerNick));
    }
    const QString room = m_store.directRoom(session.nickKey(), peerKey, true, now());
    if (room.isEmpty() || !addMember(room, session.nick()) || !addMember(room, peerNick))
        return storageFailed();
    sendJoined(session, room);
    if (peer)
        sendJoined(*peer, room);
    else if (m_peers)
        m_peers->added(room, peerKey);
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::leave(Session &session, const protocol::Leave &leave)
{
    const QString room = session.roomNamed(leave.room);
    if (room.isEmpty())
        return error(ErrorCode::UnknownRoom, notAMember(leave.room));
    if (room == kGeneral) {
        return error(ErrorCode::BadValue,
                     u"Everybody is in \"%1\": it cannot be left."_s.arg(kGeneral));
    }
    m_memberCounts.remove(room);
    m_membersAnswers.remove(room);
    if (!m_store.removeMember(room, session.nickKey()))
        return storageFailed();
    session.removeRoom(room);
    session.send(protocol::Left{room});
    if (m_peers)
        m_peers->membersChanged(room);
    if (!isDirect(room)) {
        announce(Presence{
            room, session.nick(), Presence::Event::Leave, now(), protocol::Status::Online, {}});
    }
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::rename(Session &session, const protocol::NickChange &change)
{
    const QString nick = protocol::normalizedNick(change.nick);
    auto violation = protocol::checkNick(nick, m_limits);
    if (!violation)
        violation = protocol::checkNotReserved(nick);
    if (violation)
        return error(violation->code, violation->message);
    if (nick == session.nick())
        return std::nullopt;
    const QString oldKey = session.nickKey();
    const QString newKey = protocol::nickKey(nick);
    // Taken while somebody uses it, and also while it is an offline member's: its rooms and
    // conversations are theirs.
    if (newKey != oldKey && (m_online.contains(newKey) || !m_store.nickOf(newKey).isEmpty())) {
        protocol::Error taken = error(ErrorCode::NickTaken,
                                      u"The nickname \"%1\" belongs to somebody else."_s.arg(nick));
        taken.suggestion = suggestNick(nick);
        return taken;
    }
    if (!m_store.renameNick(oldKey, nick))
        return storageFailed();
    const QString oldNick = session.nick();
    m_online.remove(oldKey);
    session.rename(nick);
    m_online.insert(newKey, &session);
    if (m_peers)
        m_peers->renamed(oldKey, nick);
    qCInfo(lcServer, "%s is now \"%s\"", qUtf8Printable(session.peer()), qUtf8Printable(nick));
    tellSharing(session, Presence{{}, oldNick, Presence::Event::Nick, now(), {}, nick}, true);
    // In the history of every room whose members were told, conversations included: a log
    // that goes from "bob" to "robert" says why.
    const QStringList rooms = session.roomNames();
    for (const QString &room : rooms) {
        if (!isCrowded(room))
            recordEvent(room, oldNick, protocol::MessageKind::Nick, nick);
    }
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::setStatus(Session &session, const protocol::SetStatus &status)
{
    if (session.status() == status.status)
        return std::nullopt; // presence tells of changes only
    session.setStatus(status.status);
    if (m_peers)
        m_peers->statusChanged(session.nickKey(), status.status);
    tellSharing(session,
                Presence{{}, session.nick(), Presence::Event::Status, now(), status.status, {}},
                true);
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::typing(Session &session, const protocol::Typing &typing)
{
    const QString room = session.roomNamed(typing.room);
    if (room.isEmpty())
        return error(ErrorCode::UnknownRoom, notAMember(typing.room));
    // Clients say so every kTypingIntervalMs; more often is dropped, not refused.
    if (!session.mayRelayTyping(room, typing.active, QDeadlineTimer::current().deadline(),
                                protocol::kTypingIntervalMs / 2))
        return std::nullopt;
    const QString encoded =
        protocol::encodeText(protocol::Typing{room, session.nick(), typing.active});
    sendToRoom(protocol::nickKey(room), encoded, &session);
    if (m_peers)
        m_peers->toRoom(room, encoded);
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::read(Session &session, const protocol::Read &read)
{
    const QString room = session.roomNamed(read.room);
    if (room.isEmpty())
        return error(ErrorCode::UnknownRoom, notAMember(read.room));
    const qint64 seq = std::min(read.seq, m_store.range(room).last);
    if (!m_store.setReadMarker(session.nickKey(), room, seq))
        return storageFailed();
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::search(Session &session, const protocol::Search &search)
{
    QStringList rooms;
    if (search.room.isEmpty()) {
        rooms = session.roomNames();
    } else {
        const QString room = session.roomNamed(search.room);
        if (room.isEmpty())
            return error(ErrorCode::UnknownRoom, notAMember(search.room));
        rooms = {room};
    }
    const SearchResult found = m_store.search(search.query, rooms, search.limit);
    protocol::Results results{search.query, {}, found.hasMore, search.tag};
    results.messages.reserve(qsizetype(found.messages.size()));
    for (const protocol::ChatMessage &message : found.messages)
        results.messages.append(message);
    session.send(results);
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::list(Session &session)
{
    protocol::RoomList list;
    for (protocol::RoomSummary &room : m_store.roomDirectory())
        list.rooms.append(std::move(room));
    session.send(list);
    return std::nullopt;
}

std::optional<protocol::Error> Rooms::members(Session &session, const protocol::Members &request)
{
    const QString room = session.roomNamed(request.room);
    if (room.isEmpty())
        return error(ErrorCode::UnknownRoom, notAMember(request.room));
    // Reused while it is recent: the statuses in it may be that old, but joins and leaves
    // drop it. Not dropped on status changes: after a restart every arrival is one.
    const qint64 nowMs = QDeadlineTimer::current().deadline();
    const bool crowded = isCrowded(room);
    if (const auto made = m_membersAnswers.constFind(room);
        crowded && made != m_membersAnswers.cend() &&
        nowMs - made->madeAtMs < m_membersReuse.count()) {
        session.sendText(made->encoded);
        return std::nullopt;
    }
    protocol::Members answer{room, {}, 0, 0};
    for (const MemberRecord &member : m_store.members(room)) // by key
        answer.members.append(protocol::Member{member.nick, statusOf(member.nickKey)});
    // Those who are here first; the rest keep the order of their keys.
    std::stable_partition(answer.members.begin(), answer.members.end(), [](const auto &member) {
        return member.status != protocol::Status::Offline;
    });
    answer.total = answer.members.size();
    answer.online =
        std::count_if(answer.members.cbegin(), answer.members.cend(),
                      [](const auto &m) { return m.status != protocol::Status::Offline; });
    if (answer.members.size() > protocol::kMaxListedMembers)
        answer.members.resize(protocol::kMaxListedMembers);
    const QString encoded = protocol::encodeText(answer);
    if (crowded)
        m_membersAnswers.insert(room, MembersAnswer{nowMs, encoded});
    session.sendText(encoded);
    return std::nullopt;
}

} // namespace palaver::server
