#include "postgresconnection.h"

#include <QFile>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace palaver::server {

using namespace Qt::StringLiterals;

QString PostgresTarget::display() const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host, QString::number(port), database);
}

QString PostgresTarget::connectOptions(const QString &applicationName) const
{
    QMap<QString, QString> all{
        {u"connect_timeout"_s, u"5"_s},      {u"keepalives_idle"_s, u"10"_s},
        {u"keepalives_interval"_s, u"5"_s},  {u"keepalives_count"_s, u"3"_s},
        {u"tcp_user_timeout"_s, u"20000"_s}, {u"application_name"_s, applicationName}};
    all.insert(options);
    // Statements are prepared once and run for the life of the connection. A generic plan made
    // while the tables were nearly empty (a new database) would scan them whole once they have
    // grown: plan each run for its values instead (PostgreSQL 12 or newer).
    QString &serverOptions = all[u"options"_s];
    serverOptions = QString(serverOptions + u" -c plan_cache_mode=force_custom_plan"_s).trimmed();
    QStringList parts;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QString value = it.value();
        value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        parts.append(u"%1='%2'"_s.arg(it.key(), value));
    }
    return parts.join(u';');
}

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<PostgresTarget> parsePostgresUrl(const QString &text, const QString &passwordFile,
                                               QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto fail = [error](const QString &why) -> std::optional<PostgresTarget> {
        *error = why;
        return std::nullopt;
    };
    if (!isPostgresUrl(text) || !url.isValid() || url.host().isEmpty()) {
        return fail(u"\"%1\" is not a PostgreSQL URL; write it as "
                    u"postgresql://user@host:5432/database"_s.arg(text));
    }
    if (!url.password().isEmpty()) {
        return fail(u"the database URL contains a password, which anybody who can list "
                    u"processes would see: put it in a file named by --database-password-file, "
                    u"or in the environment variable PALAVER_DATABASE_PASSWORD"_s);
    }
    PostgresTarget target;
    target.host = url.host();
    target.port = url.port(5432);
    target.user = url.userName();
    target.database = url.path().mid(1);
    if (target.user.isEmpty())
        return fail(u"the database URL names no user: postgresql://USER@%1/..."_s.arg(url.host()));
    if (target.database.isEmpty() || target.database.contains(u'/'))
        return fail(u"the database URL names no database: postgresql://%1@%2/DATABASE"_s.arg(
            target.user, url.host()));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // A name is small letters and underscores; a value is quoted when passed on, but QPSQL
        // splits at ';' before libpq sees it.
        const bool plainName = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || c == u'_';
        });
        if (!plainName || value.contains(u';'))
            return fail(
                u"the database URL has an option Palaver cannot pass on: \"%1\""_s.arg(key));
        if (key == u"password"_s)
            return fail(u"put the database password in a file named by "
                        u"--database-password-file, not in the URL"_s);
        target.options.insert(key, value);
    }

    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read the database password file %1: %2"_s.arg(passwordFile,
                                                                               file.errorString()));
        const QByteArray first = file.readLine();
        target.password = QString::fromUtf8(first).remove(u'\n').remove(u'\r');
        if (target.password.isEmpty())
            return fail(u"the database password file %1 is empty"_s.arg(passwordFile));
    } else {
        target.password = qEnvironmentVariable("PALAVER_DATABASE_PASSWORD");
    }
    return target;
}

bool openPostgres(const PostgresTarget &target, const QString &connectionName, QString *error,
                  const QString &applicationName)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = u"Qt's PostgreSQL driver (QPSQL) is not installed; on Debian or Ubuntu install "
                 u"libqt6sql6-psql."_s;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setUserName(target.user);
    db.setPassword(target.password);
    db.setDatabaseName(target.database);
    db.setConnectOptions(target.connectOptions(applicationName));
    if (db.open())
        return true;
    *error = u"cannot connect to the database %1: %2"_s.arg(target.display(),
                                                            db.lastError().text().simplified());
    if (target.password.isEmpty() && error->contains(u"no password supplied"_s)) {
        error->append(u" (give the password in a file named by --database-password-file, or in "
                      u"the environment variable PALAVER_DATABASE_PASSWORD)"_s);
    }
    return false;
}

} // namespace palaver::server
