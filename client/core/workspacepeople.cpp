// The people side of Workspace: presence (joins, leaves, status, nicknames), who is typing,
// and the user's own away status. The rooms' bookkeeping is in workspace.cpp.

#include "chatmodel.h"
#include "shared/validation.h"
#include "workspace.h"
#include "workspaceroom_p.h"

#include <algorithm>
#include <limits>

namespace palaver::client {

using namespace Qt::StringLiterals;

// Presence and typing

void Workspace::onPresence(const protocol::Presence &presence)
{
    using Event = protocol::Presence::Event;
    switch (presence.event) {
    case Event::Join:
        if (Room *r = room(presence.room)) {
            const bool wasCrowded = r->members.isCrowded();
            r->members.upsert(protocol::Member{presence.nick, presence.status});
            if (!wasCrowded && r->members.isCrowded())
                askMembersIfCrowded(*r); // the last join told: from now on, ask
            updateEntry(*r);             // "joined" is in the history: the server records it
        }
        break;
    case Event::Leave:
        if (Room *r = room(presence.room)) {
            r->members.remove(presence.nick);
            updateEntry(*r); // "left" is in the history
            if (r->typing.erase(presence.nick) > 0)
                emit typingChanged(presence.room);
        }
        break;
    case Event::Status:
        for (const auto &[name, room] : m_roomsByName) {
            if (room->members.setStatus(presence.nick, presence.status) && room->info.isDirect())
                updateEntry(*room);
        }
        break;
    case Event::Nick: {
        const bool own = isOwn(presence.nick);
        const QString key = protocol::nickKey(presence.nick);
        for (const auto &[name, room] : m_roomsByName) {
            // "is now known as" comes with the history of each room the server told.
            room->members.rename(presence.nick, presence.newNick);
            if (room->info.isDirect() && protocol::nickKey(room->info.peer) == key) {
                room->info.peer = presence.newNick;
                updateEntry(*room);
            }
            if (const auto node = room->typing.extract(presence.nick)) {
                room->typing.emplace(presence.newNick, node.mapped());
                emit typingChanged(name);
            }
        }
        if (own) {
            m_requestedNick.clear();
            setOwnNick(presence.newNick);
            searchMentions(); // of the new name, anywhere
        }
        break;
    }
    }
}

void Workspace::onTyping(const protocol::Typing &typing)
{
    Room *r = room(typing.room);
    if (!r || typing.nick.isEmpty() || isOwn(typing.nick))
        return;
    bool changed = false;
    if (typing.active) {
        const auto [it, added] =
            r->typing.insert_or_assign(typing.nick, m_clock.nowMs() + protocol::kTypingExpiryMs);
        changed = added;
    } else {
        changed = r->typing.erase(typing.nick) > 0;
    }
    scheduleTypingExpiry();
    if (changed)
        emit typingChanged(typing.room);
}

QStringList Workspace::typing(const QString &name) const
{
    QStringList nicks;
    if (Room *r = room(name)) {
        const qint64 now = m_clock.nowMs();
        for (const auto &[nick, until] : r->typing) {
            if (until > now)
                nicks.append(nick);
        }
    }
    std::sort(nicks.begin(), nicks.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return nicks;
}

QString Workspace::typingText(const QStringList &nicks)
{
    switch (nicks.size()) {
    case 0:
        return {};
    case 1:
        return tr("%1 is typing…").arg(nicks.at(0));
    case 2:
        return tr("%1 and %2 are typing…").arg(nicks.at(0), nicks.at(1));
    default:
        return tr("%n people are typing…", nullptr, int(nicks.size()));
    }
}

void Workspace::scheduleTypingExpiry()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const auto &[name, room] : m_roomsByName) {
        for (const auto &[nick, until] : room->typing)
            next = std::min(next, until);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_typingAlarm.reset();
        return;
    }
    const auto delay = std::chrono::milliseconds(std::max<qint64>(0, next - m_clock.nowMs()));
    m_typingAlarm = m_clock.schedule(delay, [this] { expireTyping(); });
}

void Workspace::expireTyping()
{
    const qint64 now = m_clock.nowMs();
    QStringList changed;
    for (const auto &[name, room] : m_roomsByName) {
        if (std::erase_if(room->typing, [now](const auto &entry) { return entry.second <= now; }))
            changed.append(name);
    }
    scheduleTypingExpiry();
    for (const QString &name : std::as_const(changed))
        emit typingChanged(name);
}

void Workspace::clearTyping()
{
    m_typingAlarm.reset();
    QStringList changed;
    for (const auto &[name, room] : m_roomsByName) {
        if (!room->typing.empty()) {
            room->typing.clear();
            changed.append(name);
        }
    }
    for (const QString &name : std::as_const(changed))
        emit typingChanged(name);
}

void Workspace::inputChanged(const QString &text)
{
    userActive();
    // A command being typed is not a message being written; "/me" and "//" are.
    const bool command =
        text.startsWith(u'/') && !text.startsWith(u"//"_s) && !text.startsWith(u"/me "_s);
    if (text.trimmed().isEmpty() || command) {
        stopOwnTyping();
        return;
    }
    if (!m_typingRoom.isEmpty() && m_typingRoom != m_current)
        stopOwnTyping();
    m_typingRoom = m_current;
    m_connection.setTyping(m_current, true);
}

void Workspace::stopOwnTyping()
{
    if (m_typingRoom.isEmpty())
        return;
    m_connection.setTyping(m_typingRoom, false);
    m_typingRoom.clear();
}

// Away

void Workspace::userActive()
{
    m_lastActivityMs = m_clock.nowMs();
    if (!m_idleAlarm)
        m_idleAlarm = m_clock.schedule(kAwayAfterIdle, [this] { checkIdle(); });
    if (m_autoAway)
        setAutoAway(false);
}

void Workspace::checkIdle()
{
    // Activity only notes the time (it comes with every mouse move); the alarm looks at it.
    const qint64 idleMs = m_clock.nowMs() - m_lastActivityMs;
    const qint64 limitMs = std::chrono::milliseconds(kAwayAfterIdle).count();
    if (idleMs < limitMs) {
        m_idleAlarm =
            m_clock.schedule(std::chrono::milliseconds(limitMs - idleMs), [this] { checkIdle(); });
        return;
    }
    m_idleAlarm.reset(); // until the user is back
    if (!m_manualAway && !m_autoAway)
        setAutoAway(true);
}

void Workspace::setAutoAway(bool away)
{
    m_autoAway = away;
    m_connection.setAway(away);
    emit awayChanged(away);
}

void Workspace::setAway(bool away)
{
    const bool was = isAway();
    m_manualAway = away;
    m_autoAway = false;
    m_connection.setAway(away);
    if (!away)
        userActive(); // the idle countdown starts again from now
    if (was != away)
        emit awayChanged(away);
}

bool Workspace::isAway() const
{
    return m_manualAway || m_autoAway;
}

void Workspace::onNickTaken(const QString &nick, const QString &suggestion, const QString &message)
{
    if (m_requestedNick.isEmpty() || m_connection.state() != Connection::State::Connected)
        return; // the hello's nickname: the connection says why it stopped
    m_requestedNick.clear();
    if (suggestion.isEmpty())
        notice(m_current, tr("You can't be %1: %2").arg(nick, message));
    else
        notice(m_current, tr("You can't be %1: %2 %3 is free.").arg(nick, message, suggestion));
}

} // namespace palaver::client
