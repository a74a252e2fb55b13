// palaver-server: read the configuration, start the server, run until told to stop.
#include "server/admin.h"
#include "server/chatserver.h"
#include "server/config.h"
#include "server/configcheck.h"
#include "server/console.h"
#include "server/discoveryannouncer.h"
#include "server/historycopy.h"
#include "server/memory.h"
#ifdef PALAVER_HAVE_METRICS
#include "server/metrics.h"
#endif
#include "server/logging.h"
#include "server/postgrescluster.h"
#include "server/postgresstore.h"
#include "server/signalwatcher.h"
#include "server/sqlitestore.h"
#include "server/tlsfiles.h"
#include "shared/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace palaver::server;
using namespace Qt::StringLiterals;

namespace {

void logFingerprint(const QSslConfiguration &tls)
{
    qInfo(
        "TLS certificate SHA-256 fingerprint: %s (clients that ask to trust this server show "
        "it: compare before you say yes)",
        qUtf8Printable(palaver::protocol::certificateFingerprint(tls.localCertificate().toDer())));
}

DiscoveryAnnouncer::Announcement announcement(const ChatServer &server, const QString &name,
                                              const std::optional<QSslConfiguration> &tls)
{
    DiscoveryAnnouncer::Announcement a;
    a.name = name;
    a.port = server.serverPort();
    a.tls = server.usesTls();
    if (tls)
        a.fingerprint = palaver::protocol::certificateFingerprint(tls->localCertificate().toDer());
    a.version = QStringLiteral(PALAVER_VERSION);
    return a;
}

/// --copy-history-from: the SQLite history into the empty PostgreSQL database.
int copyHistory(const Config &config)
{
    qInfo("copying the history in %s into %s",
          qUtf8Printable(QDir::toNativeSeparators(config.copyHistoryFrom)),
          qUtf8Printable(config.database->display()));
    QString problem;
    const auto report = copySqliteToPostgres(
        config.copyHistoryFrom, *config.database,
        [](const QString &progress) { qInfo("%s", qUtf8Printable(progress)); }, &problem);
    if (!report) {
        std::fputs(qUtf8Printable(u"palaver-server: cannot copy the history: %1\n"_s.arg(problem)),
                   stderr);
        return 1;
    }
    qInfo("copied %lld message(s) in %lld room(s), %lld membership(s), %lld direct "
          "conversation(s) and %lld read marker(s)",
          static_cast<long long>(report->messages), static_cast<long long>(report->rooms),
          static_cast<long long>(report->members), static_cast<long long>(report->directRooms),
          static_cast<long long>(report->readMarkers));
    return 0;
}

/// SIGHUP or --admin reload: reads the configuration again (the --config file and the TLS
/// files, mostly) and applies what can change while running. New connections get a new
/// certificate; open ones keep theirs. A configuration that doesn't parse changes nothing.
/// Returns what it logged, for the admin command's answer.
QString reload(ChatServer &server, Config &running, DiscoveryAnnouncer *discovery)
{
    const ConfigOutcome outcome = parseCommandLine(QCoreApplication::arguments());
    if (outcome.action != ConfigOutcome::Action::Run) {
        const QString line = u"reload failed, nothing changed: %1"_s.arg(outcome.text.trimmed());
        qWarning("%s", qUtf8Printable(line));
        return u"error: "_s + line;
    }
    const Config &fresh = outcome.config;
    setLogLevel(fresh.logLevel);
    QStringList changed = server.reload(fresh.server);
    if (fresh.logLevel != running.logLevel)
        changed.append(u"log-level"_s);
    // What runs from now on: the new settings, except those that wait for a restart, so that
    // the next reload compares with what is really in effect.
    Config next = fresh;
    QStringList needRestart;
    const auto keep = [&](auto Config::*field, const QString &name) {
        if (next.*field != running.*field) {
            next.*field = running.*field;
            if (!needRestart.contains(name))
                needRestart.append(name);
        }
    };
    keep(&Config::listenAddress, u"listen"_s);
    keep(&Config::port, u"port"_s);
    keep(&Config::dataDir, u"data-dir"_s);
    keep(&Config::sync, u"sync"_s);
    keep(&Config::database, u"database"_s);
    keep(&Config::instanceTimeout, u"instance-timeout"_s);
    keep(&Config::discovery, u"discovery"_s);
    keep(&Config::discoveryPort, u"discovery"_s);
    keep(&Config::metrics, u"metrics"_s);
    keep(&Config::metricsPort, u"metrics"_s);
    keep(&Config::metricsAddress, u"metrics"_s);
    keep(&Config::adminSocket, u"admin-socket"_s);
    if (fresh.server.tls.has_value() != server.usesTls()) {
        needRestart.append(u"tls-cert"_s);
        next.server.tls = running.server.tls;
    } else if (fresh.server.tls) {
        server.setTlsConfiguration(*fresh.server.tls);
        qInfo("reloaded the TLS certificate");
        logFingerprint(*fresh.server.tls);
    }
    QStringList said{u"reloaded the configuration: %1"_s.arg(
        changed.isEmpty() ? u"no other setting changed"_s : u"changed "_s + changed.join(u", "_s))};
    qInfo("%s", qUtf8Printable(said.constLast()));
    if (!needRestart.isEmpty()) {
        said.append(
            u"these settings changed but only take effect when the server restarts: %1"_s.arg(
                needRestart.join(u", "_s)));
        qWarning("%s", qUtf8Printable(said.constLast()));
    }
    if (discovery && discovery->isRunning())
        discovery->setAnnouncement(announcement(server, next.server.name, next.server.tls));
    running = next;
    return said.join(u'\n');
}

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
    Config config = outcome.config;
    setLogLevel(config.logLevel);
    if (!config.adminCommand.isEmpty()) {
        const QString answer = sendAdminCommand(config.adminSocket, config.adminCommand);
        std::fputs(qUtf8Printable(answer + u'\n'), stdout);
        return answer.startsWith(u"error: "_s) ? 1 : 0;
    }
    if (config.check) {
        const CheckReport report = checkConfiguration(config);
        std::fputs(qUtf8Printable(report.lines.join(u'\n') + u'\n'), stdout);
        return report.ok ? 0 : 1;
    }
    if (const QString problem = prepareDataDir(config.dataDir); !problem.isEmpty())
        return exitWith(problem);

    if (!config.copyHistoryFrom.isEmpty())
        return copyHistory(config);

    std::unique_ptr<Store> store;
    std::unique_ptr<PostgresCluster> cluster;
    QString where = QDir::toNativeSeparators(databasePath(config));
    if (config.database) {
        auto postgres = std::make_unique<PostgresStore>(*config.database);
        if (!postgres->isOpen())
            return exitWith(postgres->errorString());
        where = config.database->display();
        PostgresCluster::Options options;
        options.name = config.server.name;
        options.expiry = config.instanceTimeout;
        options.heartbeat = config.instanceTimeout / 5;
        cluster = std::make_unique<PostgresCluster>(*config.database, options);
        QString problem;
        if (!cluster->start(&problem))
            return exitWith(problem);
        store = std::move(postgres);
    } else {
        auto sqlite = std::make_unique<SqliteStore>(databasePath(config), config.sync);
        if (!sqlite->isOpen())
            return exitWith(sqlite->errorString());
        if (!sqlite->hasFullTextSearch()) {
            qWarning("this SQLite has no FTS5 full-text index: search matches each word anywhere "
                     "in the text (ignoring the case of ASCII letters only) and reads every "
                     "message of the rooms searched");
        }
        store = std::move(sqlite);
    }
    ChatServer server(*store, config.server);
    if (cluster)
        server.joinCluster(*cluster);
    // Watch for signals before the "listening" line: whoever waits for that line may stop us
    // right after it, and must get a graceful stop rather than the default of dying.
    SignalWatcher signals_;
    std::unique_ptr<DiscoveryAnnouncer> discovery;
    QObject::connect(&signals_, &SignalWatcher::actionRequested, &server,
                     [&server, &config, &discovery](SignalWatcher::Action action) {
                         if (action == SignalWatcher::Action::Terminate) {
                             if (discovery)
                                 discovery->stop(); // clients forget this server at once
                             server.shutdown();
                         } else {
                             reload(server, config, discovery.get());
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
    qInfo("Palaver server %s listening on %s://%s:%u%s, history in %s (epoch %s)", PALAVER_VERSION,
          server.usesTls() ? "wss" : "ws", qUtf8Printable(host), unsigned(server.serverPort()),
          everywhere ? " (all interfaces)" : "", qUtf8Printable(where),
          qUtf8Printable(store->epoch()));

    if (config.server.tls)
        logFingerprint(*config.server.tls);

    if (config.discovery && address.isLoopback()) {
        // Other machines can't reach a loopback address: announcing it would list a server
        // that nobody who sees it could join.
        qInfo("not announced on the LAN: the server listens on %s only, which other machines "
              "can't reach (--listen any, or this machine's LAN address, to serve the LAN)",
              qUtf8Printable(address.toString()));
    } else if (config.discovery) {
        discovery = std::make_unique<DiscoveryAnnouncer>(
            announcement(server, config.server.name, config.server.tls));
        discovery->setListenAddress(address);
        if (!discovery->start(config.discoveryPort)) { // it says where it announces
            qWarning("not announced on the LAN: %s. Clients must type this server's address.",
                     qUtf8Printable(discovery->errorString()));
            discovery.reset();
        }
    }

    // Every 15 s, what the server's traffic went through is handed back. After a crowd
    // arrives, most of the heap is free but still held: its presence frames went through it.
    QTimer trim;
    trim.setInterval(15'000);
    QObject::connect(&trim, &QTimer::timeout, &trim, [] {
        QElapsedTimer took;
        took.start();
        releaseFreeMemory();
        qDebug("gave free memory back to the system in %lld ms",
               static_cast<long long>(took.elapsed()));
    });
    trim.start();

    AdminCommands commands(server);
    commands.setReload(
        [&server, &config, &discovery] { return reload(server, config, discovery.get()); });
    AdminSocket adminSocket(commands);
    if (adminSocket.listen(config.adminSocket)) {
        qInfo("admin commands: palaver-server --admin COMMAND (on %s)",
              qUtf8Printable(QDir::toNativeSeparators(adminSocket.fullName())));
    } else {
        qWarning("no admin socket at %s (%s): palaver-server --admin can't reach this server",
                 qUtf8Printable(QDir::toNativeSeparators(config.adminSocket)),
                 qUtf8Printable(adminSocket.errorString()));
    }
    if (Console::start(commands))
        qInfo("type /help here for the console's commands");
#ifdef PALAVER_HAVE_METRICS
    std::unique_ptr<MetricsEndpoint> metrics;
    if (config.metrics) {
        metrics = std::make_unique<MetricsEndpoint>(server);
        if (metrics->listen(config.metricsAddress, config.metricsPort)) {
            qInfo("health and metrics on http://%s:%u/health and /metrics",
                  qUtf8Printable(config.metricsAddress.toString()), unsigned(metrics->port()));
        } else {
            qWarning("no metrics: TCP port %u on %s can't be used (another program has it?); "
                     "choose another with --metrics-port or turn it off with --no-metrics",
                     unsigned(config.metricsPort),
                     qUtf8Printable(config.metricsAddress.toString()));
            metrics.reset();
        }
    }
#else
    if (config.metrics)
        qInfo("built without Qt HTTP Server: no /health or /metrics endpoint");
#endif
    QObject::connect(&server, &ChatServer::shutdownFinished, &app, [] {
        qInfo("stopped");
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
