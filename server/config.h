#pragma once

#include "chatserver.h"
#include "sqlitestore.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace palaver::server {

/// Everything palaver-server is told on its command line, checked.
struct Config
{
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = protocol::kDefaultPort;
    QString dataDir;
    SqliteStore::Sync sync = SqliteStore::Sync::Full;
    QString tlsCertificate; ///< PEM files; both empty without TLS
    QString tlsKey;
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

/// Parses and checks the command line (arguments()[0] is the program). Never exits itself.
ConfigOutcome parseCommandLine(const QStringList &arguments);

/// The history database inside the data directory.
QString databasePath(const Config &config);

/// Creates the data directory if needed and proves it writable; returns the problem, if any.
QString prepareDataDir(const QString &path);

} // namespace palaver::server
