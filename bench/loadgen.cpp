// palaver-loadgen: many Palaver clients in one process, each sending chat messages and timing
// the server's acks. Prints one JSON object with the figures, for bench/run to tabulate.
#include "percentile.h"
#include "shared/protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace palaver;
using namespace Qt::StringLiterals;

namespace {

struct Settings
{
    QUrl url;
    int clients = 50;
    int messagesPerClient = 200;
    int window = 1; ///< messages in flight per client: 1 is a closed loop
    int bytes = 100;
};

/// One simulated user: says hello, then keeps `window` sends in flight until done.
class Client
{
public:
    Client(const Settings &settings, int index, QElapsedTimer &clock,
           std::vector<qint64> &latencies, std::function<void()> onDone)
        : m_settings(settings)
        , m_clock(clock)
        , m_latencies(latencies)
        , m_onDone(std::move(onDone))
        , m_text(QString(settings.bytes, u'x'))
    {
        QObject::connect(&m_socket, &QWebSocket::connected, &m_socket, [this, index] {
            protocol::Hello hello;
            hello.nick = u"load%1"_s.arg(index);
            hello.client = u"palaver-loadgen"_s;
            m_socket.sendTextMessage(protocol::encodeText(hello));
        });
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &frame) { onFrame(frame); });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] {
            if (m_acked < m_settings.messagesPerClient) {
                std::fprintf(stderr, "palaver-loadgen: the server closed a connection (%d %s)\n",
                             int(m_socket.closeCode()), qUtf8Printable(m_socket.closeReason()));
                QCoreApplication::exit(2);
            }
        });
        m_socket.open(settings.url);
    }

    bool isWelcomed() const { return m_welcomed; }
    void start()
    {
        for (int i = 0; i < m_settings.window; ++i)
            sendNext();
    }

private:
    void onFrame(const QString &frame)
    {
        // Only the cheap checks: the load generator must not be the bottleneck.
        if (!m_welcomed) {
            if (frame.contains(u"\"type\":\"welcome\""_s))
                m_welcomed = true;
            return;
        }
        if (!frame.contains(u"\"type\":\"ack\""_s))
            return;
        const auto decoded = protocol::decode(frame, protocol::serverFrameLimits());
        if (!decoded.ok())
            return;
        const auto *ack = std::get_if<protocol::Ack>(&decoded.message());
        if (!ack)
            return;
        const auto sent = m_inFlight.take(ack->id);
        m_latencies.push_back(m_clock.nsecsElapsed() - sent);
        ++m_acked;
        if (m_acked == m_settings.messagesPerClient)
            m_onDone();
        else
            sendNext();
    }

    void sendNext()
    {
        if (m_sent >= m_settings.messagesPerClient)
            return;
        ++m_sent;
        const QUuid id = QUuid::createUuid();
        m_inFlight.insert(id, m_clock.nsecsElapsed());
        m_socket.sendTextMessage(protocol::encodeText(
            protocol::Send{id, QString::fromUtf16(protocol::kDefaultRoom), m_text}));
    }

    const Settings &m_settings;
    QElapsedTimer &m_clock;
    std::vector<qint64> &m_latencies;
    std::function<void()> m_onDone;
    QString m_text;
    QWebSocket m_socket;
    QHash<QUuid, qint64> m_inFlight;
    bool m_welcomed = false;
    int m_sent = 0;
    int m_acked = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Drives a Palaver server with many clients sending and "
                                     u"waiting for acks; prints the figures as JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption url(u"url"_s, u"Server URL."_s, u"url"_s, u"ws://127.0.0.1:7350/"_s);
    const QCommandLineOption clients(u"clients"_s, u"Connections."_s, u"n"_s, u"50"_s);
    const QCommandLineOption messages(u"messages"_s, u"Messages per connection."_s, u"n"_s,
                                      u"200"_s);
    const QCommandLineOption window(u"window"_s, u"Sends in flight per connection."_s, u"n"_s,
                                    u"1"_s);
    const QCommandLineOption bytes(u"bytes"_s, u"Characters of text per message."_s, u"n"_s,
                                   u"100"_s);
    const QCommandLineOption tsv(u"tsv"_s, u"Print tab-separated values instead of JSON: "
                                           u"acked/s, p50 ms, p99 ms, max ms, CPU share."_s);
    parser.addOptions({url, clients, messages, window, bytes, tsv});
    parser.process(app);

    Settings settings;
    settings.url = QUrl(parser.value(url));
    settings.clients = std::max(1, parser.value(clients).toInt());
    settings.messagesPerClient = std::max(1, parser.value(messages).toInt());
    settings.window = std::max(1, parser.value(window).toInt());
    settings.bytes = std::max(1, parser.value(bytes).toInt());

    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> latencies;
    latencies.reserve(size_t(settings.clients) * size_t(settings.messagesPerClient));
    int done = 0;
    std::vector<std::unique_ptr<Client>> all;
    for (int i = 0; i < settings.clients; ++i) {
        all.push_back(std::make_unique<Client>(settings, i, clock, latencies, [&] {
            if (++done == settings.clients)
                QCoreApplication::quit();
        }));
    }

    // Everyone connects and is welcomed first; then the clock starts for the sending.
    QElapsedTimer run;
    std::clock_t cpuAtStart = 0;
    QTimer waitForWelcome;
    waitForWelcome.setInterval(10);
    QObject::connect(&waitForWelcome, &QTimer::timeout, &waitForWelcome, [&] {
        if (!std::all_of(all.begin(), all.end(), [](const auto &c) { return c->isWelcomed(); }))
            return;
        waitForWelcome.stop();
        cpuAtStart = std::clock();
        run.start();
        for (const auto &client : all)
            client->start();
    });
    waitForWelcome.start();
    QTimer::singleShot(std::chrono::minutes(5), &app, [] {
        std::fputs("palaver-loadgen: gave up after 5 minutes\n", stderr);
        QCoreApplication::exit(2);
    });
    const int status = QCoreApplication::exec();
    if (status != 0)
        return status;

    const double seconds = double(run.nsecsElapsed()) / 1e9;
    const double cpu = double(std::clock() - cpuAtStart) / CLOCKS_PER_SEC;
    const auto total = qint64(latencies.size());
    QJsonObject result{
        {"acked"_L1, total},
        {"seconds"_L1, seconds},
        {"ackedPerSecond"_L1, double(total) / seconds},
        {"p50ms"_L1, bench::percentileMs(latencies, 0.50)},
        {"p99ms"_L1, bench::percentileMs(latencies, 0.99)},
        {"maxms"_L1, bench::percentileMs(latencies, 1.0)},
        {"loadgenCpuShare"_L1, cpu / seconds},
    };
    if (parser.isSet(tsv)) {
        std::printf("%.0f\t%.2f\t%.2f\t%.2f\t%.2f\n", result.value("ackedPerSecond"_L1).toDouble(),
                    result.value("p50ms"_L1).toDouble(), result.value("p99ms"_L1).toDouble(),
                    result.value("maxms"_L1).toDouble(),
                    result.value("loadgenCpuShare"_L1).toDouble());
    } else {
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
    }
    return 0;
}
