// Several server instances on one PostgreSQL database (the private server of the test setup):
// two in this process for what they tell each other, and two real palaver-server processes for
// an instance killed with SIGKILL while its clients send.
#include "client/core/clock.h"
#include "client/core/connection.h"
#include "server/chatserver.h"
#include "server/postgrescluster.h"
#include "server/postgresstore.h"
#include "serverprocess.h"
#include "storetests.h"
#include "testclient.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace palaver;
using namespace palaver::server;
using namespace palaver::test;
using namespace Qt::StringLiterals;

namespace {

const QString kGeneral = QString::fromUtf16(protocol::kDefaultRoom);

/// Without the membership events ("alice joined"): these tests count messages and seqs. The
/// real processes of aKilledInstanceFailsOverWithNothingLost record them.
ServerOptions quietOptions()
{
    ServerOptions options;
    options.recordMembership = false;
    return options;
}

/// One instance in this process: its store, its part in the cluster, its server.
struct Instance
{
    explicit Instance(const TestDatabase &db, PostgresCluster::Options clusterOptions = options())
        : store(*postgresTarget(db))
        , cluster(*postgresTarget(db), clusterOptions)
        , server(store, quietOptions())
    {}
    bool start()
    {
        QString error;
        if (!store.isOpen() || !cluster.start(&error)) {
            qWarning() << store.errorString() << error;
            return false;
        }
        server.joinCluster(cluster);
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1"_s.arg(server.serverPort())); }
    static PostgresCluster::Options options()
    {
        PostgresCluster::Options o;
        o.heartbeat = std::chrono::milliseconds(200);
        o.expiry = std::chrono::milliseconds(1'000);
        o.poll = std::chrono::milliseconds(1'000);
        return o;
    }

    PostgresStore store;
    PostgresCluster cluster;
    ChatServer server;
};

bool hasPresence(const TestClient &client, const QString &nick, protocol::Status status)
{
    const QList<protocol::Presence> all = client.presences();
    return std::any_of(all.cbegin(), all.cend(), [&](const protocol::Presence &p) {
        return p.nick == nick && p.status == status;
    });
}

bool hasMessage(const QList<protocol::ChatMessage> &messages, const QUuid &id)
{
    return std::any_of(messages.cbegin(), messages.cend(),
                       [&id](const protocol::ChatMessage &m) { return m.id == id; });
}

/// How many of `messages` people said: the membership events aside.
qsizetype said(const QList<protocol::ChatMessage> &messages)
{
    return std::count_if(messages.cbegin(), messages.cend(), [](const protocol::ChatMessage &m) {
        return !protocol::isEventKind(m.kind);
    });
}

QList<std::pair<qint64, QUuid>> order(const QList<protocol::ChatMessage> &messages)
{
    QList<std::pair<qint64, QUuid>> result;
    for (const protocol::ChatMessage &m : messages)
        result.append({m.seq, m.id});
    return result;
}

} // namespace

class tst_Cluster : public QObject
{
    Q_OBJECT

private slots:
    void bothInstancesDeliverOneOrder();
    void presenceAndTypingCrossInstances();
    void nicknamesAreUniqueAcrossInstances();
    void directConversationsCrossInstances();
    void catchesUpAfterItsConnectionDrops();
    void aNicknameIsClaimedOnceAcrossInstances();
    void aStoppingInstanceSaysItsUsersLeft();
    void aLateOfflineFromTheOldInstanceIsIgnored();
    void anInstanceGivenUpRecordsItsClientsAgain();
    void whileTheDatabaseIsOutNothingIsAcceptedAndNothingLost();
    void aKilledInstanceFailsOverWithNothingLost();
};

void tst_Cluster::bothInstancesDeliverOneOrder()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    Instance b(db);
    QVERIFY(a.start());
    QVERIFY(b.start());
    QCOMPARE(a.store.epoch(), b.store.epoch()); // one history: clients resume on either

    TestClient alice(a.url(), u"alice"_s);
    TestClient bob(b.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());

    // Both send at once, without waiting: the database decides one order.
    constexpr int kEach = 40;
    QSet<QUuid> sent;
    for (int i = 0; i < kEach; ++i) {
        sent.insert(alice.say(u"alice %1"_s.arg(i)));
        sent.insert(bob.say(u"bob %1"_s.arg(i)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(alice.chatMessages().size(), 2 * kEach, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(bob.chatMessages().size(), 2 * kEach, 15'000);
    QCOMPARE(order(alice.chatMessages()), order(bob.chatMessages()));
    QSet<QUuid> received;
    for (int i = 0; i < 2 * kEach; ++i) {
        QCOMPARE(alice.chatMessages()[i].seq, i + 1); // gap-free, from 1
        received.insert(alice.chatMessages()[i].id);
    }
    QCOMPARE(received, sent);

    // A client that sends again through the other instance gets the same ack, and nobody gets
    // the message twice.
    const protocol::ChatMessage first = alice.chatMessages().constFirst();
    TestClient again(b.url(), u"alice2"_s);
    QVERIFY(again.waitForWelcome());
    again.send(protocol::Send{first.id, kGeneral, first.text, protocol::MessageKind::Text});
    QVERIFY(again.waitForAck(first.id));
    QCOMPARE(again.acks().constFirst().seq, first.seq);
    const QUuid barrier = bob.say(u"barrier"_s);
    QVERIFY(bob.waitForAck(barrier));
    QTRY_COMPARE(alice.chatMessages().size(), 2 * kEach + 1);
    QCOMPARE(alice.chatMessages().constLast().id, barrier);
    QCOMPARE(a.store.range(kGeneral).last, 2 * kEach + 1);
}

void tst_Cluster::presenceAndTypingCrossInstances()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    Instance b(db);
    QVERIFY(a.start());
    QVERIFY(b.start());
    TestClient alice(a.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    TestClient bob(b.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());

    // Bob, on the other instance, sees alice online in his welcome...
    const auto members = bob.welcome()->members;
    const auto aliceThere =
        std::find_if(members.cbegin(), members.cend(),
                     [](const protocol::Member &m) { return m.nick == u"alice"_s; });
    QVERIFY(aliceThere != members.cend());
    QCOMPARE(aliceThere->status, protocol::Status::Online);
    // ...and alice hears that bob arrived.
    QTRY_VERIFY(alice.presenceLines().join(u'\n').contains(u"bob"_s));

    alice.send(protocol::SetStatus{protocol::Status::Away});
    QTRY_VERIFY(hasPresence(bob, u"alice"_s, protocol::Status::Away));
    alice.send(protocol::Typing{kGeneral, {}, true});
    QTRY_VERIFY(!bob.all<protocol::Typing>().isEmpty());
    QCOMPARE(bob.all<protocol::Typing>().constFirst().nick, u"alice"_s);

    // Alice leaves: bob, on the other instance, sees her go offline.
    alice.close();
    QVERIFY(alice.waitDisconnected());
    QTRY_VERIFY(hasPresence(bob, u"alice"_s, protocol::Status::Offline));
}

void tst_Cluster::nicknamesAreUniqueAcrossInstances()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    Instance b(db);
    QVERIFY(a.start());
    QVERIFY(b.start());
    TestClient carol(a.url());
    carol.send(
        protocol::Hello{protocol::kProtocolVersion, u"carol"_s, u"test"_s, {}, {}, u"token-1"_s});
    QVERIFY(carol.waitForWelcome());

    // Somebody else, on the other instance: refused, with a suggestion.
    TestClient impostor(b.url());
    impostor.send(
        protocol::Hello{protocol::kProtocolVersion, u"Carol"_s, u"test"_s, {}, {}, u"token-2"_s});
    QVERIFY(impostor.waitForError());
    QCOMPARE(impostor.errors().constFirst().code, protocol::ErrorCode::NickTaken);
    QCOMPARE(impostor.errors().constFirst().suggestion, u"Carol2"_s);
    QVERIFY(impostor.waitDisconnected());

    // Carol herself, back through the other instance: she takes her nickname over, and the old
    // connection is told it was replaced.
    TestClient back(b.url());
    back.send(
        protocol::Hello{protocol::kProtocolVersion, u"carol"_s, u"test"_s, {}, {}, u"token-1"_s});
    QVERIFY(back.waitForWelcome());
    QVERIFY(carol.waitDisconnected());
    QCOMPARE(carol.closeCode(), int(protocol::CloseCode::Replaced));
}

void tst_Cluster::directConversationsCrossInstances()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    Instance b(db);
    QVERIFY(a.start());
    QVERIFY(b.start());
    TestClient alice(a.url(), u"alice"_s);
    TestClient bob(b.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());

    alice.send(protocol::Join{u"@bob"_s});
    QTRY_VERIFY(!alice.all<protocol::Joined>().isEmpty());
    const QString room = alice.all<protocol::Joined>().constFirst().room.name;
    QVERIFY(room.startsWith(u'@'));
    // Bob, on the other instance, is in it too...
    QTRY_VERIFY(!bob.all<protocol::Joined>().isEmpty());
    QCOMPARE(bob.all<protocol::Joined>().constFirst().room.name, room);
    QCOMPARE(bob.all<protocol::Joined>().constFirst().room.peer, u"alice"_s);
    // ...and gets what alice writes there.
    const QUuid id = alice.say(u"just between us"_s, room);
    QVERIFY(alice.waitForAck(id));
    QTRY_VERIFY(hasMessage(bob.chatMessages(), id));
}

void tst_Cluster::aNicknameIsClaimedOnceAcrossInstances()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    Instance b(db);
    QVERIFY(a.start());
    QVERIFY(b.start());
    // What two hellos for one nickname at the same moment come down to: one statement each,
    // and the second finds the first's row.
    QVERIFY(a.cluster.claim(u"dave"_s, u"Dave"_s, u"token-a"_s));
    QVERIFY(!b.cluster.claim(u"dave"_s, u"Dave"_s, u"token-b"_s));
    QVERIFY(!b.cluster.claim(u"dave"_s, u"Dave"_s, QString()));   // no token is nobody's token
    QVERIFY(a.cluster.claim(u"dave"_s, u"Dave"_s, u"token-a"_s)); // still its own
    QVERIFY(b.cluster.claim(u"dave"_s, u"Dave"_s, u"token-a"_s)); // the same client, moved
    QVERIFY(!a.cluster.claim(u"dave"_s, u"Dave"_s, u"token-c"_s));
}

void tst_Cluster::aStoppingInstanceSaysItsUsersLeft()
{
    PALAVER_REQUIRE_POSTGRES(db);
    auto a = std::make_unique<Instance>(db);
    Instance b(db);
    QVERIFY(a->start());
    QVERIFY(b.start());
    TestClient alice(a->url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    TestClient bob(b.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());

    // A stops properly (SIGTERM): its own clients are told nothing of each other, but those of
    // B hear that alice went, rather than seeing her online for ever.
    QSignalSpy finished(&a->server, &ChatServer::shutdownFinished);
    a->server.shutdown();
    QVERIFY(finished.wait());
    a.reset();
    QTRY_VERIFY(hasPresence(bob, u"alice"_s, protocol::Status::Offline));
}

void tst_Cluster::aLateOfflineFromTheOldInstanceIsIgnored()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    Instance b(db);
    Instance c(db);
    QVERIFY(a.start());
    QVERIFY(b.start());
    QVERIFY(c.start());
    // Erin was on A; her client moved to B (same token) before A noticed her old connection
    // had died.
    QVERIFY(a.cluster.claim(u"erin"_s, u"Erin"_s, u"token-e"_s));
    a.cluster.online(u"erin"_s, u"Erin"_s, protocol::Status::Online, u"token-e"_s);
    QTRY_COMPARE(c.cluster.remoteStatus(u"erin"_s), protocol::Status::Online);
    QVERIFY(b.cluster.claim(u"erin"_s, u"Erin"_s, u"token-e"_s));
    b.cluster.online(u"erin"_s, u"Erin"_s, protocol::Status::Away, u"token-e"_s);
    QTRY_COMPARE(c.cluster.remoteStatus(u"erin"_s), protocol::Status::Away);

    // Now A notices: the nickname is not its own any more, so nobody is told she left.
    QVERIFY(!a.cluster.offline(u"erin"_s));
    // (A status change from A, as a barrier: once C has it, it has everything A sent before.)
    QVERIFY(a.cluster.claim(u"frank"_s, u"Frank"_s, u"token-f"_s));
    a.cluster.online(u"frank"_s, u"Frank"_s, protocol::Status::Online, u"token-f"_s);
    QTRY_COMPARE(c.cluster.remoteStatus(u"frank"_s), protocol::Status::Online);
    QCOMPARE(c.cluster.remoteStatus(u"erin"_s), protocol::Status::Away);
}

void tst_Cluster::anInstanceGivenUpRecordsItsClientsAgain()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    Instance b(db);
    QVERIFY(a.start());
    QVERIFY(b.start());
    TestClient alice(a.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    TestClient bob(b.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    QSqlDatabase side = QSqlDatabase::addDatabase(u"QPSQL"_s, u"givenup"_s);
    configureConnection(side, db);
    QVERIFY(side.open());
    QSqlQuery query(side);
    const auto recorded = [&query, &a] {
        QStringList keys;
        if (query.exec(
                u"SELECT nick_key FROM presence WHERE instance = '%1' ORDER BY nick_key"_s.arg(
                    a.cluster.instanceId()))) {
            while (query.next())
                keys.append(query.value(0).toString());
        }
        query.finish();
        return keys;
    };
    const auto backOnline = [&bob](qsizetype since) {
        const QList<protocol::Presence> heard = bob.presences().mid(since);
        return std::any_of(heard.cbegin(), heard.cend(), [](const protocol::Presence &p) {
            return p.nick == u"alice"_s && p.status == protocol::Status::Online;
        });
    };

    // Somebody left A while A's connection to the database was down: its row stayed, and
    // nobody elsewhere heard. When the connection is back, A says so.
    QVERIFY(a.store.addMember(kGeneral, u"ghost"_s));
    QVERIFY(query.exec(u"INSERT INTO presence (nick_key, nick, status, instance, token_hash) "
                       u"VALUES ('ghost', 'ghost', 0, '%1', '')"_s.arg(a.cluster.instanceId())));
    QVERIFY(query.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       u"WHERE application_name = '%1'"_s.arg(a.cluster.applicationName())));
    query.finish();
    QTRY_VERIFY(hasPresence(bob, u"ghost"_s, protocol::Status::Offline));
    QTRY_COMPARE(recorded(), QStringList{u"alice"_s});

    // A is given up (as another instance does with one silent too long), which takes its
    // rows: at its next heartbeat A records alice again, and she is shown online again.
    const qsizetype heardBefore = bob.presences().size();
    QVERIFY(query.exec(u"DELETE FROM instances WHERE id = '%1'"_s.arg(a.cluster.instanceId())));
    query.finish();
    QTRY_VERIFY(backOnline(heardBefore));
    QTRY_COMPARE(recorded(), QStringList{u"alice"_s});
}

void tst_Cluster::catchesUpAfterItsConnectionDrops()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    // B compares the rooms with the table only rarely: what it misses while its connection is
    // down must come from catching up when it is back.
    PostgresCluster::Options rarely = Instance::options();
    rarely.poll = std::chrono::minutes(10);
    Instance b(db, rarely);
    QVERIFY(a.start());
    QVERIFY(b.start());
    TestClient alice(a.url(), u"alice"_s);
    TestClient bob(b.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());
    const QUuid first = alice.say(u"before"_s);
    QTRY_VERIFY(hasMessage(bob.chatMessages(), first));

    // The database drops B's listening connection (a restart, a network cut)...
    QSqlDatabase side = QSqlDatabase::addDatabase(u"QPSQL"_s, u"side"_s);
    configureConnection(side, db);
    QVERIFY(side.open());
    QSqlQuery kill(side);
    kill.prepare(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                 u"WHERE application_name = ?"_s);
    kill.addBindValue(b.cluster.applicationName());
    QVERIFY(kill.exec() && kill.next());
    QCOMPARE(kill.value(0).toInt(), 1);
    kill.finish();
    side.close();
    // ...and A stores at once, so that B's notifications are lost.
    QList<QUuid> during;
    for (int i = 0; i < 3; ++i)
        during.append(alice.say(u"during %1"_s.arg(i)));
    QVERIFY(alice.waitForAck(during.last()));

    // B connects again by itself and delivers what it missed, in order, once.
    QTRY_VERIFY_WITH_TIMEOUT(hasMessage(bob.chatMessages(), during.last()), 10'000);
    QTRY_VERIFY(b.cluster.isConnected());
    const QList<protocol::ChatMessage> got = bob.chatMessages();
    QCOMPARE(got.size(), 4);
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(got[i].seq, i + 1);
    // And it hears notifications again.
    const QUuid after = alice.say(u"after"_s);
    QTRY_VERIFY(hasMessage(bob.chatMessages(), after));
}

void tst_Cluster::whileTheDatabaseIsOutNothingIsAcceptedAndNothingLost()
{
    PALAVER_REQUIRE_POSTGRES(db);
    Instance a(db);
    QVERIFY(a.start());
    TestClient alice(a.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());

    // The database stops taking connections, and drops those it has.
    const auto outage = [&db](bool out) {
        QSqlDatabase side = QSqlDatabase::addDatabase(u"QPSQL"_s, u"outage"_s);
        configureConnection(side, db);
        side.setDatabaseName(u"palaver"_s); // not the one being cut off
        bool ok = side.open();
        QSqlQuery query(side);
        ok = ok && query.exec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2"_s.arg(
                       db.name, out ? u"false"_s : u"true"_s));
        if (out) {
            ok = ok && query.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  u"WHERE datname = '%1'"_s.arg(db.name));
        }
        query.finish();
        side.close();
        return ok;
    };
    QVERIFY(outage(true));

    // A send is refused, saying so; nothing is stored or acked.
    const QUuid lost = alice.say(u"during the outage"_s);
    QTRY_VERIFY(!alice.errors().isEmpty());
    QCOMPARE(alice.errors().constLast().code, protocol::ErrorCode::StorageFailed);
    QCOMPARE(alice.errors().constLast().id, lost);
    QVERIFY(alice.acks().isEmpty());
    // A new client is turned away, to try again later, rather than let in with no rooms.
    TestClient bob(a.url(), u"bob"_s);
    QVERIFY(bob.waitDisconnected());
    QCOMPARE(bob.closeCode(), int(protocol::CloseCode::InternalError));
    QVERIFY(!bob.errors().isEmpty());
    QCOMPARE(bob.errors().constFirst().code, protocol::ErrorCode::StorageFailed);
    QVERIFY(!bob.welcome());

    // Back: the same send, again, is stored once; the newcomer gets in and sees it.
    QVERIFY(outage(false));
    alice.send(protocol::Send{lost, kGeneral, u"during the outage"_s, protocol::MessageKind::Text});
    QVERIFY(alice.waitForAck(lost));
    TestClient carol(a.url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());
    QTRY_COMPARE(alice.chatMessages().size(), 1);
    QCOMPARE(a.store.range(kGeneral).last, 1);
}

void tst_Cluster::aKilledInstanceFailsOverWithNothingLost()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is POSIX");
#endif
    PALAVER_REQUIRE_POSTGRES(db);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString passwordFile = dir.filePath(u"password"_s);
    {
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(db.password.toUtf8());
    }
    const QStringList cluster{
        u"--database"_s,         db.url, u"--database-password-file"_s, passwordFile,
        u"--instance-timeout"_s, u"2"_s};
    ServerProcess a;
    ServerProcess b;
    QVERIFY2(a.start(0, dir.filePath(u"a"_s), cluster), qPrintable(a.log()));
    QVERIFY2(b.start(0, dir.filePath(u"b"_s), cluster), qPrintable(b.log()));

    // Three real clients on A that know B too, three on B that know A.
    client::SystemClock clock;
    struct Client
    {
        std::unique_ptr<client::Connection> connection;
        QList<protocol::ChatMessage> seen; // live and missed history, in the order received
        QSet<QUuid> sent;
    };
    std::vector<Client> clients;
    for (int i = 0; i < 6; ++i) {
        Client c;
        c.connection = std::make_unique<client::Connection>(clock);
        c.connection->setOutboxDirectory(dir.filePath(u"outbox%1"_s.arg(i)));
        c.connection->setToken(u"token-%1"_s.arg(i));
        clients.push_back(std::move(c));
    }
    for (size_t i = 0; i < clients.size(); ++i) {
        Client &c = clients[i];
        QObject::connect(c.connection.get(), &client::Connection::messageReceived,
                         c.connection.get(),
                         [&c](const protocol::ChatMessage &m) { c.seen.append(m); });
        QObject::connect(c.connection.get(), &client::Connection::historyReceived,
                         c.connection.get(),
                         [&c](const protocol::History &history, client::Connection::HistoryKind) {
                             c.seen.append(history.messages);
                         });
        const bool onA = i < 3;
        c.connection->open(onA ? QList<QUrl>{a.url(), b.url()} : QList<QUrl>{b.url(), a.url()},
                           u"user%1"_s.arg(i));
    }
    for (const Client &c : clients)
        QTRY_COMPARE_WITH_TIMEOUT(c.connection->state(), client::Connection::State::Connected,
                                  10'000);
    // What the witness on B knows of the one left behind: from presence, or from a welcome if the
    // witness itself had to reconnect meanwhile (a loaded machine can make it miss a heartbeat).
    protocol::Status strandedSeen = protocol::Status::Offline;
    client::Connection *witnessConnection = clients.back().connection.get();
    QObject::connect(witnessConnection, &client::Connection::presenceReceived, witnessConnection,
                     [&strandedSeen](const protocol::Presence &p) {
                         if (p.nick == u"stranded"_s &&
                             (p.event == protocol::Presence::Event::Status ||
                              p.event == protocol::Presence::Event::Join))
                             strandedSeen = p.status;
                     });
    QObject::connect(witnessConnection, &client::Connection::welcomed, witnessConnection,
                     [&strandedSeen](const protocol::Welcome &welcome) {
                         for (const protocol::Member &m : welcome.members) {
                             if (m.nick == u"stranded"_s)
                                 strandedSeen = m.status;
                         }
                     });
    // And one on A that knows no other address: it stays away once A is gone.
    TestClient stranded(a.url(), u"stranded"_s);
    QVERIFY(stranded.waitForWelcome());
    QTRY_COMPARE(strandedSeen, protocol::Status::Online);

    // Everybody sends; A dies in the middle of it, with sends of its clients in flight.
    constexpr int kRounds = 30;
    Client &witness = clients.back(); // on B all along
    const auto hasSeen = [](const Client &c, const QUuid &id) { return hasMessage(c.seen, id); };
    for (int round = 0; round < kRounds; ++round) {
        QUuid witnessed;
        for (Client &c : clients) {
            const QUuid id = c.connection->send(kGeneral, u"round %1"_s.arg(round)).id;
            c.sent.insert(id);
            if (&c == &witness)
                witnessed = id;
        }
        if (round == kRounds / 2)
            a.kill();
        // Rounds go out one after another, as people type: the next once B delivered this one.
        QTRY_VERIFY_WITH_TIMEOUT(hasSeen(witness, witnessed), 10'000);
    }
    QSet<QUuid> all;
    for (const Client &c : clients)
        all.unite(c.sent);
    QCOMPARE(all.size(), 6 * kRounds);

    // All of A's clients are now on B, and everybody has had every message exactly once, in the
    // one order the database gave them.
    for (const Client &c : clients) {
        QTRY_COMPARE_WITH_TIMEOUT(c.connection->url().port(), b.url().port(), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(said(c.seen), 6 * kRounds, 20'000);
    }
    const auto reference = order(clients.front().seen);
    for (const Client &c : clients) {
        QCOMPARE(order(c.seen), reference);
        QSet<QUuid> ids;
        for (int i = 0; i < c.seen.size(); ++i) {
            QCOMPARE(c.seen[i].seq, i + 1); // gap-free, the events that say who joined included
            if (!protocol::isEventKind(c.seen[i].kind))
                ids.insert(c.seen[i].id);
        }
        QCOMPARE(ids, all);
    }
    // Nobody said goodbye for the one left behind: B gives A up after --instance-timeout, and
    // its users are shown offline.
    QTRY_VERIFY2_WITH_TIMEOUT(strandedSeen == protocol::Status::Offline, qPrintable(b.readLog()),
                              15'000);
    // And the database holds each once.
    PostgresStore store(*postgresTarget(db));
    QCOMPARE(store.range(kGeneral).last, reference.size());
    QCOMPARE(b.state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(tst_Cluster)
#include "tst_cluster.moc"
