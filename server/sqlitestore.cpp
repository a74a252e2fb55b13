#include "sqlitestore.h"

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

/// Schema migrations: entry i takes a database from version i to i + 1. Only ever append.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 0 -> 1: messages with a per-room seq and a globally unique client id.
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE rooms (name TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)"_s,
            u"CREATE TABLE messages ("
            u"  room TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL,"
            u"  time_ms INTEGER NOT NULL, nick TEXT NOT NULL, text TEXT NOT NULL,"
            u"  PRIMARY KEY (room, seq)) WITHOUT ROWID"_s,
            u"CREATE UNIQUE INDEX messages_by_id ON messages (id)"_s,
            u"CREATE INDEX messages_by_time ON messages (time_ms)"_s,
            // A new database is a new history: clients must not resume into it.
            u"INSERT INTO meta (key, value) VALUES ('epoch', lower(hex(randomblob(16))))"_s,
        },
    };
    return steps;
}

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

protocol::ChatMessage messageFromRow(const QSqlQuery &query)
{
    protocol::ChatMessage message;
    message.room = query.value(0).toString();
    message.seq = query.value(1).toLongLong();
    message.id = QUuid::fromString(query.value(2).toString());
    message.time = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::utc());
    message.nick = query.value(4).toString();
    message.text = query.value(5).toString();
    return message;
}

constexpr auto kColumns = "room, seq, id, time_ms, nick, text";

} // namespace

SqliteStore::SqliteStore(const QString &path, Sync sync)
    : m_connectionName(u"palaver-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!open(path, sync) && QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
}

SqliteStore::~SqliteStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int SqliteStore::currentSchemaVersion()
{
    return int(migrations().size());
}

bool SqliteStore::open(const QString &path, Sync sync)
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
    if (!exec(syncPragma(sync)) || !exec(u"PRAGMA busy_timeout = 5000"_s) || !migrate())
        return false;

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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
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

bool SqliteStore::migrate()
{
    const int from = schemaVersion();
    const int to = currentSchemaVersion();
    if (from < 0) {
        m_error = u"cannot read the history database's schema version."_s;
        return false;
    }
    if (from > to) {
        m_error = u"the history database has schema version %1, made by a newer palaver-server; "
                  u"this one knows versions up to %2. Update palaver-server."_s.arg(from)
                      .arg(to);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (int version = from; version < to; ++version) {
        // Each step and its version number commit together, or not at all.
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        QStringList statements = migrations().at(version);
        statements.append(u"PRAGMA user_version = %1"_s.arg(version + 1));
        for (const QString &sql : std::as_const(statements)) {
            if (!exec(sql)) {
                db.rollback();
                m_error = u"migrating the history database to schema %1 failed: %2"_s.arg(
                    QString::number(version + 1), m_error);
                return false;
            }
        }
        if (!db.commit()) {
            m_error = db.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<std::vector<AppendResult>> SqliteStore::append(const std::vector<NewMessage> &batch)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = u"cannot start a transaction: %1"_s.arg(db.lastError().text());
        return std::nullopt;
    }
    const auto fail = [&](const QSqlQuery &query) -> std::optional<std::vector<AppendResult>> {
        m_error = u"cannot store messages: %1"_s.arg(query.lastError().text());
        db.rollback();
        return std::nullopt;
    };

    QSqlQuery find(db);
    find.prepare(u"SELECT %1 FROM messages WHERE id = ?"_s.arg(QLatin1StringView(kColumns)));
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO messages (%1) VALUES (?, ?, ?, ?, ?, ?)"_s.arg(QLatin1StringView(kColumns)));

    QHash<QString, qint64> lastSeq = m_lastSeq; // adopted only if the commit succeeds
    QSet<QString> touched;
    std::vector<AppendResult> results;
    results.reserve(batch.size());
    for (const NewMessage &message : batch) {
        const QString id = message.id.toString(QUuid::WithoutBraces);
        find.addBindValue(id);
        if (!find.exec())
            return fail(find);
        if (find.next()) {
            results.push_back(AppendResult{messageFromRow(find), true});
            find.finish();
            continue;
        }
        const qint64 seq = lastSeq.value(message.room) + 1;
        insert.addBindValue(message.room);
        insert.addBindValue(seq);
        insert.addBindValue(id);
        insert.addBindValue(message.time.toMSecsSinceEpoch());
        insert.addBindValue(message.nick);
        insert.addBindValue(message.text);
        if (!insert.exec())
            return fail(insert);
        lastSeq.insert(message.room, seq);
        touched.insert(message.room);
        results.push_back(AppendResult{
            protocol::ChatMessage{
                message.room, seq, message.id,
                QDateTime::fromMSecsSinceEpoch(message.time.toMSecsSinceEpoch(), QTimeZone::utc()),
                message.nick, message.text},
            false});
    }

    QSqlQuery rooms(db);
    rooms.prepare(u"INSERT INTO rooms (name, last_seq) VALUES (?, ?) "
                  u"ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq"_s);
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
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
                           u"ORDER BY seq DESC LIMIT ?"_s.arg(QLatin1StringView(kColumns)),
                           room, beforeSeq, limit);
    std::reverse(messages.begin(), messages.end());
    return messages;
}

std::vector<protocol::ChatMessage> SqliteStore::after(const QString &room, qint64 afterSeq,
                                                      int limit)
{
    return select(u"SELECT %1 FROM messages WHERE room = ? AND seq > ? "
                  u"ORDER BY seq ASC LIMIT ?"_s.arg(QLatin1StringView(kColumns)),
                  room, afterSeq, limit);
}

RoomRange SqliteStore::range(const QString &room)
{
    RoomRange range;
    range.last = m_lastSeq.value(room);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT MIN(seq) FROM messages WHERE room = ?"_s);
    query.addBindValue(room);
    if (query.exec() && query.next() && !query.value(0).isNull())
        range.first = query.value(0).toLongLong();
    return range;
}

qint64 SqliteStore::trim(const Retention &retention, const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return 0;
    qint64 removed = 0;
    QSqlQuery query(db);
    if (retention.maxDays > 0) {
        query.prepare(u"DELETE FROM messages WHERE time_ms < ?"_s);
        query.addBindValue(now.addDays(-retention.maxDays).toMSecsSinceEpoch());
        if (query.exec())
            removed += query.numRowsAffected();
    }
    if (retention.maxPerRoom > 0) {
        for (auto it = m_lastSeq.cbegin(); it != m_lastSeq.cend(); ++it) {
            query.prepare(u"DELETE FROM messages WHERE room = ? AND seq <= ?"_s);
            query.addBindValue(it.key());
            query.addBindValue(it.value() - retention.maxPerRoom);
            if (query.exec())
                removed += query.numRowsAffected();
        }
    }
    if (!db.commit()) {
        m_error = u"cannot trim history: %1"_s.arg(db.lastError().text());
        db.rollback();
        return 0;
    }
    return removed;
}

} // namespace palaver::server
