#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <cstdlib>

namespace palaver::test {

using namespace Qt::StringLiterals;

namespace {

const QString kDriver = u"QPSQL"_s;

/// The private server, as tests/postgres/start.sh described it in PALAVER_TEST_POSTGRES_DIR.
struct Server
{
    QUrl url; // of its database "palaver"
    QString password;
};

QString postgresDir()
{
    return qEnvironmentVariable("PALAVER_TEST_POSTGRES_DIR");
}

/// The contents of `path` without surrounding white space, or a null string when it can't be
/// read (and *error says why).
QString readTrimmed(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll()).trimmed();
    return text.isNull() ? u""_s : text;
}

std::optional<Server> privateServer(QString *whyNot)
{
    const QString dir = postgresDir();
    if (dir.isEmpty()) {
        *whyNot = u"no private PostgreSQL server: PALAVER_TEST_POSTGRES_DIR is not set. Run the "
                  "test with ctest, which starts one (the test postgres_start), or start one "
                  "with tests/postgres/start.sh DIR and set PALAVER_TEST_POSTGRES_DIR=DIR"_s;
        return std::nullopt;
    }
    const QDir directory(dir);
    if (!directory.exists()) {
        *whyNot = u"no private PostgreSQL server: PALAVER_TEST_POSTGRES_DIR=%1 does not exist "
                  "(was tests/postgres/start.sh run, by the test postgres_start?)"_s.arg(dir);
        return std::nullopt;
    }
    QString error;
    if (directory.exists(u"unavailable"_s)) {
        const QString reason = readTrimmed(directory.filePath(u"unavailable"_s), &error);
        *whyNot = u"no private PostgreSQL server: "_s % (reason.isNull() ? error : reason);
        return std::nullopt;
    }
    if (!directory.exists(u"url"_s)) {
        *whyNot = u"the private PostgreSQL server in %1 did not start (there is no %1/url): see "
                  "the output of the test postgres_start"_s.arg(dir);
        return std::nullopt;
    }
    Server server;
    server.url = QUrl(readTrimmed(directory.filePath(u"url"_s), &error), QUrl::StrictMode);
    server.password = readTrimmed(directory.filePath(u"password"_s), &error);
    if (!error.isEmpty()) {
        *whyNot = u"the private PostgreSQL server in %1: "_s.arg(dir) % error;
        return std::nullopt;
    }
    if (!server.url.isValid() || server.url.host().isEmpty() || server.url.port() <= 0) {
        *whyNot = u"the private PostgreSQL server in %1: %1/url holds no usable URL"_s.arg(dir);
        return std::nullopt;
    }
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        *whyNot = u"Qt's PostgreSQL driver (QPSQL) is not installed: run "
                  "packaging/install-deps.sh (it installs libqt6sql6-psql). Drivers found: "_s %
                  QSqlDatabase::drivers().join(u", "_s);
        return std::nullopt;
    }
    return server;
}

void configure(QSqlDatabase &connection, const QUrl &url, const QString &password)
{
    connection.setHostName(url.host());
    connection.setPort(url.port(5432));
    connection.setUserName(url.userName());
    connection.setDatabaseName(url.path().mid(1));
    connection.setPassword(password);
    // A server that doesn't answer should fail the test, not hang it.
    connection.setConnectOptions(u"connect_timeout=10"_s);
}

/// Runs `sql` in the database "palaver" of the server, as the role "palaver", on a connection
/// of its own. False, with *error, on failure.
bool runOnServer(const Server &server, const QString &sql, QString *error)
{
    static std::atomic<int> connections{0};
    const QString name = u"palaver-testdatabase-%1"_s.arg(++connections);
    bool ok = false;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(kDriver, name);
        configure(connection, server.url, server.password);
        if (!connection.open()) {
            *error = u"cannot connect to the private PostgreSQL server at %1: %2"_s.arg(
                server.url.toString(), connection.lastError().text());
        } else {
            QSqlQuery query(connection);
            ok = query.exec(sql);
            if (!ok)
                *error = u"%1 failed on the private PostgreSQL server at %2: %3"_s.arg(
                    sql, server.url.toString(), query.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// The databases made by freshPostgresDatabase() and not dropped yet.
struct Registry
{
    QMutex mutex;
    QList<TestDatabase> databases;
    bool dropAtExit = false;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

void dropRemaining()
{
    QList<TestDatabase> databases;
    {
        QMutexLocker lock(&registry().mutex);
        databases.swap(registry().databases);
    }
    for (const TestDatabase &database : std::as_const(databases)) {
        QString error;
        if (!dropDatabase(database, &error))
            qWarning("testdatabase: %s", qPrintable(error));
    }
}

/// Drops what is left when the process ends: from QCoreApplication's destructor when there is
/// one (QTest's main() makes one), while Qt's SQL plugins are certainly still there; otherwise
/// at exit(), which runs before the destruction of the statics that the first use of Qt SQL
/// created.
void dropAtExit()
{
    QMutexLocker lock(&registry().mutex);
    if (std::exchange(registry().dropAtExit, true))
        return;
    if (QCoreApplication::instance())
        qAddPostRoutine(dropRemaining);
    else
        std::atexit(dropRemaining);
}

} // namespace

std::optional<TestDatabase> freshPostgresDatabase(QString *whyNot)
{
    QString ignored;
    QString &error = whyNot ? *whyNot : ignored;
    const std::optional<Server> server = privateServer(&error);
    if (!server)
        return std::nullopt;

    // Unique among the processes using the server at once (pid), the databases of one process
    // (counter), and the runs that reuse a pid (random); lower case, so that it needs no quotes.
    static std::atomic<int> counter{0};
    const QString name = u"t_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                             .arg(++counter)
                             .arg(QRandomGenerator::system()->generate(), 8, 16, QChar(u'0'));
    if (!runOnServer(*server, u"CREATE DATABASE %1 OWNER palaver"_s.arg(name), &error))
        return std::nullopt;
    dropAtExit();

    QUrl url = server->url;
    url.setPath(u"/"_s % name);
    TestDatabase database{url.toString(), server->password, name};
    QMutexLocker lock(&registry().mutex);
    registry().databases.append(database);
    return database;
}

bool dropDatabase(const TestDatabase &database, QString *whyNot)
{
    {
        QMutexLocker lock(&registry().mutex);
        registry().databases.removeIf(
            [&](const TestDatabase &other) { return other.name == database.name; });
    }
    QString ignored;
    QString &error = whyNot ? *whyNot : ignored;
    Server server{QUrl(database.url), database.password};
    server.url.setPath(u"/palaver"_s); // not connected to the database it drops
    // WITH (FORCE) (PostgreSQL 13 and newer) ends the connections the test left open.
    return runOnServer(server, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database.name),
                       &error) ||
           runOnServer(server, u"DROP DATABASE IF EXISTS %1"_s.arg(database.name), &error);
}

void configureConnection(QSqlDatabase &connection, const TestDatabase &database)
{
    configure(connection, QUrl(database.url), database.password);
}

bool postgresRequired()
{
    return qEnvironmentVariableIntValue("PALAVER_REQUIRE_POSTGRES") == 1;
}

bool postgresServerStarted()
{
    const QString dir = postgresDir();
    return !dir.isEmpty() && QFile::exists(dir + u"/url"_s);
}

} // namespace palaver::test
