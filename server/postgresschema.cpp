#include "postgresschema.h"

#include "shared/limits.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

/// Schema migrations: entry i takes a database from version i to i + 1. Only ever append.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 0 -> 1: SQLite's schema 2 (see sqliteschema.cpp), and the instances sharing it.
        {
            u"CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL)"_s,
            // The last seq given out in each room, by room name: the row every append locks,
            // which is what makes the instances agree on one order.
            u"CREATE TABLE rooms (name text PRIMARY KEY, last_seq bigint NOT NULL)"_s,
            u"CREATE TABLE messages ("
            u"  room text NOT NULL, seq bigint NOT NULL, id uuid NOT NULL,"
            u"  time_ms bigint NOT NULL, nick text NOT NULL, text text NOT NULL,"
            u"  kind integer NOT NULL DEFAULT 0, nick_key text,"
            u"  PRIMARY KEY (room, seq))"_s,
            u"CREATE UNIQUE INDEX messages_by_id ON messages (id)"_s,
            u"CREATE INDEX messages_by_time ON messages (time_ms)"_s,
            u"CREATE TABLE room_meta ("
            u"  key text PRIMARY KEY, name text NOT NULL UNIQUE, topic text NOT NULL DEFAULT '',"
            u"  direct boolean NOT NULL DEFAULT false, created_ms bigint NOT NULL)"_s,
            u"CREATE TABLE members ("
            u"  room text NOT NULL, nick_key text NOT NULL, nick text NOT NULL,"
            u"  PRIMARY KEY (room, nick_key))"_s,
            u"CREATE INDEX members_by_nick ON members (nick_key)"_s,
            u"CREATE TABLE direct_rooms ("
            u"  key_a text NOT NULL, key_b text NOT NULL, room text NOT NULL UNIQUE,"
            u"  PRIMARY KEY (key_a, key_b))"_s,
            u"CREATE TABLE read_markers ("
            u"  nick_key text NOT NULL, room text NOT NULL, seq bigint NOT NULL,"
            u"  PRIMARY KEY (nick_key, room))"_s,
            u"CREATE TABLE instances ("
            u"  id text PRIMARY KEY, name text NOT NULL, address text NOT NULL DEFAULT '',"
            u"  started timestamptz NOT NULL DEFAULT now(),"
            u"  seen timestamptz NOT NULL DEFAULT now())"_s,
            u"CREATE TABLE presence ("
            u"  nick_key text PRIMARY KEY, nick text NOT NULL, status integer NOT NULL,"
            u"  instance text NOT NULL REFERENCES instances (id) ON DELETE CASCADE,"
            u"  token_hash text NOT NULL)"_s,
            u"CREATE INDEX presence_by_instance ON presence (instance)"_s,
            // A new database is a new history: clients must not resume into it.
            u"INSERT INTO meta (key, value) "
            u"VALUES ('epoch', md5(random()::text || clock_timestamp()::text))"_s,
            u"INSERT INTO room_meta (key, name, topic, direct, created_ms) "
            u"VALUES ('%1', '%1', '', false, (extract(epoch FROM now()) * 1000)::bigint)"_s.arg(
                QString::fromUtf16(protocol::kDefaultRoom)),
        },
    };
    return steps;
}

/// Any number, the same in every instance: the key of the advisory lock held while migrating.
constexpr qint64 kMigrationLock = 0x70616c6176657231; // "palaver1"

} // namespace

int postgresSchemaVersion()
{
    return int(migrations().size());
}

int postgresSchemaVersionOf(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regclass('meta') IS NOT NULL"_s) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

bool migratePostgresSchema(QSqlDatabase &db, QString *error)
{
    if (!db.transaction()) {
        *error = u"cannot start a transaction: %1"_s.arg(db.lastError().text());
        return false;
    }
    const auto fail = [&](const QString &why) {
        *error = why;
        db.rollback();
        return false;
    };
    QSqlQuery query(db);
    // Held until the end of the transaction: a second instance waits, then finds it done.
    if (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLock)))
        return fail(u"cannot lock the schema: %1"_s.arg(query.lastError().text()));
    const int version = postgresSchemaVersionOf(db);
    if (version < 0)
        return fail(u"cannot read the schema version: %1"_s.arg(query.lastError().text()));
    if (version > postgresSchemaVersion()) {
        return fail(u"the database has schema version %1, made by a newer palaver-server (this "
                    u"one knows up to %2); upgrade this server"_s.arg(version)
                        .arg(postgresSchemaVersion()));
    }
    for (int step = version; step < postgresSchemaVersion(); ++step) {
        for (const QString &sql : migrations().at(step)) {
            if (!query.exec(sql)) {
                return fail(u"schema step %1 failed: \"%2\": %3"_s.arg(step + 1).arg(
                    sql, query.lastError().text()));
            }
        }
    }
    if (version < postgresSchemaVersion()) {
        query.prepare(u"INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                      u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.addBindValue(QString::number(postgresSchemaVersion()));
        if (!query.exec())
            return fail(u"cannot record the schema version: %1"_s.arg(query.lastError().text()));
    }
    if (!db.commit())
        return fail(u"cannot commit the schema: %1"_s.arg(db.lastError().text()));
    return true;
}

} // namespace palaver::server
