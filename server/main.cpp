// palaver-server: read the configuration, start the server, run until told to stop.
#include "server/chatserver.h"
#include "server/config.h"
#include "server/logging.h"
#include "server/signalwatcher.h"
#include "server/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <cstdio>

using namespace palaver::server;
using namespace Qt::StringLiterals;

namespace {

int exitWith(const QString &line)
{
    std::fprintf(stderr, "palaver-server: %s\n", qUtf8Printable(line));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"palaver-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PALAVER_VERSION));
    QCoreApplication::setOrganizationName(u"Palaver"_s);
    installLogFormat();

    const ConfigOutcome outcome = parseCommandLine(QCoreApplication::arguments());
    switch (outcome.action) {
    case ConfigOutcome::Action::ExitSuccess:
        std::fputs(qUtf8Printable(outcome.text), stdout);
        return 0;
    case ConfigOutcome::Action::ExitFailure:
        return exitWith(outcome.text);
    case ConfigOutcome::Action::Run:
        break;
    }
    const Config &config = outcome.config;
    if (const QString problem = prepareDataDir(config.dataDir); !problem.isEmpty())
        return exitWith(problem);

    SqliteStore store(databasePath(config), config.sync);
    if (!store.isOpen())
        return exitWith(store.errorString());
    ChatServer server(store, config.server);
    // Watch for signals before the "listening" line: whoever waits for that line may stop us
    // right after it, and must get a graceful stop rather than the default of dying.
    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::actionRequested, &server,
                     [&server](SignalWatcher::Action action) {
                         if (action == SignalWatcher::Action::Terminate) {
                             server.shutdown();
                         } else {
                             qInfo("reload requested: there is no configuration file to reload");
                         }
                     });
    if (!server.listen(config.listenAddress, config.port))
        return exitWith(server.errorString());

    const QHostAddress address = server.serverAddress();
    const bool everywhere = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
                            address == QHostAddress::AnyIPv6;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(address.toString())
                             : address.toString();
    qInfo("Palaver server %s listening on ws://%s:%u%s, history in %s (epoch %s)", PALAVER_VERSION,
          qUtf8Printable(host), unsigned(server.serverPort()),
          everywhere ? " (all interfaces)" : "",
          qUtf8Printable(QDir::toNativeSeparators(databasePath(config))),
          qUtf8Printable(store.epoch()));

    QObject::connect(&server, &ChatServer::shutdownFinished, &app, [] {
        qInfo("stopped");
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
