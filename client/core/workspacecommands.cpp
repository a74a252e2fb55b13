// What the user types: messages, and the slash commands (/me, /join, /msg, ...). Part of
// Workspace, kept apart from the bookkeeping of rooms in workspace.cpp.

#include "chatmodel.h"
#include "shared/validation.h"
#include "workspace.h"
#include "workspaceroom_p.h"

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

/// A topic is one line of at most this many characters (docs/protocol.md, Sending).
constexpr qsizetype kMaxTopicLength = 500;

QString notConnected()
{
    return Workspace::tr("Not connected; try again when connected.");
}

/// "#random" and "random" name the same room.
QString withoutHash(const QString &name)
{
    return name.startsWith(u'#') ? name.mid(1).trimmed() : name.trimmed();
}

} // namespace

/// What the user typed goes to the current room: as a message, or run as a command.
std::optional<QString> Workspace::submit(const QString &text)
{
    Room *current = room(m_current);
    if (text.trimmed().isEmpty() || !current) {
        userActive();
        return std::nullopt;
    }
    const bool command = text.startsWith(u'/') && !text.startsWith(u"//"_s);
    if (!command) {
        userActive();
        // "//etc/hosts" says "/etc/hosts".
        return sendTo(*current, text.startsWith(u'/') ? text.mid(1) : text,
                      protocol::MessageKind::Text);
    }
    const QString line = text.mid(1);
    qsizetype end = 0;
    while (end < line.size() && !line.at(end).isSpace())
        ++end;
    const QString name = line.left(end).toLower();
    // "/away" decides about away itself: ending an automatic away first would flap the status.
    if (name != u"away"_s)
        userActive();
    return runCommand(name, line.mid(end).trimmed());
}

std::optional<QString> Workspace::runCommand(const QString &command, const QString &argument)
{
    if (command == u"me"_s) {
        if (argument.isEmpty())
            return tr("Usage: /me <action>, for example “/me waves”.");
        return sendTo(*room(m_current), argument, protocol::MessageKind::Action);
    }
    if (command == u"join"_s)
        return joinCommand(argument);
    if (command == u"leave"_s)
        return leaveCommand(argument);
    if (command == u"msg"_s)
        return msgCommand(argument);
    if (command == u"nick"_s)
        return nickCommand(argument);
    if (command == u"away"_s)
        return awayCommand(argument);
    if (command == u"topic"_s)
        return topicCommand(argument);
    if (command == u"help"_s) {
        const QStringList lines = helpText().split(u'\n');
        for (const QString &line : lines)
            notice(m_current, line);
        return std::nullopt;
    }
    if (command == u"list"_s) {
        if (!m_connection.listRooms())
            return notConnected();
        m_directoryRequested = true;
        return std::nullopt;
    }
    return tr("Unknown command /%1. Type /help for the list.").arg(command);
}

QString Workspace::helpText()
{
    return QStringList{
        tr("Commands:"),
        tr("/me <action> — say what you are doing: “/me waves” shows “* alice waves”."),
        tr("/join <room> — join a room (it is made if it doesn't exist yet) and go to it."),
        tr("/leave [room] — leave this room, or the one named (not #general)."),
        tr("/msg <nickname> [message] — open a direct conversation, and send the message."),
        tr("/nick <nickname> — change your nickname."),
        tr("/away [on|off] — say you are away, or back; without a word, switch."),
        tr("/topic [text] — show the room's topic, or set it; “/topic -” clears it."),
        tr("/list — list the rooms on this server."),
        tr("/help — show this list."),
        tr("//text — send “/text” as a message, without running a command."),
    }
        .join(u'\n');
}

std::optional<QString> Workspace::sendTo(Room &target, const QString &typed,
                                         protocol::MessageKind kind)
{
    const QString text = protocol::normalizedText(typed);
    const bool clearsTopic = kind == protocol::MessageKind::Topic && text.isEmpty();
    if (!clearsTopic) {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        if (kind == protocol::MessageKind::Topic &&
            (text.contains(u'\n') || text.size() > kMaxTopicLength))
            return tr("A topic is one line of at most %n characters.", nullptr,
                      int(kMaxTopicLength));
        const protocol::Limits &limits = m_connection.welcome().limits;
        if (const auto violation = protocol::checkText(text, limits)) {
            if (violation->code == protocol::ErrorCode::TextTooLong) {
                return tr("The message is %n characters too long.", nullptr,
                          int(text.size()) - limits.maxTextLength);
            }
            return tr("The message can't be sent: it contains a control character.");
        }
    }
    const QString name = target.info.name;
    const OutgoingMessage &message = m_connection.send(name, text, kind);
    target.chat.addPending(message.id, m_connection.nick(), message.text, message.created, kind);
    // Writing in a room answers what was new there: the "unread from here" line has done its job.
    target.chat.setFirstUnread(0);
    target.awaitingMarker = false;
    if (m_typingRoom == name)
        stopOwnTyping();
    else
        m_connection.setTyping(name, false);
    return std::nullopt;
}

std::optional<QString> Workspace::joinCommand(const QString &argument)
{
    const QString name = withoutHash(argument);
    if (name.isEmpty())
        return tr("Usage: /join <room>, for example “/join random”.");
    if (name.startsWith(u'@'))
        return msgCommand(name.mid(1));
    if (Room *known = findRoom(name); known && known->member) {
        setCurrentRoom(known->info.name);
        return std::nullopt;
    }
    const QString normalized = protocol::normalizedNick(name);
    if (protocol::checkRoomName(normalized)) {
        return tr("“%1” can't be a room name: a room name is 1 to 64 characters of one alphabet, "
                  "without control or invisible characters.")
            .arg(name);
    }
    if (!m_connection.join(normalized))
        return notConnected();
    m_pendingJoin = protocol::nickKey(normalized);
    return std::nullopt;
}

std::optional<QString> Workspace::leaveCommand(const QString &argument)
{
    Room *target = nullptr;
    QString name = withoutHash(argument);
    if (name.isEmpty())
        target = room(m_current);
    else if (name.startsWith(u'@'))
        target = directWith(name.mid(1));
    else
        target = findRoom(name);
    if (!target || !target->member) {
        if (name.isEmpty())
            return tr("You are not in this room.");
        if (name.startsWith(u'@'))
            return tr("You have no conversation with %1.").arg(name.mid(1));
        return tr("You are not in #%1.").arg(name);
    }
    name = target->info.name;
    if (name == QStringView(protocol::kDefaultRoom))
        return tr("Everybody is in #%1: it can't be left.").arg(name);
    if (!m_connection.leave(name))
        return notConnected();
    return std::nullopt;
}

std::optional<QString> Workspace::msgCommand(const QString &argument)
{
    const QString rest = argument.startsWith(u'@') ? argument.mid(1) : argument;
    if (rest.trimmed().isEmpty())
        return tr("Usage: /msg <nickname> [message]");
    // Nicknames may hold spaces: prefer the longest known one the line starts with.
    QString nick;
    for (const auto &[name, r] : m_roomsByName) {
        for (const protocol::Member &member : r->members.members()) {
            const qsizetype length = member.nick.size();
            if (length > nick.size() && rest.size() >= length &&
                (rest.size() == length || rest.at(length).isSpace()) &&
                protocol::nickKey(rest.left(length)) == protocol::nickKey(member.nick))
                nick = member.nick;
        }
    }
    if (nick.isEmpty()) {
        qsizetype end = 0;
        while (end < rest.size() && !rest.at(end).isSpace())
            ++end;
        nick = rest.left(end);
    }
    const QString text = rest.mid(nick.size()).trimmed();
    if (isOwn(nick))
        return tr("That is you: direct messages are for talking with somebody else.");
    if (Room *direct = directWith(nick)) {
        setCurrentRoom(direct->info.name);
        return text.isEmpty() ? std::nullopt : sendTo(*direct, text, protocol::MessageKind::Text);
    }
    if (!text.isEmpty()) {
        // Check now, while the user can still fix it, not when the conversation opens.
        const QString normalized = protocol::normalizedText(text);
        if (const auto violation = protocol::checkText(normalized, m_connection.welcome().limits)) {
            if (violation->code == protocol::ErrorCode::TextTooLong) {
                return tr("The message is %n characters too long.", nullptr,
                          int(normalized.size()) - m_connection.welcome().limits.maxTextLength);
            }
            return tr("The message can't be sent: it contains a control character.");
        }
    }
    if (!m_connection.join(u"@"_s + nick))
        return notConnected();
    const QString key = protocol::nickKey(nick);
    m_pendingJoin = key;
    if (!text.isEmpty())
        m_pendingDirect[key].append(text);
    return std::nullopt;
}

std::optional<QString> Workspace::nickCommand(const QString &argument)
{
    if (argument.isEmpty())
        return tr("Usage: /nick <new nickname>");
    const QString nick = protocol::normalizedNick(argument);
    const protocol::Limits &limits = m_connection.welcome().limits;
    if (protocol::checkNick(nick, limits)) {
        return tr("“%1” can't be a nickname: a nickname is 1 to %2 characters of one alphabet, "
                  "without control or invisible characters.")
            .arg(argument)
            .arg(limits.maxNickLength);
    }
    if (nick == m_nick)
        return tr("You are already %1.").arg(nick);
    if (!m_connection.changeNick(nick))
        return notConnected();
    m_requestedNick = nick;
    return std::nullopt;
}

std::optional<QString> Workspace::awayCommand(const QString &argument)
{
    const QString word = argument.toLower();
    if (word.isEmpty())
        setAway(!isAway()); // away by itself and typing "/away": back
    else if (word == u"on"_s)
        setAway(true);
    else if (word == u"off"_s)
        setAway(false);
    else
        return tr("Usage: /away [on|off]");
    notice(m_current, isAway() ? tr("You are away. Type /away again when you are back.")
                               : tr("You are back."));
    return std::nullopt;
}

std::optional<QString> Workspace::topicCommand(const QString &argument)
{
    Room &current = *room(m_current);
    if (argument.isEmpty()) {
        const QString where =
            current.info.isDirect() ? current.info.peer : u"#"_s + current.info.name;
        notice(m_current, current.info.topic.isEmpty()
                              ? tr("%1 has no topic. Set one with /topic <text>.").arg(where)
                              : tr("The topic of %1 is “%2”.").arg(where, current.info.topic));
        return std::nullopt;
    }
    if (argument == u"-"_s)
        return sendTo(current, QString(), protocol::MessageKind::Topic);
    return sendTo(current, argument, protocol::MessageKind::Topic);
}

} // namespace palaver::client
