#include "chatmodel.h"

#include "mentions.h"
#include "shared/validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

ChatLine deliveredLine(const protocol::ChatMessage &message)
{
    ChatLine line;
    line.id = message.id;
    line.seq = message.seq;
    line.time = message.time;
    line.nick = message.nick;
    line.text = message.text;
    line.messageKind = message.kind;
    return line;
}

} // namespace

ChatModel::ChatModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ChatModel::~ChatModel() = default;

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size() + m_pending.size());
}

const ChatLine &ChatModel::line(int row) const
{
    const auto delivered = int(m_lines.size());
    return row < delivered ? m_lines[size_t(row)] : m_pending[size_t(row - delivered)];
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatLine &l = line(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(l);
    case Qt::AccessibleTextRole:
        return accessibleText(index);
    case Qt::ToolTipRole:
        return QLocale().toString(l.time.toLocalTime(), QLocale::LongFormat);
    case KindRole:
        return int(l.kind);
    case StatusRole:
        return int(l.status);
    case NickRole:
        return l.nick;
    case TextRole:
        return l.text;
    case TimeRole:
        return l.time;
    case SeqRole:
        return l.seq;
    case IdRole:
        return l.id;
    case ProblemRole:
        return l.problem;
    case MessageKindRole:
        return int(l.messageKind);
    case MentionRole:
        return l.kind == ChatLine::Kind::Message && !readsAsNotice(l) &&
               protocol::nickKey(l.nick) != protocol::nickKey(m_ownNick) &&
               mentions(l.text, m_ownNick);
    case FirstUnreadRole:
        return m_firstUnread > 0 && l.seq == m_firstUnread && l.kind == ChatLine::Kind::Message;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {StatusRole, "status"},
                  {NickRole, "nick"},
                  {TextRole, "text"},
                  {TimeRole, "time"},
                  {SeqRole, "seq"},
                  {IdRole, "messageId"},
                  {ProblemRole, "problem"},
                  {MessageKindRole, "messageKind"},
                  {MentionRole, "mention"},
                  {FirstUnreadRole, "firstUnread"}});
    return names;
}

QString ChatModel::displayText(const ChatLine &line)
{
    const QString time = QLocale().toString(line.time.toLocalTime().time(), QLocale::ShortFormat);
    if (line.kind == ChatLine::Kind::Notice)
        return u"%1  %2"_s.arg(time, line.text);
    QString text = line.messageKind == protocol::MessageKind::Text
                       ? u"%1  %2: %3"_s.arg(time, line.nick, line.text)
                       : u"%1  %2"_s.arg(time, bodyText(line));
    if (line.status == ChatLine::Status::Pending)
        text += u"  "_s + QCoreApplication::translate("palaver::client::ChatModel", "(sending…)");
    else if (line.status == ChatLine::Status::Failed)
        text +=
            u"  "_s + QCoreApplication::translate("palaver::client::ChatModel", "(not sent: %1)")
                          .arg(line.problem);
    return text;
}

QString ChatModel::accessibleText(const QModelIndex &index) const
{
    const ChatLine &l = line(index.row());
    const QString time = QLocale().toString(l.time.toLocalTime().time(), QLocale::ShortFormat);
    QString text;
    if (l.kind == ChatLine::Kind::Notice)
        text = tr("%1: %2", "notice: time, text").arg(time, l.text);
    else if (l.messageKind == protocol::MessageKind::Action)
        text = tr("%1, %2: %1 %3", "action: nick, time, nick and what they do")
                   .arg(l.nick, time, l.text);
    else if (readsAsNotice(l))
        text = tr("%1: %2", "notice: time, text").arg(time, bodyText(l));
    else
        text = tr("%1, %2: %3", "message: nick, time, text").arg(l.nick, time, l.text);
    // The states the delegate shows with colour and marks, in words.
    QStringList states;
    if (data(index, FirstUnreadRole).toBool())
        states.append(tr("first new message"));
    if (data(index, MentionRole).toBool())
        states.append(tr("mentions you"));
    if (l.status == ChatLine::Status::Pending)
        states.append(tr("sending"));
    else if (l.status == ChatLine::Status::Failed)
        states.append(tr("not sent: %1").arg(l.problem));
    if (!states.isEmpty())
        text += u" ("_s + states.join(u", "_s) + u')';
    return text;
}

QString ChatModel::bodyText(const ChatLine &line)
{
    switch (line.messageKind) {
    case protocol::MessageKind::Action:
        return u"* %1 %2"_s.arg(line.nick, line.text);
    case protocol::MessageKind::Topic:
        if (line.text.isEmpty())
            return QCoreApplication::translate("palaver::client::ChatModel",
                                               "%1 cleared the topic.")
                .arg(line.nick);
        return QCoreApplication::translate("palaver::client::ChatModel",
                                           "%1 set the topic to “%2”.")
            .arg(line.nick, line.text);
    case protocol::MessageKind::Join:
        return QCoreApplication::translate("palaver::client::ChatModel", "%1 joined.")
            .arg(line.nick);
    case protocol::MessageKind::Leave:
        return QCoreApplication::translate("palaver::client::ChatModel", "%1 left.").arg(line.nick);
    case protocol::MessageKind::Nick:
        return QCoreApplication::translate("palaver::client::ChatModel", "%1 is now known as %2.")
            .arg(line.nick, line.text);
    case protocol::MessageKind::Text:
        break;
    }
    return line.text;
}

void ChatModel::setOwnNick(const QString &nick)
{
    if (nick == m_ownNick)
        return;
    m_ownNick = nick;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {MentionRole});
}

void ChatModel::seqChanged(qint64 seq)
{
    if (const int row = rowOfSeq(seq); row >= 0)
        emit dataChanged(index(row), index(row), {FirstUnreadRole});
}

void ChatModel::forgetSeqs()
{
    for (ChatLine &line : m_lines) {
        if (line.kind == ChatLine::Kind::Message)
            line.seq = 0;
    }
    m_firstUnread = 0;
    if (!m_lines.empty())
        emit dataChanged(index(0), index(int(m_lines.size()) - 1), {SeqRole, FirstUnreadRole});
    emit firstUnreadChanged(0);
}

void ChatModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    m_shownIds.clear();
    const bool hadMarker = m_firstUnread != 0;
    m_firstUnread = 0;
    endResetModel();
    if (hadMarker)
        emit firstUnreadChanged(0);
}

void ChatModel::setFirstUnread(qint64 seq)
{
    if (seq == m_firstUnread)
        return;
    const qint64 before = m_firstUnread;
    m_firstUnread = seq;
    seqChanged(before);
    seqChanged(seq);
    emit firstUnreadChanged(seq);
}

int ChatModel::unreadFromMarker() const
{
    const int first = rowOfSeq(m_firstUnread);
    if (first < 0)
        return 0;
    const QString own = protocol::nickKey(m_ownNick);
    int count = 0;
    for (auto it = m_lines.cbegin() + first; it != m_lines.cend(); ++it) {
        if (it->kind == ChatLine::Kind::Message && !protocol::isEventKind(it->messageKind) &&
            protocol::nickKey(it->nick) != own)
            ++count;
    }
    return count;
}

int ChatModel::rowOfSeq(qint64 seq) const
{
    if (seq <= 0)
        return -1;
    // Messages are in seq order; notices (seq 0) sit between them. Search from the end, where
    // the reader mostly is.
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        if (it->kind != ChatLine::Kind::Message)
            continue;
        if (it->seq == seq)
            return int(m_lines.crend() - it) - 1;
        if (it->seq < seq)
            break;
    }
    return -1;
}

qint64 ChatModel::newestSeq() const
{
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        if (it->kind == ChatLine::Kind::Message && it->seq > 0)
            return it->seq;
    }
    return 0;
}

int ChatModel::pendingRow(const QUuid &id) const
{
    const auto it = std::find_if(m_pending.cbegin(), m_pending.cend(),
                                 [&id](const ChatLine &l) { return l.id == id; });
    return it == m_pending.cend() ? -1 : int(it - m_pending.cbegin());
}

void ChatModel::addMessage(const protocol::ChatMessage &message)
{
    if (m_shownIds.contains(message.id))
        return; // delivered twice (a resend after a reconnect): show it once
    if (const int pending = pendingRow(message.id); pending >= 0) {
        const int row = int(m_lines.size()) + pending;
        beginRemoveRows({}, row, row);
        m_pending.erase(m_pending.begin() + pending);
        endRemoveRows();
    }
    m_shownIds.insert(message.id);
    appendDelivered(deliveredLine(message));
}

void ChatModel::addPending(const QUuid &id, const QString &nick, const QString &text,
                           const QDateTime &created, protocol::MessageKind kind)
{
    ChatLine line;
    line.status = ChatLine::Status::Pending;
    line.messageKind = kind;
    line.id = id;
    line.time = created;
    line.nick = nick;
    line.text = text;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_pending.push_back(std::move(line));
    endInsertRows();
}

void ChatModel::markFailed(const QUuid &id, const QString &problem)
{
    const int pending = pendingRow(id);
    if (pending < 0)
        return;
    ChatLine &line = m_pending[size_t(pending)];
    line.status = ChatLine::Status::Failed;
    line.problem = problem;
    const QModelIndex changed = index(int(m_lines.size()) + pending);
    emit dataChanged(changed, changed);
}

QString ChatModel::takeFailed(const QUuid &id)
{
    const int pending = pendingRow(id);
    if (pending < 0 || m_pending[size_t(pending)].status != ChatLine::Status::Failed)
        return {};
    const int row = int(m_lines.size()) + pending;
    beginRemoveRows({}, row, row);
    QString text = std::move(m_pending[size_t(pending)].text);
    m_pending.erase(m_pending.begin() + pending);
    endRemoveRows();
    return text;
}

void ChatModel::prependOlder(const QList<protocol::ChatMessage> &messages)
{
    std::vector<ChatLine> fresh;
    for (const protocol::ChatMessage &message : messages) {
        if (m_shownIds.contains(message.id))
            continue;
        m_shownIds.insert(message.id);
        fresh.push_back(deliveredLine(message));
    }
    if (fresh.empty())
        return;
    // A large answer comes in several frames, oldest first: a later frame goes below the
    // messages of the earlier ones, which are older still.
    const qint64 firstSeq = fresh.front().seq;
    const auto at = std::find_if(m_lines.cbegin(), m_lines.cend(), [firstSeq](const ChatLine &l) {
        return l.kind != ChatLine::Kind::Message || l.seq <= 0 || l.seq >= firstSeq;
    });
    const int row = int(at - m_lines.cbegin());
    beginInsertRows({}, row, row + int(fresh.size()) - 1);
    m_lines.insert(m_lines.begin() + row, std::make_move_iterator(fresh.begin()),
                   std::make_move_iterator(fresh.end()));
    endInsertRows();
}

qint64 ChatModel::oldestSeq() const
{
    for (const ChatLine &line : m_lines) {
        if (line.kind == ChatLine::Kind::Message && line.seq > 0)
            return line.seq;
    }
    return 0;
}

void ChatModel::addNotice(const QString &text, const QDateTime &time)
{
    ChatLine line;
    line.kind = ChatLine::Kind::Notice;
    line.time = time;
    line.text = text;
    appendDelivered(std::move(line));
}

void ChatModel::appendDelivered(ChatLine line)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.push_back(std::move(line));
    endInsertRows();
}

} // namespace palaver::client
