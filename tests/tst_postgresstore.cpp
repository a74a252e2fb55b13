// What only the PostgreSQL store does: reading its URL, several stores (instances) writing one
// database at the same time, and coming back after the connection is lost. What every Store
// does is in tst_store.cpp, which CTest also runs on PostgreSQL.
#include "server/config.h"
#include "server/configcheck.h"
#include "server/postgresschema.h"
#include "server/postgresstore.h"
#include "storetests.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace palaver;
using namespace palaver::server;
using namespace palaver::test;
using namespace Qt::StringLiterals;

namespace {

NewMessage message(const QString &room, const QString &text, QUuid id = QUuid::createUuid())
{
    return NewMessage{id, room, u"alice"_s, text, QDateTime::currentDateTimeUtc()};
}

/// Runs `sql` on `db` from a connection of its own.
bool execute(const TestDatabase &db, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, u"side"_s);
        configureConnection(connection, db);
        QSqlQuery query(connection);
        ok = connection.open() && query.exec(sql);
    }
    QSqlDatabase::removeDatabase(u"side"_s);
    return ok;
}

} // namespace

class tst_PostgresStore : public QObject
{
    Q_OBJECT

private slots:
    void readsUrls_data();
    void readsUrls();
    void takesThePasswordFromAFileOrTheEnvironment();
    void concurrentStoresAgreeOnOneOrder();
    void directConversationsAreMadeOnceFromBothSides();
    void refusesANewerSchema();
    void comesBackAfterTheConnectionIsLost();
    void saysWhyItCannotConnect();
    void checkTellsWhetherTheDatabaseAnswers();
    void connectionsNameThemselvesAndPlanEachRun();
};

void tst_PostgresStore::readsUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("display");     // empty: refused
    QTest::addColumn<QStringList>("options"); // what the connection options hold
    QTest::addColumn<QString>("problem");
    const QStringList defaults{u"connect_timeout='5'"_s, u"application_name='app'"_s,
                               u"options='-c plan_cache_mode=force_custom_plan'"_s,
                               u"keepalives_idle='10'"_s, u"tcp_user_timeout='20000'"_s};
    QTest::newRow("full") << u"postgresql://chat@db.lan:5433/palaver"_s
                          << u"postgresql://chat@db.lan:5433/palaver"_s << defaults << QString();
    QTest::newRow("default port") << u"postgres://chat@db.lan/palaver"_s
                                  << u"postgresql://chat@db.lan:5432/palaver"_s << defaults
                                  << QString();
    QTest::newRow("libpq options")
        << u"postgresql://chat@db.lan/palaver?sslmode=verify-full&connect_timeout=2"
           u"&options=-c%20statement_timeout%3D5000&sslrootcert=C:%5Cca%5Cx'.crt"_s
        << u"postgresql://chat@db.lan:5432/palaver"_s
        << QStringList{u"sslmode='verify-full'"_s, u"connect_timeout='2'"_s,
                       u"options='-c statement_timeout=5000 -c plan_cache_mode=force_custom_plan'"_s,
                       u"sslrootcert='C:\\\\ca\\\\x\\'.crt'"_s}
        << QString();
    // A space in a value stays in the value: it can't start another option.
    QTest::newRow("quoted value")
        << u"postgresql://chat@db.lan/palaver?sslmode=require%20host%3Devil"_s
        << u"postgresql://chat@db.lan:5432/palaver"_s
        << QStringList{u"sslmode='require host=evil'"_s} << QString();
    QTest::newRow("password in the URL") << u"postgresql://chat:secret@db.lan/palaver"_s
                                         << QString() << QStringList() << u"password"_s;
    QTest::newRow("password option") << u"postgresql://chat@db.lan/palaver?password=x"_s
                                     << QString() << QStringList() << u"password"_s;
    QTest::newRow("no user") << u"postgresql://db.lan/palaver"_s << QString() << QStringList()
                             << u"names no user"_s;
    QTest::newRow("no database") << u"postgresql://chat@db.lan"_s << QString() << QStringList()
                                 << u"names no database"_s;
    QTest::newRow("not PostgreSQL") << u"mysql://chat@db.lan/palaver"_s << QString()
                                    << QStringList() << u"not a PostgreSQL URL"_s;
    QTest::newRow("option smuggling") << u"postgresql://chat@db.lan/palaver?a=b;host%3Devil"_s
                                      << QString() << QStringList() << u"cannot pass on"_s;
    QTest::newRow("odd option name") << u"postgresql://chat@db.lan/palaver?host%20x=y"_s
                                     << QString() << QStringList() << u"cannot pass on"_s;
}

void tst_PostgresStore::readsUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, display);
    QFETCH(QStringList, options);
    QFETCH(QString, problem);
    qunsetenv("PALAVER_DATABASE_PASSWORD");
    QString error;
    const auto target = parsePostgresUrl(url, {}, &error);
    if (display.isEmpty()) {
        QVERIFY(!target);
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(!error.contains(u"secret"_s));
        return;
    }
    QVERIFY2(target, qPrintable(error));
    QCOMPARE(target->display(), display);
    const QStringList connect = target->connectOptions(u"app"_s).split(u';');
    for (const QString &option : std::as_const(options))
        QVERIFY2(connect.contains(option), qPrintable(connect.join(u" ; "_s)));
}

void tst_PostgresStore::takesThePasswordFromAFileOrTheEnvironment()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"password"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from the file\nsecond line\n");
    }
    qputenv("PALAVER_DATABASE_PASSWORD", "from the environment");
    QString error;
    QCOMPARE(parsePostgresUrl(u"postgresql://u@h/d"_s, file, &error)->password, u"from the file"_s);
    QCOMPARE(parsePostgresUrl(u"postgresql://u@h/d"_s, {}, &error)->password,
             u"from the environment"_s);
    qunsetenv("PALAVER_DATABASE_PASSWORD");
    QVERIFY(!parsePostgresUrl(u"postgresql://u@h/d"_s, dir.filePath(u"missing"_s), &error));
    QVERIFY2(error.contains(u"cannot read the database password file"_s), qPrintable(error));
}

void tst_PostgresStore::concurrentStoresAgreeOnOneOrder()
{
    PALAVER_REQUIRE_POSTGRES(db);
    const PostgresTarget target = *postgresTarget(db);
    QVERIFY(PostgresStore(target).isOpen()); // the schema, made once

    // Two instances, each with its own connection, storing into the same two rooms at the same
    // moment, in batches that name the rooms in either order; and each sends one id the other
    // sends too.
    constexpr int kBatches = 150;
    const QUuid shared = QUuid::createUuid();
    std::atomic<int> failures = 0;
    std::atomic<int> sharedNew = 0;
    const auto writer = [&](int which) {
        PostgresStore store(target);
        if (!store.isOpen()) {
            ++failures;
            return;
        }
        for (int i = 0; i < kBatches; ++i) {
            std::vector<NewMessage> batch{message(u"a"_s, u"%1/%2"_s.arg(which).arg(i)),
                                          message(u"b"_s, u"%1/%2"_s.arg(which).arg(i))};
            if (which == 1)
                std::swap(batch[0], batch[1]);
            if (i == kBatches / 2)
                batch.push_back(message(u"a"_s, u"shared"_s, shared));
            const auto results = store.append(batch);
            if (!results) {
                qWarning() << store.errorString();
                ++failures;
                continue;
            }
            if (i == kBatches / 2 && !results->back().duplicate)
                ++sharedNew;
        }
    };
    std::thread first(writer, 0);
    std::thread second(writer, 1);
    first.join();
    second.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(sharedNew.load(), 1); // stored by one, a duplicate for the other

    PostgresStore store(target);
    for (const QString &room : {u"a"_s, u"b"_s}) {
        const qint64 expected = 2 * kBatches + (room == u"a"_s ? 1 : 0);
        QCOMPARE(store.range(room).last, expected);
        const auto stored = store.after(room, 0, 1000);
        QCOMPARE(qint64(stored.size()), expected);
        QSet<QUuid> ids;
        for (size_t i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].seq, qint64(i + 1));
            ids.insert(stored[i].id);
        }
        QCOMPARE(qint64(ids.size()), expected);
    }
}

void tst_PostgresStore::directConversationsAreMadeOnceFromBothSides()
{
    PALAVER_REQUIRE_POSTGRES(db);
    const PostgresTarget target = *postgresTarget(db);
    QVERIFY(PostgresStore(target).isOpen());
    // Alice at one instance and bob at another write to each other at the same moment.
    constexpr int kPairs = 40;
    std::vector<QString> made[2];
    const auto opener = [&](int side) {
        PostgresStore store(target);
        for (int i = 0; i < kPairs; ++i) {
            const QString alice = u"alice%1"_s.arg(i);
            const QString bob = u"bob%1"_s.arg(i);
            made[side].push_back(side == 0 ? store.directRoom(alice, bob, true, QDateTime())
                                           : store.directRoom(bob, alice, true, QDateTime()));
        }
    };
    std::thread first(opener, 0);
    std::thread second(opener, 1);
    first.join();
    second.join();
    for (int i = 0; i < kPairs; ++i) {
        QVERIFY(!made[0][size_t(i)].isEmpty());
        QCOMPARE(made[1][size_t(i)], made[0][size_t(i)]);
    }
}

void tst_PostgresStore::refusesANewerSchema()
{
    PALAVER_REQUIRE_POSTGRES(db);
    QVERIFY(PostgresStore(*postgresTarget(db)).isOpen());
    QVERIFY(execute(db, u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
    PostgresStore store(*postgresTarget(db));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(u"newer palaver-server"_s),
             qPrintable(store.errorString()));
}

void tst_PostgresStore::comesBackAfterTheConnectionIsLost()
{
    PALAVER_REQUIRE_POSTGRES(db);
    PostgresStore store(*postgresTarget(db));
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QVERIFY(store.append({message(u"a"_s, u"before"_s)}));
    // The database ends the connection (a restart, a failover, an admin).
    QVERIFY(execute(db, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        u"WHERE datname = current_database() AND pid <> pg_backend_pid()"_s));
    // The next append notices, connects again, and stores: the message is not lost.
    const auto after = store.append({message(u"a"_s, u"after"_s)});
    QVERIFY2(after, qPrintable(store.errorString()));
    QCOMPARE(after->front().message.seq, 2);
    QCOMPARE(store.after(u"a"_s, 0, 10).size(), size_t(2));
}

void tst_PostgresStore::saysWhyItCannotConnect()
{
    PALAVER_REQUIRE_POSTGRES(db);
    PostgresTarget target = *postgresTarget(db);
    target.password = u"wrong"_s;
    PostgresStore store(target);
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(target.display()), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"password"_s), qPrintable(store.errorString()));
    QVERIFY(!store.errorString().contains(u"wrong"_s));
}

void tst_PostgresStore::checkTellsWhetherTheDatabaseAnswers()
{
    PALAVER_REQUIRE_POSTGRES(db);
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(u"password"_s);
    {
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(db.password.toUtf8());
    }
    const auto check = [&](const QStringList &extra) {
        const ConfigOutcome outcome = parseCommandLine(
            QStringList{u"palaver-server"_s, u"--check"_s, u"--port"_s, u"0"_s, u"--data-dir"_s,
                        dir.filePath(u"data"_s), u"--database"_s, db.url} +
                extra,
            QProcessEnvironment());
        return checkConfiguration(outcome.config);
    };
    CheckReport empty = check({u"--database-password-file"_s, passwordFile});
    QVERIFY2(empty.ok, qPrintable(empty.lines.join(u'\n')));
    QVERIFY2(empty.lines.join(u'\n').contains(u"it is empty, and the schema is created at start"_s),
             qPrintable(empty.lines.join(u'\n')));

    QVERIFY(PostgresStore(*postgresTarget(db)).isOpen());
    CheckReport ready = check({u"--database-password-file"_s, passwordFile});
    QVERIFY(ready.ok);
    QVERIFY2(ready.lines.join(u'\n').contains(
                 u"answers, schema version %1"_s.arg(postgresSchemaVersion())),
             qPrintable(ready.lines.join(u'\n')));

    CheckReport noPassword = check({});
    QVERIFY(!noPassword.ok);
    QVERIFY2(noPassword.lines.join(u'\n').contains(u"--database-password-file"_s),
             qPrintable(noPassword.lines.join(u'\n')));
}

void tst_PostgresStore::connectionsNameThemselvesAndPlanEachRun()
{
    PALAVER_REQUIRE_POSTGRES(db);
    {
        QString error;
        QVERIFY2(openPostgres(*postgresTarget(db), u"named"_s, &error, u"palaver-server test"_s),
                 qPrintable(error));
        QSqlQuery query(QSqlDatabase::database(u"named"_s));
        QVERIFY(query.exec(u"SELECT current_setting('application_name'), "
                           u"current_setting('plan_cache_mode')"_s) &&
                query.next());
        QCOMPARE(query.value(0).toString(), u"palaver-server test"_s);
        // A generic plan made on a new, empty database would scan tables whole once they grow
        // (docs/benchmarks.md, the cluster section).
        QCOMPARE(query.value(1).toString(), u"force_custom_plan"_s);
    }
    QSqlDatabase::removeDatabase(u"named"_s);
}

QTEST_GUILESS_MAIN(tst_PostgresStore)
#include "tst_postgresstore.moc"
