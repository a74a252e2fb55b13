// ChatServer in-process on an ephemeral loopback port, driven by real WebSocket clients.
#include "server/chatserver.h"
#include "testclient.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace palaver;
using palaver::protocol::CloseCode;
using palaver::protocol::ErrorCode;
using palaver::test::TestClient;
using palaver::test::TestServer;

namespace {

const QString kRoom = QString::fromUtf16(protocol::kDefaultRoom);
constexpr char16_t kId[] = u"3f2b8c1e-7d4a-4f0e-9b6a-2c5d8e1f0a47";

/// Small limits, so the tests of limits send small frames; they also prove that the welcome
/// announces the server's limits and not the defaults.
server::ServerOptions testOptions()
{
    server::ServerOptions options;
    // These tests count seqs and messages: without the membership events ("alice joined"),
    // which tst_rooms tests.
    options.recordMembership = false;
    options.name = u"test server"_s;
    options.limits.maxMessageBytes = 8 * 1024;
    options.limits.maxTextLength = 100;
    options.limits.maxNickLength = 16;
    options.limits.maxJsonDepth = 8;
    return options;
}

QString codeName(ErrorCode errorCode)
{
    return protocol::errorCodeName(errorCode);
}

/// The last entry, or nothing while there is none (so a QTRY_COMPARE can poll it).
QString lastOf(const QStringList &list)
{
    return list.isEmpty() ? QString() : list.constLast();
}

/// The frame of a `send` from raw JSON field text, so rows can break the fields.
QString sendFrame(const QString &fields)
{
    return u"{\"type\":\"send\",%1}"_s.arg(fields);
}

} // namespace

class tst_ChatServer final : public QObject
{
    Q_OBJECT

private slots:
    void welcomeDescribesTheRoom();
    void welcomeListsEveryoneInTheRoom();
    void nickAtTheLimitIsAccepted();
    void broadcastsToEveryoneIncludingTheSender();
    void normalizesText();
    void seqIsGapFreeAcrossSenders();
    void announcesArrivalsAndDepartures();
    void repeatedIdIsAckedAgainButNotDelivered_data();
    void repeatedIdIsAckedAgainButNotDelivered();
    void refusedSendCanBeRetriedWithTheSameId();
    void sendToAnotherRoomIsUnknownRoom();
    void badInputAfterHelloIsAnsweredAndSurvived_data();
    void badInputAfterHelloIsAnsweredAndSurvived();
    void badInputBeforeHelloCloses_data();
    void badInputBeforeHelloCloses();
    void wrongProtocolVersionCloses_data();
    void wrongProtocolVersionCloses();
    void invalidNickCloses_data();
    void invalidNickCloses();
    void silentClientIsClosedAfterHandshakeTimeout();
    void silentTcpConnectionIsClosedAndFreesItsPlace_data();
    void silentTcpConnectionIsClosedAndFreesItsPlace();
    void messageOverSizeLimitClosesOnlyThatClient();
    void shutdownSaysGoingAwayToEveryone();
    void shutdownWithoutClientsFinishes();
};

void tst_ChatServer::welcomeDescribesTheRoom()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    // Decomposed "é" and surrounding spaces: the server keeps the NFC form, trimmed.
    TestClient amelie(server.url(), u"  Ame\u0301lie "_s);
    QVERIFY(amelie.waitForWelcome());

    const protocol::Welcome welcome = *amelie.welcome();
    QCOMPARE(welcome.protocol, protocol::kProtocolVersion);
    QVERIFY2(welcome.server.startsWith(u"palaver-server/"_s), qPrintable(welcome.server));
    QCOMPARE(welcome.name, u"test server"_s);
    QCOMPARE(welcome.nick, u"Am\u00e9lie"_s);
    QCOMPARE(welcome.room, u"general"_s);
    QVERIFY(!welcome.epoch.isEmpty());
    QCOMPARE(welcome.epoch, server.server().epoch());
    QCOMPARE(welcome.members, QList<protocol::Member>{protocol::Member{u"Am\u00e9lie"_s}});
    QCOMPARE(welcome.limits, testOptions().limits);
    QVERIFY(amelie.undecodable().isEmpty());

    // The welcome comes first, then the room hears of the newcomer, the newcomer included.
    QTRY_COMPARE(amelie.presenceLines(), QStringList{u"join Am\u00e9lie"_s});
    QVERIFY(std::holds_alternative<protocol::Welcome>(amelie.messages().constFirst()));
    const protocol::Presence join = amelie.presences().constFirst();
    QCOMPARE(join.room, kRoom);
    QVERIFY(join.time.isValid());
}

void tst_ChatServer::welcomeListsEveryoneInTheRoom()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());

    const auto nicks = [](const TestClient &client) {
        QStringList result;
        const protocol::Welcome welcome = client.welcome().value_or(protocol::Welcome{});
        for (const protocol::Member &member : welcome.members)
            result.append(member.nick);
        return result;
    };
    QCOMPARE(nicks(alice), QStringList({u"alice"_s}));
    QCOMPARE(nicks(bob), QStringList({u"alice"_s, u"bob"_s}));
    QCOMPARE(nicks(carol), QStringList({u"alice"_s, u"bob"_s, u"carol"_s}));
    QCOMPARE(carol.welcome()->epoch, alice.welcome()->epoch);

    // Somebody who disconnected is still a member of the room, listed as offline.
    bob.close();
    QVERIFY(bob.waitDisconnected());
    QTRY_COMPARE(lastOf(alice.presenceLines()), u"offline bob"_s);
    TestClient dave(server.url(), u"dave"_s);
    QVERIFY(dave.waitForWelcome());
    QCOMPARE(nicks(dave), QStringList({u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s}));
    const QList<protocol::Member> members = dave.welcome()->members;
    QCOMPARE(members.at(1), (protocol::Member{u"bob"_s, protocol::Status::Offline}));
    QCOMPARE(members.at(3), (protocol::Member{u"dave"_s, protocol::Status::Online}));
    QCOMPARE(server.server().sessionCount(), 3);
}

void tst_ChatServer::nickAtTheLimitIsAccepted()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString nick(testOptions().limits.maxNickLength, u'n');

    TestClient client(server.url(), nick);
    QVERIFY(client.waitForWelcome());
    QCOMPARE(client.welcome()->nick, nick);
}

void tst_ChatServer::broadcastsToEveryoneIncludingTheSender()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QUuid id = alice.say(u"hello"_s);

    QTRY_COMPARE(bob.lines(), QStringList({u"alice: hello"_s}));
    QTRY_COMPARE(alice.lines(), QStringList({u"alice: hello"_s}));
    QVERIFY(alice.waitForAck(id));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const protocol::ChatMessage message = bob.chatMessages().constFirst();
    QCOMPARE(alice.chatMessages().constFirst(), message);
    QCOMPARE(message.room, kRoom);
    QCOMPARE(message.seq, 1);
    QCOMPARE(message.id, id);
    QCOMPARE(message.nick, u"alice"_s);
    // The time is the server's, stamped while the test waited (one clock, same process).
    QCOMPARE(message.time.timeSpec(), Qt::UTC);
    QVERIFY2(message.time >= before && message.time <= after,
             qPrintable(protocol::formatTime(message.time)));

    QCOMPARE(alice.acks().size(), 1);
    const protocol::Ack ack = alice.acks().constFirst();
    QCOMPARE(ack.id, id);
    QCOMPARE(ack.room, kRoom);
    QCOMPARE(ack.seq, message.seq);
    QCOMPARE(ack.time, message.time);
    // The sender sees its ack before its own message.
    const auto ackAt =
        std::find_if(alice.messages().cbegin(), alice.messages().cend(),
                     [](const auto &m) { return std::holds_alternative<protocol::Ack>(m); });
    const auto messageAt =
        std::find_if(alice.messages().cbegin(), alice.messages().cend(), [](const auto &m) {
            return std::holds_alternative<protocol::ChatMessage>(m);
        });
    QVERIFY(ackAt < messageAt);

    // Acks go to the sender only: once bob's own send is acked, he has all he will ever get.
    QVERIFY(bob.waitForAck(bob.say(u"hi alice"_s)));
    QCOMPARE(bob.acks().size(), 1);
    QCOMPARE(bob.lines(), QStringList({u"alice: hello"_s, u"bob: hi alice"_s}));
    QTRY_COMPARE(alice.lines(), QStringList({u"alice: hello"_s, u"bob: hi alice"_s}));
    QCOMPARE(alice.acks().size(), 1);
    QVERIFY(alice.errors().isEmpty());
    QVERIFY(bob.errors().isEmpty());
    QVERIFY(alice.undecodable().isEmpty());
    QVERIFY(bob.undecodable().isEmpty());
}

void tst_ChatServer::normalizesText()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());

    const QString atLimit(testOptions().limits.maxTextLength, u'x');
    QVERIFY(alice.waitForAck(alice.say(atLimit)));
    QVERIFY(alice.waitForAck(alice.say(u"line one\r\nline two\rline three\tend"_s)));
    QVERIFY(alice.waitForAck(alice.say(u"cafe\u0301"_s)));

    QTRY_COMPARE(alice.lines(), QStringList({u"alice: "_s + atLimit,
                                             u"alice: line one\nline two\nline three\tend"_s,
                                             u"alice: caf\u00e9"_s}));
    QVERIFY(alice.errors().isEmpty());
}

void tst_ChatServer::seqIsGapFreeAcrossSenders()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    TestClient carol(server.url(), u"carol"_s);
    const QList<TestClient *> clients{&alice, &bob, &carol};
    for (TestClient *client : clients)
        QVERIFY(client->waitForWelcome());

    constexpr int kRounds = 5;
    QHash<QUuid, TestClient *> senders;
    for (int round = 0; round < kRounds; ++round) {
        for (TestClient *client : clients)
            senders.insert(client->say(u"line %1"_s.arg(round)), client);
    }
    const qsizetype total = kRounds * clients.size();

    for (TestClient *client : clients)
        QTRY_COMPARE(client->chatMessages().size(), total);

    const QList<protocol::ChatMessage> seen = alice.chatMessages();
    for (qsizetype i = 0; i < total; ++i)
        QCOMPARE(seen.at(i).seq, i + 1);
    QCOMPARE(bob.chatMessages(), seen);
    QCOMPARE(carol.chatMessages(), seen);

    for (TestClient *client : clients) {
        QTRY_COMPARE(client->acks().size(), kRounds);
        // Each sender's lines come out in the order they went in.
        QStringList own;
        for (const protocol::ChatMessage &message : seen) {
            QVERIFY(senders.contains(message.id));
            if (senders.value(message.id) == client)
                own.append(message.text);
        }
        QCOMPARE(own,
                 QStringList({u"line 0"_s, u"line 1"_s, u"line 2"_s, u"line 3"_s, u"line 4"_s}));
        // Every ack names the seq the message went out with.
        for (const protocol::Ack &ack : client->acks()) {
            QCOMPARE(senders.value(ack.id), client);
            const auto message = std::find_if(seen.cbegin(), seen.cend(),
                                              [&ack](const auto &m) { return m.id == ack.id; });
            QVERIFY(message != seen.cend());
            QCOMPARE(ack.seq, message->seq);
        }
    }
}

void tst_ChatServer::announcesArrivalsAndDepartures()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    auto bob = std::make_unique<TestClient>(server.url(), u"bob"_s);
    QVERIFY(bob->waitForWelcome());

    // A nickname new to the server joins general.
    QTRY_COMPARE(alice.presenceLines(), QStringList({u"join alice"_s, u"join bob"_s}));
    QTRY_COMPARE(bob->presenceLines(), QStringList({u"join bob"_s}));

    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());
    QTRY_COMPARE(alice.presenceLines(),
                 QStringList({u"join alice"_s, u"join bob"_s, u"join carol"_s}));
    QTRY_COMPARE(bob->presenceLines(), QStringList({u"join bob"_s, u"join carol"_s}));

    // Disconnecting keeps the membership: the others see bob go offline, not leave.
    bob->close();
    QVERIFY(bob->waitDisconnected());
    QTRY_COMPARE(alice.presenceLines(),
                 QStringList({u"join alice"_s, u"join bob"_s, u"join carol"_s, u"offline bob"_s}));
    QTRY_COMPARE(carol.presenceLines(), QStringList({u"join carol"_s, u"offline bob"_s}));
    const protocol::Presence offline = carol.presences().constLast();
    QVERIFY(offline.room.isEmpty());
    QCOMPARE(offline.event, protocol::Presence::Event::Status);
    QCOMPARE(offline.status, protocol::Status::Offline);
    QVERIFY(offline.time.isValid());
    QTRY_COMPARE(server.server().sessionCount(), 2);

    // Back again: online, once per client (general is the one room they share), bob included.
    bob = std::make_unique<TestClient>(server.url(), u"bob"_s);
    QVERIFY(bob->waitForWelcome());
    QTRY_COMPARE(bob->presenceLines(), QStringList({u"online bob"_s}));
    QTRY_COMPARE(carol.presenceLines(),
                 QStringList({u"join carol"_s, u"offline bob"_s, u"online bob"_s}));
    QVERIFY(alice.waitForAck(alice.say(u"barrier"_s)));
    QTRY_COMPARE(carol.lines(), QStringList({u"alice: barrier"_s}));
    QCOMPARE(carol.presenceLines().count(u"online bob"_s), 1);
}

void tst_ChatServer::repeatedIdIsAckedAgainButNotDelivered_data()
{
    QTest::addColumn<bool>("reconnect");
    QTest::newRow("on the same connection") << false;
    QTest::newRow("after reconnecting") << true;
}

void tst_ChatServer::repeatedIdIsAckedAgainButNotDelivered()
{
    QFETCH(bool, reconnect);
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice->waitForWelcome());
    QVERIFY(bob.waitForWelcome());

    const QUuid id = alice->say(u"only once"_s);
    QVERIFY(alice->waitForAck(id));
    const protocol::Ack first = alice->acks().constFirst();
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: only once"_s}));

    if (reconnect) {
        alice->close();
        QVERIFY(alice->waitDisconnected());
        QTRY_COMPARE(server.server().sessionCount(), 1); // "alice" is free again
        alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
        QVERIFY(alice->waitForWelcome());
    }
    alice->send(protocol::Send{id, kRoom, u"only once"_s});
    QTRY_COMPARE(alice->acks().size(), reconnect ? 1 : 2);
    QCOMPARE(alice->acks().constLast(), first);

    // Bob's own line is numbered after alice's one message: the retry took no seq and reached
    // nobody.
    QVERIFY(bob.waitForAck(bob.say(u"got it"_s)));
    QCOMPARE(bob.lines(), QStringList({u"alice: only once"_s, u"bob: got it"_s}));
    QCOMPARE(bob.acks().constFirst().seq, first.seq + 1);
    QTRY_COMPARE(lastOf(alice->lines()), u"bob: got it"_s);
    QCOMPARE(alice->lines().count(u"alice: only once"_s), reconnect ? 0 : 1);
    QVERIFY(alice->errors().isEmpty());
}

void tst_ChatServer::refusedSendCanBeRetriedWithTheSameId()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());

    // A refused send is not remembered: fixing the text and sending the same id goes through.
    const QUuid id = QUuid::createUuid();
    alice.send(protocol::Send{id, kRoom, u"   "_s});
    QVERIFY(alice.waitForError());
    QCOMPARE(codeName(alice.errors().constFirst().code), u"empty-text"_s);
    alice.send(protocol::Send{id, kRoom, u"second try"_s});
    QVERIFY(alice.waitForAck(id));
    QCOMPARE(alice.acks().constFirst().seq, 1);
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: second try"_s}));
    QCOMPARE(alice.errors().size(), 1);
}

void tst_ChatServer::sendToAnotherRoomIsUnknownRoom()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());

    const QUuid id = alice.say(u"anyone here?"_s, u"random"_s);
    QVERIFY(alice.waitForError());
    const protocol::Error error = alice.errors().constFirst();
    QCOMPARE(codeName(error.code), u"unknown-room"_s);
    QCOMPARE(error.id, std::optional<QUuid>(id));
    QVERIFY(!error.message.isEmpty());

    // Nothing was stored or delivered: the next line in general is number 1.
    QVERIFY(alice.isConnected());
    QVERIFY(alice.waitForAck(alice.say(u"anyone in general?"_s)));
    QCOMPARE(alice.acks().size(), 1);
    QCOMPARE(alice.acks().constFirst().seq, 1);
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: anyone in general?"_s}));
    QVERIFY(bob.errors().isEmpty());
}

void tst_ChatServer::badInputAfterHelloIsAnsweredAndSurvived_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<bool>("namesTheSend"); // the error carries the send's id

    const QString id = QString::fromUtf16(kId);
    const auto text = [](const QString &frame) { return frame.toUtf8(); };
    const auto send = [&id, &text](const QString &textJson) {
        return text(
            sendFrame(u"\"id\":\"%1\",\"room\":\"general\",\"text\":%2"_s.arg(id, textJson)));
    };

    QTest::newRow("not JSON") << text(u"hello there"_s) << false << u"bad-json"_s << false;
    QTest::newRow("truncated JSON")
        << text(u"{\"type\":\"send\",\"id\":"_s) << false << u"bad-json"_s << false;
    QTest::newRow("JSON array") << text(u"[\"send\"]"_s) << false << u"not-object"_s << false;
    QTest::newRow("JSON string") << text(u"\"send\""_s) << false << u"not-object"_s << false;
    QTest::newRow("nested too deep") << text(u"{\"type\":\"send\",\"x\":[[[[[[[[[]]]]]]]]]}"_s)
                                     << false << u"too-deep"_s << false;
    QTest::newRow("no type") << text(u"{\"text\":\"hi\"}"_s) << false << u"missing-field"_s
                             << false;
    QTest::newRow("type is a number")
        << text(u"{\"type\":7}"_s) << false << u"wrong-type"_s << false;
    QTest::newRow("unknown type") << text(u"{\"type\":\"shout\",\"text\":\"HI\"}"_s) << false
                                  << u"unknown-type"_s << false;
    QTest::newRow("send without id") << text(sendFrame(u"\"room\":\"general\",\"text\":\"hi\""_s))
                                     << false << u"missing-field"_s << false;
    QTest::newRow("send without text")
        << text(sendFrame(u"\"id\":\"%1\",\"room\":\"general\""_s.arg(id))) << false
        << u"missing-field"_s << false;
    QTest::newRow("id is not a UUID")
        << text(sendFrame(u"\"id\":\"42\",\"room\":\"general\",\"text\":\"hi\""_s)) << false
        << u"bad-value"_s << false;
    QTest::newRow("id in braces")
        << text(sendFrame(u"\"id\":\"{%1}\",\"room\":\"general\",\"text\":\"hi\""_s.arg(id)))
        << false << u"bad-value"_s << false;
    QTest::newRow("text is a number") << send(u"42"_s) << false << u"wrong-type"_s << false;
    QTest::newRow("text is null") << send(u"null"_s) << false << u"wrong-type"_s << false;
    QTest::newRow("room is an array")
        << text(sendFrame(u"\"id\":\"%1\",\"room\":[\"general\"],\"text\":\"hi\""_s.arg(id)))
        << false << u"wrong-type"_s << false;
    QTest::newRow("empty text") << send(u"\"\""_s) << false << u"empty-text"_s << true;
    QTest::newRow("blank text") << send(u"\" \\n\\t \""_s) << false << u"empty-text"_s << true;
    QTest::newRow("text too long")
        << send(u"\"%1\""_s.arg(QString(testOptions().limits.maxTextLength + 1, u'x'))) << false
        << u"text-too-long"_s << true;
    QTest::newRow("bell character")
        << send(u"\"ding\\u0007\""_s) << false << u"bad-value"_s << true;
    QTest::newRow("terminal escape")
        << send(u"\"\\u001b[2Jgone\""_s) << false << u"bad-value"_s << true;
    QTest::newRow("NUL character") << send(u"\"a\\u0000b\""_s) << false << u"bad-value"_s << true;
    QTest::newRow("second hello") << text(u"{\"type\":\"hello\",\"protocol\":1,\"nick\":\"eve\"}"_s)
                                  << false << u"unexpected-message"_s << false;
    QTest::newRow("an ack from a client")
        << text(u"{\"type\":\"ack\",\"id\":\"%1\",\"room\":\"general\",\"seq\":1,"
                u"\"time\":\"2026-11-21T09:30:00.000Z\"}"_s.arg(id))
        << false << u"unexpected-message"_s << false;
    QTest::newRow("binary frame") << QByteArray("\x00\x01\x02\xff", 4) << true << u"wrong-type"_s
                                  << false;
    QTest::newRow("JSON in a binary frame")
        << send(u"\"hi\""_s) << true << u"wrong-type"_s << false;
}

void tst_ChatServer::badInputAfterHelloIsAnsweredAndSurvived()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, binary);
    QFETCH(QString, expectedCode);
    QFETCH(bool, namesTheSend);

    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());

    if (binary)
        alice.sendBinary(frame);
    else
        alice.sendRaw(QString::fromUtf8(frame));

    QVERIFY(alice.waitForError());
    QCOMPARE(alice.errors().size(), 1);
    const protocol::Error error = alice.errors().constFirst();
    QCOMPARE(codeName(error.code), expectedCode);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.id, namesTheSend ? std::optional<QUuid>(QUuid::fromString(QStringView(kId)))
                                    : std::nullopt);

    // Alice is still in the room and the bad frame took no seq.
    const QUuid id = alice.say(u"still here"_s);
    QVERIFY(alice.waitForAck(id));
    QCOMPARE(alice.acks().constFirst().seq, 1);
    QVERIFY(alice.isConnected());
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: still here"_s}));

    // Bob noticed nothing and can still talk.
    QVERIFY(bob.waitForAck(bob.say(u"me too"_s)));
    QTRY_COMPARE(alice.lines(), QStringList({u"alice: still here"_s, u"bob: me too"_s}));
    QVERIFY(bob.errors().isEmpty());
    QCOMPARE(bob.presenceLines(), QStringList({u"join bob"_s}));
    QCOMPARE(alice.errors().size(), 1);
    QVERIFY(alice.undecodable().isEmpty());
    QVERIFY(bob.undecodable().isEmpty());
}

void tst_ChatServer::badInputBeforeHelloCloses_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("not JSON") << QByteArray("hello") << false << u"bad-json"_s;
    QTest::newRow("JSON array") << QByteArray("[]") << false << u"not-object"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"shout"})") << false
                                  << u"unknown-type"_s;
    QTest::newRow("send before hello")
        << QByteArray(R"({"type":"send","id":"3f2b8c1e-7d4a-4f0e-9b6a-2c5d8e1f0a47",)"
                      R"("room":"general","text":"hi"})")
        << false << u"hello-required"_s;
    QTest::newRow("hello without nick")
        << QByteArray(R"({"type":"hello","protocol":1})") << false << u"missing-field"_s;
    QTest::newRow("protocol is a string")
        << QByteArray(R"({"type":"hello","protocol":"1","nick":"alice"})") << false
        << u"wrong-type"_s;
    QTest::newRow("protocol 0") << QByteArray(R"({"type":"hello","protocol":0,"nick":"alice"})")
                                << false << u"bad-value"_s;
    QTest::newRow("nick is a number")
        << QByteArray(R"({"type":"hello","protocol":1,"nick":7})") << false << u"wrong-type"_s;
    QTest::newRow("binary frame") << QByteArray(R"({"type":"hello","protocol":1,"nick":"a"})")
                                  << true << u"wrong-type"_s;
}

void tst_ChatServer::badInputBeforeHelloCloses()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, binary);
    QFETCH(QString, expectedCode);

    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());

    TestClient stranger(server.url());
    QVERIFY(stranger.waitConnected());
    if (binary)
        stranger.sendBinary(frame);
    else
        stranger.sendRaw(QString::fromUtf8(frame));

    QVERIFY(stranger.waitDisconnected());
    QCOMPARE(stranger.closeCode(), int(CloseCode::ProtocolError));
    QCOMPARE(stranger.errors().size(), 1);
    QCOMPARE(codeName(stranger.errors().constFirst().code), expectedCode);
    QVERIFY(!stranger.welcome());

    // Bob heard nothing of it and still chats.
    QVERIFY(bob.waitForAck(bob.say(u"quiet in here"_s)));
    QCOMPARE(bob.presenceLines(), QStringList({u"join bob"_s}));
    QCOMPARE(bob.lines(), QStringList({u"bob: quiet in here"_s}));
    QVERIFY(bob.errors().isEmpty());
    QTRY_COMPARE(server.server().sessionCount(), 1);
}

void tst_ChatServer::wrongProtocolVersionCloses_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("next version") << protocol::kProtocolVersion + 1;
    QTest::newRow("far future") << 1000;
}

void tst_ChatServer::wrongProtocolVersionCloses()
{
    QFETCH(int, version);
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    TestClient client(server.url());
    client.send(protocol::Hello{version, u"alice"_s, {}, {}, {}});

    QVERIFY(client.waitDisconnected());
    QCOMPARE(client.closeCode(), int(CloseCode::UnsupportedProtocol));
    QCOMPARE(client.errors().size(), 1);
    const protocol::Error error = client.errors().constFirst();
    QCOMPARE(codeName(error.code), u"unsupported-protocol"_s);
    // The message tells people which versions are involved.
    QVERIFY2(error.message.contains(QString::number(version)), qPrintable(error.message));
    QVERIFY(!client.welcome());
}

void tst_ChatServer::invalidNickCloses_data()
{
    QTest::addColumn<QString>("nick");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u"   "_s;
    QTest::newRow("too long") << QString(testOptions().limits.maxNickLength + 1, u'n');
    QTest::newRow("zero-width space") << u"bo\u200bb"_s;
    QTest::newRow("right-to-left override") << u"\u202eecila"_s;
    QTest::newRow("tab") << u"a\tb"_s;
    QTest::newRow("newline") << u"a\nb"_s;
    QTest::newRow("escape") << u"\u001b[31mred"_s;
}

void tst_ChatServer::invalidNickCloses()
{
    QFETCH(QString, nick);
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());

    TestClient client(server.url());
    client.send(protocol::Hello{protocol::kProtocolVersion, nick, {}, {}, {}});

    QVERIFY(client.waitDisconnected());
    QCOMPARE(client.closeCode(), int(CloseCode::ProtocolError));
    QCOMPARE(client.errors().size(), 1);
    QCOMPARE(codeName(client.errors().constFirst().code), u"invalid-nick"_s);
    QVERIFY(!client.welcome());

    // Nobody joined, so nobody was announced.
    QVERIFY(bob.waitForAck(bob.say(u"anyone?"_s)));
    QCOMPARE(bob.presenceLines(), QStringList({u"join bob"_s}));
}

void tst_ChatServer::silentClientIsClosedAfterHandshakeTimeout()
{
    server::ServerOptions options = testOptions();
    options.handshakeTimeout = std::chrono::milliseconds(200);
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());

    TestClient silent(server.url());
    QVERIFY(silent.waitConnected());
    QVERIFY(silent.waitDisconnected());
    QCOMPARE(silent.closeCode(), int(CloseCode::HandshakeTimeout));
    QCOMPARE(silent.errors().size(), 1);
    QCOMPARE(codeName(silent.errors().constFirst().code), u"hello-required"_s);

    // A second silent client connects only after the first was closed, so when it is closed
    // in turn, alice's own handshake timer ran out long ago: she must still be there.
    TestClient silent2(server.url());
    QVERIFY(silent2.waitConnected());
    QVERIFY(silent2.waitDisconnected());
    QCOMPARE(silent2.closeCode(), int(CloseCode::HandshakeTimeout));
    QVERIFY(alice.isConnected());
    QVERIFY(alice.waitForAck(alice.say(u"still here"_s)));
    QTRY_COMPARE(alice.lines(), QStringList({u"alice: still here"_s}));
    QCOMPARE(alice.presenceLines(), QStringList({u"join alice"_s}));
}

void tst_ChatServer::silentTcpConnectionIsClosedAndFreesItsPlace_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("half a request") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n");
}

void tst_ChatServer::silentTcpConnectionIsClosedAndFreesItsPlace()
{
    // Before the WebSocket handshake is complete: a connection that sends nothing, or never
    // finishes its request, is closed after the handshake timeout, and its place among the
    // connections is free again. Else a few of them would lock everybody out.
    QFETCH(QByteArray, sent);
    server::ServerOptions options = testOptions();
    options.handshakeTimeout = std::chrono::milliseconds(300);
    options.admission.maxConnections = 1;
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(silent.waitForConnected(TestClient::kTimeoutMs));
    if (!sent.isEmpty())
        silent.write(sent);
    QTRY_COMPARE(server.server().connectionCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE(server.server().connectionCount(), 0);
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
}

void tst_ChatServer::messageOverSizeLimitClosesOnlyThatClient()
{
    server::ServerOptions options = testOptions();
    options.limits.maxMessageBytes = 1024;
    options.limits.maxTextLength = 4000; // so only the byte limit can be in the way
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());
    QCOMPARE(alice.welcome()->limits.maxMessageBytes, 1024);

    // Just under the limit is fine...
    const QString fits(900, u'a');
    QVERIFY(alice.waitForAck(alice.say(fits)));
    // ...over it, the connection is closed.
    alice.say(QString(2000, u'b'));
    QVERIFY(alice.waitDisconnected());
    QCOMPARE(alice.closeCode(), int(CloseCode::TooBig));
    QVERIFY(alice.errors().isEmpty()); // Qt closes before the server sees the frame

    QTRY_COMPARE(bob.presenceLines(), QStringList({u"join bob"_s, u"offline alice"_s}));
    QVERIFY(bob.waitForAck(bob.say(u"still fine"_s)));
    QCOMPARE(bob.lines(), QStringList({u"alice: "_s + fits, u"bob: still fine"_s}));
    QCOMPARE(bob.acks().constFirst().seq, 2);
    QVERIFY(bob.errors().isEmpty());
    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());
}

void tst_ChatServer::shutdownSaysGoingAwayToEveryone()
{
    server::ServerOptions options = testOptions();
    // Long enough that only clients answering the close can finish the shutdown in time.
    options.shutdownGrace = std::chrono::minutes(10);
    options.handshakeTimeout = std::chrono::minutes(10);
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    TestClient lurker(server.url()); // connected, but never said hello
    QVERIFY(alice.waitForWelcome());
    QVERIFY(bob.waitForWelcome());
    QVERIFY(lurker.waitConnected());
    QTRY_COMPARE(server.server().sessionCount(), 3);
    QTRY_COMPARE(alice.presenceLines(), QStringList({u"join alice"_s, u"join bob"_s}));

    QSignalSpy finished(&server.server(), &server::ChatServer::shutdownFinished);
    server.server().shutdown();

    for (TestClient *client : {&alice, &bob, &lurker}) {
        QVERIFY(client->waitDisconnected());
        QCOMPARE(client->closeCode(), int(CloseCode::GoingAway));
    }
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(server.server().sessionCount(), 0);
    // Everyone goes at once: nobody is told that the others left.
    QCOMPARE(alice.presenceLines(), QStringList({u"join alice"_s, u"join bob"_s}));

    // Nobody gets in any more: refused, or told "going away".
    TestClient late(server.url(), u"late"_s);
    QTRY_VERIFY(late.socketError() == QAbstractSocket::ConnectionRefusedError ||
                (late.isDisconnected() && late.closeCode() == int(CloseCode::GoingAway)));
    QVERIFY(!late.welcome());
    QCOMPARE(finished.count(), 1);
}

void tst_ChatServer::shutdownWithoutClientsFinishes()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QSignalSpy finished(&server.server(), &server::ChatServer::shutdownFinished);

    server.server().shutdown();

    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(tst_ChatServer)
#include "tst_chatserver.moc"
