#include "postgresstore.h"

#include "postgresschema.h"
#include "shared/validation.h"
#include "storerows.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPostgres, "palaver.postgres", QtInfoMsg)

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

/// A text as bound: '' when empty, never NULL (an empty topic is a text).
QVariant text(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

/// append()'s statements, prepared once per connection: each is then one round trip.
struct PostgresStore::AppendStatements
{
    static constexpr size_t kFindSizes[] = {1, 8, 64, 500};

    explicit AppendStatements(const QSqlDatabase &db)
        : lock(db)
        , createRoom(db)
        , insert(db)
        , byId(db)
        , topic(db)
        , advance(db)
        , notify(db)
    {
        for (size_t i = 0; i < std::size(kFindSizes); ++i) {
            find[i] = QSqlQuery(db);
            prepared =
                find[i].prepare(u"SELECT %1 FROM messages WHERE id IN (%2)"_s.arg(
                    QLatin1StringView(kMessageColumns), placeholders(qsizetype(kFindSizes[i])))) &&
                prepared;
        }
        prepared = lock.prepare(u"SELECT last_seq FROM rooms WHERE name = ? FOR UPDATE"_s) &&
                   createRoom.prepare(u"INSERT INTO rooms (name, last_seq) VALUES (?, 0) "
                                      u"ON CONFLICT (name) DO NOTHING"_s) &&
                   insert.prepare(
                       u"INSERT INTO messages (%1, nick_key) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       u"ON CONFLICT (id) DO NOTHING"_s.arg(QLatin1StringView(kMessageColumns))) &&
                   byId.prepare(u"SELECT %1 FROM messages WHERE id = ?"_s.arg(
                       QLatin1StringView(kMessageColumns))) &&
                   topic.prepare(u"UPDATE room_meta SET topic = ? WHERE name = ?"_s) &&
                   advance.prepare(u"UPDATE rooms SET last_seq = ? WHERE name = ?"_s) &&
                   notify.prepare(
                       u"SELECT pg_notify('%1', ?)"_s.arg(QLatin1StringView(kMessagesChannel))) &&
                   prepared;
    }

    bool prepared = true;
    QSqlQuery find[std::size(kFindSizes)];
    QSqlQuery lock;
    QSqlQuery createRoom;
    QSqlQuery insert;
    QSqlQuery byId;
    QSqlQuery topic;
    QSqlQuery advance;
    QSqlQuery notify;
};

PostgresStore::PostgresStore(const PostgresTarget &target)
    : m_target(target)
    , m_connectionName(u"palaver-postgres-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!connect())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!migratePostgresSchema(db, &m_error)) {
        m_error = u"the database %1: %2"_s.arg(m_target.display(), m_error);
        return;
    }
    m_epoch = value(u"SELECT value FROM meta WHERE key = 'epoch'"_s, {}).toString();
    if (m_epoch.isEmpty() && m_error.isEmpty())
        m_error = u"the database %1 has no epoch"_s.arg(m_target.display());
}

PostgresStore::~PostgresStore()
{
    m_appendStatements.reset(); // before the connection they use goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int PostgresStore::currentSchemaVersion()
{
    return postgresSchemaVersion();
}

int PostgresStore::schemaVersion()
{
    QSqlDatabase db = database();
    return db.isValid() ? postgresSchemaVersionOf(db) : -1;
}

bool PostgresStore::connect()
{
    m_appendStatements.reset();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
    QString error;
    if (!openPostgres(m_target, m_connectionName, &error)) {
        m_error = error;
        return false;
    }
    m_error.clear();
    return true;
}

QSqlDatabase PostgresStore::database()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen())
        return db;
    // Lost (the server restarted, the network went): each call tries again, so the server
    // comes back by itself once the database does.
    qCWarning(lcPostgres, "the connection to %s was lost; connecting again",
              qUtf8Printable(m_target.display()));
    if (!connect()) {
        qCWarning(lcPostgres, "%s", qUtf8Printable(m_error));
        return {};
    }
    qCInfo(lcPostgres, "connected to %s again", qUtf8Printable(m_target.display()));
    return QSqlDatabase::database(m_connectionName, false);
}

void PostgresStore::failed(const QString &what, const QSqlQuery &query)
{
    m_error = u"%1: %2"_s.arg(what, query.lastError().text().trimmed());
}

std::optional<QSqlQuery> PostgresStore::run(const QString &sql, const QVariantList &values)
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

QVariant PostgresStore::value(const QString &sql, const QVariantList &values,
                              const QVariant &fallback)
{
    auto query = run(sql, values);
    if (!query || !query->next())
        return fallback;
    return query->value(0);
}

std::vector<protocol::ChatMessage> PostgresStore::messages(const QString &sql,
                                                           const QVariantList &values)
{
    std::vector<protocol::ChatMessage> found;
    if (auto query = run(sql, values)) {
        while (query->next())
            found.push_back(messageFromRow(*query));
    }
    return found;
}

PostgresStore::AppendStatements *PostgresStore::appendStatements(QSqlDatabase &db)
{
    if (!m_appendStatements || !m_appendStatements->prepared) {
        m_appendStatements = std::make_unique<AppendStatements>(db);
        if (!m_appendStatements->prepared) {
            m_error = u"cannot prepare the statements that store messages: %1"_s.arg(
                db.lastError().text());
            m_appendStatements.reset();
            return nullptr;
        }
    }
    return m_appendStatements.get();
}

std::optional<std::vector<AppendResult>> PostgresStore::append(const std::vector<NewMessage> &batch)
{
    auto results = appendOnce(batch);
    // A connection that broke since the last call (the database restarted) is found only now:
    // once more on a new one. What failed was rolled back, so nothing is stored twice.
    if (!results && !QSqlDatabase::database(m_connectionName, false).isOpen())
        results = appendOnce(batch);
    return results;
}

std::optional<std::vector<AppendResult>>
PostgresStore::appendOnce(const std::vector<NewMessage> &batch)
{
    QSqlDatabase db = database();
    if (!db.isValid())
        return std::nullopt;
    AppendStatements *statements = appendStatements(db);
    if (!statements)
        return std::nullopt;
    if (!db.transaction()) {
        m_error = u"cannot start a transaction: %1"_s.arg(db.lastError().text());
        return std::nullopt;
    }
    const auto fail = [&](const QSqlQuery &query) -> std::optional<std::vector<AppendResult>> {
        failed(u"cannot store messages"_s, query);
        db.rollback();
        return std::nullopt;
    };

    // Lock each room's row, in one order (by name) so that two instances never wait for each
    // other. From here until the commit, nobody else numbers messages in these rooms: a repeat
    // of one of our ids that another instance is storing right now is found below.
    QStringList rooms;
    for (const NewMessage &message : batch)
        rooms.append(message.room);
    rooms.sort();
    rooms.removeDuplicates();
    QHash<QString, qint64> lastSeq;
    for (const QString &room : std::as_const(rooms)) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            statements->lock.addBindValue(room);
            if (!statements->lock.exec())
                return fail(statements->lock);
            if (statements->lock.next()) {
                lastSeq.insert(room, statements->lock.value(0).toLongLong());
                break;
            }
            statements->lock.finish();
            statements->createRoom.addBindValue(room);
            if (!statements->createRoom.exec())
                return fail(statements->createRoom);
        }
        statements->lock.finish();
        if (!lastSeq.contains(room))
            return fail(statements->lock);
    }

    // Which of the ids are stored already (sent again after a lost ack).
    std::vector<AppendResult> known;
    constexpr auto &sizes = AppendStatements::kFindSizes;
    for (size_t from = 0; from < batch.size();) {
        const size_t left = batch.size() - from;
        size_t which = 0;
        while (which + 1 < std::size(sizes) && sizes[which] < left)
            ++which;
        const size_t count = std::min(sizes[which], left);
        QSqlQuery &find = statements->find[which];
        for (size_t i = 0; i < sizes[which]; ++i)
            find.addBindValue(uuid(batch[from + std::min(i, count - 1)].id));
        if (!find.exec())
            return fail(find);
        while (find.next())
            known.push_back(AppendResult{messageFromRow(find), true});
        find.finish();
        from += count;
    }

    std::vector<AppendResult> results;
    results.reserve(batch.size());
    QHash<QUuid, size_t> byId; // ids first stored in this batch -> their result
    QStringList touched;
    for (const NewMessage &message : batch) {
        if (const auto stored = std::find_if(
                known.cbegin(), known.cend(),
                [&message](const AppendResult &r) { return r.message.id == message.id; });
            stored != known.cend()) {
            results.push_back(*stored);
            continue;
        }
        if (const auto earlier = byId.constFind(message.id); earlier != byId.cend()) {
            results.push_back(AppendResult{results[earlier.value()].message, true});
            continue;
        }
        const qint64 seq = lastSeq.value(message.room) + 1;
        QSqlQuery &insert = statements->insert;
        insert.addBindValue(message.room);
        insert.addBindValue(seq);
        insert.addBindValue(uuid(message.id));
        insert.addBindValue(message.time.toMSecsSinceEpoch());
        insert.addBindValue(message.nick);
        insert.addBindValue(text(message.text));
        insert.addBindValue(int(message.kind));
        insert.addBindValue(protocol::nickKey(message.nick));
        if (!insert.exec())
            return fail(insert);
        if (insert.numRowsAffected() == 0) {
            // The id is taken in another room (which no honest client does): the original
            // stands, and this room's numbering has no gap.
            insert.finish();
            statements->byId.addBindValue(uuid(message.id));
            if (!statements->byId.exec() || !statements->byId.next())
                return fail(statements->byId);
            results.push_back(AppendResult{messageFromRow(statements->byId), true});
            statements->byId.finish();
            continue;
        }
        insert.finish();
        if (message.kind == protocol::MessageKind::Topic) {
            statements->topic.addBindValue(message.text.trimmed().isEmpty() ? u""_s : message.text);
            statements->topic.addBindValue(message.room);
            if (!statements->topic.exec())
                return fail(statements->topic);
        }
        lastSeq.insert(message.room, seq);
        if (!touched.contains(message.room))
            touched.append(message.room);
        byId.insert(message.id, results.size());
        results.push_back(AppendResult{
            protocol::ChatMessage{
                message.room, seq, message.id,
                QDateTime::fromMSecsSinceEpoch(message.time.toMSecsSinceEpoch(), QTimeZone::utc()),
                message.nick, message.text.isNull() ? u""_s : message.text, message.kind},
            false});
    }

    for (const QString &room : std::as_const(touched)) {
        statements->advance.addBindValue(lastSeq.value(room));
        statements->advance.addBindValue(room);
        if (!statements->advance.exec())
            return fail(statements->advance);
        // Delivered to every listening instance when (and only if) this commits.
        statements->notify.addBindValue(
            QString(QString::number(lastSeq.value(room)) + u' ' + room));
        if (!statements->notify.exec())
            return fail(statements->notify);
        statements->notify.finish();
    }
    if (!db.commit()) {
        m_error = u"cannot commit messages: %1"_s.arg(db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    return results;
}

std::vector<protocol::ChatMessage> PostgresStore::before(const QString &room, qint64 beforeSeq,
                                                         int limit)
{
    auto found = messages(u"SELECT %1 FROM messages WHERE room = ? AND seq < ? "
                          u"ORDER BY seq DESC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumns)),
                          {room, beforeSeq, limit});
    std::reverse(found.begin(), found.end());
    return found;
}

std::vector<protocol::ChatMessage> PostgresStore::after(const QString &room, qint64 afterSeq,
                                                        int limit)
{
    return messages(u"SELECT %1 FROM messages WHERE room = ? AND seq > ? "
                    u"ORDER BY seq ASC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumns)),
                    {room, afterSeq, limit});
}

RoomRange PostgresStore::range(const QString &room)
{
    RoomRange range;
    auto query = run(u"SELECT r.last_seq, (SELECT MIN(m.seq) FROM messages m WHERE m.room = ?) "
                     u"FROM rooms r WHERE r.name = ?"_s,
                     {room, room});
    if (query && query->next()) {
        range.last = query->value(0).toLongLong();
        range.first = query->value(1).isNull() ? 0 : query->value(1).toLongLong();
    }
    return range;
}

QHash<QString, qint64> PostgresStore::lastSeqs()
{
    QHash<QString, qint64> last;
    if (auto query = run(u"SELECT name, last_seq FROM rooms"_s, {})) {
        while (query->next())
            last.insert(query->value(0).toString(), query->value(1).toLongLong());
    }
    return last;
}

qint64 PostgresStore::trim(const Retention &retention, const QDateTime &now)
{
    QSqlDatabase db = database();
    if (!db.isValid() || !db.transaction())
        return 0;
    qint64 removed = 0;
    bool ok = true;
    const auto remove = [&](const QString &sql, const QVariantList &values) {
        if (!ok)
            return;
        if (auto query = run(sql, values))
            removed += query->numRowsAffected();
        else
            ok = false;
    };
    if (retention.maxDays > 0) {
        remove(u"DELETE FROM messages WHERE time_ms < ?"_s,
               {now.addDays(-retention.maxDays).toMSecsSinceEpoch()});
    }
    if (retention.maxPerRoom > 0) {
        remove(u"DELETE FROM messages m USING rooms r "
               u"WHERE m.room = r.name AND m.seq <= r.last_seq - ?"_s,
               {retention.maxPerRoom});
    }
    if (!ok || !db.commit()) {
        if (ok)
            m_error = u"cannot trim history: %1"_s.arg(db.lastError().text());
        db.rollback();
        return 0;
    }
    return removed;
}

std::optional<RoomRecord> PostgresStore::room(const QString &name)
{
    auto query = run(u"SELECT name, topic, direct, created_ms FROM room_meta WHERE key = ?"_s,
                     {protocol::nickKey(name)});
    if (!query || !query->next())
        return std::nullopt;
    return RoomRecord{
        query->value(0).toString(), query->value(1).toString(), query->value(2).toBool(),
        QDateTime::fromMSecsSinceEpoch(query->value(3).toLongLong(), QTimeZone::utc())};
}

std::optional<RoomRecord> PostgresStore::createRoom(const QString &name, const QDateTime &now)
{
    if (!run(u"INSERT INTO room_meta (key, name, topic, direct, created_ms) "
             u"VALUES (?, ?, '', false, ?) ON CONFLICT (key) DO NOTHING"_s,
             {protocol::nickKey(name), name, now.toMSecsSinceEpoch()}))
        return std::nullopt;
    return room(name);
}

std::vector<protocol::RoomSummary> PostgresStore::roomDirectory()
{
    std::vector<protocol::RoomSummary> rooms;
    auto query =
        run(u"SELECT r.name, r.topic, (SELECT COUNT(*) FROM members m WHERE m.room = r.name) "
            u"FROM room_meta r WHERE NOT r.direct ORDER BY r.key COLLATE \"C\""_s,
            {});
    while (query && query->next()) {
        rooms.push_back(protocol::RoomSummary{query->value(0).toString(),
                                              query->value(1).toString(), query->value(2).toInt()});
    }
    return rooms;
}

std::vector<MemberRecord> PostgresStore::members(const QString &room)
{
    std::vector<MemberRecord> members;
    auto query = run(u"SELECT nick_key, nick FROM members WHERE room = ? "
                     u"ORDER BY nick_key COLLATE \"C\""_s,
                     {room});
    while (query && query->next())
        members.push_back(MemberRecord{query->value(0).toString(), query->value(1).toString()});
    return members;
}

qint64 PostgresStore::memberCount(const QString &room)
{
    return value(u"SELECT count(*) FROM members WHERE room = ?"_s, {room}, qint64(-1)).toLongLong();
}

bool PostgresStore::addMember(const QString &room, const QString &nick)
{
    return run(u"INSERT INTO members (room, nick_key, nick) VALUES (?, ?, ?) "
               u"ON CONFLICT (room, nick_key) DO NOTHING"_s,
               {room, protocol::nickKey(nick), nick})
        .has_value();
}

bool PostgresStore::removeMember(const QString &room, const QString &nickKey)
{
    return run(u"DELETE FROM members WHERE room = ? AND nick_key = ?"_s, {room, nickKey})
        .has_value();
}

QStringList PostgresStore::roomsOf(const QString &nickKey)
{
    QStringList rooms;
    auto query = run(u"SELECT room FROM members WHERE nick_key = ?"_s, {nickKey});
    while (query && query->next())
        rooms.append(query->value(0).toString());
    return rooms;
}

QString PostgresStore::nickOf(const QString &nickKey)
{
    return value(u"SELECT nick FROM members WHERE nick_key = ? LIMIT 1"_s, {nickKey}).toString();
}

bool PostgresStore::renameNick(const QString &oldKey, const QString &newNick)
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

QString PostgresStore::directRoom(const QString &keyA, const QString &keyB, bool create,
                                  const QDateTime &now)
{
    const QString found = value(u"SELECT room FROM direct_rooms "
                                u"WHERE (key_a = ? AND key_b = ?) OR (key_a = ? AND key_b = ?)"_s,
                                {keyA, keyB, keyB, keyA})
                              .toString();
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
    const bool ok = run(u"INSERT INTO room_meta (key, name, topic, direct, created_ms) "
                        u"VALUES (?, ?, '', true, ?)"_s,
                        {protocol::nickKey(name), name, now.toMSecsSinceEpoch()}) &&
                    run(u"INSERT INTO direct_rooms (key_a, key_b, room) VALUES (?, ?, ?)"_s,
                        {keyA, keyB, name});
    if (!ok || !db.commit()) {
        if (ok)
            m_error = db.lastError().text();
        db.rollback();
        // Another instance may have made one for the same two at the same moment.
        return value(u"SELECT room FROM direct_rooms "
                     u"WHERE (key_a = ? AND key_b = ?) OR (key_a = ? AND key_b = ?)"_s,
                     {keyA, keyB, keyB, keyA})
            .toString();
    }
    return name;
}

QStringList PostgresStore::directParticipants(const QString &room)
{
    auto query = run(u"SELECT key_a, key_b FROM direct_rooms WHERE room = ?"_s, {room});
    if (!query || !query->next())
        return {};
    return {query->value(0).toString(), query->value(1).toString()};
}

bool PostgresStore::setReadMarker(const QString &nickKey, const QString &room, qint64 seq)
{
    return run(u"INSERT INTO read_markers (nick_key, room, seq) VALUES (?, ?, ?) "
               u"ON CONFLICT (nick_key, room) "
               u"DO UPDATE SET seq = GREATEST(read_markers.seq, excluded.seq)"_s,
               {nickKey, room, seq})
        .has_value();
}

qint64 PostgresStore::readMarker(const QString &nickKey, const QString &room)
{
    return value(u"SELECT seq FROM read_markers WHERE nick_key = ? AND room = ?"_s, {nickKey, room},
                 qint64(0))
        .toLongLong();
}

qint64 PostgresStore::unreadCount(const QString &room, qint64 afterSeq,
                                  const QString &excludingNickKey)
{
    return value(u"SELECT COUNT(*) FROM messages WHERE room = ? AND seq > ? "
                 u"AND nick_key IS DISTINCT FROM ?"_s,
                 {room, afterSeq, excludingNickKey}, qint64(0))
        .toLongLong();
}

SearchResult PostgresStore::search(const QString &query, const QStringList &rooms, int limit)
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
        conditions.append(u"m.text ILIKE ? ESCAPE '\\'"_s);
        values.append(QString(u'%' + word + u'%'));
    }
    for (const QString &room : rooms)
        values.append(room);
    values.append(limit + 1); // one more, to know whether there are more
    const auto found = messages(u"SELECT %1 FROM messages m WHERE %2 AND m.room IN (%3) "
                                u"ORDER BY m.time_ms DESC, m.seq DESC LIMIT ?"_s.arg(
                                    QLatin1StringView(kMessageColumnsOfM),
                                    conditions.join(u" AND "_s), placeholders(rooms.size())),
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
