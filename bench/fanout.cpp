// palaver-fanout: the fan-out scenario of bench/run. Many clients in one room; each sends a
// message and waits for it to come back through the server's broadcast before sending the next
// (a closed loop), while every client times every message it receives from send to receipt.
// Speaks Palaver's protocol (hello, send; the broadcast `message`), or, for the reference
// server, plain JSON that the server relays as it is. Prints one JSON object (or --tsv).
#include "percentile.h"
#include "shared/protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
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

struct Run
{
    QUrl url;
    bool palaver = true;
    int bytes = 100;
    QElapsedTimer clock;
    bool measuring = false; ///< between the start and the end of the timed window
    bool sending = false;
    std::vector<qint64> latencies; ///< ns, of every message received while measuring
    qint64 sent = 0;               ///< while measuring
};

/// The text every message carries: who sent it and when, then padding to the size asked for.
QString payload(int client, qint64 nowNs, int bytes)
{
    QString text = u"L%1.%2."_s.arg(client).arg(nowNs);
    if (text.size() < bytes)
        text += QString(bytes - text.size(), u'x');
    return text;
}

/// Reads "L<client>.<ns>." after the first "text":" in a frame, without decoding the JSON:
/// the load generator must not be what limits the figures.
bool parsePayload(const QString &frame, int *client, qint64 *sentNs)
{
    static const QString marker = u"\"text\":\"L"_s;
    qsizetype i = frame.indexOf(marker);
    if (i < 0)
        return false;
    i += marker.size();
    qint64 numbers[2] = {0, 0};
    for (qint64 &number : numbers) {
        const qsizetype start = i;
        while (i < frame.size() && frame.at(i).isDigit())
            number = number * 10 + frame.at(i++).digitValue();
        if (i == start || i >= frame.size() || frame.at(i) != u'.')
            return false;
        ++i;
    }
    *client = int(numbers[0]);
    *sentNs = numbers[1];
    return true;
}

class Client
{
public:
    Client(Run &run, int index)
        : m_run(run)
        , m_index(index)
    {
        QObject::connect(&m_socket, &QWebSocket::connected, &m_socket, [this] {
            if (!m_run.palaver) {
                m_ready = true;
                return;
            }
            protocol::Hello hello;
            hello.nick = u"fan%1"_s.arg(m_index);
            hello.client = u"palaver-fanout"_s;
            m_socket.sendTextMessage(protocol::encodeText(hello));
        });
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &frame) { onFrame(frame); });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] {
            if (m_run.sending) {
                std::fprintf(stderr, "palaver-fanout: the server closed a connection (%d %s)\n",
                             int(m_socket.closeCode()), qUtf8Printable(m_socket.closeReason()));
                QCoreApplication::exit(2);
            }
        });
        m_socket.open(run.url);
    }

    bool isReady() const { return m_ready; }
    void sendNext()
    {
        if (!m_run.sending)
            return;
        const QString text = payload(m_index, m_run.clock.nsecsElapsed(), m_run.bytes);
        if (m_run.palaver) {
            m_socket.sendTextMessage(protocol::encodeText(protocol::Send{
                QUuid::createUuid(), QString::fromUtf16(protocol::kDefaultRoom), text}));
        } else {
            m_socket.sendTextMessage(u"{\"text\":\""_s + text + u"\"}"_s);
        }
        if (m_run.measuring)
            ++m_run.sent;
    }

private:
    void onFrame(const QString &frame)
    {
        if (!m_ready) {
            m_ready = frame.contains(u"\"type\":\"welcome\""_s);
            return;
        }
        int from = -1;
        qint64 sentNs = 0;
        if (!parsePayload(frame, &from, &sentNs))
            return; // acks, presence, history
        if (m_run.measuring)
            m_run.latencies.push_back(m_run.clock.nsecsElapsed() - sentNs);
        if (from == m_index)
            sendNext(); // our own came back: the next one
    }

    Run &m_run;
    int m_index;
    QWebSocket m_socket;
    bool m_ready = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fan-out: many clients in one room, each in a closed loop "
                                     u"of sending and receiving its own message back."_s);
    parser.addHelpOption();
    const QCommandLineOption url(u"url"_s, u"Server URL."_s, u"url"_s, u"ws://127.0.0.1:7350/"_s);
    const QCommandLineOption plain(u"plain"_s, u"Plain JSON for a relaying reference server, "
                                               u"instead of Palaver's protocol."_s);
    const QCommandLineOption clients(u"clients"_s, u"Connections."_s, u"n"_s, u"200"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Length of the timed window."_s, u"s"_s,
                                     u"10"_s);
    const QCommandLineOption warmup(u"warmup"_s, u"Seconds of sending before the window."_s, u"s"_s,
                                    u"2"_s);
    const QCommandLineOption bytes(u"bytes"_s, u"Characters per message."_s, u"n"_s, u"100"_s);
    const QCommandLineOption idle(
        u"idle"_s,
        u"Idle scale instead: connect (and say hello), print \"ready\" once all are in, stay "
        u"connected and silent this many seconds, then exit."_s,
        u"s"_s);
    const QCommandLineOption tsv(u"tsv"_s, u"Print tab-separated values: deliveries/s, p50 ms, "
                                           u"p99 ms, max ms, sends/s, load generator CPU."_s);
    parser.addOptions({url, plain, clients, seconds, warmup, bytes, idle, tsv});
    parser.process(app);

    Run run;
    run.url = QUrl(parser.value(url));
    run.palaver = !parser.isSet(plain);
    run.bytes = std::max(40, parser.value(bytes).toInt());
    const int count = std::max(1, parser.value(clients).toInt());
    const double windowSeconds = std::max(1.0, parser.value(seconds).toDouble());
    const double warmupSeconds = std::max(0.0, parser.value(warmup).toDouble());
    run.latencies.reserve(size_t(count) * 20000);
    run.clock.start();

    std::vector<std::unique_ptr<Client>> all;
    for (int i = 0; i < count; ++i)
        all.push_back(std::make_unique<Client>(run, i));

    QElapsedTimer window;
    std::clock_t cpuAtStart = 0;
    QTimer waitForReady;
    waitForReady.setInterval(10);
    QObject::connect(&waitForReady, &QTimer::timeout, &waitForReady, [&] {
        if (!std::all_of(all.begin(), all.end(), [](const auto &c) { return c->isReady(); }))
            return;
        waitForReady.stop();
        if (parser.isSet(idle)) {
            std::printf("ready\n");
            std::fflush(stdout);
            QTimer::singleShot(
                std::chrono::milliseconds(qint64(parser.value(idle).toDouble() * 1000)), &app,
                [] { QCoreApplication::exit(3); });
            return;
        }
        run.sending = true;
        for (const auto &client : all)
            client->sendNext();
        QTimer::singleShot(std::chrono::milliseconds(qint64(warmupSeconds * 1000)), &app, [&] {
            run.measuring = true;
            cpuAtStart = std::clock();
            window.start();
            QTimer::singleShot(std::chrono::milliseconds(qint64(windowSeconds * 1000)), &app, [&] {
                run.measuring = false;
                run.sending = false;
                QCoreApplication::quit();
            });
        });
    });
    waitForReady.start();
    QTimer::singleShot(std::chrono::minutes(10), &app, [] {
        std::fputs("palaver-fanout: gave up after 10 minutes\n", stderr);
        QCoreApplication::exit(2);
    });
    const int status = QCoreApplication::exec();
    if (status == 3)
        return 0; // idle: nothing to report but "ready"
    if (status != 0)
        return status;

    const double elapsed = double(window.nsecsElapsed()) / 1e9;
    const double cpu = double(std::clock() - cpuAtStart) / CLOCKS_PER_SEC;
    const auto delivered = qint64(run.latencies.size());
    QJsonObject result{
        {"deliveries"_L1, delivered},
        {"seconds"_L1, elapsed},
        {"deliveriesPerSecond"_L1, double(delivered) / elapsed},
        {"sendsPerSecond"_L1, double(run.sent) / elapsed},
        {"p50ms"_L1, bench::percentileMs(run.latencies, 0.50)},
        {"p99ms"_L1, bench::percentileMs(run.latencies, 0.99)},
        {"maxms"_L1, bench::percentileMs(run.latencies, 1.0)},
        {"loadgenCpuShare"_L1, cpu / elapsed},
    };
    if (parser.isSet(tsv)) {
        std::printf("%.0f\t%.2f\t%.2f\t%.2f\t%.0f\t%.2f\n",
                    result.value("deliveriesPerSecond"_L1).toDouble(),
                    result.value("p50ms"_L1).toDouble(), result.value("p99ms"_L1).toDouble(),
                    result.value("maxms"_L1).toDouble(),
                    result.value("sendsPerSecond"_L1).toDouble(),
                    result.value("loadgenCpuShare"_L1).toDouble());
    } else {
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
    }
    return 0;
}
