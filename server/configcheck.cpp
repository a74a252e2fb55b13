#include "configcheck.h"

#include "postgresschema.h"
#include "shared/validation.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QUdpSocket>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

QString where(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        return u"all interfaces"_s;
    return address.toString();
}

/// Says what is true of the data directory without creating it (--check leaves nothing
/// behind); returns the problem, if any.
template <typename Say> QString inspectDataDir(const QString &path, const Say &say)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return u"--data-dir: %1 is a file, not a directory. Choose a directory."_s.arg(shown);
    if (info.exists()) {
        QTemporaryFile probe(path + u"/.write-test-XXXXXX"_s);
        if (!probe.open()) {
            return u"--data-dir: cannot write in %1 (%2). Give this user write access or "
                   u"choose another directory."_s.arg(shown, probe.errorString());
        }
        say("ok", u"data directory %1 is writable"_s.arg(shown));
        return {};
    }
    // The nearest folder that exists is where the server would create the rest.
    QFileInfo parent(info.absolutePath());
    while (!parent.exists() && parent.absoluteFilePath() != parent.absolutePath())
        parent = QFileInfo(parent.absolutePath());
    const QString parentShown = QDir::toNativeSeparators(parent.absoluteFilePath());
    if (!parent.isDir()) {
        return u"--data-dir: cannot create %1: %2 is a file. Choose a directory."_s.arg(
            shown, parentShown);
    }
    if (!parent.isWritable()) {
        return u"--data-dir: cannot create %1: this user may not write in %2. Create it "
               u"yourself or choose a directory you may write to."_s.arg(shown, parentShown);
    }
    say("ok", u"data directory %1 does not exist yet; it is created at start (%2 is "
              u"writable)"_s.arg(shown, parentShown));
    return {};
}

} // namespace

namespace {

/// Whether the PostgreSQL database of --database answers, and with which schema.
template <typename Say, typename Problem>
void checkPostgres(const PostgresTarget &target, const Say &say, const Problem &problem)
{
    const QString name = u"palaver-check"_s;
    {
        QString error;
        if (!openPostgres(target, name, &error)) {
            problem(error);
        } else {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            const int version = postgresSchemaVersionOf(db);
            if (version < 0) {
                problem(u"the database %1 answers, but its schema can't be read: %2"_s.arg(
                    target.display(), db.lastError().text()));
            } else if (version > postgresSchemaVersion()) {
                problem(u"the database %1 has schema version %2, made by a newer "
                        u"palaver-server (this one knows up to %3)"_s.arg(target.display())
                            .arg(version)
                            .arg(postgresSchemaVersion()));
            } else if (version == 0) {
                say("ok", u"PostgreSQL database %1 answers; it is empty, and the schema is "
                          u"created at start"_s.arg(target.display()));
            } else {
                say("ok",
                    u"PostgreSQL database %1 answers, schema version %2%3"_s.arg(target.display())
                        .arg(version)
                        .arg(version < postgresSchemaVersion()
                                 ? u" (migrated to %1 at start)"_s.arg(postgresSchemaVersion())
                                 : QString()));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

CheckReport checkConfiguration(const Config &config)
{
    CheckReport report;
    const auto say = [&report](const char *verdict, const QString &text) {
        report.lines.append(u"%1 %2"_s.arg(QString::fromLatin1(verdict), -8).arg(text));
    };
    const auto problem = [&report, &say](const QString &text) {
        say("problem", text);
        report.ok = false;
    };

    if (config.configFile.isEmpty())
        say("note", u"no --config file: the command line, PALAVER_* variables and defaults"_s);
    else
        say("ok", u"settings read from %1"_s.arg(QDir::toNativeSeparators(config.configFile)));

    if (config.port == 0) {
        say("note", u"port 0: a free port is picked at each start"_s);
    } else {
        QTcpServer probe;
        if (probe.listen(config.listenAddress, config.port)) {
            say("ok",
                u"TCP port %1 on %2 is free"_s.arg(config.port).arg(where(config.listenAddress)));
        } else {
            problem(u"TCP port %1 on %2 can't be used: %3. Is another server running there? "
                    u"Choose another port with --port."_s.arg(config.port)
                        .arg(where(config.listenAddress), probe.errorString()));
        }
    }

    const QString dataDir = QDir::toNativeSeparators(config.dataDir);
    if (const QString trouble = inspectDataDir(config.dataDir, say); !trouble.isEmpty()) {
        problem(trouble);
    } else {
        const QFileInfo database(databasePath(config));
        if (config.database) {
            checkPostgres(*config.database, say, problem);
        } else if (database.exists()) {
            say("ok",
                u"history database %1 (%2)"_s.arg(QDir::toNativeSeparators(database.filePath()),
                                                  QLocale::c().formattedDataSize(database.size())));
        } else {
            say("note", u"no history database yet: %1 is created at start"_s.arg(
                            QDir::toNativeSeparators(database.filePath())));
        }
    }

    if (!config.tlsProblem.isEmpty()) {
        problem(config.tlsProblem);
    } else if (config.server.tls) {
        const QSslCertificate certificate = config.server.tls->localCertificate();
        const QDateTime expiry = certificate.expiryDate();
        const QString names = certificate.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
        say("ok", u"TLS certificate for %1, valid until %2, SHA-256 %3; the key matches it"_s.arg(
                      names.isEmpty() ? u"(no common name)"_s : names, expiry.toString(Qt::ISODate),
                      protocol::certificateFingerprint(certificate.toDer())));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (certificate.effectiveDate() > now) {
            problem(u"the certificate is not valid before %1: clients refuse it until then (is "
                    u"this machine's clock right?)"_s.arg(
                        certificate.effectiveDate().toString(Qt::ISODate)));
        } else if (expiry < now.addDays(30)) {
            say("warning",
                u"the certificate expires in %1 days: make a new one before clients refuse it"_s
                    .arg(QDateTime::currentDateTimeUtc().daysTo(expiry)));
        }
    } else {
        say("note", u"no TLS: messages cross the network unencrypted (see --tls-cert)"_s);
    }

    if (config.server.admission.password.isEmpty())
        say("note", u"no password: anyone who can reach the port can chat"_s);
    else
        say("ok", u"a password is required"_s);

    if (!config.discovery) {
        say("note", u"LAN discovery is off (--no-discovery): clients must type the address"_s);
    } else {
        QUdpSocket probe;
        QUdpSocket probe6;
        if (config.listenAddress.isLoopback()) {
            say("note", u"no LAN discovery: the server listens on %1 only, which other machines "
                        u"can't reach"_s.arg(config.listenAddress.toString()));
        } else if (!probe.bind(QHostAddress::AnyIPv4, config.discoveryPort,
                               QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
            problem(u"UDP port %1 for LAN discovery can't be used: %2. Choose another with "
                    u"--discovery-port, or turn discovery off with --no-discovery."_s.arg(
                        QString::number(config.discoveryPort), probe.errorString()));
        } else if (!probe6.bind(QHostAddress::AnyIPv6, probe.localPort(),
                                QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
            // The announcer uses IPv6 too where it can; without it, IPv4 alone serves.
            say("note",
                u"UDP port %1 for LAN discovery can be used on IPv4, not on IPv6 (%2)"_s.arg(
                    QString::number(config.discoveryPort), probe6.errorString()));
        } else {
            say("ok", u"UDP port %1 for LAN discovery can be used (IPv4 and IPv6)"_s.arg(
                          config.discoveryPort));
        }
    }

    if (!config.metrics) {
        say("note", u"the /health and /metrics endpoint is off (--no-metrics)"_s);
    } else {
#ifdef PALAVER_HAVE_METRICS
        QTcpServer probe;
        if (config.metricsPort == 0 || probe.listen(config.metricsAddress, config.metricsPort)) {
            say("ok",
                u"TCP port %1 on %2 for /health and /metrics is free"_s.arg(config.metricsPort)
                    .arg(where(config.metricsAddress)));
        } else {
            problem(u"TCP port %1 on %2 for /health and /metrics can't be used: %3. Choose "
                    u"another with --metrics-port, or turn it off with --no-metrics."_s.arg(
                        QString::number(config.metricsPort), where(config.metricsAddress),
                        probe.errorString()));
        }
#else
        say("note", u"built without Qt HTTP Server: no /health or /metrics endpoint"_s);
#endif
    }

    static const char *const levels[] = {"debug", "info", "warning", "error"};
    say("ok", u"log level %1"_s.arg(QString::fromLatin1(levels[int(config.logLevel)])));
    return report;
}

} // namespace palaver::server
