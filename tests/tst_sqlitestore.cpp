// What only the SQLite store does, on a real file in a temporary directory: WAL, its schema
// migrations and its full-text index. What every Store does is in tst_store.cpp.
#include "server/sqlitestore.h"
#include "storetests.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace palaver;
using namespace palaver::server;
using palaver::test::keys;
using palaver::test::texts;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kTime(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc());

NewMessage message(const QString &room, const QString &text, QUuid id = QUuid::createUuid(),
                   QDateTime time = kTime)
{
    return NewMessage{id, room, u"alice"_s, text, time};
}

/// Runs SQL on the file behind the store's back, as a damaged or foreign database would be.
void tamper(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

/// The first column of the first row of `sql`, read behind the store's back; -1 on failure.
qint64 peek(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0).toLongLong();
        else
            qWarning() << sql << query.lastError().text();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

/// How many entries of the search index hold a word starting with `word`.
qint64 indexed(const QString &path, const QString &word)
{
    return peek(
        path,
        u"SELECT COUNT(*) FROM message_search WHERE message_search MATCH '\"%1\"*'"_s.arg(word));
}

} // namespace

class tst_SqliteStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsTheSchemaAndAnEpoch();
    void epochSurvivesReopeningAndChangesWithANewFile();
    void refusesANewerSchema();
    void migratesSchema1AndIndexesItsMessages_data();
    void migratesSchema1AndIndexesItsMessages();
    void searchIndexFollowsTrimming();
    void indexesWhatWasStoredWithoutTheIndex();
    void searchFindsWordsInGivenRooms_data();
    void searchFindsWordsInGivenRooms();
    void searchQueriesAreOnlyData_data();
    void searchQueriesAreOnlyData();
    void refusesAPathItCannotOpen();

private:
    QString path() const { return m_dir->filePath(u"palaver.sqlite3"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SqliteStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SqliteStore::createsTheSchemaAndAnEpoch()
{
    SqliteStore store(path());
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SqliteStore::currentSchemaVersion());
    QCOMPARE(store.epoch().size(), 32);
    QCOMPARE(store.range(u"general"_s).first, 0);
    QCOMPARE(store.range(u"general"_s).last, 0);
    // WAL mode leaves its companion file next to the database.
    QVERIFY(store.append({message(u"general"_s, u"hi"_s)}));
    QVERIFY(QFile::exists(path() + u"-wal"_s));
}

void tst_SqliteStore::epochSurvivesReopeningAndChangesWithANewFile()
{
    QString first;
    {
        SqliteStore store(path());
        first = store.epoch();
    }
    {
        SqliteStore store(path());
        QCOMPARE(store.epoch(), first);
    }
    QVERIFY(QFile::remove(path()));
    SqliteStore fresh(path());
    QVERIFY(fresh.isOpen());
    QVERIFY(fresh.epoch() != first);
}

void tst_SqliteStore::refusesANewerSchema()
{
    {
        SqliteStore store(path());
        QVERIFY(store.isOpen());
    }
    tamper(path(), u"PRAGMA user_version = 99"_s);
    SqliteStore store(path());
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(u"newer palaver-server"_s),
             qPrintable(store.errorString()));
}

void tst_SqliteStore::migratesSchema1AndIndexesItsMessages_data()
{
    QTest::addColumn<SqliteStore::FullText>("fullText");
    QTest::newRow("FTS5") << SqliteStore::FullText::IfAvailable;
    QTest::newRow("without FTS5") << SqliteStore::FullText::Never;
}

void tst_SqliteStore::migratesSchema1AndIndexesItsMessages()
{
    QFETCH(SqliteStore::FullText, fullText);
    // A database as the previous server left it: schema 1, only general and its messages.
    const QStringList schema1{
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE rooms (name TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)"_s,
        u"CREATE TABLE messages (room TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL,"
        u" time_ms INTEGER NOT NULL, nick TEXT NOT NULL, text TEXT NOT NULL,"
        u" PRIMARY KEY (room, seq)) WITHOUT ROWID"_s,
        u"CREATE UNIQUE INDEX messages_by_id ON messages (id)"_s,
        u"CREATE INDEX messages_by_time ON messages (time_ms)"_s,
        u"INSERT INTO meta (key, value) VALUES ('epoch', '0123456789abcdef0123456789abcdef')"_s,
        u"INSERT INTO rooms VALUES ('general', 3)"_s,
        u"INSERT INTO messages VALUES ('general', 1, '0e8f7d6c-5b4a-4938-8271-605f4e3d2c1b',"
        u" 1000, 'Alice', 'Lunch at noon?')"_s,
        u"INSERT INTO messages VALUES ('general', 2, '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',"
        u" 2000, 'bob', 'Pizza tonight')"_s,
        u"INSERT INTO messages VALUES ('general', 3, '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',"
        u" 3000, 'alice', 'lunches again')"_s,
        u"PRAGMA user_version = 1"_s,
    };
    for (const QString &sql : schema1)
        tamper(path(), sql);

    SqliteStore store(path(), SqliteStore::Sync::Full, fullText);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SqliteStore::currentSchemaVersion());
    QCOMPARE(store.hasFullTextSearch(), fullText == SqliteStore::FullText::IfAvailable);

    // The history, its epoch and its numbering are as they were.
    QCOMPARE(store.epoch(), u"0123456789abcdef0123456789abcdef"_s);
    const auto history = store.after(u"general"_s, 0, 10);
    QCOMPARE(texts(history),
             QStringList({u"Lunch at noon?"_s, u"Pizza tonight"_s, u"lunches again"_s}));
    QCOMPARE(history.front().kind, protocol::MessageKind::Text);
    QCOMPARE(history.front().id, QUuid::fromString(u"0e8f7d6c-5b4a-4938-8271-605f4e3d2c1b"_s));
    const auto next = store.append({message(u"general"_s, u"after the upgrade"_s)});
    QVERIFY(next);
    QCOMPARE(next->front().message.seq, 4);

    // Found by search, the old messages included, newest first.
    const SearchResult found = store.search(u"lunch"_s, {u"general"_s}, 10);
    QCOMPARE(texts(found.messages), QStringList({u"lunches again"_s, u"Lunch at noon?"_s}));
    if (store.hasFullTextSearch())
        QCOMPARE(indexed(path(), u"pizza"_s), 1);

    // Whoever posted is a member of general (one key, spelled as most recently), with the old
    // history read.
    const auto room = store.room(u"General"_s);
    QVERIFY(room);
    QCOMPARE(room->name, u"general"_s);
    QVERIFY(!room->direct);
    QCOMPARE(keys(store.members(u"general"_s)), QStringList({u"alice=alice"_s, u"bob=bob"_s}));
    QCOMPARE(store.roomsOf(u"alice"_s), QStringList{u"general"_s});
    QCOMPARE(store.readMarker(u"bob"_s, u"general"_s), 3);
    QCOMPARE(store.unreadCount(u"general"_s, 3, u"bob"_s), 1);   // the one after the upgrade
    QCOMPARE(store.unreadCount(u"general"_s, 0, u"alice"_s), 1); // bob's: hers in any case aren't
}

void tst_SqliteStore::searchIndexFollowsTrimming()
{
    SqliteStore store(path());
    QVERIFY(store.isOpen());
    if (!store.hasFullTextSearch())
        QSKIP("this SQLite has no FTS5");
    std::vector<NewMessage> batch{
        message(u"a"_s, u"ancient history"_s, QUuid::createUuid(), kTime.addDays(-40))};
    for (int i = 1; i <= 6; ++i)
        batch.push_back(message(u"a"_s, u"aardvark number %1"_s.arg(i)));
    batch.push_back(message(u"b"_s, u"aardvark in b"_s));
    QVERIFY(store.append(batch));
    QCOMPARE(indexed(path(), u"aardvark"_s), 7);
    QCOMPARE(indexed(path(), u"ancient"_s), 1);

    // By age, then by count: what goes leaves the index too, what stays is still found.
    QCOMPARE(store.trim(Retention{30, 0}, kTime), 1);
    QCOMPARE(indexed(path(), u"ancient"_s), 0);
    QCOMPARE(store.trim(Retention{0, 2}, kTime), 4);
    QCOMPARE(indexed(path(), u"aardvark"_s), 3);
    QCOMPARE(peek(path(), u"SELECT COUNT(*) FROM message_search"_s),
             peek(path(), u"SELECT COUNT(*) FROM messages"_s));
    QCOMPARE(texts(store.search(u"aardvark"_s, {u"a"_s, u"b"_s}, 10).messages),
             QStringList({u"aardvark in b"_s, u"aardvark number 6"_s, u"aardvark number 5"_s}));

    // New messages after the trim are indexed as usual.
    QVERIFY(store.append({message(u"a"_s, u"aardvark again"_s)}));
    QCOMPARE(indexed(path(), u"aardvark"_s), 4);
    QCOMPARE(store.search(u"again"_s, {u"a"_s}, 10).messages.size(), size_t(1));
}

void tst_SqliteStore::indexesWhatWasStoredWithoutTheIndex()
{
    {
        SqliteStore store(path(), SqliteStore::Sync::Full, SqliteStore::FullText::Never);
        QVERIFY(!store.hasFullTextSearch());
        QVERIFY(store.append({message(u"a"_s, u"walrus one"_s), message(u"a"_s, u"walrus two"_s)}));
        QCOMPARE(texts(store.search(u"WALRUS"_s, {u"a"_s}, 10).messages),
                 QStringList({u"walrus two"_s, u"walrus one"_s}));
    }
    SqliteStore store(path());
    if (!store.hasFullTextSearch())
        QSKIP("this SQLite has no FTS5");
    QCOMPARE(indexed(path(), u"walrus"_s), 2);
    QCOMPARE(texts(store.search(u"walr"_s, {u"a"_s}, 10).messages),
             QStringList({u"walrus two"_s, u"walrus one"_s}));
    // Indexed once: opening again adds nothing.
    {
        SqliteStore again(path());
        QVERIFY(again.isOpen());
    }
    QCOMPARE(indexed(path(), u"walrus"_s), 2);
}

void tst_SqliteStore::searchFindsWordsInGivenRooms_data()
{
    QTest::addColumn<SqliteStore::FullText>("fullText");
    QTest::newRow("FTS5") << SqliteStore::FullText::IfAvailable;
    QTest::newRow("without FTS5") << SqliteStore::FullText::Never;
}

void tst_SqliteStore::searchFindsWordsInGivenRooms()
{
    QFETCH(SqliteStore::FullText, fullText);
    SqliteStore store(path(), SqliteStore::Sync::Full, fullText);
    QVERIFY(store.isOpen());
    QVERIFY(
        store.append({message(u"a"_s, u"Lunch at noon"_s, QUuid::createUuid(), kTime),
                      message(u"b"_s, u"lunch in b"_s, QUuid::createUuid(), kTime.addSecs(1)),
                      message(u"a"_s, u"no LUNCH today"_s, QUuid::createUuid(), kTime.addSecs(2)),
                      message(u"c"_s, u"lunch in c"_s, QUuid::createUuid(), kTime.addSecs(3))}));
    QCOMPARE(texts(store.search(u"lunch"_s, {u"a"_s, u"b"_s}, 10).messages),
             QStringList({u"no LUNCH today"_s, u"lunch in b"_s, u"Lunch at noon"_s}));
    QCOMPARE(texts(store.search(u"  lunch   noon "_s, {u"a"_s, u"b"_s}, 10).messages),
             QStringList{u"Lunch at noon"_s});
    const SearchResult limited = store.search(u"lunch"_s, {u"a"_s, u"b"_s, u"c"_s}, 2);
    QCOMPARE(texts(limited.messages), QStringList({u"lunch in c"_s, u"no LUNCH today"_s}));
    QVERIFY(limited.hasMore);
    QVERIFY(!store.search(u"lunch"_s, {u"a"_s, u"b"_s, u"c"_s}, 4).hasMore);
    QVERIFY(store.search(u"lunch"_s, {}, 10).messages.empty());
    QVERIFY(store.search(u"   "_s, {u"a"_s}, 10).messages.empty());
    // Each word matches the start of a word with FTS5, anywhere without it.
    QCOMPARE(store.search(u"unch"_s, {u"a"_s}, 10).messages.size(),
             size_t(fullText == SqliteStore::FullText::Never ? 2 : 0));
}

void tst_SqliteStore::searchQueriesAreOnlyData_data()
{
    QTest::addColumn<SqliteStore::FullText>("fullText");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    const QStringList odd{u"odd: 100% \"quoted\" under_score a\\b NEAR(x) *"_s};
    for (const auto &[name, fullText] : {std::pair{"FTS5", SqliteStore::FullText::IfAvailable},
                                         std::pair{"without FTS5", SqliteStore::FullText::Never}}) {
        const auto row = [&, fullText = fullText](const char *what) {
            QTestData &data = QTest::newRow(
                qPrintable(u"%1, %2"_s.arg(QLatin1StringView(name), QLatin1StringView(what))));
            data << fullText;
            return &data;
        };
        *row("unbalanced quote") << u"\"a OR b*"_s << none;
        *row("NEAR(") << u"NEAR("_s << odd; // the word "NEAR", as written in the message
        *row("column filter") << u"text:odd"_s << none;
        *row("star") << u"*"_s << (fullText == SqliteStore::FullText::Never ? odd : none);
        *row("only quotes") << u"\"\"\""_s << none;
        *row("SQL") << u"x'); DROP TABLE messages; --"_s << none;
        *row("quoted word") << u"\"quoted\""_s << odd;
        *row("percent") << u"%"_s << (fullText == SqliteStore::FullText::Never ? odd : none);
        *row("underscore") << u"_"_s << (fullText == SqliteStore::FullText::Never ? odd : none);
    }
}

void tst_SqliteStore::searchQueriesAreOnlyData()
{
    QFETCH(SqliteStore::FullText, fullText);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    SqliteStore store(path(), SqliteStore::Sync::Full, fullText);
    QVERIFY(store.isOpen());
    QVERIFY(store.append({message(u"a"_s, u"nothing special"_s),
                          message(u"a"_s, u"odd: 100% \"quoted\" under_score a\\b NEAR(x) *"_s)}));
    const SearchResult result = store.search(query, {u"a"_s}, 10);
    QCOMPARE(texts(result.messages), expected);
    // Whatever the query, the store is intact.
    QVERIFY(store.errorString().isEmpty());
    QCOMPARE(store.after(u"a"_s, 0, 10).size(), size_t(2));
    QVERIFY(store.append({message(u"a"_s, u"still writable"_s)}));
}

void tst_SqliteStore::refusesAPathItCannotOpen()
{
    QFile file(m_dir->filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SqliteStore store(file.fileName() + u"/palaver.sqlite3"_s);
    QVERIFY(!store.isOpen());
    QVERIFY(!store.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SqliteStore)
#include "tst_sqlitestore.moc"
