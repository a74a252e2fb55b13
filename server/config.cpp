#include "config.h"

#include "admin.h"
#include "tlsfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <limits>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

ConfigOutcome failure(const QString &text)
{
    ConfigOutcome outcome;
    outcome.action = ConfigOutcome::Action::ExitFailure;
    outcome.text = text;
    return outcome;
}

std::optional<QHostAddress> parseListenAddress(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == u"any" || lower == u"*")
        return QHostAddress(QHostAddress::Any);
    if (lower == u"localhost")
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (address.setAddress(lower))
        return address;
    return std::nullopt;
}

/// Where each option's value comes from: the command line, else the environment, else the
/// configuration file, else the default. Names each place in error messages, so that an admin
/// knows which of the three to fix.
class Layers
{
public:
    Layers(const QCommandLineParser &parser, const QProcessEnvironment &environment)
        : m_parser(parser)
        , m_environment(environment)
    {}

    /// Reads `path`: "name = value" lines, the names of the long options without "--";
    /// "#" or ";" begin a comment line; a "[section]" line is allowed and ignored. Returns the
    /// problem, if any.
    QString readFile(const QString &path, const QString &source, const QStringList &known)
    {
        m_file = path;
        m_fileSource = source;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return u"%1: cannot read %2 (%3)."_s.arg(m_fileSource, QDir::toNativeSeparators(path),
                                                     file.errorString());
        }
        // Not QSettings: its INI format reads commas as lists and backslashes as escapes,
        // which would garble a server name with a comma or a Windows path.
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';') ||
                (line.startsWith(u'[') && line.endsWith(u']')))
                continue;
            const qsizetype equals = line.indexOf(u'=');
            const QString where = u"%1 line %2"_s.arg(QDir::toNativeSeparators(path)).arg(number);
            if (equals < 0)
                return u"%1: \"%2\" is not a setting. Write name = value."_s.arg(where, line);
            const QString name = line.left(equals).trimmed().toLower();
            QString value = line.mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2);
            if (!known.contains(name)) {
                return u"%1: there is no setting \"%2\". Run palaver-server --help to see the "
                       u"options; a setting is an option's name without \"--\"."_s.arg(where, name);
            }
            m_fileValues[name].append(value);
        }
        return {};
    }

    bool isSet(const QCommandLineOption &option) const { return source(option) != Source::Default; }

    QString value(const QCommandLineOption &option) const
    {
        switch (source(option)) {
        case Source::CommandLine:
            return m_parser.value(option);
        case Source::Environment:
            return m_environment.value(environmentName(name(option)));
        case Source::File:
            return m_fileValues.value(name(option)).constLast();
        case Source::Default:
            break;
        }
        return option.defaultValues().value(0);
    }

    /// A repeatable option's values; in the environment and the file they may also be given
    /// as one comma-separated list.
    QStringList values(const QCommandLineOption &option) const
    {
        switch (source(option)) {
        case Source::CommandLine:
            return m_parser.values(option);
        case Source::Environment:
            return splitList(m_environment.value(environmentName(name(option))));
        case Source::File: {
            QStringList all;
            for (const QString &value : m_fileValues.value(name(option)))
                all += splitList(value);
            return all;
        }
        case Source::Default:
            return option.defaultValues();
        }
        return {};
    }

    /// A switch such as --no-discovery: given on the command line, or true/false elsewhere.
    std::optional<bool> flag(const QCommandLineOption &option, QString *problem) const
    {
        if (source(option) == Source::CommandLine)
            return true;
        if (source(option) == Source::Default)
            return false;
        const QString text = value(option).trimmed().toLower();
        if (text == u"1" || text == u"true" || text == u"yes" || text == u"on")
            return true;
        if (text == u"0" || text == u"false" || text == u"no" || text == u"off" || text.isEmpty())
            return false;
        *problem = u"%1: \"%2\" is neither true nor false."_s.arg(label(option), text);
        return std::nullopt;
    }

    /// How to name where the option's value came from: "--port", "PALAVER_PORT", or
    /// "port in /etc/palaver/palaver-server.conf".
    QString label(const QCommandLineOption &option) const
    {
        switch (source(option)) {
        case Source::Environment:
            return environmentName(name(option));
        case Source::File:
            return u"%1 in %2"_s.arg(name(option), QDir::toNativeSeparators(m_file));
        case Source::CommandLine:
        case Source::Default:
            break;
        }
        return u"--"_s + name(option);
    }

private:
    enum class Source
    {
        CommandLine,
        Environment,
        File,
        Default
    };

    static QString name(const QCommandLineOption &option) { return option.names().constLast(); }

    static QStringList splitList(const QString &text)
    {
        QStringList items = text.split(u',', Qt::SkipEmptyParts);
        for (QString &item : items)
            item = item.trimmed();
        items.removeAll(QString());
        return items;
    }

    Source source(const QCommandLineOption &option) const
    {
        if (m_parser.isSet(option))
            return Source::CommandLine;
        if (m_environment.contains(environmentName(name(option))))
            return Source::Environment;
        if (m_fileValues.contains(name(option)))
            return Source::File;
        return Source::Default;
    }

    const QCommandLineParser &m_parser;
    const QProcessEnvironment &m_environment;
    QString m_file;
    QString m_fileSource; // "--config" or "PALAVER_CONFIG"
    QHash<QString, QStringList> m_fileValues;
};

QString defaultDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    return dir + u"/palaver-server"_s;
}

} // namespace

QString environmentName(const QString &option)
{
    return u"PALAVER_"_s + QString(option).replace(u'-', u'_').toUpper();
}

namespace {

/// parseCommandLine(), which also hands over the options it knows when `options` is given,
/// and then parses nothing.
ConfigOutcome parse(const QStringList &arguments, const QProcessEnvironment &environment,
                    QList<OptionInfo> *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Palaver chat server: accepts Palaver clients over WebSocket and relays their messages.\n"
        u"Clients on other machines connect to ws://<this machine's address>:<port>."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption listenOption(
        u"listen"_s,
        u"IP address to listen on: 0.0.0.0 or \"any\" for every interface (default, so LAN "
        u"clients can connect), 127.0.0.1 or \"localhost\" for this machine only."_s,
        u"address"_s, u"any"_s);
    const QCommandLineOption portOption(
        u"port"_s,
        u"TCP port to listen on (default %1; 0 picks a free port)."_s.arg(protocol::kDefaultPort),
        u"port"_s, QString::number(protocol::kDefaultPort));
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        u"Directory for the server's data, created if missing (default %1)."_s.arg(
            QDir::toNativeSeparators(defaultDataDir())),
        u"dir"_s, defaultDataDir());
    const QCommandLineOption databaseOption(
        u"database"_s,
        u"Keep the history in PostgreSQL rather than SQLite in the data directory, so that "
        u"several servers can share it: postgresql://user@host:5432/database (libpq options "
        u"such as ?sslmode=require may follow). Default: SQLite."_s,
        u"url"_s);
    const QCommandLineOption databasePasswordFileOption(
        u"database-password-file"_s,
        u"File whose first line is the PostgreSQL password (default: the environment variable "
        u"PALAVER_DATABASE_PASSWORD, then libpq's own PGPASSWORD and ~/.pgpass)."_s,
        u"file"_s);
    const QCommandLineOption instanceTimeoutOption(
        u"instance-timeout"_s,
        u"With --database: seconds an instance may go without a sign of life before the "
        u"others declare it gone and show its users offline (default 10)."_s,
        u"seconds"_s, u"10"_s);
    const QCommandLineOption copyHistoryOption(
        u"copy-history-from"_s,
        u"Copy the whole history of this SQLite file (such as the data directory's "
        u"palaver.sqlite3) into the empty PostgreSQL database of --database, then exit "
        u"(default: none; command line only)."_s,
        u"file"_s);
    const QCommandLineOption nameOption(
        u"name"_s, u"Name the server gives itself in its welcome (default: the host name)."_s,
        u"name"_s, QSysInfo::machineHostName());
    const QCommandLineOption historyOnJoinOption(
        u"history-on-join"_s,
        u"Messages of history a client receives when it joins (default 200)."_s, u"count"_s,
        u"200"_s);
    const QCommandLineOption historyDaysOption(
        u"history-days"_s,
        u"Delete messages older than this many days (default 0: keep them forever)."_s, u"days"_s,
        u"0"_s);
    const QCommandLineOption historyMaxOption(
        u"history-max"_s,
        u"Keep at most this many messages per room, deleting the oldest (default 0: no limit)."_s,
        u"count"_s, u"0"_s);
    const QCommandLineOption syncOption(
        u"sync"_s,
        u"How hard each commit is pushed to disk: \"full\" (default: an acknowledged message "
        u"survives a power cut), \"normal\" (survives a crash of the server, not of the "
        u"machine) or \"off\" (for benchmarks only)."_s,
        u"mode"_s, u"full"_s);
    const QCommandLineOption maxBatchOption(
        u"max-batch"_s,
        u"Most messages stored in one commit (default 64). Messages that arrive together "
        u"share one commit and one disk flush; 1 turns that off (for benchmarks)."_s,
        u"count"_s, u"64"_s);
    const QCommandLineOption maxConnectionsOption(
        u"max-connections"_s, u"Most connections at once (default 500)."_s, u"count"_s, u"500"_s);
    const QCommandLineOption perAddressOption(
        u"max-connections-per-address"_s,
        u"Most connections at once from one IP address (default 16)."_s, u"count"_s, u"16"_s);
    const QCommandLineOption rateOption(
        u"rate"_s,
        u"Messages a second one connection may send, sustained; bursts of five times that are "
        u"allowed (default 20)."_s,
        u"count"_s, u"20"_s);
    const QCommandLineOption passwordFileOption(
        u"password-file"_s,
        u"Require the password in the first line of this file (or set PALAVER_PASSWORD). Never "
        u"put a password on the command line, where other users can see it. Default: none, "
        u"anyone who can reach the port may chat."_s,
        u"file"_s);
    const QCommandLineOption originOption(
        u"allow-origin"_s,
        u"Let web pages from this origin connect, e.g. https://chat.example.org (repeatable). "
        u"Desktop clients send no origin and are always let in. Default: none, no web page "
        u"may connect."_s,
        u"origin"_s);
    const QCommandLineOption tlsCertOption(
        u"tls-cert"_s,
        u"Serve wss:// (encrypted) with this PEM certificate; needs --tls-key. SIGHUP reloads "
        u"both files without dropping anyone. Default: none, plain ws://."_s,
        u"file"_s);
    const QCommandLineOption tlsKeyOption(
        u"tls-key"_s, u"The PEM private key of --tls-cert (default: none)."_s, u"file"_s);
    const QCommandLineOption noDiscoveryOption(
        u"no-discovery"_s,
        u"Don't announce the server on the LAN, nor answer clients looking for servers "
        u"(default: announced, unless it listens on a loopback address only)."_s);
    const QCommandLineOption discoveryPortOption(
        u"discovery-port"_s,
        u"UDP port of LAN discovery (default 7351, the only one the Palaver app looks on: "
        u"change it only to keep test servers apart)."_s,
        u"port"_s, u"7351"_s);
    const QCommandLineOption logLevelOption(
        u"log-level"_s, u"Least severe messages logged: debug, info (default), warning or error."_s,
        u"level"_s, u"info"_s);
    const QCommandLineOption configOption(
        u"config"_s,
        u"Read settings from this file: one \"name = value\" line per option, named as on the "
        u"command line without \"--\" (default: none)."_s,
        u"file"_s);
    const QCommandLineOption adminOption(
        u"admin"_s,
        u"Send an admin command (who, kick NICK [REASON], say [#ROOM] TEXT, quit, help) to the "
        u"server running with the same --data-dir (or --admin-socket), print the answer, exit. "
        u"\"reload\" does what SIGHUP does (Windows has no SIGHUP)."_s,
        u"command"_s);
    const QCommandLineOption adminSocketOption(
        u"admin-socket"_s,
        u"Local socket for admin commands, only for this user (default: admin.sock in the data "
        u"directory; on Windows a named pipe named after it)."_s,
        u"name"_s);
    const QCommandLineOption metricsPortOption(
        u"metrics-port"_s,
        u"TCP port of the /health and /metrics HTTP endpoint (default 7352; 0 picks a free "
        u"port)."_s,
        u"port"_s, u"7352"_s);
    const QCommandLineOption metricsListenOption(
        u"metrics-listen"_s,
        u"Address of the /health and /metrics endpoint (default 127.0.0.1: this machine "
        u"only)."_s,
        u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption noMetricsOption(
        u"no-metrics"_s, u"Don't serve /health and /metrics (default: served)."_s);
    const QCommandLineOption checkOption(
        u"check"_s,
        u"Test the configuration (port free, data directory writable, certificate valid and "
        u"matching its key), print what was found, and exit: 0 if all is well. Creates "
        u"nothing."_s);
    parser.addOption(tlsCertOption);
    parser.addOption(tlsKeyOption);
    const QList<QCommandLineOption> settings = {listenOption,
                                                portOption,
                                                dataDirOption,
                                                nameOption,
                                                historyOnJoinOption,
                                                historyDaysOption,
                                                historyMaxOption,
                                                syncOption,
                                                maxBatchOption,
                                                maxConnectionsOption,
                                                perAddressOption,
                                                rateOption,
                                                passwordFileOption,
                                                originOption,
                                                noDiscoveryOption,
                                                discoveryPortOption,
                                                logLevelOption,
                                                tlsCertOption,
                                                tlsKeyOption,
                                                adminSocketOption,
                                                metricsPortOption,
                                                metricsListenOption,
                                                noMetricsOption,
                                                databaseOption,
                                                databasePasswordFileOption,
                                                instanceTimeoutOption};
    const QList<QCommandLineOption> all = {listenOption,          portOption,
                                           dataDirOption,         nameOption,
                                           historyOnJoinOption,   historyDaysOption,
                                           historyMaxOption,      syncOption,
                                           maxBatchOption,        maxConnectionsOption,
                                           perAddressOption,      rateOption,
                                           passwordFileOption,    originOption,
                                           noDiscoveryOption,     discoveryPortOption,
                                           logLevelOption,        configOption,
                                           checkOption,           adminOption,
                                           adminSocketOption,     metricsPortOption,
                                           metricsListenOption,   noMetricsOption,
                                           databaseOption,        databasePasswordFileOption,
                                           instanceTimeoutOption, copyHistoryOption};
    parser.addOptions(all);
    if (options) {
        const auto isSetting = [&settings](const QCommandLineOption &option) {
            return std::any_of(settings.cbegin(), settings.cend(), [&](const auto &setting) {
                return setting.names() == option.names();
            });
        };
        for (const QCommandLineOption &option :
             QList<QCommandLineOption>{helpOption, versionOption, tlsCertOption, tlsKeyOption} +
                 all) {
            options->append(OptionInfo{option.names().constLast(), option.description(),
                                       option.valueName(), isSetting(option)});
        }
        return {};
    }

    if (!parser.parse(arguments))
        return failure(parser.errorText().chopped(parser.errorText().endsWith(u'.') ? 1 : 0) +
                       u". Run with --help to see the options."_s);
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        ConfigOutcome outcome;
        outcome.action = ConfigOutcome::Action::ExitSuccess;
        outcome.text =
            parser.helpText() +
            u"\nEvery option except --config, --check, --admin, --copy-history-from (actions: "
            u"command\nline only), --help and --version can also be set\n"
            u"  - in the environment: PALAVER_ and the name in capitals, - as _ "
            u"(PALAVER_PORT=7400,\n"
            u"    PALAVER_NO_DISCOVERY=true, PALAVER_ALLOW_ORIGIN=https://a,https://b);\n"
            u"  - in the --config file (or PALAVER_CONFIG): \"port = 7400\", one per line.\n"
            u"The command line wins over the environment, which wins over the file. SIGHUP (or\n"
            u"palaver-server --admin reload) reads the file again, and the TLS certificate and "
            u"key.\n"_s;
        return outcome;
    }
    if (parser.isSet(versionOption)) {
        ConfigOutcome outcome;
        outcome.action = ConfigOutcome::Action::ExitSuccess;
        outcome.text = u"%1 %2\n"_s.arg(QCoreApplication::applicationName(),
                                        QCoreApplication::applicationVersion());
        return outcome;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return failure(u"unexpected argument \"%1\". Run with --help to see the options."_s.arg(
            parser.positionalArguments().constFirst()));
    }

    ConfigOutcome outcome;
    Config &config = outcome.config;
    Layers layers(parser, environment);
    const QString configFile = parser.isSet(configOption) ? parser.value(configOption)
                                                          : environment.value(u"PALAVER_CONFIG"_s);
    if (!configFile.isEmpty()) {
        config.configFile = QFileInfo(configFile).absoluteFilePath();
        QStringList known;
        for (const QCommandLineOption &option : settings)
            known.append(option.names().constLast());
        const QString source = parser.isSet(configOption) ? u"--config"_s : u"PALAVER_CONFIG"_s;
        if (const QString problem = layers.readFile(config.configFile, source, known);
            !problem.isEmpty())
            return failure(problem);
    }
    config.check = parser.isSet(checkOption);

    const QString level = layers.value(logLevelOption).trimmed().toLower();
    if (level == u"debug")
        config.logLevel = LogLevel::Debug;
    else if (level == u"info")
        config.logLevel = LogLevel::Info;
    else if (level == u"warning")
        config.logLevel = LogLevel::Warning;
    else if (level == u"error")
        config.logLevel = LogLevel::Error;
    else
        return failure(u"%1: \"%2\" is not a level. Use debug, info, warning or error."_s.arg(
            layers.label(logLevelOption), level));

    QString flagProblem;
    const std::optional<bool> noDiscovery = layers.flag(noDiscoveryOption, &flagProblem);
    if (!noDiscovery)
        return failure(flagProblem);
    config.discovery = !*noDiscovery;
    const std::optional<bool> noMetrics = layers.flag(noMetricsOption, &flagProblem);
    if (!noMetrics)
        return failure(flagProblem);
    config.metrics = !*noMetrics;
    config.adminCommand = parser.value(adminOption);

    const QString listenText = layers.value(listenOption);
    const auto address = parseListenAddress(listenText);
    if (!address) {
        return failure(u"%1: \"%2\" is not an IP address. Use an address of this machine "
                       u"such as 192.168.1.10, 0.0.0.0 for all interfaces, or 127.0.0.1."_s.arg(
                           layers.label(listenOption), listenText));
    }
    config.listenAddress = *address;
    const QString metricsText = layers.value(metricsListenOption);
    const auto metricsAddress = parseListenAddress(metricsText);
    if (!metricsAddress) {
        return failure(u"%1: \"%2\" is not an IP address. Use 127.0.0.1 (this machine only) "
                       u"or an address of this machine."_s.arg(layers.label(metricsListenOption),
                                                               metricsText));
    }
    config.metricsAddress = *metricsAddress;

    const auto parsePort = [&layers](const QCommandLineOption &option, quint16 &port) -> QString {
        const QString text = layers.value(option);
        bool ok = false;
        const uint number = text.toUInt(&ok);
        if (!ok || number > 65535) {
            return u"%1: \"%2\" is not a port number. Use a number from 1 to 65535, for "
                   u"example %3."_s.arg(layers.label(option), text,
                                        option.defaultValues().value(0));
        }
        port = quint16(number);
        return {};
    };
    for (const QString &problem :
         {parsePort(portOption, config.port), parsePort(discoveryPortOption, config.discoveryPort),
          parsePort(metricsPortOption, config.metricsPort)}) {
        if (!problem.isEmpty())
            return failure(problem);
    }

    config.dataDir = QDir::cleanPath(QDir(layers.value(dataDirOption)).absolutePath());
    config.adminSocket = layers.isSet(adminSocketOption) ? layers.value(adminSocketOption)
                                                         : defaultAdminSocketName(config.dataDir);
    const auto count = [&layers](const QCommandLineOption &option, qint64 max,
                                 qint64 &value) -> QString {
        bool ok = false;
        const QString text = layers.value(option);
        value = text.toLongLong(&ok);
        if (!ok || value < 0 || value > max) {
            return u"%1: \"%2\" is not a number from 0 to %3."_s.arg(layers.label(option), text,
                                                                     QString::number(max));
        }
        return {};
    };
    qint64 historyOnJoin = 0;
    qint64 historyDays = 0;
    qint64 historyMax = 0;
    qint64 maxBatch = 0;
    qint64 maxConnections = 0;
    qint64 perAddress = 0;
    qint64 rate = 0;
    for (const QString &problem :
         {count(maxConnectionsOption, 100'000, maxConnections),
          count(perAddressOption, 100'000, perAddress), count(rateOption, 1'000'000, rate),
          count(historyOnJoinOption, 10'000, historyOnJoin),
          count(historyDaysOption, 1'000'000, historyDays),
          count(historyMaxOption, std::numeric_limits<qint32>::max(), historyMax),
          count(maxBatchOption, 100'000, maxBatch)}) {
        if (!problem.isEmpty())
            return failure(problem);
    }
    if (maxBatch < 1)
        return failure(u"%1: \"0\" is too small. Use a number from 1 to 100000."_s.arg(
            layers.label(maxBatchOption)));
    config.server.maxBatch = int(maxBatch);
    if (maxConnections < 1 || perAddress < 1 || rate < 1)
        return failure(u"--max-connections, --max-connections-per-address and --rate must be "
                       u"at least 1."_s);
    config.server.admission.maxConnections = int(maxConnections);
    config.server.admission.maxConnectionsPerAddress = int(perAddress);
    config.server.framesPerSecond = double(rate);
    config.server.frameBurst = 5.0 * double(rate);
    config.server.allowedOrigins = layers.values(originOption);

    if (layers.isSet(tlsCertOption) != layers.isSet(tlsKeyOption))
        return failure(u"--tls-cert and --tls-key go together: give both, or neither."_s);
    if (layers.isSet(tlsCertOption)) {
        config.tlsCertificate = QDir(layers.value(tlsCertOption)).absolutePath();
        config.tlsKey = QDir(layers.value(tlsKeyOption)).absolutePath();
        QString problem;
        config.server.tls = loadTlsFiles(config.tlsCertificate, config.tlsKey, &problem);
        if (!config.server.tls && !config.check)
            return failure(problem);
        config.tlsProblem = problem; // --check lists it with the rest
    }

    if (layers.isSet(passwordFileOption)) {
        QFile file(layers.value(passwordFileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return failure(u"%1: cannot read %2 (%3)."_s.arg(
                layers.label(passwordFileOption), QDir::toNativeSeparators(file.fileName()),
                file.errorString()));
        }
        config.server.admission.password =
            QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
        if (config.server.admission.password.isEmpty())
            return failure(u"%1: the first line of %2 is empty."_s.arg(
                layers.label(passwordFileOption), QDir::toNativeSeparators(file.fileName())));
    } else {
        config.server.admission.password = environment.value(u"PALAVER_PASSWORD"_s);
    }
    config.server.historyOnJoin = int(historyOnJoin);
    config.server.retention = Retention{int(historyDays), historyMax};

    const QString sync = layers.value(syncOption).toLower();
    if (sync == u"full")
        config.sync = SqliteStore::Sync::Full;
    else if (sync == u"normal")
        config.sync = SqliteStore::Sync::Normal;
    else if (sync == u"off")
        config.sync = SqliteStore::Sync::Off;
    else
        return failure(u"%1: \"%2\" is not a mode. Use full, normal or off."_s.arg(
            layers.label(syncOption), sync));

    if (const QString url = layers.value(databaseOption).trimmed(); !url.isEmpty()) {
        QString problem;
        config.database = parsePostgresUrl(url, layers.value(databasePasswordFileOption), &problem);
        if (!config.database)
            return failure(u"%1: %2."_s.arg(layers.label(databaseOption), problem));
    }
    qint64 instanceTimeout = 0;
    if (const QString problem = count(instanceTimeoutOption, 3600, instanceTimeout);
        !problem.isEmpty() || instanceTimeout < 1) {
        return failure(problem.isEmpty() ? u"%1: an instance needs at least 1 second."_s.arg(
                                               layers.label(instanceTimeoutOption))
                                         : problem);
    }
    config.instanceTimeout = std::chrono::seconds(instanceTimeout);
    if (parser.isSet(copyHistoryOption)) {
        config.copyHistoryFrom = QDir(parser.value(copyHistoryOption)).absolutePath();
        if (!config.database) {
            return failure(u"--copy-history-from needs --database: the PostgreSQL database to "
                           u"copy the history into."_s);
        }
    }

    config.server.name = layers.value(nameOption).trimmed();
    if (config.server.name.isEmpty())
        config.server.name = u"Palaver"_s;
    return outcome;
}

} // namespace

ConfigOutcome parseCommandLine(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return parse(arguments, environment, nullptr);
}

QList<OptionInfo> optionList()
{
    QList<OptionInfo> options;
    parse({u"palaver-server"_s}, QProcessEnvironment(), &options);
    return options;
}

QString databasePath(const Config &config)
{
    return config.dataDir + u"/palaver.sqlite3"_s;
}

QString prepareDataDir(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return u"--data-dir: %1 is a file, not a directory. Choose a directory."_s.arg(shown);
    if (!QDir().mkpath(path)) {
        return u"--data-dir: cannot create %1. Create it yourself or choose a directory you may "
               u"write to."_s.arg(shown);
    }
    QTemporaryFile probe(path + u"/.write-test-XXXXXX"_s);
    if (!probe.open()) {
        return u"--data-dir: cannot write in %1 (%2). Give this user write access or choose "
               u"another directory."_s.arg(shown, probe.errorString());
    }
    return {};
}

} // namespace palaver::server
