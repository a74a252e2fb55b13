#include "sqlitestore.h"

#include "shared/validation.h"
#include "sqliteschema.h"
#include "storerows.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

QString syncPragma(SqliteStore::Sync sync)
{
    switch (sync) {
    case SqliteStore::Sync::Full:
        return u"PRAGMA synchronous = FULL"_s;
    case SqliteStore::Sync::Normal:
        return u"PRAGMA synchronous = NORMAL"_s;
    case SqliteStore::Sync::Off:
        return u"PRAGMA synchronous = OFF"_s;
    }
    return u"PRAGMA synchronous = FULL"_s;
}

} // namespace

SqliteStore::SqliteStore(const QString &path, Sync sync, FullText fullText)
    : m_connectionName(u"palaver-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!open(path, sync, fullText) && QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
}

/// The statements of append(). Lookups of stored ids come in a few sizes; a batch is looked
/// up in chunks of the largest, and the rest with the smallest size that holds it, padded by
/// repeating its last id.
struct SqliteStore::AppendStatements
{
    static constexpr size_t kFindSizes[] = {1, 8, 64, 500}; // 500: under SQLite's oldest limit

    explicit AppendStatements(const QSqlDatabase &db, bool fullText)
        : insert(db)
        , index(db)
        , topic(db)
        , rooms(db)
    {
        for (size_t i = 0; i < std::size(kFindSizes); ++i) {
            find[i] = QSqlQuery(db);
            QString marks(qsizetype(kFindSizes[i] * 2 - 1), u',');
            for (size_t at = 0; at < kFindSizes[i]; ++at)
                marks[qsizetype(at * 2)] = u'?';
            find[i].setForwardOnly(true);
            prepared = find[i].prepare(u"SELECT %1 FROM messages WHERE id IN (%2)"_s.arg(
                           QLatin1StringView(kMessageColumns), marks)) &&
                       prepared;
        }
        prepared = insert.prepare(u"INSERT INTO messages (%1, nick_key, search_rowid) "
                                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                                      QLatin1StringView(kMessageColumns))) &&
                   prepared;
        if (fullText)
            prepared = index.prepare(u"INSERT INTO message_search (text) VALUES (?)"_s) && prepared;
        prepared = topic.prepare(u"UPDATE room_meta SET topic = ? WHERE name = ?"_s) && prepared;
        prepared =
            rooms.prepare(u"INSERT INTO rooms (name, last_seq) VALUES (?, ?) "
                          u"ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq"_s) &&
            prepared;
    }

    bool prepared = true;
    QSqlQuery find[std::size(kFindSizes)];
    QSqlQuery insert;
    QSqlQuery index;
    QSqlQuery topic;
    QSqlQuery rooms;
};

SqliteStore::AppendStatements &SqliteStore::appendStatements()
{
    if (!m_appendStatements || !m_appendStatements->prepared)
        m_appendStatements = std::make_unique<AppendStatements>(database(), m_fullText);
    return *m_appendStatements;
}

SqliteStore::~SqliteStore()
{
    m_appendStatements.reset(); // before the connection they use goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int SqliteStore::currentSchemaVersion()
{
    return sqliteSchemaVersion();
}

bool SqliteStore::open(const QString &path, Sync sync, FullText fullText)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        m_error = u"Qt's SQLite driver (QSQLITE) is not installed; on Debian or Ubuntu install "
                  u"libqt6sql6-sqlite."_s;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = u"cannot open the history database %1: %2"_s.arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery mode(db);
    if (!mode.exec(u"PRAGMA journal_mode = WAL"_s) || !mode.next() ||
        mode.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        m_error = u"cannot switch the history database %1 to WAL mode (%2); is it on a network "
                  u"file system?"_s.arg(path, mode.lastError().text());
        return false;
    }
    mode.finish(); // an open statement would keep the migrations from committing
    if (!exec(syncPragma(sync)) || !exec(u"PRAGMA busy_timeout = 5000"_s) ||
        !migrateSqliteSchema(db, &m_error))
        return false;
    if (fullText == FullText::IfAvailable) {
        if (!prepareSearchIndex(db, &m_fullText, &m_error))
            return false;
    }

    QSqlQuery epoch(db);
    if (!epoch.exec(u"SELECT value FROM meta WHERE key = 'epoch'"_s) || !epoch.next()) {
        m_error = u"the history database %1 has no epoch: %2"_s.arg(path, epoch.lastError().text());
        return false;
    }
    m_epoch = epoch.value(0).toString();

    QSqlQuery rooms(db);
    if (!rooms.exec(u"SELECT name, last_seq FROM rooms"_s)) {
        m_error = rooms.lastError().text();
        return false;
    }
    while (rooms.next())
        m_lastSeq.insert(rooms.value(0).toString(), rooms.value(1).toLongLong());
    return true;
}

bool SqliteStore::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    m_error = u"history database: \"%1\" failed: %2"_s.arg(sql, query.lastError().text());
    return false;
}

bool SqliteStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    m_error = u"history database: \"%1\" failed: %2"_s.arg(sql, query.lastError().text());
    return false;
}

int SqliteStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

std::optional<std::vector<AppendResult>> SqliteStore::append(const std::vector<NewMessage> &batch)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_error = u"cannot start a transaction: %1"_s.arg(db.lastError().text());
        return std::nullopt;
    }
    const auto fail = [&](const QSqlQuery &query) -> std::optional<std::vector<AppendResult>> {
        m_error = u"cannot store messages: %1"_s.arg(query.lastError().text());
        db.rollback();
        return std::nullopt;
    };

    AppendStatements &statements = appendStatements();
    QSqlQuery &insert = statements.insert;
    QSqlQuery &index = statements.index;
    QSqlQuery &topic = statements.topic;

    // Which of the ids are stored already (sent again after a lost ack): a few queries for the
    // whole batch rather than one per message.
    QHash<QString, qsizetype> byId; // id -> its result, for ids first seen in this batch
    std::vector<AppendResult> results;
    results.reserve(batch.size());
    std::vector<AppendResult> known;
    constexpr auto &sizes = AppendStatements::kFindSizes;
    for (size_t from = 0; from < batch.size();) {
        const size_t left = batch.size() - from;
        size_t which = 0;
        while (which + 1 < std::size(sizes) && sizes[which] < left)
            ++which;
        const size_t count = std::min(sizes[which], left);
        QSqlQuery &find = statements.find[which];
        for (size_t i = 0; i < sizes[which]; ++i) {
            const size_t at = from + std::min(i, count - 1);
            find.addBindValue(batch[at].id.toString(QUuid::WithoutBraces));
        }
        if (!find.exec())
            return fail(find);
        while (find.next())
            known.push_back(AppendResult{messageFromRow(find), true});
        find.finish();
        from += count;
    }

    QHash<QString, qint64> lastSeq = m_lastSeq; // adopted only if the commit succeeds
    QSet<QString> touched;
    for (const NewMessage &message : batch) {
        const QString id = message.id.toString(QUuid::WithoutBraces);
        if (const auto stored = std::find_if(
                known.cbegin(), known.cend(),
                [&message](const AppendResult &r) { return r.message.id == message.id; });
            stored != known.cend()) {
            results.push_back(*stored);
            continue;
        }
        if (const auto earlier = byId.constFind(id); earlier != byId.cend()) {
            // The same id twice in one batch: the second is a repeat of the first.
            results.push_back(AppendResult{results[size_t(earlier.value())].message, true});
            continue;
        }
        byId.insert(id, qsizetype(results.size()));
        QVariant searchRowid{QMetaType::fromType<qint64>()}; // NULL: not in the index
        if (m_fullText) {
            index.addBindValue(sqlText(message.text));
            if (!index.exec())
                return fail(index);
            searchRowid = index.lastInsertId();
        }
        const qint64 seq = lastSeq.value(message.room) + 1;
        insert.addBindValue(message.room);
        insert.addBindValue(seq);
        insert.addBindValue(id);
        insert.addBindValue(message.time.toMSecsSinceEpoch());
        insert.addBindValue(message.nick);
        insert.addBindValue(sqlText(message.text));
        insert.addBindValue(int(message.kind));
        insert.addBindValue(protocol::nickKey(message.nick));
        insert.addBindValue(searchRowid);
        if (!insert.exec())
            return fail(insert);
        if (message.kind == protocol::MessageKind::Topic) {
            // The room's topic is the latest topic message: a blank one clears it.
            topic.addBindValue(message.text.trimmed().isEmpty() ? u""_s : message.text);
            topic.addBindValue(message.room);
            if (!topic.exec())
                return fail(topic);
        }
        lastSeq.insert(message.room, seq);
        touched.insert(message.room);
        results.push_back(AppendResult{
            protocol::ChatMessage{
                message.room, seq, message.id,
                QDateTime::fromMSecsSinceEpoch(message.time.toMSecsSinceEpoch(), QTimeZone::utc()),
                message.nick, message.text.isNull() ? u""_s : message.text, message.kind},
            false});
    }

    QSqlQuery &rooms = statements.rooms;
    for (const QString &room : std::as_const(touched)) {
        rooms.addBindValue(room);
        rooms.addBindValue(lastSeq.value(room));
        if (!rooms.exec())
            return fail(rooms);
    }
    if (!db.commit()) {
        m_error = u"cannot commit messages: %1"_s.arg(db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    m_lastSeq = std::move(lastSeq);
    return results;
}

std::vector<protocol::ChatMessage> SqliteStore::select(const QString &sql, const QString &room,
                                                       qint64 seq, int limit)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(room);
    query.addBindValue(seq);
    query.addBindValue(limit);
    std::vector<protocol::ChatMessage> messages;
    if (!query.exec()) {
        m_error = u"cannot read history: %1"_s.arg(query.lastError().text());
        return messages;
    }
    while (query.next())
        messages.push_back(messageFromRow(query));
    return messages;
}

std::vector<protocol::ChatMessage> SqliteStore::before(const QString &room, qint64 beforeSeq,
                                                       int limit)
{
    auto messages = select(u"SELECT %1 FROM messages WHERE room = ? AND seq < ? "
                           u"ORDER BY seq DESC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumns)),
                           room, beforeSeq, limit);
    std::reverse(messages.begin(), messages.end());
    return messages;
}

std::vector<protocol::ChatMessage> SqliteStore::after(const QString &room, qint64 afterSeq,
                                                      int limit)
{
    return select(u"SELECT %1 FROM messages WHERE room = ? AND seq > ? "
                  u"ORDER BY seq ASC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumns)),
                  room, afterSeq, limit);
}

RoomRange SqliteStore::range(const QString &room)
{
    RoomRange range;
    range.last = m_lastSeq.value(room);
    QSqlQuery query(database());
    query.prepare(u"SELECT MIN(seq) FROM messages WHERE room = ?"_s);
    query.addBindValue(room);
    if (query.exec() && query.next() && !query.value(0).isNull())
        range.first = query.value(0).toLongLong();
    return range;
}

qint64 SqliteStore::deleteMessages(const QString &where, const QVariantList &values)
{
    QSqlDatabase db = database();
    if (m_fullText) {
        // A contentless index forgets a row only when told the text it indexed.
        QSqlQuery indexed(db);
        indexed.setForwardOnly(true);
        indexed.prepare(u"SELECT search_rowid, text FROM messages WHERE (%1) "
                        u"AND search_rowid IS NOT NULL"_s.arg(where));
        for (const QVariant &value : values)
            indexed.addBindValue(value);
        if (!indexed.exec())
            return -1;
        QSqlQuery forget(db);
        forget.prepare(u"INSERT INTO message_search (message_search, rowid, text) "
                       u"VALUES ('delete', ?, ?)"_s);
        while (indexed.next()) {
            forget.addBindValue(indexed.value(0));
            forget.addBindValue(sqlText(indexed.value(1).toString()));
            if (!forget.exec())
                return -1;
        }
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM messages WHERE %1"_s.arg(where));
    for (const QVariant &value : values)
        remove.addBindValue(value);
    if (!remove.exec())
        return -1;
    return remove.numRowsAffected();
}

qint64 SqliteStore::trim(const Retention &retention, const QDateTime &now)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return 0;
    qint64 removed = 0;
    bool ok = true;
    const auto count = [&](qint64 deleted) {
        if (deleted < 0)
            ok = false;
        else
            removed += deleted;
    };
    if (retention.maxDays > 0) {
        count(deleteMessages(u"time_ms < ?"_s,
                             {now.addDays(-retention.maxDays).toMSecsSinceEpoch()}));
    }
    if (retention.maxPerRoom > 0) {
        for (auto it = m_lastSeq.cbegin(); ok && it != m_lastSeq.cend(); ++it)
            count(deleteMessages(u"room = ? AND seq <= ?"_s,
                                 {it.key(), it.value() - retention.maxPerRoom}));
    }
    // The index and the messages go together or not at all.
    if (!ok) {
        m_error = u"cannot trim history: %1"_s.arg(db.lastError().text());
        db.rollback();
        return 0;
    }
    if (!db.commit()) {
        m_error = u"cannot trim history: %1"_s.arg(db.lastError().text());
        db.rollback();
        return 0;
    }
    return removed;
}

std::optional<RoomRecord> SqliteStore::room(const QString &name)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT name, topic, direct, created_ms FROM room_meta WHERE key = ?"_s);
    query.addBindValue(protocol::nickKey(name));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return RoomRecord{
        query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(),
        QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::utc())};
}

std::optional<RoomRecord> SqliteStore::createRoom(const QString &name, const QDateTime &now)
{
    if (!run(
            u"INSERT INTO room_meta (key, name, topic, direct, created_ms) VALUES (?, ?, '', 0, ?) "
            u"ON CONFLICT (key) DO NOTHING"_s,
            {protocol::nickKey(name), name, now.toMSecsSinceEpoch()}))
        return std::nullopt;
    return room(name);
}

std::vector<protocol::RoomSummary> SqliteStore::roomDirectory()
{
    std::vector<protocol::RoomSummary> rooms;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT r.name, r.topic, (SELECT COUNT(*) FROM members m WHERE m.room = r.name) "
            u"FROM room_meta r WHERE r.direct = 0 ORDER BY r.key"_s)) {
        m_error = query.lastError().text();
        return rooms;
    }
    while (query.next()) {
        rooms.push_back(protocol::RoomSummary{query.value(0).toString(), query.value(1).toString(),
                                              query.value(2).toInt()});
    }
    return rooms;
}

std::vector<MemberRecord> SqliteStore::members(const QString &room)
{
    std::vector<MemberRecord> members;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT nick_key, nick FROM members WHERE room = ? ORDER BY nick_key"_s);
    query.addBindValue(room);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return members;
    }
    while (query.next())
        members.push_back(MemberRecord{query.value(0).toString(), query.value(1).toString()});
    return members;
}

qint64 SqliteStore::memberCount(const QString &room)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT count(*) FROM members WHERE room = ?"_s);
    query.addBindValue(room);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

bool SqliteStore::addMember(const QString &room, const QString &nick)
{
    return run(u"INSERT INTO members (room, nick_key, nick) VALUES (?, ?, ?) "
               u"ON CONFLICT (room, nick_key) DO NOTHING"_s,
               {room, protocol::nickKey(nick), nick});
}

bool SqliteStore::removeMember(const QString &room, const QString &nickKey)
{
    return run(u"DELETE FROM members WHERE room = ? AND nick_key = ?"_s, {room, nickKey});
}

QStringList SqliteStore::roomsOf(const QString &nickKey)
{
    QStringList rooms;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT room FROM members WHERE nick_key = ?"_s);
    query.addBindValue(nickKey);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return rooms;
    }
    while (query.next())
        rooms.append(query.value(0).toString());
    return rooms;
}

QString SqliteStore::nickOf(const QString &nickKey)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT nick FROM members WHERE nick_key = ? LIMIT 1"_s);
    query.addBindValue(nickKey);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool SqliteStore::renameNick(const QString &oldKey, const QString &newNick)
{
    QSqlDatabase db = database();
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

QString SqliteStore::directRoom(const QString &keyA, const QString &keyB, bool create,
                                const QDateTime &now)
{
    {
        QSqlQuery query(database());
        query.prepare(u"SELECT room FROM direct_rooms "
                      u"WHERE (key_a = ? AND key_b = ?) OR (key_a = ? AND key_b = ?)"_s);
        query.addBindValue(keyA);
        query.addBindValue(keyB);
        query.addBindValue(keyB);
        query.addBindValue(keyA);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return {};
        }
        if (query.next())
            return query.value(0).toString();
    }
    if (!create)
        return {};
    // Opaque, so that it says nothing about who talks, and stays the same after a rename.
    const QString name = u"@"_s + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return {};
    }
    const bool ok =
        run(u"INSERT INTO room_meta (key, name, topic, direct, created_ms) VALUES (?, ?, '', 1, ?)"_s,
            {protocol::nickKey(name), name, now.toMSecsSinceEpoch()}) &&
        run(u"INSERT INTO direct_rooms (key_a, key_b, room) VALUES (?, ?, ?)"_s,
            {keyA, keyB, name});
    if (!ok || !db.commit()) {
        if (ok)
            m_error = db.lastError().text();
        db.rollback();
        return {};
    }
    return name;
}

QStringList SqliteStore::directParticipants(const QString &room)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT key_a, key_b FROM direct_rooms WHERE room = ?"_s);
    query.addBindValue(room);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

bool SqliteStore::setReadMarker(const QString &nickKey, const QString &room, qint64 seq)
{
    return run(u"INSERT INTO read_markers (nick_key, room, seq) VALUES (?, ?, ?) "
               u"ON CONFLICT (nick_key, room) DO UPDATE SET seq = max(seq, excluded.seq)"_s,
               {nickKey, room, seq});
}

qint64 SqliteStore::readMarker(const QString &nickKey, const QString &room)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT seq FROM read_markers WHERE nick_key = ? AND room = ?"_s);
    query.addBindValue(nickKey);
    query.addBindValue(room);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 SqliteStore::unreadCount(const QString &room, qint64 afterSeq,
                                const QString &excludingNickKey)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT COUNT(*) FROM messages WHERE room = ? AND seq > ? "
                  u"AND nick_key IS NOT ?"_s);
    query.addBindValue(room);
    query.addBindValue(afterSeq);
    query.addBindValue(excludingNickKey);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

SearchResult SqliteStore::search(const QString &query, const QStringList &rooms, int limit)
{
    SearchResult result;
    const QStringList words = searchWords(query);
    if (words.isEmpty() || rooms.isEmpty() || limit <= 0)
        return result;

    QString sql;
    QVariantList values;
    if (m_fullText) {
        // Every word quoted, so that nothing in it is FTS5 syntax (OR, NEAR, *, ^, column:),
        // and marked as a prefix: "lunch" finds "lunches".
        QStringList terms;
        for (QString word : words)
            terms.append(u'"' + word.replace(u'"', u"\"\""_s) + u"\"*"_s);
        values.append(terms.join(u' '));
        // The index drives (CROSS JOIN), newest entry first, so a common word stops early.
        sql = u"SELECT %1 FROM message_search s CROSS JOIN messages m "
              u"ON m.search_rowid = s.rowid "
              u"WHERE message_search MATCH ? AND m.room IN (%2) "
              u"ORDER BY s.rowid DESC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumnsOfM),
                                                     placeholders(rooms.size()));
    } else {
        QStringList conditions;
        for (QString word : words) {
            word.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            conditions.append(u"m.text LIKE ? ESCAPE '\\'"_s);
            values.append(QString(u'%' + word + u'%'));
        }
        sql = u"SELECT %1 FROM messages m WHERE %2 AND m.room IN (%3) "
              u"ORDER BY m.time_ms DESC, m.seq DESC LIMIT ?"_s.arg(
                  QLatin1StringView(kMessageColumnsOfM), conditions.join(u" AND "_s),
                  placeholders(rooms.size()));
    }
    for (const QString &room : rooms)
        values.append(room);
    values.append(limit + 1); // one more, to know whether there are more

    QSqlQuery select(database());
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        select.addBindValue(value);
    if (!select.exec()) {
        m_error = u"cannot search: %1"_s.arg(select.lastError().text());
        return result;
    }
    while (select.next()) {
        if (qsizetype(result.messages.size()) == limit) {
            result.hasMore = true;
            break;
        }
        result.messages.push_back(messageFromRow(select));
    }
    return result;
}

} // namespace palaver::server
