// MemberListModel and RoomListModel, the two small list models Workspace keeps in step (declared
// in workspace.h, next to the class that owns them).

#include "shared/validation.h"
#include "workspace.h"

#include <QCollator>

#include <algorithm>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

/// Nicknames and room names in the user's language order, ignoring case ("bob" next to "Bob").
int collate(const QString &a, const QString &b)
{
    static const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true); // "room2" before "room10"
        return c;
    }();
    if (const int order = collator.compare(a, b); order != 0)
        return order;
    return a.compare(b); // a stable order for names that collate alike
}

int statusRank(protocol::Status status)
{
    switch (status) {
    case protocol::Status::Online:
        return 0;
    case protocol::Status::Away:
        return 1;
    case protocol::Status::Offline:
        break;
    }
    return 2;
}

/// The status in words, for what the sidebar shows as a dot.
QString statusText(protocol::Status status)
{
    switch (status) {
    case protocol::Status::Online:
        return RoomListModel::tr("online");
    case protocol::Status::Away:
        return RoomListModel::tr("away");
    case protocol::Status::Offline:
        break;
    }
    return RoomListModel::tr("offline");
}

bool memberBefore(const protocol::Member &a, const protocol::Member &b)
{
    if (statusRank(a.status) != statusRank(b.status))
        return statusRank(a.status) < statusRank(b.status);
    return collate(a.nick, b.nick) < 0;
}

int roomGroup(const RoomListModel::Entry &entry)
{
    if (entry.direct)
        return 2;
    return entry.name == QStringView(protocol::kDefaultRoom) ? 0 : 1;
}

bool roomBefore(const RoomListModel::Entry &a, const RoomListModel::Entry &b)
{
    if (roomGroup(a) != roomGroup(b))
        return roomGroup(a) < roomGroup(b);
    if (const int order = collate(a.display, b.display); order != 0)
        return order < 0;
    return a.name < b.name;
}

} // namespace

// MemberListModel

MemberListModel::MemberListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

MemberListModel::~MemberListModel() = default;

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Member &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NickRole:
        return member.nick;
    case StatusRole:
        return int(member.status);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (member.status) {
        case protocol::Status::Online:
            return tr("%1 (online)").arg(member.nick);
        case protocol::Status::Away:
            return tr("%1 (away)").arg(member.nick);
        case protocol::Status::Offline:
            return tr("%1 (offline)").arg(member.nick);
        }
        return member.nick;
    default:
        return {};
    }
}

void MemberListModel::setMembers(const QList<protocol::Member> &members)
{
    m_crowded = members.size() > protocol::kCrowdedRoomMembers;
    setListed(members, members.size(), -1);
}

void MemberListModel::setCrowded(qint64 memberCount)
{
    m_crowded = true;
    setListed({}, memberCount, -1);
}

void MemberListModel::setListed(const QList<protocol::Member> &members, qint64 total, qint64 online)
{
    beginResetModel();
    m_members = members;
    m_total = std::max<qint64>(total, members.size());
    m_online = online;
    sort();
    endResetModel();
}

void MemberListModel::sort()
{
    std::stable_sort(m_members.begin(), m_members.end(), memberBefore);
}

namespace {

qsizetype indexOfNick(const QList<protocol::Member> &members, const QString &nick)
{
    const QString key = protocol::nickKey(nick);
    const auto it = std::find_if(members.cbegin(), members.cend(), [&key](const auto &member) {
        return protocol::nickKey(member.nick) == key;
    });
    return it == members.cend() ? -1 : it - members.cbegin();
}

} // namespace

void MemberListModel::upsert(const protocol::Member &member)
{
    // A change of status or name can move the member to another place: take it out and put it
    // back where it belongs, which views follow without losing their selection of others.
    if (const qsizetype row = indexOfNick(m_members, member.nick); row >= 0) {
        if (m_members.at(row) == member)
            return;
        beginRemoveRows({}, int(row), int(row));
        m_members.removeAt(row);
        endRemoveRows();
    }
    const auto at = std::upper_bound(m_members.cbegin(), m_members.cend(), member, memberBefore);
    const int row = int(at - m_members.cbegin());
    beginInsertRows({}, row, row);
    m_members.insert(row, member);
    // The join that makes a room crowded is the last the server tells of.
    if (m_members.size() > protocol::kCrowdedRoomMembers)
        m_crowded = true;
    endInsertRows();
}

void MemberListModel::remove(const QString &nick)
{
    const qsizetype row = indexOfNick(m_members, nick);
    if (row < 0)
        return;
    beginRemoveRows({}, int(row), int(row));
    m_members.removeAt(row);
    endRemoveRows();
}

bool MemberListModel::setStatus(const QString &nick, protocol::Status status)
{
    const qsizetype row = indexOfNick(m_members, nick);
    if (row < 0)
        return false;
    upsert(protocol::Member{m_members.at(row).nick, status});
    return true;
}

bool MemberListModel::rename(const QString &nick, const QString &newNick)
{
    const qsizetype row = indexOfNick(m_members, nick);
    if (row < 0)
        return false;
    const protocol::Member renamed{newNick, m_members.at(row).status};
    beginRemoveRows({}, int(row), int(row));
    m_members.removeAt(row);
    endRemoveRows();
    upsert(renamed);
    return true;
}

qint64 MemberListModel::onlineCount() const
{
    if (m_crowded && m_online >= 0)
        return m_online;
    return qint64(std::count_if(m_members.cbegin(), m_members.cend(), [](const auto &member) {
        return member.status != protocol::Status::Offline;
    }));
}

// RoomListModel

RoomListModel::RoomListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

RoomListModel::~RoomListModel() = default;

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return entry.display;
    case Qt::AccessibleTextRole: {
        QString text = entry.direct ? tr("%1, direct conversation").arg(entry.display)
                                    : tr("#%1").arg(entry.display);
        if (entry.direct)
            text += u", "_s + statusText(entry.peerStatus);
        if (entry.unread > 0)
            text += u", "_s + tr("%n unread", nullptr, int(entry.unread));
        if (entry.mentions > 0)
            text += u", "_s + tr("%n mentioning you", nullptr, int(entry.mentions));
        return text;
    }
    case Qt::ToolTipRole:
        // A direct conversation has no topic: its tip says what the status dot shows.
        return entry.direct && entry.topic.isEmpty()
                   ? tr("%1 is %2").arg(entry.display, statusText(entry.peerStatus))
                   : entry.topic;
    case NameRole:
        return entry.name;
    case TopicRole:
        return entry.topic;
    case UnreadRole:
        return entry.unread;
    case MentionsRole:
        return entry.mentions;
    case DirectRole:
        return entry.direct;
    case PeerStatusRole:
        return int(entry.peerStatus);
    default:
        return {};
    }
}

int RoomListModel::rowOf(const QString &room) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&room](const Entry &e) { return e.name == room; });
    return it == m_entries.cend() ? -1 : int(it - m_entries.cbegin());
}

QString RoomListModel::roomAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries[size_t(row)].name : QString();
}

void RoomListModel::upsert(const Entry &entry)
{
    if (const int row = rowOf(entry.name); row >= 0) {
        Entry &old = m_entries[size_t(row)];
        if (old.display == entry.display && old.direct == entry.direct) {
            // Same place in the order: change it where it is.
            old = entry;
            emit dataChanged(index(row), index(row));
            return;
        }
        beginRemoveRows({}, row, row);
        m_entries.erase(m_entries.begin() + row);
        endRemoveRows();
    }
    const auto at = std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry, roomBefore);
    const int row = int(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(m_entries.begin() + row, entry);
    endInsertRows();
}

void RoomListModel::remove(const QString &room)
{
    const int row = rowOf(room);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

const RoomListModel::Entry *RoomListModel::entry(const QString &room) const
{
    const int row = rowOf(room);
    return row < 0 ? nullptr : &m_entries[size_t(row)];
}

qint64 RoomListModel::totalUnread() const
{
    qint64 total = 0;
    for (const Entry &entry : m_entries)
        total += entry.unread;
    return total;
}

} // namespace palaver::client
