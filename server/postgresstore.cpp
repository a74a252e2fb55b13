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

/// The statements of append() (and after()), prepared once per connection: each is then one
/// round trip.
struct PostgresStore::AppendStatements
{
    explicit AppendStatements(const QSqlDatabase &db)
        : stored(db)
        , lock(db)
        , createRoom(db)
        , insert(db)
        , byId(db)
        , topic(db)
        , advance(db)
        , notify(db)
        , after(db)
    {
        prepared = stored.isPrepared();
        prepared =
            lock.prepare(u"SELECT last_seq FROM rooms WHERE name = ? FOR UPDATE"_s) &&
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
            after.prepare(u"SELECT %1 FROM messages WHERE room = ? AND seq > ? "
                          u"ORDER BY seq ASC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumns))) &&
            prepared;
    }

    bool prepared = true;
    StoredIds stored;
    QSqlQuery lock;
    QSqlQuery createRoom;
    QSqlQuery insert;
    QSqlQuery byId;
    QSqlQuery topic;
    QSqlQuery advance;
    QSqlQuery notify;
    QSqlQuery after; // not append()'s, but as hot: every catch-up between instances reads it
};

PostgresStore::PostgresStore(const PostgresTarget &target)
    : SqlStore(Dialect{u"ILIKE"_s, u" COLLATE \"C\""_s})
    , m_target(target)
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
    closeConnection(m_connectionName);
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
    if (const QSqlQuery *failed = nullptr; !statements->stored.find(batch, &known, &failed))
        return fail(*failed);

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

std::vector<protocol::ChatMessage> PostgresStore::after(const QString &room, qint64 afterSeq,
                                                        int limit)
{
    auto found = afterOnce(room, afterSeq, limit);
    // As in append(): a connection that broke while idle is found only now.
    if (found.empty() && !QSqlDatabase::database(m_connectionName, false).isOpen())
        found = afterOnce(room, afterSeq, limit);
    return found;
}

std::vector<protocol::ChatMessage> PostgresStore::afterOnce(const QString &room, qint64 afterSeq,
                                                            int limit)
{
    std::vector<protocol::ChatMessage> found;
    QSqlDatabase db = database();
    AppendStatements *statements = db.isValid() ? appendStatements(db) : nullptr;
    if (!statements)
        return found;
    QSqlQuery &query = statements->after;
    query.addBindValue(room);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec()) {
        failed(u"cannot read history"_s, query);
        return found;
    }
    while (query.next())
        found.push_back(messageFromRow(query));
    query.finish();
    return found;
}

bool PostgresStore::isAvailable()
{
    if (run(u"SELECT 1"_s, {}))
        return true;
    // A connection that broke since it was last used is found only now: once more, anew.
    return !QSqlDatabase::database(m_connectionName, false).isOpen() &&
           run(u"SELECT 1"_s, {}).has_value();
}

SearchResult PostgresStore::search(const QString &query, const QStringList &rooms, int limit)
{
    // Without a full-text index: every word anywhere in the text, ignoring case.
    return searchAnywhere(query, rooms, limit);
}

} // namespace palaver::server
