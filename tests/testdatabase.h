#pragma once

// Databases on the tests' private PostgreSQL server.
//
// CTest starts that server before the tests that need it (the fixture "postgres": see
// tests/postgres/start.sh, and palaver_uses_postgres() in tests/CMakeLists.txt) and tells them
// where it is with PALAVER_TEST_POSTGRES_DIR. Each test asks for a fresh, empty database of its
// own, so tests may run in parallel:
//
//     void tst_Something::stores()
//     {
//         PALAVER_REQUIRE_POSTGRES(db); // skips (or fails, in CI) when there is no server
//         PostgresStore store(db.url, db.password);
//         ...
//     }
//
// Without the server (PostgreSQL not installed, the test run outside CTest), the test is
// skipped with the reason; under PALAVER_REQUIRE_POSTGRES=1 (set by .ci/run) it fails instead.

#include <QString>
#include <QTest>

#include <optional>

class QSqlDatabase;

namespace palaver::test {

/// A database of the private server, all of its own.
struct TestDatabase
{
    /// postgresql://palaver@127.0.0.1:PORT/NAME (no password in it).
    QString url;
    /// The password of the role "palaver" (authentication is scram-sha-256).
    QString password;
    /// NAME, the database's name alone.
    QString name;
};

/// A new, empty database on the private server, owned by the role "palaver"; dropped when the
/// process ends (if it ends normally) or by dropDatabase(). Without a private server: nullopt,
/// and *whyNot (if not null) says why.
std::optional<TestDatabase> freshPostgresDatabase(QString *whyNot);

/// Drops `database` now, ending whatever connections to it are left. False, with *whyNot, if
/// that failed.
bool dropDatabase(const TestDatabase &database, QString *whyNot = nullptr);

/// Points `connection` (a QSqlDatabase of the driver "QPSQL") at `database`: host, port, user,
/// database name and password. Open it with open().
void configureConnection(QSqlDatabase &connection, const TestDatabase &database);

/// Whether a missing server is a failure rather than a reason to skip: the environment
/// variable PALAVER_REQUIRE_POSTGRES is 1 (CI sets it).
bool postgresRequired();

/// Whether tests/postgres/start.sh said it started a server (in PALAVER_TEST_POSTGRES_DIR):
/// then a database that can't be had is a failure too, not a reason to skip.
bool postgresServerStarted();

} // namespace palaver::test

/// Declares `const palaver::test::TestDatabase &db`, a fresh database (see
/// freshPostgresDatabase()), or ends the test function: QSKIP with the reason when there is no
/// server; QFAIL when there should be one (PALAVER_REQUIRE_POSTGRES=1) or there is one but it
/// gave no database. For test functions (and init()) only, since it may return from the
/// function it is in.
#define PALAVER_REQUIRE_POSTGRES(db)                                                               \
    QString db##_whyNoPostgres;                                                                    \
    const std::optional<::palaver::test::TestDatabase> db##_fresh =                                \
        ::palaver::test::freshPostgresDatabase(&db##_whyNoPostgres);                               \
    if (!db##_fresh) {                                                                             \
        if (::palaver::test::postgresServerStarted())                                              \
            QFAIL(qPrintable(db##_whyNoPostgres));                                                 \
        if (::palaver::test::postgresRequired())                                                   \
            QFAIL(qPrintable(QString(db##_whyNoPostgres +                                          \
                                     QStringLiteral(" (failing instead of skipping, since "        \
                                                    "PALAVER_REQUIRE_POSTGRES=1)"))));             \
        QSKIP(qPrintable(db##_whyNoPostgres));                                                     \
    }                                                                                              \
    const ::palaver::test::TestDatabase &db = *db##_fresh
