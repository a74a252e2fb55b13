#include "sqliteschema.h"

#include "shared/validation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <limits>
#include <tuple>
#include <utility>
#include <vector>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

const QString kGeneral = QString::fromUtf16(protocol::kDefaultRoom);

/// One step of the schema: its SQL, then, if SQL alone can't do it, code (such as giving
/// stored nicknames and rooms their keys by the protocol's rules). Both commit together.
struct Migration
{
    QStringList statements;
    bool (*finish)(QSqlDatabase &db, QString *error) = nullptr;
};

bool keyRoomsAndNicks(QSqlDatabase &db, QString *error);

/// Schema migrations: entry i takes a database from version i to i + 1. Only ever append.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps{
        // 0 -> 1: messages with a per-room seq and a globally unique client id.
        {{
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
        }},
        // 1 -> 2: rooms with topics, memberships per nickname, direct conversations, read
        // markers; messages get a kind, their sender's key, and a place in the search index
        // (filled by prepareSearchIndex(), as the index exists only where SQLite has FTS5).
        {{
             u"ALTER TABLE messages ADD COLUMN kind INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE messages ADD COLUMN nick_key TEXT"_s,
             u"ALTER TABLE messages ADD COLUMN search_rowid INTEGER"_s,
             u"CREATE INDEX messages_by_search_rowid ON messages (search_rowid)"_s,
             u"CREATE TABLE room_meta ("
             u"  key TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, topic TEXT NOT NULL DEFAULT '',"
             u"  direct INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL) WITHOUT ROWID"_s,
             u"CREATE TABLE members ("
             u"  room TEXT NOT NULL, nick_key TEXT NOT NULL, nick TEXT NOT NULL,"
             u"  PRIMARY KEY (room, nick_key)) WITHOUT ROWID"_s,
             u"CREATE INDEX members_by_nick ON members (nick_key)"_s,
             u"CREATE TABLE direct_rooms ("
             u"  key_a TEXT NOT NULL, key_b TEXT NOT NULL, room TEXT NOT NULL UNIQUE,"
             u"  PRIMARY KEY (key_a, key_b)) WITHOUT ROWID"_s,
             u"CREATE TABLE read_markers ("
             u"  nick_key TEXT NOT NULL, room TEXT NOT NULL, seq INTEGER NOT NULL,"
             u"  PRIMARY KEY (nick_key, room)) WITHOUT ROWID"_s,
         },
         keyRoomsAndNicks},
    };
    return steps;
}

/// The part of migration 2 that needs protocol::nickKey(): every room that has messages (and
/// general) gets its key; every nickname that has posted becomes a member of general and of
/// the rooms it posted in, with everything up to now marked read, so that nobody comes back to
/// the whole old history shown as unread.
bool keyRoomsAndNicks(QSqlDatabase &db, QString *error)
{
    const auto failed = [error](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery query(db);
    QStringList rooms{kGeneral};
    if (!query.exec(u"SELECT name FROM rooms"_s))
        return failed(query);
    while (query.next())
        rooms.append(query.value(0).toString());
    query.finish();
    QSqlQuery insertRoom(db);
    insertRoom.prepare(u"INSERT OR IGNORE INTO room_meta (key, name, topic, direct, created_ms) "
                       u"VALUES (?, ?, '', 0, ?)"_s);
    for (const QString &room : std::as_const(rooms)) {
        insertRoom.addBindValue(protocol::nickKey(room));
        insertRoom.addBindValue(room);
        insertRoom.addBindValue(now);
        if (!insertRoom.exec())
            return failed(insertRoom);
    }

    // Oldest first, so that each key ends up spelled as it was most recently.
    if (!query.exec(u"SELECT room, nick FROM messages GROUP BY room, nick ORDER BY MAX(time_ms)"_s))
        return failed(query);
    QHash<QString, QString> keyOfNick;
    QHash<QString, QString> spelling;
    QSet<std::pair<QString, QString>> memberships;
    QList<std::pair<QString, QString>> order; // (room, key), in a stable order
    while (query.next()) {
        const QString room = query.value(0).toString();
        const QString nick = query.value(1).toString();
        const QString key = protocol::nickKey(nick);
        keyOfNick.insert(nick, key);
        spelling.insert(key, nick);
        for (const QString &in : {kGeneral, room}) {
            if (!memberships.contains({in, key})) {
                memberships.insert({in, key});
                order.append({in, key});
            }
        }
    }
    query.finish();

    QSqlQuery setKey(db);
    setKey.prepare(u"UPDATE messages SET nick_key = ? WHERE nick = ?"_s);
    for (auto it = keyOfNick.cbegin(); it != keyOfNick.cend(); ++it) {
        setKey.addBindValue(it.value());
        setKey.addBindValue(it.key());
        if (!setKey.exec())
            return failed(setKey);
    }
    QSqlQuery addMember(db);
    addMember.prepare(u"INSERT OR IGNORE INTO members (room, nick_key, nick) VALUES (?, ?, ?)"_s);
    for (const auto &[room, key] : std::as_const(order)) {
        addMember.addBindValue(room);
        addMember.addBindValue(key);
        addMember.addBindValue(spelling.value(key));
        if (!addMember.exec())
            return failed(addMember);
    }
    if (!query.exec(u"INSERT INTO read_markers (nick_key, room, seq) "
                    u"SELECT m.nick_key, m.room, r.last_seq FROM members m "
                    u"JOIN rooms r ON r.name = m.room"_s))
        return failed(query);
    return true;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = u"\"%1\" failed: %2"_s.arg(sql, query.lastError().text());
    return false;
}

int schemaVersionOf(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

/// Adds the messages not in the search index yet, oldest first, so that the index's order
/// (which search follows, newest first) is the order in which they were written.
bool indexUnindexed(QSqlDatabase &db, QString *error)
{
    const auto failed = [error](const QSqlQuery &q) {
        *error = u"cannot index the history for search: %1"_s.arg(q.lastError().text());
        return false;
    };
    {
        QSqlQuery any(db);
        if (!any.exec(u"SELECT 1 FROM messages WHERE search_rowid IS NULL LIMIT 1"_s))
            return failed(any);
        if (!any.next())
            return true; // the usual case, found through messages_by_search_rowid
    }
    constexpr int kBatch = 2000;
    // Pages in (time, room, seq) order; each page is one transaction, so a large history is
    // indexed in steps, and a start cut short goes on where it stopped the next time.
    std::tuple<qint64, QString, qint64> last{std::numeric_limits<qint64>::min(), u""_s, 0};
    for (;;) {
        struct Row
        {
            qint64 time;
            QString room;
            qint64 seq;
            QString text;
        };
        std::vector<Row> rows;
        {
            QSqlQuery page(db);
            page.setForwardOnly(true);
            // Along messages_by_time, whose entries end in (room, seq): each page starts
            // where the last ended, instead of sorting what is left every time.
            page.prepare(u"SELECT time_ms, room, seq, text FROM messages "
                         u"INDEXED BY messages_by_time "
                         u"WHERE search_rowid IS NULL AND (time_ms, room, seq) > (?, ?, ?) "
                         u"ORDER BY time_ms, room, seq LIMIT ?"_s);
            page.addBindValue(std::get<0>(last));
            page.addBindValue(std::get<1>(last));
            page.addBindValue(std::get<2>(last));
            page.addBindValue(kBatch);
            if (!page.exec())
                return failed(page);
            while (page.next()) {
                rows.push_back(Row{page.value(0).toLongLong(), page.value(1).toString(),
                                   page.value(2).toLongLong(), page.value(3).toString()});
            }
        }
        if (rows.empty())
            return true;
        last = {rows.back().time, rows.back().room, rows.back().seq};
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery index(db);
        index.prepare(u"INSERT INTO message_search (text) VALUES (?)"_s);
        QSqlQuery mark(db);
        mark.prepare(u"UPDATE messages SET search_rowid = ? WHERE room = ? AND seq = ?"_s);
        for (const Row &row : rows) {
            index.addBindValue(sqlText(row.text));
            if (!index.exec()) {
                db.rollback();
                return failed(index);
            }
            mark.addBindValue(index.lastInsertId());
            mark.addBindValue(row.room);
            mark.addBindValue(row.seq);
            if (!mark.exec()) {
                db.rollback();
                return failed(mark);
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
}

} // namespace

int sqliteSchemaVersion()
{
    return int(migrations().size());
}

bool migrateSqliteSchema(QSqlDatabase &db, QString *error)
{
    const int from = schemaVersionOf(db);
    const int to = sqliteSchemaVersion();
    if (from < 0) {
        *error = u"cannot read the history database's schema version."_s;
        return false;
    }
    if (from > to) {
        *error = u"the history database has schema version %1, made by a newer palaver-server; "
                 u"this one knows versions up to %2. Update palaver-server."_s.arg(from)
                     .arg(to);
        return false;
    }
    for (int version = from; version < to; ++version) {
        // Each step and its version number commit together, or not at all.
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        const Migration &step = migrations().at(version);
        QString why;
        bool ok = true;
        for (const QString &sql : step.statements) {
            if (!(ok = exec(db, sql, &why)))
                break;
        }
        ok = ok && (!step.finish || step.finish(db, &why)) &&
             exec(db, u"PRAGMA user_version = %1"_s.arg(version + 1), &why);
        if (!ok) {
            db.rollback();
            *error = u"migrating the history database to schema %1 failed: %2"_s.arg(
                QString::number(version + 1), why);
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

bool prepareSearchIndex(QSqlDatabase &db, bool *available, QString *error)
{
    *available = false;
    // Whether this SQLite has FTS5 shows only by trying: a temporary table costs nothing.
    const QString tokenizer = u"tokenize = 'unicode61 remove_diacritics 2'"_s;
    {
        QSqlQuery probe(db);
        if (!probe.exec(u"CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x, %1)"_s.arg(tokenizer)))
            return true;
    }
    // Contentless: the text is in `messages` already; the index maps words to search_rowid.
    if (!exec(db, u"DROP TABLE temp.fts5_probe"_s, error) ||
        !exec(db,
              u"CREATE VIRTUAL TABLE IF NOT EXISTS message_search "
              u"USING fts5(text, content = '', %1)"_s.arg(tokenizer),
              error))
        return false;
    *available = true;
    return indexUnindexed(db, error);
}

} // namespace palaver::server
