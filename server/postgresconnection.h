#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace palaver::server {

/// Where a PostgreSQL database is and how to log in: from a `postgresql://user@host:port/db`
/// URL (as libpq writes them; `?sslmode=require` and other libpq options pass through), with
/// the password kept out of the URL, where `ps` and logs would show it.
struct PostgresTarget
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString database;
    QString password; ///< empty: libpq's own PGPASSWORD or ~/.pgpass may still give one
    /// libpq connection options from the URL (sslmode, sslrootcert, options...), by name.
    QMap<QString, QString> options;

    /// The URL without a password, for logs and messages.
    QString display() const;
    /// The options as Qt's QPSQL takes them ("key='value';..."), each value quoted as libpq
    /// reads it, with Palaver's defaults for what the URL does not set: a 5 s connect timeout,
    /// TCP keepalives and a user timeout (so that a database host that vanishes is noticed in
    /// seconds, not when TCP gives up), `applicationName`, and a plan made for each run.
    QString connectOptions(const QString &applicationName) const;

    friend bool operator==(const PostgresTarget &, const PostgresTarget &) = default;
};

/// Whether `text` names a PostgreSQL database rather than a file: it starts with postgresql://
/// or postgres://.
bool isPostgresUrl(const QString &text);

/// Reads `url`. The password comes from `passwordFile` (its first line) if given, else from the
/// environment variable PALAVER_DATABASE_PASSWORD. A password in the URL itself is refused.
/// Nothing, with `*error` in words an admin can act on, when something is wrong.
std::optional<PostgresTarget> parsePostgresUrl(const QString &url, const QString &passwordFile,
                                               QString *error);

/// Opens a new connection named `connectionName` to `target` through Qt's QPSQL driver, shown
/// to the database's admin (pg_stat_activity) as `applicationName`. False, with `*error`, when
/// the driver is missing or the server refuses.
bool openPostgres(const PostgresTarget &target, const QString &connectionName, QString *error,
                  const QString &applicationName = QStringLiteral("palaver-server"));

} // namespace palaver::server
