// palaver-storm: the reconnect storm of bench/run. Starts palaver-server, connects many real
// clients (the app's own Connection class, with its outbox, resume and backoff), has some of
// them send all along, kills the server with SIGKILL and starts it again on the same data. It
// measures how long until every client is back, and checks that every client ends up with
// every stored message exactly once. Prints one JSON object (or --tsv).
#include "client/core/clock.h"
#include "client/core/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

struct Tracked
{
    std::unique_ptr<Connection> connection;
    std::vector<qint64> seqs; ///< of #general, live and from history, in arrival order
};

/// Runs the event loop until `condition` holds or `timeoutMs` pass; whether it holds.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() >= timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void runFor(int ms)
{
    waitFor([] { return false; }, ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Two thousand clients each saying "connecting" and "retrying" would drown the figures.
    QLoggingCategory::setFilterRules(u"palaver.client.*=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Reconnect storm: SIGKILL the server under load, restart "
                                     u"it, and count who is back and what was lost."_s);
    parser.addHelpOption();
    const QCommandLineOption serverOption(u"server"_s, u"palaver-server to run."_s, u"path"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"Its data directory."_s, u"dir"_s);
    const QCommandLineOption portOption(u"port"_s, u"Its port."_s, u"port"_s, u"7390"_s);
    const QCommandLineOption clientsOption(u"clients"_s, u"Clients."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption sendersOption(u"senders"_s, u"Of them, sending all along."_s, u"n"_s,
                                           u"5"_s);
    const QCommandLineOption intervalOption(u"interval"_s,
                                            u"Milliseconds between two messages "
                                            u"of one sender."_s,
                                            u"ms"_s, u"200"_s);
    const QCommandLineOption tsv(u"tsv"_s, u"Tab-separated: seconds to resume, sent, deliveries "
                                           u"lost, deliveries duplicated, sends lost, clients "
                                           u"back, load generator CPU."_s);
    parser.addOptions(
        {serverOption, dataOption, portOption, clientsOption, sendersOption, intervalOption, tsv});
    parser.process(app);
    const int count = std::max(1, parser.value(clientsOption).toInt());
    const int senders = std::clamp(parser.value(sendersOption).toInt(), 1, count);
    const QString port = parser.value(portOption);
    const QUrl url(u"ws://127.0.0.1:%1/"_s.arg(port));

    QProcess server;
    server.setProgram(parser.value(serverOption));
    server.setArguments({u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, port, u"--data-dir"_s,
                         parser.value(dataOption), u"--no-discovery"_s, u"--no-metrics"_s,
                         u"--log-level"_s, u"warning"_s, u"--rate"_s, u"1000000"_s,
                         u"--max-connections"_s, u"100000"_s, u"--max-connections-per-address"_s,
                         u"100000"_s});
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start();
    if (!server.waitForStarted())
        return 2;

    SystemClock clock;
    std::vector<Tracked> clients(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        Tracked &t = clients[size_t(i)];
        t.connection = std::make_unique<Connection>(clock);
        QObject::connect(t.connection.get(), &Connection::messageReceived, t.connection.get(),
                         [&t](const protocol::ChatMessage &m) {
                             if (m.room == u"general"_s)
                                 t.seqs.push_back(m.seq);
                         });
        QObject::connect(t.connection.get(), &Connection::historyReceived, t.connection.get(),
                         [&t](const protocol::History &h, Connection::HistoryKind) {
                             if (h.room != u"general"_s)
                                 return;
                             for (const protocol::ChatMessage &m : h.messages)
                                 t.seqs.push_back(m.seq);
                         });
    }
    // The server needs a moment to listen; the clients' own retries cover it.
    for (int i = 0; i < count; ++i)
        clients[size_t(i)].connection->open(url, u"storm%1"_s.arg(i));
    const auto connected = [&clients] {
        return int(std::count_if(clients.begin(), clients.end(), [](const Tracked &t) {
            return t.connection->state() == Connection::State::Connected;
        }));
    };
    if (!waitFor([&] { return connected() == count; }, 120'000)) {
        std::fprintf(stderr, "palaver-storm: only %d of %d clients got in\n", connected(), count);
        return 2;
    }

    // Senders: one message every --interval each, kept on through the kill and the restart.
    qint64 sent = 0;
    QSet<QUuid> acked;
    for (int i = 0; i < senders; ++i) {
        QObject::connect(clients[size_t(i)].connection.get(), &Connection::acknowledged,
                         clients[size_t(i)].connection.get(),
                         [&acked](const protocol::Ack &ack) { acked.insert(ack.id); });
    }
    QTimer sending;
    sending.setInterval(std::max(1, parser.value(intervalOption).toInt()));
    QObject::connect(&sending, &QTimer::timeout, &sending, [&] {
        for (int i = 0; i < senders; ++i) {
            clients[size_t(i)].connection->send(u"general"_s, u"storm %1"_s.arg(sent));
            ++sent;
        }
    });
    sending.start();
    runFor(2000);

    server.kill(); // SIGKILL: no goodbye, no flush
    server.waitForFinished();
    runFor(500);
    QElapsedTimer sinceRestart;
    sinceRestart.start();
    const std::clock_t cpuAtRestart = std::clock();
    server.start();
    if (!server.waitForStarted())
        return 2;
    const bool allBack = waitFor([&] { return connected() == count; }, 60'000);
    const double resumeSeconds = double(sinceRestart.nsecsElapsed()) / 1e9;
    const double loadgenCpuShare =
        double(std::clock() - cpuAtRestart) / CLOCKS_PER_SEC / std::max(0.001, resumeSeconds);
    const int back = connected();

    // A little more sending, then everything sent must be acked and delivered everywhere.
    runFor(1000);
    sending.stop();
    const auto outboxesEmpty = [&] {
        return std::all_of(clients.begin(), clients.begin() + senders,
                           [](const Tracked &t) { return t.connection->outbox().isEmpty(); });
    };
    waitFor(outboxesEmpty, 60'000);
    const qint64 stored = acked.size();
    waitFor(
        [&] {
            return std::all_of(clients.begin(), clients.end(), [stored](const Tracked &t) {
                return qint64(QSet<qint64>(t.seqs.begin(), t.seqs.end()).size()) >= stored;
            });
        },
        30'000);

    qint64 lost = 0;
    qint64 duplicated = 0;
    for (const Tracked &t : clients) {
        const QSet<qint64> unique(t.seqs.begin(), t.seqs.end());
        duplicated += qint64(t.seqs.size()) - unique.size();
        for (qint64 seq = 1; seq <= stored; ++seq)
            lost += unique.contains(seq) ? 0 : 1;
    }
    server.terminate();
    server.waitForFinished();

    const QJsonObject result{
        {"clients"_L1, count},
        {"clientsBack"_L1, back},
        {"allBack"_L1, allBack},
        {"resumeSeconds"_L1, resumeSeconds},
        {"sent"_L1, sent},
        {"stored"_L1, stored},
        {"lostSends"_L1, sent - stored},
        {"lostDeliveries"_L1, lost},
        {"duplicatedDeliveries"_L1, duplicated},
        {"loadgenCpuShare"_L1, loadgenCpuShare},
    };
    if (parser.isSet(tsv)) {
        std::printf("%.2f\t%lld\t%lld\t%lld\t%lld\t%d\t%.2f\n", resumeSeconds,
                    static_cast<long long>(sent), static_cast<long long>(lost),
                    static_cast<long long>(duplicated), static_cast<long long>(sent - stored), back,
                    loadgenCpuShare);
    } else {
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
    }
    return 0;
}
