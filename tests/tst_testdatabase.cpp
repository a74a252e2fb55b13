// The tests' private PostgreSQL server (tests/postgres/start.sh) and the databases that
// tests/testdatabase.h hands out on it: each fresh and empty, reachable with the password only.
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace palaver::test;
using namespace Qt::StringLiterals;

namespace {

/// A QPSQL connection to `database` with `password`, of its own name, removed at the end of
/// the scope.
class Connection
{
    Q_DISABLE_COPY_MOVE(Connection)
public:
    Connection(const TestDatabase &database, const QString &password)
        : m_name(u"tst_testdatabase-%1"_s.arg(++s_connections))
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        configureConnection(connection, database);
        connection.setPassword(password);
        m_open = connection.open();
        m_error = connection.lastError().text();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }

    bool isOpen() const { return m_open; }
    /// Why open() failed.
    QString errorString() const { return m_error; }

    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }

    /// The first column of the first row of `sql`; invalid on failure.
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql) && query.next())
            return query.value(0);
        qWarning() << sql << query.lastError().text();
        return {};
    }

    /// How many tables the test made (those outside PostgreSQL's own schemas).
    qint64 tableCount()
    {
        return scalar(u"SELECT count(*) FROM information_schema.tables "
                      "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"_s)
            .toLongLong();
    }

private:
    static inline int s_connections = 0;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

class tst_TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabasesAreDistinctAndEmpty();
    void roleIsNoSuperuser();
    void wrongPasswordIsRefused();
    void dropDatabaseDropsIt();
};

void tst_TestDatabase::freshDatabasesAreDistinctAndEmpty()
{
    PALAVER_REQUIRE_POSTGRES(first);
    PALAVER_REQUIRE_POSTGRES(second);
    QVERIFY(first.name != second.name);
    QVERIFY(first.url != second.url);
    for (const TestDatabase *database : {&first, &second}) {
        const QUrl url(database->url);
        QCOMPARE(url.scheme(), u"postgresql"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s); // the private server listens on loopback only
        QCOMPARE(url.userName(), u"palaver"_s);
        QCOMPARE(url.password(), QString()); // the password is apart, not in the URL
        QCOMPARE(url.path(), u"/"_s + database->name);
        QVERIFY(!database->password.isEmpty());
    }

    Connection one(first, first.password);
    QVERIFY2(one.isOpen(), qPrintable(one.errorString()));
    Connection two(second, second.password);
    QVERIFY2(two.isOpen(), qPrintable(two.errorString()));
    QCOMPARE(one.scalar(u"SELECT current_database()"_s).toString(), first.name);
    QCOMPARE(two.scalar(u"SELECT current_database()"_s).toString(), second.name);
    QCOMPARE(one.tableCount(), qint64(0));
    QCOMPARE(two.tableCount(), qint64(0));

    // The role owns its database: it may make tables, and they are in that database alone.
    QVERIFY(one.exec(u"CREATE TABLE notes (id bigserial PRIMARY KEY, body text NOT NULL)"_s));
    QVERIFY(one.exec(u"INSERT INTO notes (body) VALUES ('hello')"_s));
    QCOMPARE(one.scalar(u"SELECT body FROM notes"_s).toString(), u"hello"_s);
    QCOMPARE(one.tableCount(), qint64(1));
    QCOMPARE(two.tableCount(), qint64(0));
}

void tst_TestDatabase::roleIsNoSuperuser()
{
    PALAVER_REQUIRE_POSTGRES(database);
    Connection connection(database, database.password);
    QVERIFY2(connection.isOpen(), qPrintable(connection.errorString()));
    // Tests run with the rights the server will have in production, not more.
    QCOMPARE(connection.scalar(u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s),
             QVariant(false));
    QCOMPARE(connection.scalar(u"SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user"_s),
             QVariant(true));
    QCOMPARE(connection.scalar(u"SHOW password_encryption"_s).toString(), u"scram-sha-256"_s);
    QVERIFY(connection.scalar(u"SHOW max_connections"_s).toInt() >= 200);
}

void tst_TestDatabase::wrongPasswordIsRefused()
{
    PALAVER_REQUIRE_POSTGRES(database);
    for (const QString &password : QStringList{database.password + u"x"_s, u"wrong"_s, QString()}) {
        Connection connection(database, password);
        QVERIFY2(!connection.isOpen(), qPrintable(password));
        // The server asked for the password and found it wrong (rather than, say, refusing
        // the connection outright): scram-sha-256 (or no password sent at all) at work.
        QVERIFY2(connection.errorString().contains(u"password"_s),
                 qPrintable(connection.errorString()));
    }
    Connection right(database, database.password);
    QVERIFY2(right.isOpen(), qPrintable(right.errorString()));
}

void tst_TestDatabase::dropDatabaseDropsIt()
{
    PALAVER_REQUIRE_POSTGRES(doomed);
    PALAVER_REQUIRE_POSTGRES(witness);
    const QString exists =
        u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(doomed.name);
    Connection observer(witness, witness.password);
    QVERIFY2(observer.isOpen(), qPrintable(observer.errorString()));
    QCOMPARE(observer.scalar(exists).toLongLong(), qint64(1));
    {
        // A connection still open to it (a test that forgot one) does not keep it.
        Connection leftOpen(doomed, doomed.password);
        QVERIFY2(leftOpen.isOpen(), qPrintable(leftOpen.errorString()));
        QString error;
        QVERIFY2(dropDatabase(doomed, &error), qPrintable(error));
    }
    QCOMPARE(observer.scalar(exists).toLongLong(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_TestDatabase)
#include "tst_testdatabase.moc"
