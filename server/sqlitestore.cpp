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
    : SqlStore(Dialect{u"LIKE"_s, {}})
    , m_connectionName(u"palaver-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!open(path, sync, fullText) && QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
}

/// The statements of append().
struct SqliteStore::AppendStatements
{
    explicit AppendStatements(const QSqlDatabase &db, bool fullText)
        : stored(db)
        , insert(db)
        , index(db)
        , topic(db)
        , rooms(db)
    {
        prepared = stored.isPrepared();
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
    StoredIds stored;
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
    closeConnection(m_connectionName);
}

QSqlDatabase SqliteStore::database()
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

int SqliteStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
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
    if (const QSqlQuery *failed = nullptr; !statements.stored.find(batch, &known, &failed))
        return fail(*failed);

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

SearchResult SqliteStore::search(const QString &query, const QStringList &rooms, int limit)
{
    if (!m_fullText)
        return searchAnywhere(query, rooms, limit);
    SearchResult result;
    const QStringList words = searchWords(query);
    if (words.isEmpty() || rooms.isEmpty() || limit <= 0)
        return result;
    // Every word quoted, so that nothing in it is FTS5 syntax (OR, NEAR, *, ^, column:), and
    // marked as a prefix: "lunch" finds "lunches".
    QStringList terms;
    for (QString word : words)
        terms.append(u'"' + word.replace(u'"', u"\"\""_s) + u"\"*"_s);
    QVariantList values{terms.join(u' ')};
    for (const QString &room : rooms)
        values.append(room);
    values.append(limit + 1); // one more, to know whether there are more
    // The index drives (CROSS JOIN), newest entry first, so a common word stops early.
    result.messages =
        messages(u"SELECT %1 FROM message_search s CROSS JOIN messages m "
                 u"ON m.search_rowid = s.rowid "
                 u"WHERE message_search MATCH ? AND m.room IN (%2) AND m.kind <= %3 "
                 u"ORDER BY s.rowid DESC LIMIT ?"_s.arg(QLatin1StringView(kMessageColumnsOfM),
                                                        placeholders(rooms.size()), saidKinds()),
                 values);
    if (qsizetype(result.messages.size()) > limit) {
        result.messages.pop_back();
        result.hasMore = true;
    }
    return result;
}

} // namespace palaver::server
