#pragma once

#include "chatserver.h"
#include "logging.h"
#include "postgresconnection.h"
#include "sqlitestore.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace palaver::server {

/// Everything palaver-server is told, checked: by its command line, the environment
/// (PALAVER_*), and the --config file, in that order of precedence.
struct Config
{
    QString configFile; ///< absolute; empty without --config
    LogLevel logLevel = LogLevel::Info;
    bool check = false;    ///< --check: test the configuration, print what was found, exit
    bool discovery = true; ///< announce the server on the LAN
    quint16 discoveryPort = 7351;
    QString adminCommand; ///< --admin: send this to the running server, print its answer, exit
    QString adminSocket;  ///< where the running server takes admin commands
    bool metrics = true;  ///< serve /health and /metrics
    QHostAddress metricsAddress = QHostAddress::LocalHost;
    quint16 metricsPort = 7352;
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = protocol::kDefaultPort;
    QString dataDir;
    SqliteStore::Sync sync = SqliteStore::Sync::Full;
    /// --database: the PostgreSQL database shared with other instances; SQLite without it.
    std::optional<PostgresTarget> database;
    QString copyHistoryFrom; ///< --copy-history-from: copy this SQLite history, then exit
    std::chrono::milliseconds instanceTimeout{10'000}; ///< silence after which an instance is gone
    QString tlsCertificate;                            ///< PEM files; both empty without TLS
    QString tlsKey;
    /// With --check only: why the certificate or key can't be used, for the report (without
    /// --check, that stops the parse).
    QString tlsProblem;
    ServerOptions server;
};

/// What main() should do after reading the command line.
struct ConfigOutcome
{
    enum class Action
    {
        Run,
        ExitSuccess,
        ExitFailure
    };
    Action action = Action::Run;
    QString text; ///< help, version, or the one line that explains the bad value
    Config config;
};

/// Parses and checks the command line (arguments()[0] is the program), then fills in what it
/// doesn't say from `environment` (PALAVER_PORT for --port, and so on), then from the file
/// given with --config (or PALAVER_CONFIG), then the defaults. Never exits itself.
ConfigOutcome
parseCommandLine(const QStringList &arguments,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/// One option palaver-server takes, as --help describes it.
struct OptionInfo
{
    QString name; ///< without "--"
    QString description;
    QString valueName; ///< empty for a switch
    /// Also read from PALAVER_* and the --config file; false for the one-shot actions
    /// (--check, --admin, --copy-history-from, --config itself, --help, --version).
    bool setting = false;
};

/// Every option palaver-server knows, in the order --help lists them.
QList<OptionInfo> optionList();

/// The environment variable that sets `option`: PALAVER_DATA_DIR for "data-dir".
QString environmentName(const QString &option);

/// The history database inside the data directory.
QString databasePath(const Config &config);

/// Creates the data directory if needed and proves it writable; returns the problem, if any.
QString prepareDataDir(const QString &path);

} // namespace palaver::server
