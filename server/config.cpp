#include "config.h"

#include "tlsfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryFile>

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

QString defaultDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    return dir + u"/palaver-server"_s;
}

} // namespace

ConfigOutcome parseCommandLine(const QStringList &arguments)
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
        u"Most messages stored in one commit (default 1000). Messages that arrive together "
        u"share one commit and one disk flush; 1 turns that off (for benchmarks)."_s,
        u"count"_s, u"1000"_s);
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
        u"put a password on the command line, where other users can see it."_s,
        u"file"_s);
    const QCommandLineOption originOption(
        u"allow-origin"_s,
        u"Let web pages from this origin connect, e.g. https://chat.example.org (repeatable). "
        u"Desktop clients send no origin and are always let in."_s,
        u"origin"_s);
    const QCommandLineOption tlsCertOption(
        u"tls-cert"_s,
        u"Serve wss:// (encrypted) with this PEM certificate; needs --tls-key. SIGHUP reloads "
        u"both files without dropping anyone."_s,
        u"file"_s);
    const QCommandLineOption tlsKeyOption(u"tls-key"_s, u"The PEM private key of --tls-cert."_s,
                                          u"file"_s);
    parser.addOption(tlsCertOption);
    parser.addOption(tlsKeyOption);
    parser.addOptions({listenOption, portOption, dataDirOption, nameOption, historyOnJoinOption,
                       historyDaysOption, historyMaxOption, syncOption, maxBatchOption,
                       maxConnectionsOption, perAddressOption, rateOption, passwordFileOption,
                       originOption});

    if (!parser.parse(arguments))
        return failure(parser.errorText() + u". Run with --help to see the options."_s);
    if (parser.isSet(helpOption)) {
        ConfigOutcome outcome;
        outcome.action = ConfigOutcome::Action::ExitSuccess;
        outcome.text = parser.helpText();
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

    const QString listenText = parser.value(listenOption);
    const auto address = parseListenAddress(listenText);
    if (!address) {
        return failure(
            u"--listen: \"%1\" is not an IP address. Use an address of this machine "
            u"such as 192.168.1.10, 0.0.0.0 for all interfaces, or 127.0.0.1."_s.arg(listenText));
    }
    config.listenAddress = *address;

    const QString portText = parser.value(portOption);
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        return failure(u"--port: \"%1\" is not a port number. Use a number from 1 to 65535, "
                       u"for example %2."_s.arg(portText)
                           .arg(protocol::kDefaultPort));
    }
    config.port = quint16(port);

    config.dataDir = QDir::cleanPath(QDir(parser.value(dataDirOption)).absolutePath());
    const auto count = [&parser](const QCommandLineOption &option, qint64 max,
                                 qint64 &value) -> QString {
        bool ok = false;
        const QString text = parser.value(option);
        value = text.toLongLong(&ok);
        if (!ok || value < 0 || value > max) {
            return u"--%1: \"%2\" is not a number from 0 to %3."_s.arg(option.names().constFirst(),
                                                                       text, QString::number(max));
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
        return failure(u"--max-batch: \"0\" is too small. Use a number from 1 to 100000."_s);
    config.server.maxBatch = int(maxBatch);
    if (maxConnections < 1 || perAddress < 1 || rate < 1)
        return failure(u"--max-connections, --max-connections-per-address and --rate must be "
                       u"at least 1."_s);
    config.server.admission.maxConnections = int(maxConnections);
    config.server.admission.maxConnectionsPerAddress = int(perAddress);
    config.server.framesPerSecond = double(rate);
    config.server.frameBurst = 5.0 * double(rate);
    config.server.allowedOrigins = parser.values(originOption);

    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return failure(u"--tls-cert and --tls-key go together: give both, or neither."_s);
    if (parser.isSet(tlsCertOption)) {
        config.tlsCertificate = QDir(parser.value(tlsCertOption)).absolutePath();
        config.tlsKey = QDir(parser.value(tlsKeyOption)).absolutePath();
        QString problem;
        config.server.tls = loadTlsFiles(config.tlsCertificate, config.tlsKey, &problem);
        if (!config.server.tls)
            return failure(problem);
    }

    if (parser.isSet(passwordFileOption)) {
        QFile file(parser.value(passwordFileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return failure(u"--password-file: cannot read %1 (%2)."_s.arg(
                QDir::toNativeSeparators(file.fileName()), file.errorString()));
        }
        config.server.admission.password =
            QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
        if (config.server.admission.password.isEmpty())
            return failure(u"--password-file: the first line of %1 is empty."_s.arg(
                QDir::toNativeSeparators(file.fileName())));
    } else {
        config.server.admission.password = qEnvironmentVariable("PALAVER_PASSWORD");
    }
    config.server.historyOnJoin = int(historyOnJoin);
    config.server.retention = Retention{int(historyDays), historyMax};

    const QString sync = parser.value(syncOption).toLower();
    if (sync == u"full")
        config.sync = SqliteStore::Sync::Full;
    else if (sync == u"normal")
        config.sync = SqliteStore::Sync::Normal;
    else if (sync == u"off")
        config.sync = SqliteStore::Sync::Off;
    else
        return failure(u"--sync: \"%1\" is not a mode. Use full, normal or off."_s.arg(sync));

    config.server.name = parser.value(nameOption).trimmed();
    if (config.server.name.isEmpty())
        config.server.name = u"Palaver"_s;
    return outcome;
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
