// The Store interface, the same tests for every backend: SQLite in a temporary directory, and
// PostgreSQL on the private server that the test setup starts (tests/postgres). CTest runs this
// file once per backend (tst_store_sqlite, tst_store_postgresql), chosen by
// PALAVER_STORE_BACKEND.
#include "server/postgresstore.h"
#include "server/sqlitestore.h"
#include "storetests.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

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

NewMessage from(const QString &nick, const QString &room, const QString &text,
                protocol::MessageKind kind = protocol::MessageKind::Text)
{
    return NewMessage{QUuid::createUuid(), room, nick, text, kTime, kind};
}

QList<qint64> seqs(const std::vector<protocol::ChatMessage> &messages)
{
    QList<qint64> result;
    for (const auto &m : messages)
        result.append(m.seq);
    return result;
}

/// Runs SQL on a database behind the store's back, as a damaged one would be.
bool executeOn(const QString &driver, const std::function<void(QSqlDatabase &)> &setUp,
               const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, u"behind"_s);
        setUp(db);
        QSqlQuery query(db);
        ok = db.open() && query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text() << db.lastError().text();
    }
    QSqlDatabase::removeDatabase(u"behind"_s);
    return ok;
}

/// A kind of database, fresh for every test.
class Backend
{
public:
    virtual ~Backend() = default;
    /// Makes a new, empty database for the next test; false, with `*whyNot`, if it can't.
    virtual bool prepare(QString *whyNot) = 0;
    /// Opens that database (again).
    virtual std::unique_ptr<Store> open() = 0;
    virtual bool execute(const QString &sql) = 0;
    /// Whether a search word matches only the start of a word (a full-text index), rather than
    /// anywhere in the text.
    virtual bool matchesWordStarts() const = 0;
};

class SqliteBackend final : public Backend
{
public:
    bool prepare(QString *whyNot) override
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            *whyNot = m_dir->errorString();
        return m_dir->isValid();
    }
    std::unique_ptr<Store> open() override { return std::make_unique<SqliteStore>(path()); }
    bool execute(const QString &sql) override
    {
        return executeOn(
            u"QSQLITE"_s, [this](QSqlDatabase &db) { db.setDatabaseName(path()); }, sql);
    }
    bool matchesWordStarts() const override
    {
        return SqliteStore(m_dir->filePath(u"probe.sqlite3"_s)).hasFullTextSearch();
    }

private:
    QString path() const { return m_dir->filePath(u"palaver.sqlite3"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

class PostgresBackend final : public Backend
{
public:
    bool prepare(QString *whyNot) override
    {
        const auto database = test::freshPostgresDatabase(whyNot);
        if (!database)
            return false;
        const auto target = test::postgresTarget(*database);
        if (!target) {
            *whyNot = u"cannot read the test database's URL %1"_s.arg(database->url);
            return false;
        }
        m_target = *target;
        return true;
    }
    std::unique_ptr<Store> open() override { return std::make_unique<PostgresStore>(m_target); }
    bool execute(const QString &sql) override
    {
        return executeOn(
            u"QPSQL"_s,
            [this](QSqlDatabase &db) {
                db.setHostName(m_target.host);
                db.setPort(m_target.port);
                db.setUserName(m_target.user);
                db.setPassword(m_target.password);
                db.setDatabaseName(m_target.database);
            },
            sql);
    }
    bool matchesWordStarts() const override { return false; }

private:
    PostgresTarget m_target;
};

} // namespace

class tst_Store : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensAnEmptyDatabase();
    void epochSurvivesReopeningAndDiffersPerDatabase();
    void assignsGapFreeSeqPerRoom();
    void repeatedIdIsNotStoredTwice();
    void repeatedIdWithinOneBatch();
    void repeatedIdsInABigBatch();
    void failedBatchStoresNothing();
    void seqContinuesAfterReopening();
    void readsRanges();
    void knowsEveryRoomsLastSeq();
    void trimsByCountWithoutReusingSeqs();
    void trimsByAge();
    void searchFindsWordsInGivenRooms();
    void searchQueriesAreOnlyData_data();
    void searchQueriesAreOnlyData();
    void storesKindsAndTopics();
    void roomsAndMemberships();
    void renamingMovesEverything();
    void directRoomsAreFoundAgain();
    void readMarkersAndUnreadCounts();

private:
    std::unique_ptr<Store> open()
    {
        auto store = m_backend->open();
        if (!store->errorString().isEmpty())
            qWarning() << "cannot open the store:" << store->errorString();
        return store;
    }
    std::unique_ptr<Backend> m_backend;
};

void tst_Store::initTestCase()
{
    const QString backend = qEnvironmentVariable("PALAVER_STORE_BACKEND", u"sqlite"_s);
    if (backend == u"sqlite"_s)
        m_backend = std::make_unique<SqliteBackend>();
    else if (backend == u"postgresql"_s)
        m_backend = std::make_unique<PostgresBackend>();
    else
        QFAIL(qPrintable(u"PALAVER_STORE_BACKEND is \"%1\": sqlite or postgresql"_s.arg(backend)));
    qInfo("backend: %s", qPrintable(backend));
}

void tst_Store::init()
{
    QString whyNot;
    if (m_backend->prepare(&whyNot))
        return;
    if (test::postgresServerStarted() || test::postgresRequired())
        QFAIL(qPrintable(whyNot));
    QSKIP(qPrintable(whyNot));
}

void tst_Store::opensAnEmptyDatabase()
{
    auto store = open();
    QVERIFY2(store->errorString().isEmpty(), qPrintable(store->errorString()));
    QCOMPARE(store->epoch().size(), 32);
    QCOMPARE(store->range(u"general"_s).first, 0);
    QCOMPARE(store->range(u"general"_s).last, 0);
    QVERIFY(store->lastSeqs().isEmpty());
    QVERIFY(store->after(u"general"_s, 0, 10).empty());
    // Everybody's room is there from the start.
    QVERIFY(store->room(u"General"_s));
}

void tst_Store::epochSurvivesReopeningAndDiffersPerDatabase()
{
    QString first;
    {
        auto store = open();
        first = store->epoch();
        QVERIFY(!first.isEmpty());
    }
    QCOMPARE(open()->epoch(), first);
    QString whyNot;
    QVERIFY2(m_backend->prepare(&whyNot), qPrintable(whyNot));
    auto fresh = open();
    QVERIFY(!fresh->epoch().isEmpty());
    QVERIFY(fresh->epoch() != first);
}

void tst_Store::knowsEveryRoomsLastSeq()
{
    auto store = open();
    QVERIFY(
        store->append({message(u"a"_s, u"1"_s), message(u"b"_s, u"1"_s), message(u"a"_s, u"2"_s)}));
    QCOMPARE(store->lastSeqs(), (QHash<QString, qint64>{{u"a"_s, 2}, {u"b"_s, 1}}));
    // Trimming never takes a room's numbering back.
    QVERIFY(m_backend->execute(u"DELETE FROM messages"_s));
    QCOMPARE(open()->lastSeqs(), (QHash<QString, qint64>{{u"a"_s, 2}, {u"b"_s, 1}}));
}

void tst_Store::searchFindsWordsInGivenRooms()
{
    auto store = open();
    QVERIFY(
        store->append({message(u"a"_s, u"Lunch at noon"_s, QUuid::createUuid(), kTime),
                       message(u"b"_s, u"lunch in b"_s, QUuid::createUuid(), kTime.addSecs(1)),
                       message(u"a"_s, u"no LUNCH today"_s, QUuid::createUuid(), kTime.addSecs(2)),
                       message(u"c"_s, u"lunch in c"_s, QUuid::createUuid(), kTime.addSecs(3))}));
    QCOMPARE(texts(store->search(u"lunch"_s, {u"a"_s, u"b"_s}, 10).messages),
             QStringList({u"no LUNCH today"_s, u"lunch in b"_s, u"Lunch at noon"_s}));
    QCOMPARE(texts(store->search(u"  lunch   noon "_s, {u"a"_s, u"b"_s}, 10).messages),
             QStringList{u"Lunch at noon"_s});
    const SearchResult limited = store->search(u"lunch"_s, {u"a"_s, u"b"_s, u"c"_s}, 2);
    QCOMPARE(texts(limited.messages), QStringList({u"lunch in c"_s, u"no LUNCH today"_s}));
    QVERIFY(limited.hasMore);
    QVERIFY(!store->search(u"lunch"_s, {u"a"_s, u"b"_s, u"c"_s}, 4).hasMore);
    QVERIFY(store->search(u"lunch"_s, {}, 10).messages.empty());
    QVERIFY(store->search(u"   "_s, {u"a"_s}, 10).messages.empty());
    // Each word matches the start of a word with a full-text index, anywhere without it.
    QCOMPARE(store->search(u"unch"_s, {u"a"_s}, 10).messages.size(),
             size_t(m_backend->matchesWordStarts() ? 0 : 2));
}

void tst_Store::searchQueriesAreOnlyData_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("foundAnywhere");    // found when words match anywhere
    QTest::addColumn<bool>("foundAtWordStart"); // found when they match word starts only
    QTest::newRow("unbalanced quote") << u"\"a OR b*"_s << false << false;
    QTest::newRow("NEAR(") << u"NEAR("_s << true << true; // the word, as written in the message
    QTest::newRow("column filter") << u"text:odd"_s << false << false;
    QTest::newRow("star") << u"*"_s << true << false;
    QTest::newRow("only quotes") << u"\"\"\""_s << false << false;
    QTest::newRow("SQL") << u"x'); DROP TABLE messages; --"_s << false << false;
    QTest::newRow("quoted word") << u"\"quoted\""_s << true << true;
    QTest::newRow("percent") << u"%"_s << true << false;
    QTest::newRow("underscore") << u"_"_s << true << false;
    QTest::newRow("backslash") << u"a\\b"_s << true << true;
    QTest::newRow("dollar quote") << u"$$ ; SELECT 1 $$"_s << false << false;
}

void tst_Store::searchQueriesAreOnlyData()
{
    QFETCH(QString, query);
    QFETCH(bool, foundAnywhere);
    QFETCH(bool, foundAtWordStart);
    const QString odd = u"odd: 100% \"quoted\" under_score a\\b NEAR(x) *"_s;
    auto store = open();
    QVERIFY(store->append({message(u"a"_s, u"nothing special"_s), message(u"a"_s, odd)}));
    const SearchResult result = store->search(query, {u"a"_s}, 10);
    const bool found = m_backend->matchesWordStarts() ? foundAtWordStart : foundAnywhere;
    QCOMPARE(texts(result.messages), found ? QStringList{odd} : QStringList());
    // Whatever the query, the store is intact.
    QVERIFY(store->errorString().isEmpty());
    QCOMPARE(store->after(u"a"_s, 0, 10).size(), size_t(2));
    QVERIFY(store->append({message(u"a"_s, u"still writable"_s)}));
}

void tst_Store::assignsGapFreeSeqPerRoom()
{
    auto store = open();
    const auto results = store->append({message(u"a"_s, u"1"_s), message(u"b"_s, u"1"_s),
                                        message(u"a"_s, u"2"_s), message(u"a"_s, u"3"_s)});
    QVERIFY(results);
    QList<qint64> assigned;
    for (const AppendResult &r : *results) {
        QVERIFY(!r.duplicate);
        assigned.append(r.message.seq);
    }
    QCOMPARE(assigned, (QList<qint64>{1, 1, 2, 3}));
    QCOMPARE(store->range(u"a"_s).last, 3);
    QCOMPARE(store->range(u"b"_s).last, 1);
    const auto stored = store->after(u"a"_s, 0, 10);
    QCOMPARE(seqs(stored), (QList<qint64>{1, 2, 3}));
    QCOMPARE(stored[1].text, u"2"_s);
    QCOMPARE(stored[1].nick, u"alice"_s);
    QCOMPARE(stored[1].time, kTime);
}

void tst_Store::repeatedIdIsNotStoredTwice()
{
    auto store = open();
    const QUuid id = QUuid::createUuid();
    const auto first = store->append({message(u"a"_s, u"once"_s, id)});
    QVERIFY(first);
    store->append({message(u"a"_s, u"other"_s)});
    const auto again = store->append({message(u"a"_s, u"once"_s, id, kTime.addSecs(60))});
    QVERIFY(again);
    QCOMPARE(again->size(), size_t(1));
    QVERIFY(again->front().duplicate);
    QCOMPARE(again->front().message, first->front().message); // same seq, same time
    QCOMPARE(store->range(u"a"_s).last, 2);
    QCOMPARE(store->after(u"a"_s, 0, 10).size(), size_t(2));
}

void tst_Store::repeatedIdWithinOneBatch()
{
    auto store = open();
    const QUuid id = QUuid::createUuid();
    const auto results = store->append({message(u"a"_s, u"x"_s, id), message(u"a"_s, u"x"_s, id)});
    QVERIFY(results);
    QVERIFY(!(*results)[0].duplicate);
    QVERIFY((*results)[1].duplicate);
    QCOMPARE((*results)[1].message.seq, 1);
    QCOMPARE(store->range(u"a"_s).last, 1);
}

void tst_Store::repeatedIdsInABigBatch()
{
    // More ids than one lookup asks about at once (500), repeats spread over all of them.
    auto store = open();
    std::vector<NewMessage> first;
    for (int i = 0; i < 700; ++i)
        first.push_back(message(u"a"_s, u"old %1"_s.arg(i)));
    QVERIFY(store->append(first));
    std::vector<NewMessage> mixed;
    for (int i = 0; i < 700; ++i) {
        mixed.push_back(message(u"a"_s, u"new %1"_s.arg(i)));
        mixed.push_back(first[size_t(i)]);
    }
    const auto results = store->append(mixed);
    QVERIFY(results);
    QCOMPARE(results->size(), size_t(1400));
    for (int i = 0; i < 700; ++i) {
        const AppendResult &fresh = (*results)[size_t(2 * i)];
        const AppendResult &repeat = (*results)[size_t(2 * i + 1)];
        QVERIFY(!fresh.duplicate);
        QCOMPARE(fresh.message.seq, 701 + i);
        QVERIFY(repeat.duplicate);
        QCOMPARE(repeat.message.seq, 1 + i);
        QCOMPARE(repeat.message.text, u"old %1"_s.arg(i));
    }
    QCOMPARE(store->range(u"a"_s).last, 1400);
}

void tst_Store::failedBatchStoresNothing()
{
    auto store = open();
    QVERIFY(store->append({message(u"a"_s, u"before"_s)}));
    NewMessage broken = message(u"a"_s, u"broken"_s);
    broken.nick = QString(); // NULL violates NOT NULL: the whole batch must roll back
    const auto results = store->append({message(u"a"_s, u"good"_s), broken});
    QVERIFY(!results);
    QVERIFY(!store->errorString().isEmpty());
    QCOMPARE(store->range(u"a"_s).last, 1);
    QCOMPARE(store->after(u"a"_s, 0, 10).size(), size_t(1));
    // And the store still works, with no gap in the numbering.
    const auto next = store->append({message(u"a"_s, u"after"_s)});
    QVERIFY(next);
    QCOMPARE(next->front().message.seq, 2);
}

void tst_Store::seqContinuesAfterReopening()
{
    {
        auto store = open();
        QVERIFY(store->append({message(u"a"_s, u"1"_s), message(u"a"_s, u"2"_s)}));
    }
    auto store = open();
    const auto results = store->append({message(u"a"_s, u"3"_s)});
    QVERIFY(results);
    QCOMPARE(results->front().message.seq, 3);
}

void tst_Store::readsRanges()
{
    auto store = open();
    std::vector<NewMessage> batch;
    for (int i = 1; i <= 20; ++i)
        batch.push_back(message(u"a"_s, QString::number(i)));
    QVERIFY(store->append(batch));
    QCOMPARE(seqs(store->before(u"a"_s, 21, 5)), (QList<qint64>{16, 17, 18, 19, 20}));
    QCOMPARE(seqs(store->before(u"a"_s, 4, 5)), (QList<qint64>{1, 2, 3}));
    QCOMPARE(seqs(store->after(u"a"_s, 17, 5)), (QList<qint64>{18, 19, 20}));
    QCOMPARE(seqs(store->after(u"a"_s, 2, 3)), (QList<qint64>{3, 4, 5}));
    QVERIFY(store->after(u"a"_s, 20, 5).empty());
    QVERIFY(store->before(u"nowhere"_s, 100, 5).empty());
}

void tst_Store::trimsByCountWithoutReusingSeqs()
{
    auto store = open();
    std::vector<NewMessage> batch;
    for (int i = 1; i <= 10; ++i)
        batch.push_back(message(u"a"_s, QString::number(i)));
    batch.push_back(message(u"b"_s, u"only"_s));
    QVERIFY(store->append(batch));

    QCOMPARE(store->trim(Retention{0, 3}, kTime), 7);
    QCOMPARE(store->range(u"a"_s).first, 8);
    QCOMPARE(store->range(u"a"_s).last, 10);
    QCOMPARE(seqs(store->after(u"a"_s, 0, 100)), (QList<qint64>{8, 9, 10}));
    QCOMPARE(store->range(u"b"_s).first, 1); // under the limit: untouched

    // Even a room trimmed to nothing keeps counting where it was.
    QCOMPARE(store->trim(Retention{0, 0}, kTime), 0);
    QVERIFY(m_backend->execute(u"DELETE FROM messages WHERE room = 'a'"_s));
    const auto next = store->append({message(u"a"_s, u"11"_s)});
    QVERIFY(next);
    QCOMPARE(next->front().message.seq, 11);
}

void tst_Store::trimsByAge()
{
    auto store = open();
    QVERIFY(store->append({message(u"a"_s, u"old"_s, QUuid::createUuid(), kTime.addDays(-40)),
                           message(u"a"_s, u"recent"_s, QUuid::createUuid(), kTime.addDays(-2))}));
    QCOMPARE(store->trim(Retention{30, 0}, kTime), 1);
    const auto left = store->after(u"a"_s, 0, 10);
    QCOMPARE(left.size(), size_t(1));
    QCOMPARE(left.front().text, u"recent"_s);
    QCOMPARE(store->range(u"a"_s).first, 2);
}

void tst_Store::storesKindsAndTopics()
{
    auto store = open();
    QVERIFY(store->createRoom(u"general"_s, kTime));
    const auto results = store->append(
        {from(u"bob"_s, u"general"_s, u"waves"_s, protocol::MessageKind::Action),
         from(u"bob"_s, u"general"_s, u"Lunch by 11:30"_s, protocol::MessageKind::Topic)});
    QVERIFY(results);
    QCOMPARE((*results)[1].message.kind, protocol::MessageKind::Topic);
    QCOMPARE(store->room(u"general"_s)->topic, u"Lunch by 11:30"_s);
    const auto stored = store->after(u"general"_s, 0, 10);
    QCOMPARE(stored[0].kind, protocol::MessageKind::Action);
    QCOMPARE(stored[1].kind, protocol::MessageKind::Topic);

    // A failed batch sets no topic; an empty topic is stored as such and clears it.
    NewMessage broken = from(u"bob"_s, u"general"_s, u"never"_s);
    broken.nick = QString();
    QVERIFY(!store->append(
        {from(u"bob"_s, u"general"_s, u"Rolled back"_s, protocol::MessageKind::Topic), broken}));
    QCOMPARE(store->room(u"general"_s)->topic, u"Lunch by 11:30"_s);
    QVERIFY(store->append({from(u"bob"_s, u"general"_s, QString(), protocol::MessageKind::Topic)}));
    QVERIFY(store->room(u"general"_s)->topic.isEmpty());
    QCOMPARE(store->after(u"general"_s, 2, 10).front().text, QString());
    QCOMPARE(store->after(u"general"_s, 2, 10).front().kind, protocol::MessageKind::Topic);
}

void tst_Store::roomsAndMemberships()
{
    auto store = open();
    // A new database has general; a room is found under any spelling of its name.
    QVERIFY(store->room(u"general"_s));
    const auto created = store->createRoom(u"Random"_s, kTime);
    QVERIFY(created);
    QCOMPARE(created->name, u"Random"_s);
    QCOMPARE(created->created, kTime);
    QCOMPARE(store->createRoom(u"\uff32ANDOM"_s, kTime.addDays(1))->name, u"Random"_s);
    QCOMPARE(store->room(u"rAnDoM"_s)->name, u"Random"_s);
    QVERIFY(!store->room(u"nowhere"_s));

    QVERIFY(store->addMember(u"Random"_s, u"Bob"_s));
    QVERIFY(store->addMember(u"Random"_s, u"alice"_s));
    QVERIFY(store->addMember(u"Random"_s, u"alice"_s)); // already: nothing changes
    QVERIFY(store->addMember(u"general"_s, u"alice"_s));
    QCOMPARE(keys(store->members(u"Random"_s)), QStringList({u"alice=alice"_s, u"bob=Bob"_s}));
    QCOMPARE(store->nickOf(u"bob"_s), u"Bob"_s);
    QVERIFY(store->nickOf(u"carol"_s).isEmpty());
    QStringList rooms = store->roomsOf(u"alice"_s);
    rooms.sort();
    QCOMPARE(rooms, QStringList({u"Random"_s, u"general"_s}));

    // Direct conversations are rooms, but not in the directory.
    QVERIFY(!store->directRoom(u"alice"_s, u"bob"_s, true, kTime).isEmpty());
    QCOMPARE(store->roomDirectory(),
             (std::vector<protocol::RoomSummary>{{u"general"_s, {}, 1}, {u"Random"_s, {}, 2}}));

    QVERIFY(store->removeMember(u"Random"_s, u"bob"_s));
    QCOMPARE(keys(store->members(u"Random"_s)), QStringList{u"alice=alice"_s});
    QVERIFY(store->nickOf(u"bob"_s).isEmpty()); // a member of nothing is nobody
}

void tst_Store::renamingMovesEverything()
{
    auto store = open();
    QVERIFY(store->addMember(u"general"_s, u"alice"_s));
    QVERIFY(store->addMember(u"general"_s, u"bob"_s));
    QVERIFY(store->setReadMarker(u"alice"_s, u"general"_s, 7));
    const QString direct = store->directRoom(u"alice"_s, u"bob"_s, true, kTime);
    QVERIFY(store->addMember(direct, u"alice"_s));

    QVERIFY(store->renameNick(u"alice"_s, u"Alicia"_s));
    QCOMPARE(keys(store->members(u"general"_s)), QStringList({u"alicia=Alicia"_s, u"bob=bob"_s}));
    QCOMPARE(store->roomsOf(u"alicia"_s).size(), 2);
    QVERIFY(store->roomsOf(u"alice"_s).isEmpty());
    QCOMPARE(store->readMarker(u"alicia"_s, u"general"_s), 7);
    QCOMPARE(store->readMarker(u"alice"_s, u"general"_s), 0);
    QCOMPARE(store->directRoom(u"bob"_s, u"alicia"_s, false, kTime), direct);
    QVERIFY(store->directRoom(u"alice"_s, u"bob"_s, false, kTime).isEmpty());
    QCOMPARE(store->directParticipants(direct), QStringList({u"alicia"_s, u"bob"_s}));

    // Another spelling of the same key changes the spelling only.
    QVERIFY(store->renameNick(u"alicia"_s, u"ALICIA"_s));
    QCOMPARE(store->nickOf(u"alicia"_s), u"ALICIA"_s);
    QCOMPARE(store->readMarker(u"alicia"_s, u"general"_s), 7);

    // Onto somebody else's key it fails, and changes nothing.
    QVERIFY(!store->renameNick(u"alicia"_s, u"bob"_s));
    QCOMPARE(keys(store->members(u"general"_s)), QStringList({u"alicia=ALICIA"_s, u"bob=bob"_s}));
    QCOMPARE(store->directParticipants(direct), QStringList({u"alicia"_s, u"bob"_s}));
}

void tst_Store::directRoomsAreFoundAgain()
{
    QString name;
    {
        auto store = open();
        QVERIFY(store->directRoom(u"alice"_s, u"bob"_s, false, kTime).isEmpty());
        name = store->directRoom(u"alice"_s, u"bob"_s, true, kTime);
        QCOMPARE(name.size(), 33);
        QVERIFY(name.startsWith(u'@'));
        QCOMPARE(store->directRoom(u"alice"_s, u"bob"_s, true, kTime), name);
        QCOMPARE(store->directRoom(u"bob"_s, u"alice"_s, false, kTime), name);
        const QString other = store->directRoom(u"alice"_s, u"carol"_s, true, kTime);
        QVERIFY(!other.isEmpty() && other != name);
        QVERIFY(store->room(name)->direct);
        QVERIFY(store->directParticipants(u"general"_s).isEmpty());
    }
    auto store = open();
    QCOMPARE(store->directRoom(u"bob"_s, u"alice"_s, false, kTime), name);
    QCOMPARE(store->directParticipants(name.toUpper()), QStringList());
    QCOMPARE(store->directParticipants(name), QStringList({u"alice"_s, u"bob"_s}));
}

void tst_Store::readMarkersAndUnreadCounts()
{
    auto store = open();
    QVERIFY(store->append({from(u"bob"_s, u"a"_s, u"1"_s), from(u"Alice"_s, u"a"_s, u"2"_s),
                           from(u"bob"_s, u"a"_s, u"3"_s), from(u"carol"_s, u"a"_s, u"4"_s)}));
    QCOMPARE(store->readMarker(u"alice"_s, u"a"_s), 0);
    QVERIFY(store->setReadMarker(u"alice"_s, u"a"_s, 2));
    QVERIFY(store->setReadMarker(u"alice"_s, u"a"_s, 1)); // never back
    QCOMPARE(store->readMarker(u"alice"_s, u"a"_s), 2);
    QCOMPARE(store->readMarker(u"alice"_s, u"b"_s), 0);
    QCOMPARE(store->unreadCount(u"a"_s, 2, u"alice"_s), 2);
    QCOMPARE(store->unreadCount(u"a"_s, 0, u"alice"_s), 3);
    QCOMPARE(store->unreadCount(u"a"_s, 0, u"bob"_s), 2);
    QCOMPARE(store->unreadCount(u"a"_s, 4, u"alice"_s), 0);
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
