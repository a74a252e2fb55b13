// The delivery guarantee under fire: clients keep sending while the real server process is
// killed with SIGKILL and restarted, again and again. Afterwards every client must hold the
// same gap-free, duplicate-free sequence containing every message that was sent.
#include "client/core/connection.h"
#include "serverprocess.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kClients = 4;
constexpr int kMessages = 2000; // in total, spread over the clients
constexpr int kKills = 6;

/// One client and everything it was shown, by seq.
struct Participant
{
    explicit Participant(Clock &clock, const QString &outboxDir)
        : connection(clock, Backoff(BackoffPolicy{50ms, 400ms, 10ms, 2.0}))
    {
        connection.setOutboxDirectory(outboxDir);
        QObject::connect(&connection, &Connection::messageReceived, &connection,
                         [this](const protocol::ChatMessage &m) { record(m); });
        QObject::connect(&connection, &Connection::historyReceived, &connection,
                         [this](const protocol::History &h, Connection::HistoryKind) {
                             if (h.recovered == false)
                                 ++unrecovered;
                             for (const auto &m : h.messages)
                                 record(m);
                         });
    }

    void record(const protocol::ChatMessage &m)
    {
        const auto known = bySeq.constFind(m.seq);
        if (known == bySeq.cend()) {
            bySeq.insert(m.seq, m.id);
            if (protocol::isEventKind(m.kind))
                events.insert(m.id);
        } else if (*known != m.id)
            conflicts.append(
                u"seq %1 was %2, then %3"_s.arg(m.seq).arg(known->toString(), m.id.toString()));
        else
            ++repeats;
    }

    Connection connection;
    QMap<qint64, QUuid> bySeq; // the messages, and the events that say who joined
    QSet<QUuid> events;
    QStringList conflicts;
    int repeats = 0;     // the same message delivered again: the server must never do that
    int unrecovered = 0; // resumes the server could not honour: must stay 0
};

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageExactlyOnceAcrossServerKills();
};

void tst_CrashRecovery::everyMessageExactlyOnceAcrossServerKills()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs SIGKILL: QProcess::kill() is TerminateProcess on Windows, not covered yet.");
#endif
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(u"server"_s);
    auto server = std::make_unique<test::ServerProcess>();
    const QStringList fast{u"--rate"_s, u"100000"_s}; // these clients type very fast
    QVERIFY2(server->start(0, dataDir, fast), qPrintable(server->log()));
    const quint16 port = server->port();

    SystemClock clock;
    std::vector<std::unique_ptr<Participant>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<Participant>(clock, dir.filePath(u"client%1"_s.arg(i))));
        clients.back()->connection.open(server->url(), u"client%1"_s.arg(i));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                         [](const auto &c) {
                                             return c->connection.state() ==
                                                    Connection::State::Connected;
                                         }),
                             20'000);

    // Send steadily, whatever the connections are doing; the outboxes carry the rest.
    QSet<QUuid> sent;
    QTimer sender;
    sender.setInterval(3);
    QObject::connect(&sender, &QTimer::timeout, &sender, [&] {
        if (sent.size() >= kMessages) {
            sender.stop();
            return;
        }
        Participant &client = *clients[size_t(sent.size() % kClients)];
        sent.insert(client.connection.send(u"message %1"_s.arg(sent.size())).id);
    });
    sender.start();

    // Kill the server at spread-out points of the stream and bring it straight back.
    int kills = 0;
    while (kills < kKills) {
        const qsizetype due = (kills + 1) * kMessages / (kKills + 1);
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() >= due, 30'000);
        server->kill();
        ++kills;
        server = std::make_unique<test::ServerProcess>();
        QVERIFY2(server->start(port, dataDir, fast), qPrintable(server->log()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), qsizetype(kMessages), 30'000);

    // Everything is acknowledged and every client has caught up.
    const auto settled = [&] {
        return std::all_of(clients.begin(), clients.end(), [](const auto &c) {
            return c->connection.outbox().isEmpty() &&
                   c->bySeq.size() - c->events.size() >= kMessages &&
                   c->connection.state() == Connection::State::Connected;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 60'000);

    const QMap<qint64, QUuid> &reference = clients.front()->bySeq;
    for (size_t i = 0; i < clients.size(); ++i) {
        const Participant &client = *clients[i];
        QVERIFY2(client.conflicts.isEmpty(), qPrintable(client.conflicts.join(u'\n')));
        QCOMPARE(client.unrecovered, 0);
        QCOMPARE(client.repeats, 0);
        QCOMPARE(client.bySeq.size() - client.events.size(), qsizetype(kMessages)); // none twice
        QCOMPARE(client.events.size(), kClients);                      // "… joined", once each
        QCOMPARE(client.bySeq.firstKey(), 1);                          // gap-free from 1 ...
        QCOMPARE(client.bySeq.lastKey(), qint64(client.bySeq.size())); // ... to the last
        QCOMPARE(client.bySeq, reference); // the same order for everyone
    }
    const QList<QUuid> received = reference.values();
    QCOMPARE(QSet<QUuid>(received.begin(), received.end()) - clients.front()->events,
             sent); // every message sent
    QCOMPARE(server->terminate(), 0);
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
