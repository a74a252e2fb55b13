#include "sqlstore.h"

#include "shared/validation.h"
#include "storerows.h"

#include <QSqlError>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace palaver::server {

using namespace Qt::StringLiterals;

void SqlStore::closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void SqlStore::failed(const QString &what, const QSqlQuery &query)
{
    m_error = u"%1: %2"_s.arg(what, query.lastError().text().trimmed());
}

std::optional<QSqlQuery> SqlStore::run(const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = database();
    if (!db.isValid())
        return std::nullopt;
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        failed(u"the database refused \"%1\""_s.arg(sql), query);
        return std::nullopt;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        failed(u"the database refused \"%1\""_s.arg(sql), query);
        return std::nullopt;
    }
    return query;
}

QVariant SqlStore::value(const QString &sql, const QVariantList &values, const QVariant &fallback)
{
    auto query = run(sql, values);
    if (!query || !query->next())
        return fallback;
    return query->value(0);
}

std::vector<protocol::ChatMessage> SqlStore::messages(const QString &sql,
                                                      const QVariantList &values)
{
    std::vector<protocol::ChatMessage> found;
    if (auto query = run(sql, values)) {
        while (query->next())
            found.push_back(messageFromRow(*query));
    }
    return found;
}

std::vector<protocol::ChatMessage> SqlStore::before(const QString &room, qint64 beforeSeq,
                                                    int limit)
{
    auto found = messages(u"SELECT %1 FROM messages WHERE room = ? AND seq < ? "
                          u"ORDER BY seq DESC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumns)),
                          {room, beforeSeq, limit});
    std::reverse(found.begin(), found.end());
    return found;
}

std::vector<protocol::ChatMessage> SqlStore::after(const QString &room, qint64 afterSeq, int limit)
{
    return messages(u"SELECT %1 FROM messages WHERE room = ? AND seq > ? "
                    u"ORDER BY seq ASC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumns)),
                    {room, afterSeq, limit});
}

std::optional<RoomRecord> SqlStore::room(const QString &name)
{
    auto query = run(u"SELECT name, topic, direct, created_ms FROM room_meta WHERE key = ?"_s,
                     {protocol::nickKey(name)});
    if (!query || !query->next())
        return std::nullopt;
    return RoomRecord{
        query->value(0).toString(), query->value(1).toString(), query->value(2).toBool(),
        QDateTime::fromMSecsSinceEpoch(query->value(3).toLongLong(), QTimeZone::utc())};
}

std::optional<RoomRecord> SqlStore::createRoom(const QString &name, const QDateTime &now)
{
    if (!run(u"INSERT INTO room_meta (key, name, topic, direct, created_ms) "
             u"VALUES (?, ?, '', false, ?) ON CONFLICT (key) DO NOTHING"_s,
             {protocol::nickKey(name), name, now.toMSecsSinceEpoch()}))
        return std::nullopt;
    return room(name);
}

std::vector<protocol::RoomSummary> SqlStore::roomDirectory()
{
    std::vector<protocol::RoomSummary> rooms;
    auto query =
        run(u"SELECT r.name, r.topic, (SELECT COUNT(*) FROM members m WHERE m.room = r.name) "
            u"FROM room_meta r WHERE NOT r.direct ORDER BY r.key%1"_s.arg(m_dialect.byteOrder),
            {});
    while (query && query->next()) {
        rooms.push_back(protocol::RoomSummary{query->value(0).toString(),
                                              query->value(1).toString(), query->value(2).toInt()});
    }
    return rooms;
}

std::vector<MemberRecord> SqlStore::members(const QString &room)
{
    std::vector<MemberRecord> members;
    auto query = run(u"SELECT nick_key, nick FROM members WHERE room = ? "
                     u"ORDER BY nick_key%1"_s.arg(m_dialect.byteOrder),
                     {room});
    while (query && query->next())
        members.push_back(MemberRecord{query->value(0).toString(), query->value(1).toString()});
    return members;
}

qint64 SqlStore::memberCount(const QString &room)
{
    return value(u"SELECT count(*) FROM members WHERE room = ?"_s, {room}, qint64(-1)).toLongLong();
}

bool SqlStore::addMember(const QString &room, const QString &nick)
{
    return run(u"INSERT INTO members (room, nick_key, nick) VALUES (?, ?, ?) "
               u"ON CONFLICT (room, nick_key) DO NOTHING"_s,
               {room, protocol::nickKey(nick), nick})
        .has_value();
}

bool SqlStore::removeMember(const QString &room, const QString &nickKey)
{
    return run(u"DELETE FROM members WHERE room = ? AND nick_key = ?"_s, {room, nickKey})
        .has_value();
}

QStringList SqlStore::roomsOf(const QString &nickKey)
{
    QStringList rooms;
    auto query = run(u"SELECT room FROM members WHERE nick_key = ?"_s, {nickKey});
    while (query && query->next())
        rooms.append(query->value(0).toString());
    return rooms;
}

QString SqlStore::nickOf(const QString &nickKey)
{
    return value(u"SELECT nick FROM members WHERE nick_key = ? LIMIT 1"_s, {nickKey}).toString();
}

bool SqlStore::renameNick(const QString &oldKey, const QString &newNick)
{
    QSqlDatabase db = database();
    if (!db.isValid())
        return false;
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    const QString newKey = protocol::nickKey(newNick);
    const bool ok =
        run(u"UPDATE members SET nick_key = ?, nick = ? WHERE nick_key = ?"_s,
            {newKey, newNick, oldKey}) &&
        run(u"UPDATE read_markers SET nick_key = ? WHERE nick_key = ?"_s, {newKey, oldKey}) &&
        run(u"UPDATE direct_rooms SET key_a = ? WHERE key_a = ?"_s, {newKey, oldKey}) &&
        run(u"UPDATE direct_rooms SET key_b = ? WHERE key_b = ?"_s, {newKey, oldKey});
    if (!ok || !db.commit()) {
        if (ok)
            m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QString SqlStore::directRoom(const QString &keyA, const QString &keyB, bool create,
                             const QDateTime &now)
{
    const auto find = [this, &keyA, &keyB] {
        return value(u"SELECT room FROM direct_rooms WHERE (key_a = ? AND key_b = ?) "
                     u"OR (key_a = ? AND key_b = ?) ORDER BY room LIMIT 1"_s,
                     {keyA, keyB, keyB, keyA})
            .toString();
    };
    const QString found = find();
    if (!found.isEmpty() || !create)
        return found;
    // Opaque, so that it says nothing about who talks, and stays the same after a rename.
    const QString name = u"@"_s + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = database();
    if (!db.isValid())
        return {};
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return {};
    }
    // The two keys in one order, so that two made at the same moment (from both sides, at two
    // instances) collide on the primary key, and the one that loses finds the other's.
    const bool ok = run(u"INSERT INTO room_meta (key, name, topic, direct, created_ms) "
                        u"VALUES (?, ?, '', true, ?)"_s,
                        {protocol::nickKey(name), name, now.toMSecsSinceEpoch()}) &&
                    run(u"INSERT INTO direct_rooms (key_a, key_b, room) VALUES (?, ?, ?)"_s,
                        {std::min(keyA, keyB), std::max(keyA, keyB), name});
    if (!ok || !db.commit()) {
        if (ok)
            m_error = db.lastError().text();
        db.rollback();
        return find();
    }
    return name;
}

QStringList SqlStore::directParticipants(const QString &room)
{
    auto query = run(u"SELECT key_a, key_b FROM direct_rooms WHERE room = ?"_s, {room});
    if (!query || !query->next())
        return {};
    return {query->value(0).toString(), query->value(1).toString()};
}

bool SqlStore::setReadMarker(const QString &nickKey, const QString &room, qint64 seq)
{
    return run(u"INSERT INTO read_markers (nick_key, room, seq) VALUES (?, ?, ?) "
               u"ON CONFLICT (nick_key, room) "
               u"DO UPDATE SET seq = CASE WHEN excluded.seq > read_markers.seq "
               u"THEN excluded.seq ELSE read_markers.seq END"_s,
               {nickKey, room, seq})
        .has_value();
}

qint64 SqlStore::readMarker(const QString &nickKey, const QString &room)
{
    return value(u"SELECT seq FROM read_markers WHERE nick_key = ? AND room = ?"_s, {nickKey, room},
                 qint64(0))
        .toLongLong();
}

qint64 SqlStore::unreadCount(const QString &room, qint64 afterSeq, const QString &excludingNickKey)
{
    // Membership events (the kinds after Topic) are not something to read.
    return value(u"SELECT COUNT(*) FROM messages WHERE room = ? AND seq > ? "
                 u"AND COALESCE(nick_key, '') <> ? AND kind <= %1"_s.arg(saidKinds()),
                 {room, afterSeq, excludingNickKey}, qint64(0))
        .toLongLong();
}

SearchResult SqlStore::searchAnywhere(const QString &query, const QStringList &rooms, int limit)
{
    SearchResult result;
    const QStringList words = searchWords(query);
    if (words.isEmpty() || rooms.isEmpty() || limit <= 0)
        return result;
    // Every word anywhere in the text, ignoring case; LIKE's wildcards in a word are escaped,
    // so that they match themselves.
    QStringList conditions;
    QVariantList values;
    for (QString word : words) {
        word.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions.append(u"m.text %1 ? ESCAPE '\\'"_s.arg(m_dialect.like));
        values.append(QString(u'%' + word + u'%'));
    }
    for (const QString &room : rooms)
        values.append(room);
    values.append(limit + 1); // one more, to know whether there are more
    const auto found =
        messages(u"SELECT %1 FROM messages m WHERE %2 AND m.room IN (%3) AND m.kind <= %4 "
                 u"ORDER BY m.time_ms DESC, m.seq DESC LIMIT ?"_s.arg(
                     QLatin1StringView(kMessageColumnsOfM), conditions.join(u" AND "_s),
                     placeholders(rooms.size()), saidKinds()),
                 values);
    for (const protocol::ChatMessage &message : found) {
        if (qsizetype(result.messages.size()) == limit) {
            result.hasMore = true;
            break;
        }
        result.messages.push_back(message);
    }
    return result;
}

} // namespace palaver::server
