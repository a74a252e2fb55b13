// palaver-fanout: the fan-out scenario of bench/run. Many clients in one room; each sends a
// message and waits for it to come back through the server's broadcast before sending the next
// (a closed loop), while every client times every message it receives from send to receipt.
// Speaks Palaver's protocol (hello, send; the broadcast `message`), or, for the reference
// server, plain JSON that the server relays as it is. Prints one JSON object (or --tsv).
//
// For the cluster scenario: --url may be given more than once (client i connects to URL
// i mod count, so the clients alternate between the instances), latencies are then kept apart
// for receivers on the sender's instance and on another; --rate sends at a steady rate instead
// of the closed loop; --check waits after the window until every message has reached every
// client and checks that each client got each message once, in one order (the room's seq).
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
#include <random>
#include <vector>

using namespace palaver;
using namespace Qt::StringLiterals;

namespace {

/// What --check finds: each client must get every message once, in the room's seq order, and
/// all clients the same message at the same seq.
struct Check
{
    std::vector<std::vector<qint64>> seqOf; ///< [sender][k]: the seq it was seen at, 0: not yet
    std::vector<quint64> messageAt;         ///< [seq]: sender << 32 | k, + 1; 0: not seen
    qint64 outOfOrder = 0;                  ///< a message received after one with a higher seq
    qint64 repeated = 0;                    ///< a seq the client had received already
    qint64 disagreements = 0; ///< another message at a seq, or a message at another seq

    void see(qint64 seq, int sender, qint64 k)
    {
        if (size_t(seq) >= messageAt.size())
            messageAt.resize(std::max(size_t(seq) + 1, messageAt.size() * 2), 0);
        auto &bySender = seqOf[size_t(sender)];
        if (size_t(k) >= bySender.size())
            bySender.resize(std::max(size_t(k) + 1, bySender.size() * 2), 0);
        const quint64 id = (quint64(sender) << 32 | quint64(k)) + 1;
        if (messageAt[size_t(seq)] == 0)
            messageAt[size_t(seq)] = id;
        else if (messageAt[size_t(seq)] != id)
            ++disagreements;
        if (bySender[size_t(k)] == 0)
            bySender[size_t(k)] = seq;
        else if (bySender[size_t(k)] != seq)
            ++disagreements;
    }
};

struct Run
{
    QList<QUrl> urls;
    bool palaver = true;
    int bytes = 100;
    double rate = 0; ///< messages per second per client; 0: the closed loop
    QElapsedTimer clock;
    bool measuring = false; ///< between the start and the end of the timed window
    bool sending = false;
    bool checking = false;
    std::vector<qint64> same;  ///< ns, of every message received while measuring, on the
                               ///< sender's instance
    std::vector<qint64> other; ///< the same, on another instance
    qint64 sent = 0;           ///< while measuring
    qint64 sentInAll = 0;      ///< from the first send on
    Check check;
};

/// The text every message carries: who sent it, when and its number among the sender's
/// messages, then padding to the size asked for.
QString payload(int client, qint64 nowNs, qint64 k, int bytes)
{
    QString text = u"L%1.%2.%3."_s.arg(client).arg(nowNs).arg(k);
    if (text.size() < bytes)
        text += QString(bytes - text.size(), u'x');
    return text;
}

/// Reads the digits at `*i`, which must end with `end`, and moves `*i` past that.
bool readNumber(const QString &frame, qsizetype *i, QChar end, qint64 *number)
{
    const qsizetype start = *i;
    *number = 0;
    while (*i < frame.size() && frame.at(*i).isDigit())
        *number = *number * 10 + frame.at((*i)++).digitValue();
    if (*i == start || *i >= frame.size() || frame.at(*i) != end)
        return false;
    ++*i;
    return true;
}

/// Reads "L<client>.<ns>.<k>." after the first "text":" in a frame, without decoding the
/// JSON: the load generator must not be what limits the figures.
bool parsePayload(const QString &frame, int *client, qint64 *sentNs, qint64 *k)
{
    static const QString marker = u"\"text\":\"L"_s;
    qsizetype i = frame.indexOf(marker);
    if (i < 0)
        return false;
    i += marker.size();
    qint64 sender = 0;
    if (!readNumber(frame, &i, u'.', &sender) || !readNumber(frame, &i, u'.', sentNs) ||
        !readNumber(frame, &i, u'.', k))
        return false;
    *client = int(sender);
    return true;
}

/// The room's seq of a `message` frame (Palaver's protocol), or 0.
qint64 parseSeq(const QString &frame)
{
    static const QString marker = u"\"seq\":"_s;
    qsizetype i = frame.indexOf(marker);
    if (i < 0)
        return 0;
    i += marker.size();
    qint64 seq = 0;
    return readNumber(frame, &i, u',', &seq) ? seq : 0;
}

class Client
{
public:
    Client(Run &run, int index)
        : m_run(run)
        , m_index(index)
        , m_instance(index % int(run.urls.size()))
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
        m_socket.open(run.urls.at(m_instance));
        if (run.rate > 0) {
            m_timer.setTimerType(Qt::PreciseTimer);
            m_timer.setInterval(std::max(1, int(1000.0 / run.rate + 0.5)));
            QObject::connect(&m_timer, &QTimer::timeout, &m_socket, [this] {
                if (m_run.sending)
                    sendNext();
                else
                    m_timer.stop();
            });
        }
    }

    bool isReady() const { return m_ready; }
    qint64 received() const { return m_received; }
    /// Starts sending: the first message now (the closed loop), or at a steady rate from a
    /// random point of the first interval, so that the clients don't all send at once.
    void start(std::mt19937 &random)
    {
        if (m_run.rate <= 0) {
            sendNext();
            return;
        }
        const int phase = std::uniform_int_distribution<int>(0, m_timer.interval())(random);
        QTimer::singleShot(phase, &m_socket, [this] {
            sendNext();
            m_timer.start();
        });
    }
    void sendNext()
    {
        if (!m_run.sending)
            return;
        const QString text = payload(m_index, m_run.clock.nsecsElapsed(), m_sent++, m_run.bytes);
        ++m_run.sentInAll;
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
        static const QString message = u"{\"type\":\"message\""_s;
        if (m_run.palaver && !frame.startsWith(message))
            return; // acks, presence, history
        int from = -1;
        qint64 sentNs = 0;
        qint64 k = 0;
        if (!parsePayload(frame, &from, &sentNs, &k) || from < 0 ||
            size_t(from) >= m_run.check.seqOf.size())
            return;
        if (m_run.measuring) {
            const qint64 latency = m_run.clock.nsecsElapsed() - sentNs;
            (from % int(m_run.urls.size()) == m_instance ? m_run.same : m_run.other)
                .push_back(latency);
        }
        if (m_run.checking) {
            const qint64 seq = parseSeq(frame);
            if (seq <= 0) {
                ++m_run.check.outOfOrder; // no seq to check: can't be in order
            } else if (size_t(seq) < m_seen.size() && m_seen[size_t(seq)]) {
                ++m_run.check.repeated;
            } else {
                if (size_t(seq) >= m_seen.size())
                    m_seen.resize(std::max(size_t(seq) + 1, m_seen.size() * 2), false);
                m_seen[size_t(seq)] = true;
                ++m_received;
                if (seq < m_lastSeq)
                    ++m_run.check.outOfOrder;
                m_lastSeq = std::max(m_lastSeq, seq);
                m_run.check.see(seq, from, k);
            }
        }
        if (from == m_index && m_run.rate <= 0)
            sendNext(); // our own came back: the next one
    }

    Run &m_run;
    int m_index;
    int m_instance; ///< which of the URLs
    QWebSocket m_socket;
    QTimer m_timer; ///< --rate
    bool m_ready = false;
    qint64 m_sent = 0;        ///< this client's messages so far: the next one's number
    qint64 m_lastSeq = 0;     ///< --check: the highest seq received
    qint64 m_received = 0;    ///< --check: messages received, each counted once
    std::vector<bool> m_seen; ///< --check: [seq]: received
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fan-out: many clients in one room, each in a closed loop "
                                     u"of sending and receiving its own message back."_s);
    parser.addHelpOption();
    const QCommandLineOption url(u"url"_s,
                                 u"Server URL; more than once: the clients alternate between "
                                 u"them."_s,
                                 u"url"_s, u"ws://127.0.0.1:7350/"_s);
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
    const QCommandLineOption rate(u"rate"_s,
                                  u"Messages per second each client sends, whether its last "
                                  u"came back or not, instead of the closed loop."_s,
                                  u"n"_s, u"0"_s);
    const QCommandLineOption check(
        u"check"_s,
        u"Palaver only: after the window, wait until every message has reached every client "
        u"(at most 20 s), and check that each client got each message exactly once, in the "
        u"room's seq order, every client the same message at the same seq. With --tsv, adds "
        u"these columns: same-instance p50 ms, p99 ms, other-instance p50 ms, p99 ms, "
        u"messages, violations, of which missing, repeated, out of order, disagreeing, gaps "
        u"in seq."_s);
    const QCommandLineOption tsv(u"tsv"_s, u"Print tab-separated values: deliveries/s, p50 ms, "
                                           u"p99 ms, max ms, sends/s, load generator CPU."_s);
    parser.addOptions({url, plain, clients, seconds, warmup, bytes, idle, rate, check, tsv});
    parser.process(app);

    Run run;
    for (const QString &value : parser.values(url))
        run.urls.append(QUrl(value));
    if (run.urls.isEmpty())
        run.urls.append(QUrl(url.defaultValues().constFirst()));
    run.palaver = !parser.isSet(plain);
    run.rate = std::max(0.0, parser.value(rate).toDouble());
    run.checking = run.palaver && parser.isSet(check);
    run.bytes = std::max(40, parser.value(bytes).toInt());
    const int count = std::max(1, parser.value(clients).toInt());
    const double windowSeconds = std::max(1.0, parser.value(seconds).toDouble());
    const double warmupSeconds = std::max(0.0, parser.value(warmup).toDouble());
    run.same.reserve(size_t(count) * 20000 / size_t(run.urls.size()));
    if (run.urls.size() > 1)
        run.other.reserve(size_t(count) * 20000);
    run.check.seqOf.resize(size_t(count));
    run.clock.start();
    std::mt19937 random(7350);

    std::vector<std::unique_ptr<Client>> all;
    for (int i = 0; i < count; ++i)
        all.push_back(std::make_unique<Client>(run, i));

    QElapsedTimer window;
    qint64 windowNs = 0;
    std::clock_t cpuAtStart = 0;
    std::clock_t cpuAtEnd = 0;
    QElapsedTimer drain;
    QTimer draining;
    draining.setInterval(20);
    QObject::connect(&draining, &QTimer::timeout, &draining, [&] {
        const bool done = std::all_of(
            all.begin(), all.end(), [&](const auto &c) { return c->received() >= run.sentInAll; });
        if (done || drain.elapsed() > 20'000) {
            draining.stop();
            QCoreApplication::quit();
        }
    });
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
            client->start(random);
        QTimer::singleShot(std::chrono::milliseconds(qint64(warmupSeconds * 1000)), &app, [&] {
            run.measuring = true;
            cpuAtStart = std::clock();
            window.start();
            QTimer::singleShot(std::chrono::milliseconds(qint64(windowSeconds * 1000)), &app, [&] {
                run.measuring = false;
                run.sending = false;
                windowNs = window.nsecsElapsed();
                cpuAtEnd = std::clock();
                if (!run.checking) {
                    QCoreApplication::quit();
                    return;
                }
                // Whatever is still on its way: until every client has every message.
                drain.start();
                draining.start();
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

    const double elapsed = double(windowNs) / 1e9;
    const double cpu = double(cpuAtEnd - cpuAtStart) / CLOCKS_PER_SEC;
    std::vector<qint64> latencies = run.same;
    latencies.insert(latencies.end(), run.other.begin(), run.other.end());
    const auto delivered = qint64(latencies.size());

    // Every message sent must have reached every client: what one did not get is missing.
    qint64 messages = 0;
    qint64 missing = 0;
    qint64 gaps = 0;
    if (run.checking) {
        messages = run.sentInAll;
        for (const auto &client : all)
            missing += std::max<qint64>(0, messages - client->received());
        // Seqs between the first and the last that no client got: numbers skipped.
        const auto first = std::find_if(run.check.messageAt.begin(), run.check.messageAt.end(),
                                        [](quint64 id) { return id != 0; });
        const auto last = std::find_if(run.check.messageAt.rbegin(), run.check.messageAt.rend(),
                                       [](quint64 id) { return id != 0; });
        if (first != run.check.messageAt.end())
            gaps = std::count(first, last.base(), quint64(0));
    }
    const qint64 violations =
        missing + run.check.repeated + run.check.outOfOrder + run.check.disagreements + gaps;

    QJsonObject result{
        {"deliveries"_L1, delivered},
        {"seconds"_L1, elapsed},
        {"deliveriesPerSecond"_L1, double(delivered) / elapsed},
        {"sendsPerSecond"_L1, double(run.sent) / elapsed},
        {"p50ms"_L1, bench::percentileMs(latencies, 0.50)},
        {"p99ms"_L1, bench::percentileMs(latencies, 0.99)},
        {"maxms"_L1, bench::percentileMs(latencies, 1.0)},
        {"loadgenCpuShare"_L1, cpu / elapsed},
        {"sameInstanceP50ms"_L1, bench::percentileMs(run.same, 0.50)},
        {"sameInstanceP99ms"_L1, bench::percentileMs(run.same, 0.99)},
        {"otherInstanceP50ms"_L1, bench::percentileMs(run.other, 0.50)},
        {"otherInstanceP99ms"_L1, bench::percentileMs(run.other, 0.99)},
    };
    if (run.checking) {
        result.insert("messages"_L1, messages);
        result.insert("violations"_L1, violations);
        result.insert("missing"_L1, missing);
        result.insert("repeated"_L1, run.check.repeated);
        result.insert("outOfOrder"_L1, run.check.outOfOrder);
        result.insert("disagreements"_L1, run.check.disagreements);
        result.insert("gaps"_L1, gaps);
    }
    if (parser.isSet(tsv)) {
        std::printf(
            "%.0f\t%.2f\t%.2f\t%.2f\t%.0f\t%.2f", result.value("deliveriesPerSecond"_L1).toDouble(),
            result.value("p50ms"_L1).toDouble(), result.value("p99ms"_L1).toDouble(),
            result.value("maxms"_L1).toDouble(), result.value("sendsPerSecond"_L1).toDouble(),
            result.value("loadgenCpuShare"_L1).toDouble());
        if (run.checking) {
            std::printf("\t%.2f\t%.2f\t%.2f\t%.2f\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld",
                        result.value("sameInstanceP50ms"_L1).toDouble(),
                        result.value("sameInstanceP99ms"_L1).toDouble(),
                        result.value("otherInstanceP50ms"_L1).toDouble(),
                        result.value("otherInstanceP99ms"_L1).toDouble(),
                        static_cast<long long>(messages), static_cast<long long>(violations),
                        static_cast<long long>(missing), static_cast<long long>(run.check.repeated),
                        static_cast<long long>(run.check.outOfOrder),
                        static_cast<long long>(run.check.disagreements),
                        static_cast<long long>(gaps));
        }
        std::printf("\n");
    } else {
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
    }
    return 0;
}
