#include "chatmodel.h"

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
    case Qt::AccessibleTextRole:
        return displayText(l);
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
                  {ProblemRole, "problem"}});
    return names;
}

QString ChatModel::displayText(const ChatLine &line)
{
    const QString time = QLocale().toString(line.time.toLocalTime().time(), QLocale::ShortFormat);
    if (line.kind == ChatLine::Kind::Notice)
        return u"%1  %2"_s.arg(time, line.text);
    QString text = u"%1  %2: %3"_s.arg(time, line.nick, line.text);
    if (line.status == ChatLine::Status::Pending)
        text += u"  "_s + QCoreApplication::translate("palaver::client::ChatModel", "(sending…)");
    else if (line.status == ChatLine::Status::Failed)
        text +=
            u"  "_s + QCoreApplication::translate("palaver::client::ChatModel", "(not sent: %1)")
                          .arg(line.problem);
    return text;
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
                           const QDateTime &created)
{
    ChatLine line;
    line.status = ChatLine::Status::Pending;
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
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_lines.insert(m_lines.begin(), std::make_move_iterator(fresh.begin()),
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
