// Copying a whole history from a SQLite file (in a temporary directory) into a PostgreSQL
// database (a fresh one on the tests' private server), checked through the Store interface:
// what a server on the new store would see must be what it saw on the old one.
#include "server/historycopy.h"
#include "server/postgrescluster.h"
#include "server/postgresstore.h"
#include "server/sqlitestore.h"
#include "shared/validation.h"
#include "storetests.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace palaver;
using namespace palaver::server;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kTime(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc());

QString key(const QString &nick)
{
    return protocol::nickKey(nick);
}

NewMessage say(const QString &room, const QString &nick, const QString &text, int second,
               protocol::MessageKind kind = protocol::MessageKind::Text)
{
    return NewMessage{QUuid::createUuid(), room, nick, text, kTime.addSecs(second), kind};
}

/// What makeHistory() made: the rooms and nicknames to compare.
struct History
{
    QStringList rooms;
    QStringList nicks;
    QString direct;
};

/// A history with what a copy could lose: rooms spelled unlike their keys, topics (one set,
/// one cleared, one left in a room whose messages are gone), actions, texts that need quoting,
/// members, a direct conversation, read markers, and trimmed rooms whose last seq is past their
/// newest message (one partly, one wholly).
std::optional<History> makeHistory(const QString &path)
{
    SqliteStore store(path);
    if (!store.isOpen()) {
        qWarning() << store.errorString();
        return std::nullopt;
    }
    History history;
    history.rooms = {u"general"_s, u"Busy"_s, u"archive"_s};
    history.nicks = {u"Alice"_s, u"bob"_s, u"Çarol"_s};
    bool ok = store.createRoom(u"Busy"_s, kTime.addDays(-1)).has_value() &&
              store.createRoom(u"archive"_s, kTime.addDays(-200)).has_value();
    for (const QString &nick : std::as_const(history.nicks))
        ok = ok && store.addMember(u"general"_s, nick);
    ok = ok && store.addMember(u"Busy"_s, u"Alice"_s) && store.addMember(u"Busy"_s, u"bob"_s) &&
         store.addMember(u"archive"_s, u"Çarol"_s);
    history.direct = store.directRoom(key(u"Alice"_s), key(u"bob"_s), true, kTime);
    ok = ok && !history.direct.isEmpty() && store.addMember(history.direct, u"Alice"_s) &&
         store.addMember(history.direct, u"bob"_s);
    history.rooms.append(history.direct);

    using enum protocol::MessageKind;
    std::vector<NewMessage> batch{
        say(u"general"_s, u"Alice"_s, u"Good morning"_s, 1),
        say(u"general"_s, u"bob"_s, u"waves"_s, 2, Action),
        say(u"general"_s, u"Alice"_s, u"Plans"_s, 3, Topic),
        say(u"general"_s, u"bob"_s, u""_s, 4, Topic), // clears it
        say(u"general"_s, u"Çarol"_s, u"it's a \"test\" \\ 100% _ 😀\nsecond line"_s, 5),
        say(history.direct, u"Alice"_s, u"psst"_s, 6),
        say(history.direct, u"bob"_s, u"yes?"_s, 7),
    };
    for (int i = 1; i <= 12; ++i)
        batch.push_back(say(u"Busy"_s, i % 2 ? u"Alice"_s : u"bob"_s, u"busy %1"_s.arg(i), 10 + i));
    batch.push_back(say(u"Busy"_s, u"Alice"_s, u"Busy things"_s, 30, Topic));
    batch.push_back(say(u"archive"_s, u"Çarol"_s, u"Old times"_s, -100 * 86400, Topic));
    batch.push_back(say(u"archive"_s, u"Çarol"_s, u"long ago"_s, -100 * 86400 + 1));
    batch.push_back(say(u"archive"_s, u"Çarol"_s, u"longer ago"_s, -100 * 86400 + 2));
    ok = ok && store.append(batch).has_value();
    // archive loses everything (too old), Busy all but its last 5 (seqs 9 to 13).
    ok = ok && store.trim(Retention{30, 5}, kTime) == 3 + 8;
    ok = ok && store.setReadMarker(key(u"Alice"_s), u"general"_s, 3) &&
         store.setReadMarker(key(u"bob"_s), u"Busy"_s, 11) &&
         store.setReadMarker(key(u"Alice"_s), history.direct, 2) &&
         store.setReadMarker(key(u"Çarol"_s), u"archive"_s, 3);
    if (!ok) {
        qWarning() << "cannot make the history:" << store.errorString();
        return std::nullopt;
    }
    return history;
}

/// Messages as lines, so that a difference shows which.
QStringList lines(const std::vector<protocol::ChatMessage> &messages)
{
    QStringList result;
    for (const auto &m : messages) {
        result.append(u"%1/%2 %3 %4 %5 [%6] %7"_s.arg(
            m.room, QString::number(m.seq), m.id.toString(), m.time.toString(Qt::ISODateWithMs),
            m.nick, QString::number(int(m.kind)), m.text));
    }
    return result;
}

QStringList lines(const std::vector<protocol::RoomSummary> &rooms)
{
    QStringList result;
    for (const auto &r : rooms)
        result.append(u"%1 \"%2\" %3"_s.arg(r.name, r.topic, QString::number(r.members)));
    return result;
}

QString line(const std::optional<RoomRecord> &room)
{
    if (!room)
        return u"(none)"_s;
    return u"%1 \"%2\" direct=%3 %4"_s.arg(room->name, room->topic,
                                           room->direct ? u"yes"_s : u"no"_s,
                                           room->created.toString(Qt::ISODateWithMs));
}

QString line(const RoomRange &range)
{
    return u"%1..%2"_s.arg(range.first).arg(range.last);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// Compares what `copy` shows of `history` with what `original` shows, through Store alone.
void compareStores(Store &original, Store &copy, const History &history)
{
    QCOMPARE(copy.epoch(), original.epoch());
    QCOMPARE(copy.lastSeqs(), original.lastSeqs());
    QCOMPARE(lines(copy.roomDirectory()), lines(original.roomDirectory()));
    for (const QString &room : history.rooms) {
        QCOMPARE(line(copy.room(room)), line(original.room(room)));
        QCOMPARE(lines(copy.after(room, 0, 1000)), lines(original.after(room, 0, 1000)));
        QCOMPARE(line(copy.range(room)), line(original.range(room)));
        QCOMPARE(test::keys(copy.members(room)), test::keys(original.members(room)));
        QCOMPARE(copy.memberCount(room), original.memberCount(room));
        QCOMPARE(copy.directParticipants(room), original.directParticipants(room));
        for (const QString &nick : history.nicks) {
            QCOMPARE(copy.readMarker(key(nick), room), original.readMarker(key(nick), room));
            // Who sent what (messages.nick_key) shows in what is unread for whom.
            QCOMPARE(copy.unreadCount(room, 0, key(nick)),
                     original.unreadCount(room, 0, key(nick)));
        }
    }
    for (const QString &nick : history.nicks) {
        QCOMPARE(sorted(copy.roomsOf(key(nick))), sorted(original.roomsOf(key(nick))));
        QCOMPARE(copy.nickOf(key(nick)), original.nickOf(key(nick)));
        for (const QString &other : history.nicks) {
            QCOMPARE(copy.directRoom(key(nick), key(other), false, kTime),
                     original.directRoom(key(nick), key(other), false, kTime));
        }
    }
}

/// Runs SQL on a SQLite file behind every store's back.
bool tamper(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        ok = db.open() && query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    return ok;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_HistoryCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void copiesEverything();
    void numberingAndExactlyOnceContinue();
    void refusesADatabaseWithHistory_data();
    void refusesADatabaseWithHistory();
    void refusesWhileAnInstanceRuns();
    void failureLeavesTheDatabaseAsItWas();
    void migratesASchema1FileFirst();
    void copiesInBatchesAndTellsProgress();
    void refusesWhatIsNotAHistory_data();
    void refusesWhatIsNotAHistory();

private:
    QString path() const { return m_dir->filePath(u"palaver.sqlite3"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryCopy::copiesEverything()
{
    PALAVER_REQUIRE_POSTGRES(db);
    const auto target = test::postgresTarget(db);
    QVERIFY(target);
    const auto history = makeHistory(path());
    QVERIFY(history);

    QString error;
    const auto report = copySqliteToPostgres(path(), *target, {}, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->rooms, 4);            // general, Busy, archive and the direct conversation
    QCOMPARE(report->messages, 5 + 2 + 5); // general, direct, what trimming left of Busy
    QCOMPARE(report->members, 3 + 2 + 1 + 2);
    QCOMPARE(report->directRooms, 1);
    QCOMPARE(report->readMarkers, 4);

    SqliteStore original(path());
    QVERIFY2(original.isOpen(), qPrintable(original.errorString()));
    PostgresStore copy(*target);
    QVERIFY2(copy.isOpen(), qPrintable(copy.errorString()));
    compareStores(original, copy, *history);
    if (QTest::currentTestFailed())
        return;

    // And the history is the one makeHistory() meant, so that the comparison compared something.
    QCOMPARE(line(copy.range(u"Busy"_s)), u"9..13"_s);
    QCOMPARE(line(copy.range(u"archive"_s)), u"0..3"_s);
    QCOMPARE(copy.lastSeqs().value(u"archive"_s), 3);
    QCOMPARE(copy.room(u"busy"_s)->name, u"Busy"_s);
    QCOMPARE(copy.room(u"Busy"_s)->topic, u"Busy things"_s);
    QCOMPARE(copy.room(u"archive"_s)->topic, u"Old times"_s);
    QCOMPARE(copy.room(u"general"_s)->topic, u""_s);
    QVERIFY(copy.room(history->direct)->direct);
    QCOMPARE(copy.room(u"archive"_s)->created, kTime.addDays(-200));
    QCOMPARE(copy.directRoom(key(u"bob"_s), key(u"Alice"_s), false, kTime), history->direct);
    QCOMPARE(sorted(copy.directParticipants(history->direct)),
             sorted({key(u"Alice"_s), key(u"bob"_s)}));
    QCOMPARE(copy.readMarker(key(u"bob"_s), u"Busy"_s), 11);
    QCOMPARE(copy.readMarker(key(u"Çarol"_s), u"archive"_s), 3);
    QCOMPARE(copy.unreadCount(u"general"_s, 0, key(u"Alice"_s)), 3);
    QCOMPARE(sorted(copy.roomsOf(key(u"Çarol"_s))), QStringList({u"archive"_s, u"general"_s}));
    const auto general = copy.after(u"general"_s, 0, 10);
    QCOMPARE(general.size(), size_t(5));
    QCOMPARE(general.at(1).kind, protocol::MessageKind::Action);
    QCOMPARE(general.at(4).text, u"it's a \"test\" \\ 100% _ 😀\nsecond line"_s);
}

void tst_HistoryCopy::numberingAndExactlyOnceContinue()
{
    PALAVER_REQUIRE_POSTGRES(db);
    const auto target = test::postgresTarget(db);
    QVERIFY(target);
    const auto history = makeHistory(path());
    QVERIFY(history);
    protocol::ChatMessage copied; // a message the client may not have seen acked
    {
        SqliteStore original(path());
        copied = original.after(u"Busy"_s, 0, 10).back();
    }
    QString error;
    QVERIFY2(copySqliteToPostgres(path(), *target, {}, &error), qPrintable(error));

    PostgresStore store(*target);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    // Sent again after the move: recognised, with its original seq and time.
    const auto again = store.append(
        {NewMessage{copied.id, u"Busy"_s, copied.nick, copied.text, kTime.addDays(1)}});
    QVERIFY2(again, qPrintable(store.errorString()));
    QVERIFY(again->front().duplicate);
    QCOMPARE(lines({again->front().message}), lines({copied}));

    // New messages continue each room's numbering, even where trimming emptied it.
    const auto next = store.append({say(u"Busy"_s, u"bob"_s, u"after the move"_s, 100),
                                    say(u"archive"_s, u"Çarol"_s, u"back again"_s, 101),
                                    say(history->direct, u"bob"_s, u"moved"_s, 102),
                                    say(u"new"_s, u"bob"_s, u"first"_s, 103)});
    QVERIFY2(next, qPrintable(store.errorString()));
    QCOMPARE(next->at(0).message.seq, 14);
    QCOMPARE(next->at(1).message.seq, 4);
    QCOMPARE(next->at(2).message.seq, 3);
    QCOMPARE(next->at(3).message.seq, 1);
    for (const AppendResult &result : *next)
        QVERIFY(!result.duplicate);
}

void tst_HistoryCopy::refusesADatabaseWithHistory_data()
{
    QTest::addColumn<bool>("copiedBefore");
    QTest::newRow("copied into before") << true;
    QTest::newRow("used by a server") << false;
}

void tst_HistoryCopy::refusesWhileAnInstanceRuns()
{
    PALAVER_REQUIRE_POSTGRES(db);
    const auto target = test::postgresTarget(db);
    QVERIFY(target);
    QVERIFY(makeHistory(path()));
    QString error;
    {
        // An instance started before the copy has the empty database's epoch in mind.
        PostgresStore store(*target);
        QVERIFY(store.isOpen());
        PostgresCluster cluster(*target, PostgresCluster::Options{});
        QVERIFY2(cluster.start(&error), qPrintable(error));
        QVERIFY(!copySqliteToPostgres(path(), *target, {}, &error));
        QVERIFY2(error.contains(u"1 palaver-server instance(s) are running"_s), qPrintable(error));
    }
    // Stopped (its row goes with it): now the copy may go ahead.
    QVERIFY2(copySqliteToPostgres(path(), *target, {}, &error), qPrintable(error));
}

void tst_HistoryCopy::refusesADatabaseWithHistory()
{
    QFETCH(bool, copiedBefore);
    PALAVER_REQUIRE_POSTGRES(db);
    const auto target = test::postgresTarget(db);
    QVERIFY(target);
    QVERIFY(makeHistory(path()));
    QString error;
    if (copiedBefore) {
        QVERIFY2(copySqliteToPostgres(path(), *target, {}, &error), qPrintable(error));
    } else {
        PostgresStore store(*target);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(store.append({say(u"general"_s, u"dave"_s, u"hello"_s, 1)}));
    }
    {
        // Something the second copy would bring along, if it copied.
        SqliteStore original(path());
        QVERIFY(original.append({say(u"general"_s, u"Alice"_s, u"one more"_s, 200)}));
    }

    QString before;
    QHash<QString, qint64> lastSeqsBefore;
    QStringList generalBefore;
    {
        PostgresStore store(*target);
        before = store.epoch();
        lastSeqsBefore = store.lastSeqs();
        generalBefore = lines(store.after(u"general"_s, 0, 100));
    }
    QStringList told;
    const auto report = copySqliteToPostgres(
        path(), *target, [&told](const QString &line) { told.append(line); }, &error);
    QVERIFY(!report);
    QVERIFY2(
        error.contains(u"the PostgreSQL database already has history; copy into an empty one"_s),
        qPrintable(error));

    PostgresStore store(*target);
    QCOMPARE(store.epoch(), before);
    QCOMPARE(store.lastSeqs(), lastSeqsBefore);
    QCOMPARE(lines(store.after(u"general"_s, 0, 100)), generalBefore);
    QVERIFY(!generalBefore.join(u'\n').contains(u"one more"_s));
}

void tst_HistoryCopy::failureLeavesTheDatabaseAsItWas()
{
    PALAVER_REQUIRE_POSTGRES(db);
    const auto target = test::postgresTarget(db);
    QVERIFY(target);
    QVERIFY(makeHistory(path()));
    QString epoch;
    {
        PostgresStore store(*target);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        epoch = store.epoch();
    }
    // A message PostgreSQL refuses, copied after the rooms, topics and seqs (and the epoch).
    QVERIFY(tamper(path(), u"UPDATE messages SET id = 'not a uuid' WHERE room = 'Busy' "
                           u"AND seq = 13"_s));

    QString error;
    QVERIFY(!copySqliteToPostgres(path(), *target, {}, &error));
    QVERIFY2(error.contains(u"messages"_s) && error.contains(u"uuid"_s), qPrintable(error));

    {
        PostgresStore store(*target);
        QCOMPARE(store.epoch(), epoch);
        QCOMPARE(store.lastSeqs(), (QHash<QString, qint64>()));
        QVERIFY(!store.room(u"Busy"_s));
        QVERIFY(store.members(u"general"_s).empty());
    }

    // Still empty, so a good file copies.
    QVERIFY(tamper(path(), u"UPDATE messages SET id = '%1' WHERE room = 'Busy' AND seq = 13"_s.arg(
                               QUuid::createUuid().toString(QUuid::WithoutBraces))));
    QVERIFY2(copySqliteToPostgres(path(), *target, {}, &error), qPrintable(error));
    PostgresStore store(*target);
    QCOMPARE(store.lastSeqs().value(u"Busy"_s), 13);
}

void tst_HistoryCopy::migratesASchema1FileFirst()
{
    PALAVER_REQUIRE_POSTGRES(db);
    const auto target = test::postgresTarget(db);
    QVERIFY(target);
    // As the server before rooms left it: general only, no members, kinds or keys.
    const QStringList schema1{
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE rooms (name TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)"_s,
        u"CREATE TABLE messages (room TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL,"
        u" time_ms INTEGER NOT NULL, nick TEXT NOT NULL, text TEXT NOT NULL,"
        u" PRIMARY KEY (room, seq)) WITHOUT ROWID"_s,
        u"CREATE UNIQUE INDEX messages_by_id ON messages (id)"_s,
        u"CREATE INDEX messages_by_time ON messages (time_ms)"_s,
        u"INSERT INTO meta (key, value) VALUES ('epoch', '0123456789abcdef0123456789abcdef')"_s,
        u"INSERT INTO rooms VALUES ('general', 7)"_s,
        u"INSERT INTO messages VALUES ('general', 6, '0e8f7d6c-5b4a-4938-8271-605f4e3d2c1b',"
        u" 1000, 'Alice', 'Lunch at noon?')"_s,
        u"INSERT INTO messages VALUES ('general', 7, '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',"
        u" 2000, 'bob', 'Pizza tonight')"_s,
        u"PRAGMA user_version = 1"_s,
    };
    for (const QString &sql : schema1)
        QVERIFY(tamper(path(), sql));

    QString error;
    const auto report = copySqliteToPostgres(path(), *target, {}, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->messages, 2);
    QCOMPARE(report->members, 2); // made by the migration, from who posted

    PostgresStore store(*target);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QCOMPARE(store.epoch(), u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(line(store.range(u"general"_s)), u"6..7"_s);
    QCOMPARE(test::keys(store.members(u"general"_s)),
             QStringList({u"alice=Alice"_s, u"bob=bob"_s}));
    QCOMPARE(store.readMarker(u"bob"_s, u"general"_s), 7);
    QCOMPARE(store.unreadCount(u"general"_s, 0, u"alice"_s), 1);
    const auto history = store.after(u"general"_s, 0, 10);
    QCOMPARE(history.size(), size_t(2));
    QCOMPARE(history.front().id, QUuid::fromString(u"0e8f7d6c-5b4a-4938-8271-605f4e3d2c1b"_s));
    QCOMPARE(history.front().time, QDateTime::fromMSecsSinceEpoch(1000, QTimeZone::utc()));
}

void tst_HistoryCopy::copiesInBatchesAndTellsProgress()
{
    PALAVER_REQUIRE_POSTGRES(db);
    const auto target = test::postgresTarget(db);
    QVERIFY(target);
    // 25,003 in one room: 50 full batches and a short one, and two progress reports.
    constexpr int kMessages = 25'003;
    {
        SqliteStore store(path(), SqliteStore::Sync::Off);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        for (int from = 0; from < kMessages; from += 1000) {
            std::vector<NewMessage> batch;
            for (int i = from; i < std::min(from + 1000, kMessages); ++i)
                batch.push_back(say(u"flood"_s, u"bob"_s, u"message %1"_s.arg(i + 1), i));
            QVERIFY2(store.append(batch), qPrintable(store.errorString()));
        }
    }

    QStringList told;
    QString error;
    const auto report = copySqliteToPostgres(
        path(), *target, [&told](const QString &line) { told.append(line); }, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->messages, kMessages);
    QCOMPARE(told.filter(u" messages copied"_s),
             QStringList({u"10000 of 25003 messages copied"_s, u"20000 of 25003 messages copied"_s,
                          u"25003 messages copied"_s}));

    SqliteStore original(path());
    PostgresStore copy(*target);
    QVERIFY2(copy.isOpen(), qPrintable(copy.errorString()));
    QCOMPARE(line(copy.range(u"flood"_s)), u"1..25003"_s);
    const auto all = copy.after(u"flood"_s, 0, kMessages + 1);
    QCOMPARE(all.size(), size_t(kMessages));
    QCOMPARE(lines(all), lines(original.after(u"flood"_s, 0, kMessages + 1)));
}

void tst_HistoryCopy::refusesWhatIsNotAHistory_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << u"missing.sqlite3"_s << u""_s << u"does not exist"_s;
    QTest::newRow("a directory") << u"dir"_s << u"dir"_s << u"is not a file"_s;
    QTest::newRow("empty") << u"empty.sqlite3"_s << u"empty"_s << u"is not a Palaver history"_s;
    QTest::newRow("not SQLite") << u"notes.txt"_s << u"text"_s << u"as an SQLite database"_s;
    QTest::newRow("another program's SQLite")
        << u"other.sqlite3"_s << u"sqlite"_s << u"is not a Palaver history"_s;
}

void tst_HistoryCopy::refusesWhatIsNotAHistory()
{
    QFETCH(QString, name);
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    const QString file = m_dir->filePath(name);
    if (setup == u"dir"_s) {
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    } else if (setup == u"empty"_s || setup == u"text"_s) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (setup == u"text"_s)
            f.write(QByteArray(200, 'x') + "\nnot a database at all\n");
    } else if (setup == u"sqlite"_s) {
        QVERIFY(tamper(file, u"CREATE TABLE notes (text TEXT)"_s));
    }
    const QByteArray before = contents(file);

    // Nowhere: the file is refused before PostgreSQL is asked anything.
    PostgresTarget nowhere;
    nowhere.host = u"127.0.0.1"_s;
    nowhere.port = 1;
    nowhere.user = u"nobody"_s;
    nowhere.database = u"nothing"_s;
    QStringList told;
    QString error;
    const auto report = copySqliteToPostgres(
        file, nowhere, [&told](const QString &line) { told.append(line); }, &error);
    QVERIFY(!report);
    QVERIFY2(error.contains(expected) && error.contains(file), qPrintable(error));
    QVERIFY2(!error.contains(nowhere.display()), qPrintable(error));
    QVERIFY(told.isEmpty());
    // Left as it was: not made, not turned into a history.
    QCOMPARE(QFile::exists(file), setup != u""_s);
    QCOMPARE(contents(file), before);
}

QTEST_GUILESS_MAIN(tst_HistoryCopy)
#include "tst_historycopy.moc"
