// Real chat through the server: unique nicknames, presence, rooms, direct conversations, read
// markers, search and typing. ChatServer in-process with a real SQLite file, real WebSocket
// clients on loopback.
#include "server/chatserver.h"
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace palaver;
using palaver::protocol::CloseCode;
using palaver::protocol::ErrorCode;
using palaver::protocol::Status;
using palaver::test::TestClient;
using palaver::test::TestServer;

namespace {

const QString kGeneral = QString::fromUtf16(protocol::kDefaultRoom);

server::ServerOptions testOptions()
{
    server::ServerOptions options;
    options.limits.maxNickLength = 16;
    return options;
}

/// A client whose hello carries a token and resume points, which TestClient's own hello lacks.
std::unique_ptr<TestClient> connectAs(TestServer &server, const QString &nick,
                                      const QString &token = {},
                                      const QList<protocol::ResumePoint> &resume = {})
{
    auto client = std::make_unique<TestClient>(server.url());
    client->send(
        protocol::Hello{.nick = nick, .client = u"tst_rooms"_s, .resume = resume, .token = token});
    return client;
}

template <typename T> bool waitFor(const TestClient &client, qsizetype count = 1)
{
    return QTest::qWaitFor([&] { return client.all<T>().size() >= count; }, TestClient::kTimeoutMs);
}

/// Asks the server for something and waits for the answer: everything the server sent this
/// client before it handled the request has arrived by then.
bool barrier(TestClient &client)
{
    const qsizetype before = client.all<protocol::RoomList>().size();
    client.send(protocol::ListRooms{});
    return waitFor<protocol::RoomList>(client, before + 1);
}

QStringList namesOf(const QList<protocol::RoomInfo> &rooms)
{
    QStringList names;
    for (const protocol::RoomInfo &room : rooms)
        names.append(room.name);
    return names;
}

QStringList nicksOf(const QList<protocol::Member> &members)
{
    QStringList nicks;
    for (const protocol::Member &member : members)
        nicks.append(member.nick);
    return nicks;
}

/// The texts of what was said, membership events aside.
QStringList textsOf(const QList<protocol::ChatMessage> &messages)
{
    QStringList texts;
    for (const protocol::ChatMessage &message : messages) {
        if (!protocol::isEventKind(message.kind))
            texts.append(message.text);
    }
    return texts;
}

/// "join alice" / "leave bob": the presence events of `room`.
QStringList roomEvents(const TestClient &client, const QString &room)
{
    QStringList events;
    for (const protocol::Presence &presence : client.presences()) {
        if (presence.room != room)
            continue;
        if (presence.event == protocol::Presence::Event::Join)
            events.append(u"join "_s + presence.nick);
        else if (presence.event == protocol::Presence::Event::Leave)
            events.append(u"leave "_s + presence.nick);
    }
    return events;
}

/// Connects `nick` and waits for its welcome, so that clients arrive in a known order.
bool arrive(std::initializer_list<TestClient *> clients)
{
    return std::all_of(clients.begin(), clients.end(),
                       [](TestClient *client) { return client->waitForWelcome(); });
}

QList<ErrorCode> codesOf(const TestClient &client)
{
    QList<ErrorCode> codes;
    for (const protocol::Error &error : client.errors())
        codes.append(error.code);
    return codes;
}

/// Sends and waits for the ack; the seq it got, or 0.
qint64 post(TestClient &client, const QString &text, const QString &room = kGeneral,
            protocol::MessageKind kind = protocol::MessageKind::Text)
{
    const QUuid id = QUuid::createUuid();
    client.send(protocol::Send{id, room, text, kind});
    if (!client.waitForAck(id))
        return 0;
    for (const protocol::Ack &ack : client.acks()) {
        if (ack.id == id)
            return ack.seq;
    }
    return 0;
}

/// The last `joined` for the room `name` or with the peer `name` (ignoring case), once it arrives.
std::optional<protocol::RoomInfo> waitJoined(const TestClient &client, const QString &name)
{
    std::optional<protocol::RoomInfo> room;
    const bool arrived = QTest::qWaitFor([&] {
        for (const protocol::Joined &joined : client.all<protocol::Joined>()) {
            if (joined.room.name.compare(name, Qt::CaseInsensitive) == 0 ||
                joined.room.peer.compare(name, Qt::CaseInsensitive) == 0)
                room = joined.room;
        }
        return room.has_value();
    });
    return arrived ? room : std::nullopt;
}

/// The last history frame of `room` the client received.
std::optional<protocol::History> historyOf(const TestClient &client, const QString &room)
{
    std::optional<protocol::History> last;
    for (const protocol::History &history : client.all<protocol::History>()) {
        if (history.room == room)
            last = history;
    }
    return last;
}

/// The texts a search found, newest first; "(no answer)" if none came.
QStringList found(TestClient &client, const QString &query, const QString &room = {});

/// The results of a search, once they arrive.
std::optional<protocol::Results> search(TestClient &client, const QString &query,
                                        const QString &room = {}, int limit = 50)
{
    const qsizetype before = client.all<protocol::Results>().size();
    const qsizetype errorsBefore = client.errors().size();
    client.send(protocol::Search{query, room, limit});
    if (!QTest::qWaitFor([&] {
            return client.all<protocol::Results>().size() > before ||
                   client.errors().size() > errorsBefore;
        }))
        return std::nullopt;
    if (client.all<protocol::Results>().size() == before)
        return std::nullopt;
    return client.all<protocol::Results>().constLast();
}

QStringList found(TestClient &client, const QString &query, const QString &room)
{
    const auto results = search(client, query, room);
    return results ? textsOf(results->messages) : QStringList{u"(no answer)"_s};
}

} // namespace

class tst_Rooms final : public QObject
{
    Q_OBJECT

private slots:
    void nickClashIsRefusedWithASuggestion_data();
    void nickClashIsRefusedWithASuggestion();
    void suggestionIsFreeAndFits();
    void sameTokenTakesOver();
    void nickChangeIsSeenByEveryone();
    void nickChangeClashes();
    void anotherSpellingOfANickname();
    void presenceFollowsStatus();
    void roomsCanBeCreatedJoinedAndLeft();
    void joinIsIdempotentAndGeneralStays();
    void badRoomNamesAreRefused_data();
    void badRoomNamesAreRefused();
    void topicsAndActions();
    void welcomeListsEveryRoomWithItsHistory();
    void directConversation();
    void directConversationIsPrivate();
    void directConversationComesBackWithTheNextMessage();
    void directConversationResumes();
    void readMarkersAndUnreadCounts();
    void searchFindsWordStartsAcrossRooms();
    void searchStaysInTheClientsRooms();
    void searchSurvivesHostileQueries_data();
    void searchSurvivesHostileQueries();
    void typingIsRelayedAndThrottled();
    void tooManyRooms();
    void crowdedRoomsAreNotAnnounced();
    void membershipEventsAreStoredInTheHistory();
};

void tst_Rooms::nickClashIsRefusedWithASuggestion_data()
{
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("the same") << u"alice"_s << u"alice2"_s;
    QTest::newRow("another case") << u"ALICE"_s << u"ALICE2"_s;
    QTest::newRow("full width") << u"\uff41\uff4c\uff49\uff43\uff45"_s << u"alice2"_s;
    QTest::newRow("spaces around") << u"  Alice "_s << u"Alice2"_s;
}

void tst_Rooms::nickClashIsRefusedWithASuggestion()
{
    QFETCH(QString, nick);
    QFETCH(QString, suggestion);
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());

    TestClient impostor(server.url(), nick);
    QVERIFY(impostor.waitDisconnected());
    QCOMPARE(impostor.closeCode(), int(CloseCode::ProtocolError));
    QVERIFY(!impostor.welcome());
    QCOMPARE(impostor.errors().size(), 1);
    const protocol::Error error = impostor.errors().constFirst();
    QCOMPARE(error.code, ErrorCode::NickTaken);
    QCOMPARE(error.suggestion, suggestion);

    // The suggestion is free indeed; alice noticed nothing of the impostor.
    TestClient second(server.url(), error.suggestion);
    QVERIFY(second.waitForWelcome());
    QCOMPARE(second.welcome()->nick, suggestion);
    QVERIFY(barrier(alice));
    QCOMPARE(alice.presenceLines(), QStringList({u"join alice"_s, u"join "_s + suggestion}));
    QVERIFY(alice.isConnected());
}

void tst_Rooms::suggestionIsFreeAndFits()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient bob(server.url(), u"bob"_s);
    TestClient bob2(server.url(), u"bob2"_s);
    QVERIFY(bob.waitForWelcome() && bob2.waitForWelcome());
    // bob3 was here and is offline now: the nickname is still his.
    {
        TestClient bob3(server.url(), u"bob3"_s);
        QVERIFY(bob3.waitForWelcome());
    }
    QTRY_VERIFY(bob.presenceLines().contains(u"offline bob3"_s));

    TestClient again(server.url(), u"Bob"_s);
    QVERIFY(again.waitForError());
    QCOMPARE(again.errors().constFirst().suggestion, u"Bob4"_s);
    // "bob2" taken too: the suggestion counts on rather than appending to the digits.
    TestClient again2(server.url(), u"bob2"_s);
    QVERIFY(again2.waitForError());
    QCOMPARE(again2.errors().constFirst().suggestion, u"bob4"_s);

    // A nickname at the length limit leaves room for the digits.
    const QString longest(testOptions().limits.maxNickLength, u'x');
    TestClient holder(server.url(), longest);
    QVERIFY(holder.waitForWelcome());
    TestClient clash(server.url(), longest);
    QVERIFY(clash.waitForError());
    const QString suggested = clash.errors().constFirst().suggestion;
    QCOMPARE(suggested, QString(testOptions().limits.maxNickLength - 1, u'x') + u'2');
    TestClient takesIt(server.url(), suggested);
    QVERIFY(takesIt.waitForWelcome());
}

void tst_Rooms::sameTokenTakesOver()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto old = connectAs(server, u"alice"_s, token);
    QVERIFY(old->waitForWelcome());
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());

    // Another token, or none, does not take over.
    auto stranger = connectAs(server, u"alice"_s, u"another token"_s);
    QVERIFY(stranger->waitDisconnected());
    QCOMPARE(codesOf(*stranger), QList<ErrorCode>{ErrorCode::NickTaken});
    auto tokenless = connectAs(server, u"Alice"_s);
    QVERIFY(tokenless->waitDisconnected());
    QCOMPARE(codesOf(*tokenless), QList<ErrorCode>{ErrorCode::NickTaken});
    QVERIFY(old->isConnected());

    // The same client again, before the server noticed its old connection died.
    auto fresh = connectAs(server, u"alice"_s, token);
    QVERIFY(fresh->waitForWelcome());
    QVERIFY(old->waitDisconnected());
    QCOMPARE(old->closeCode(), int(CloseCode::Replaced));
    QVERIFY(old->errors().isEmpty());

    // Nobody saw alice go offline; the new connection chats as usual.
    QVERIFY(post(*fresh, u"back"_s) > 0);
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: back"_s}));
    QVERIFY(!bob.presenceLines().contains(u"offline alice"_s));
    QCOMPARE(fresh->presenceLines(), QStringList({u"online alice"_s}));
    QCOMPARE(fresh->welcome()->members,
             (QList<protocol::Member>{{u"alice"_s, Status::Online}, {u"bob"_s, Status::Online}}));
    QCOMPARE(server.server().sessionCount(), 2);
}

void tst_Rooms::nickChangeIsSeenByEveryone()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    alice.send(protocol::Join{u"random"_s});
    QVERIFY(waitJoined(alice, u"random"_s));
    QVERIFY(post(alice, u"before"_s) > 0);

    alice.send(protocol::NickChange{u" Alicia "_s});
    QTRY_VERIFY(alice.presenceLines().contains(u"nick alice Alicia"_s));
    QTRY_VERIFY(bob.presenceLines().contains(u"nick alice Alicia"_s));
    QCOMPARE(alice.presenceLines().count(u"nick alice Alicia"_s), 1); // once, not per room
    const protocol::Presence change = bob.presences().constLast();
    QCOMPARE(change.event, protocol::Presence::Event::Nick);
    QVERIFY(change.room.isEmpty());
    QCOMPARE(change.newNick, u"Alicia"_s);

    // New messages carry the new nickname, old ones keep the old.
    QVERIFY(post(alice, u"after"_s) > 0);
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: before"_s, u"Alicia: after"_s}));

    // A change of case only is a change too.
    alice.send(protocol::NickChange{u"alicia"_s});
    QTRY_VERIFY(bob.presenceLines().contains(u"nick Alicia alicia"_s));

    // The old nickname is free now: whoever takes it is new here.
    TestClient newAlice(server.url(), u"alice"_s);
    QVERIFY(newAlice.waitForWelcome());
    QCOMPARE(namesOf(newAlice.welcome()->rooms), QStringList{kGeneral});
    QTRY_COMPARE(newAlice.presenceLines(), QStringList({u"join alice"_s}));

    // The rooms went with the new nickname, and so did the read marker.
    alice.send(protocol::Read{kGeneral, 1});
    QVERIFY(barrier(alice));
    alice.close();
    QVERIFY(alice.waitDisconnected());
    QTRY_VERIFY(bob.presenceLines().contains(u"offline alicia"_s));
    TestClient back(server.url(), u"alicia"_s);
    QVERIFY(back.waitForWelcome());
    QCOMPARE(namesOf(back.welcome()->rooms), QStringList({kGeneral, u"random"_s}));
    QCOMPARE(back.welcome()->rooms.constFirst().lastRead, 1);
    QTRY_COMPARE(back.presenceLines(), QStringList({u"online alicia"_s}));
}

void tst_Rooms::nickChangeClashes()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome());
    {
        TestClient carol(server.url(), u"carol"_s);
        QVERIFY(carol.waitForWelcome());
    }
    QTRY_VERIFY(alice.presenceLines().contains(u"offline carol"_s));

    // Somebody connected, somebody offline, and a nickname that is not one at all.
    bob.send(protocol::NickChange{u"ALICE"_s});
    QVERIFY(bob.waitForError());
    bob.send(protocol::NickChange{u"Carol"_s});
    bob.send(protocol::NickChange{u"bo\u200bb"_s});
    QTRY_COMPARE(codesOf(bob), QList<ErrorCode>({ErrorCode::NickTaken, ErrorCode::NickTaken,
                                                 ErrorCode::InvalidNick}));
    QCOMPARE(bob.errors().at(0).suggestion, u"ALICE2"_s);
    QCOMPARE(bob.errors().at(1).suggestion, u"Carol2"_s);

    // Bob is still bob and still connected; nobody heard of a change.
    QVERIFY(bob.isConnected());
    QVERIFY(post(bob, u"still bob"_s) > 0);
    QTRY_COMPARE(alice.lines(), QStringList({u"bob: still bob"_s}));
    for (const QString &line : alice.presenceLines())
        QVERIFY2(!line.startsWith(u"nick"_s), qPrintable(line));
}

void tst_Rooms::anotherSpellingOfANickname()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
    QVERIFY(alice->waitForWelcome());
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    alice.reset();
    QTRY_VERIFY(bob.presenceLines().contains(u"offline alice"_s));

    // The same nickname, spelled otherwise: the same person, whom the others now see so.
    TestClient shouting(server.url(), u"ALICE"_s);
    QVERIFY(shouting.waitForWelcome());
    QCOMPARE(shouting.welcome()->nick, u"ALICE"_s);
    QCOMPARE(nicksOf(shouting.welcome()->members), QStringList({u"ALICE"_s, u"bob"_s}));
    QTRY_COMPARE(shouting.presenceLines(), QStringList{u"online ALICE"_s});
    QTRY_COMPARE(bob.presenceLines(), QStringList({u"join bob"_s, u"offline alice"_s,
                                                   u"nick alice ALICE"_s, u"online ALICE"_s}));
}

void tst_Rooms::presenceFollowsStatus()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    auto bob = std::make_unique<TestClient>(server.url(), u"bob"_s);
    QVERIFY(bob->waitForWelcome());

    bob->send(protocol::SetStatus{Status::Away});
    QTRY_COMPARE(alice.presenceLines(),
                 QStringList({u"join alice"_s, u"join bob"_s, u"away bob"_s}));
    QTRY_COMPARE(bob->presenceLines(), QStringList({u"join bob"_s, u"away bob"_s}));
    const protocol::Presence away = alice.presences().constLast();
    QCOMPARE(away.event, protocol::Presence::Event::Status);
    QCOMPARE(away.status, Status::Away);

    // No change, no presence.
    bob->send(protocol::SetStatus{Status::Away});
    QVERIFY(barrier(*bob));
    QCOMPARE(bob->presenceLines(), QStringList({u"join bob"_s, u"away bob"_s}));

    // Whoever arrives sees bob away.
    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());
    QCOMPARE(carol.welcome()->members, (QList<protocol::Member>{{u"alice"_s, Status::Online},
                                                                {u"bob"_s, Status::Away},
                                                                {u"carol"_s, Status::Online}}));

    bob->send(protocol::SetStatus{Status::Online});
    QTRY_COMPARE(carol.presenceLines(), QStringList({u"join carol"_s, u"online bob"_s}));
    bob.reset();
    QTRY_COMPARE(carol.presenceLines(),
                 QStringList({u"join carol"_s, u"online bob"_s, u"offline bob"_s}));
    QTRY_COMPARE(alice.presenceLines(),
                 QStringList({u"join alice"_s, u"join bob"_s, u"away bob"_s, u"join carol"_s,
                              u"online bob"_s, u"offline bob"_s}));

    // Offline, still a member: listed, and back as online, not as a new join.
    TestClient dave(server.url(), u"dave"_s);
    QVERIFY(dave.waitForWelcome());
    QCOMPARE(dave.welcome()->members.at(1), (protocol::Member{u"bob"_s, Status::Offline}));
    TestClient bobAgain(server.url(), u"bob"_s);
    QVERIFY(bobAgain.waitForWelcome());
    QTRY_COMPARE(dave.presenceLines(), QStringList({u"join dave"_s, u"online bob"_s}));
}

void tst_Rooms::roomsCanBeCreatedJoinedAndLeft()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(arrive({&alice}));
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(arrive({&bob}));
    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(arrive({&carol}));

    // Created by the first join, named as first spelled.
    alice.send(protocol::Join{u"  Random "_s});
    const auto created = waitJoined(alice, u"random"_s);
    QVERIFY(created);
    QCOMPARE(created->name, u"Random"_s);
    QCOMPARE(created->members, (QList<protocol::Member>{{u"alice"_s, Status::Online}}));
    QVERIFY(created->peer.isEmpty());
    QCOMPARE(created->lastSeq, 0);
    QTRY_COMPARE(roomEvents(alice, u"Random"_s), QStringList{u"join alice"_s});
    // The joined comes first, then the room's (empty) history, then the presence.
    const auto &messages = alice.messages();
    const auto joinedAt = std::find_if(messages.cbegin(), messages.cend(), [](const auto &m) {
        return std::holds_alternative<protocol::Joined>(m);
    });
    QVERIFY(joinedAt != messages.cend());
    QVERIFY(std::holds_alternative<protocol::History>(*(joinedAt + 1)));
    QCOMPARE(std::get<protocol::History>(*(joinedAt + 1)).room, u"Random"_s);
    QVERIFY(std::holds_alternative<protocol::Presence>(*(joinedAt + 2)));

    // After the event that says alice joined.
    QCOMPARE(post(alice, u"first in random"_s, u"Random"_s), 2);

    // Joined under another spelling: the same room, with its history.
    bob.send(protocol::Join{u"RANDOM"_s});
    const auto joined = waitJoined(bob, u"random"_s);
    QVERIFY(joined);
    QCOMPARE(joined->name, u"Random"_s);
    QCOMPARE(nicksOf(joined->members), QStringList({u"alice"_s, u"bob"_s}));
    QCOMPARE(joined->lastSeq, 2);
    QCOMPARE(joined->lastRead, 2); // nothing from before counts as unread
    QCOMPARE(joined->unread, 0);
    QTRY_COMPARE(bob.all<protocol::History>().size(), 2);
    QCOMPARE(textsOf(bob.all<protocol::History>().constLast().messages),
             QStringList{u"first in random"_s});
    QTRY_COMPARE(roomEvents(alice, u"Random"_s), QStringList({u"join alice"_s, u"join bob"_s}));
    QTRY_COMPARE(roomEvents(bob, u"Random"_s), QStringList{u"join bob"_s});

    // Messages of the room reach its members only; seqs are the room's own.
    QCOMPARE(post(bob, u"second in random"_s, u"random"_s), 4); // after "bob joined"
    QTRY_COMPARE(alice.lines(),
                 QStringList({u"alice: first in random"_s, u"bob: second in random"_s}));
    QVERIFY(post(carol, u"in general"_s) > 0);
    QTRY_COMPARE(alice.lines().size(), 3);
    QVERIFY(barrier(carol));
    QCOMPARE(carol.lines(), QStringList({u"carol: in general"_s}));
    QVERIFY(roomEvents(carol, u"Random"_s).isEmpty());
    carol.send(protocol::Send{QUuid::createUuid(), u"Random"_s, u"let me in"_s});
    QVERIFY(carol.waitForError());
    QCOMPARE(codesOf(carol), QList<ErrorCode>{ErrorCode::UnknownRoom});

    // The directory lists every room with its members, connected or not.
    carol.send(protocol::ListRooms{});
    QVERIFY(waitFor<protocol::RoomList>(carol));
    QCOMPARE(carol.all<protocol::RoomList>().constLast().rooms,
             (QList<protocol::RoomSummary>{{kGeneral, {}, 3}, {u"Random"_s, {}, 2}}));

    // Leaving: the leaver gets left, the others a presence; the room and its history stay.
    bob.send(protocol::Leave{u"random"_s});
    QVERIFY(waitFor<protocol::Left>(bob));
    QCOMPARE(bob.all<protocol::Left>().constFirst().room, u"Random"_s);
    QTRY_COMPARE(roomEvents(alice, u"Random"_s),
                 QStringList({u"join alice"_s, u"join bob"_s, u"leave bob"_s}));
    QCOMPARE(roomEvents(bob, u"Random"_s), QStringList{u"join bob"_s});
    bob.send(protocol::Send{QUuid::createUuid(), u"Random"_s, u"still there?"_s});
    bob.send(protocol::Fetch{u"Random"_s, 10, 10});
    bob.send(protocol::Leave{u"Random"_s});
    QTRY_COMPARE(codesOf(bob), QList<ErrorCode>({ErrorCode::UnknownRoom, ErrorCode::UnknownRoom,
                                                 ErrorCode::UnknownRoom}));
    QCOMPARE(post(alice, u"alone now"_s, u"Random"_s), 6); // after "bob left"
    // The room's history tells who came and went, like its messages, with their own seqs.
    QTRY_COMPARE(
        alice.eventLines().filter(u"Random: "_s),
        QStringList({u"Random: alice joined"_s, u"Random: bob joined"_s, u"Random: bob left"_s}));
    QList<qint64> eventSeqs;
    for (const protocol::ChatMessage &event : alice.events()) {
        if (event.room == u"Random"_s)
            eventSeqs.append(event.seq);
    }
    QCOMPARE(eventSeqs, QList<qint64>({1, 3, 5}));
    QVERIFY(carol.eventLines().filter(u"Random: "_s).isEmpty());
    QVERIFY(barrier(bob));
    QCOMPARE(bob.lines().count(u"alice: alone now"_s), 0);
    QVERIFY(barrier(alice));
    QCOMPARE(alice.all<protocol::RoomList>().constLast().rooms,
             (QList<protocol::RoomSummary>{{kGeneral, {}, 3}, {u"Random"_s, {}, 1}}));
}

void tst_Rooms::joinIsIdempotentAndGeneralStays()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome());
    alice.send(protocol::Join{u"random"_s});
    QVERIFY(waitJoined(alice, u"random"_s));
    QCOMPARE(post(alice, u"one"_s, u"random"_s), 2); // after "alice joined"

    // Again: joined and history again, no presence, no second membership.
    alice.send(protocol::Join{u"Random"_s});
    QTRY_COMPARE(alice.all<protocol::Joined>().size(), 2);
    QTRY_COMPARE(alice.all<protocol::History>().size(), 3);
    QCOMPARE(textsOf(alice.all<protocol::History>().constLast().messages), QStringList{u"one"_s});
    QCOMPARE(alice.all<protocol::Joined>().constLast().room.members.size(), 1);
    QVERIFY(barrier(alice));
    QCOMPARE(roomEvents(alice, u"random"_s), QStringList{u"join alice"_s});
    alice.send(protocol::Join{kGeneral});
    QTRY_COMPARE(alice.all<protocol::Joined>().size(), 3);
    QCOMPARE(alice.all<protocol::Joined>().constLast().room.name, kGeneral);

    // General cannot be left, however it is spelled.
    alice.send(protocol::Leave{u"General"_s});
    QVERIFY(alice.waitForError());
    QCOMPARE(alice.errors().constFirst().code, ErrorCode::BadValue);
    QVERIFY(barrier(alice));
    QVERIFY(alice.all<protocol::Left>().isEmpty());
    QVERIFY(post(alice, u"still in general"_s) > 0);
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: still in general"_s}));
}

void tst_Rooms::badRoomNamesAreRefused_data()
{
    QTest::addColumn<QString>("room");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("65 characters") << QString(65, u'r');
    QTest::newRow("10,000 characters") << QString(10'000, u'r');
    QTest::newRow("tab") << u"a\tb"_s;
    QTest::newRow("newline") << u"a\nb"_s;
    QTest::newRow("zero-width space") << u"ro\u200bom"_s;
    QTest::newRow("mixed alphabets") << u"r\u043e\u043em"_s;
}

void tst_Rooms::badRoomNamesAreRefused()
{
    QFETCH(QString, room);
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    alice.send(protocol::Join{room});
    QVERIFY(alice.waitForError());
    QCOMPARE(codesOf(alice), QList<ErrorCode>{ErrorCode::BadValue});
    QVERIFY(barrier(alice));
    QVERIFY(alice.all<protocol::Joined>().isEmpty());
    QCOMPARE(alice.all<protocol::RoomList>().constLast().rooms.size(), 1); // general only
}

void tst_Rooms::topicsAndActions()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome());

    const qint64 topicSeq =
        post(alice, u"Lunch orders by 11:30"_s, kGeneral, protocol::MessageKind::Topic);
    QVERIFY(topicSeq > 0);
    QCOMPARE(post(bob, u"waves"_s, kGeneral, protocol::MessageKind::Action), topicSeq + 1);
    QTRY_COMPARE(alice.chatMessages().size(), 2);
    QCOMPARE(alice.chatMessages().at(0).kind, protocol::MessageKind::Topic);
    QCOMPARE(alice.chatMessages().at(1).kind, protocol::MessageKind::Action);
    QCOMPARE(alice.chatMessages().at(1).text, u"waves"_s);

    // Refused topics: several lines, too long, a control character. Each names its send.
    const QUuid twoLines = QUuid::createUuid();
    alice.send(protocol::Send{twoLines, kGeneral, u"one\ntwo"_s, protocol::MessageKind::Topic});
    const QUuid tooLong = QUuid::createUuid();
    alice.send(protocol::Send{tooLong, kGeneral, QString(501, u't'), protocol::MessageKind::Topic});
    const QUuid bell = QUuid::createUuid();
    alice.send(protocol::Send{bell, kGeneral, u"ding\u0007"_s, protocol::MessageKind::Topic});
    const QUuid emptyAction = QUuid::createUuid();
    alice.send(protocol::Send{emptyAction, kGeneral, u" "_s, protocol::MessageKind::Action});
    QTRY_COMPARE(alice.errors().size(), 4);
    QCOMPARE(codesOf(alice), QList<ErrorCode>({ErrorCode::BadValue, ErrorCode::BadValue,
                                               ErrorCode::BadValue, ErrorCode::EmptyText}));
    QCOMPARE(alice.errors().at(0).id, twoLines);
    QCOMPARE(alice.errors().at(1).id, tooLong);
    QCOMPARE(alice.errors().at(2).id, bell);
    QCOMPARE(alice.errors().at(3).id, emptyAction);
    QCOMPARE(post(alice, QString(500, u't'), kGeneral, protocol::MessageKind::Topic), topicSeq + 2);

    // The topic is the latest one's, in the directory, in joined and in the next welcome.
    QVERIFY(barrier(bob));
    QCOMPARE(bob.all<protocol::RoomList>().constLast().rooms.constFirst().topic,
             QString(500, u't'));
    bob.send(protocol::Join{kGeneral});
    const auto general = waitJoined(bob, kGeneral);
    QVERIFY(general);
    QCOMPARE(general->topic, QString(500, u't'));

    // An empty topic clears it.
    QCOMPARE(post(alice, QString(), kGeneral, protocol::MessageKind::Topic), topicSeq + 3);
    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());
    QVERIFY(carol.welcome()->rooms.constFirst().topic.isEmpty());
    QTRY_COMPARE(carol.all<protocol::History>().size(), 1);
    auto history = carol.all<protocol::History>().constFirst().messages;
    history.removeIf([](const protocol::ChatMessage &m) { return protocol::isEventKind(m.kind); });
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.constLast().kind, protocol::MessageKind::Topic);
    QVERIFY(history.constLast().text.isEmpty());
    QCOMPARE(history.at(1).kind, protocol::MessageKind::Action);
}

void tst_Rooms::welcomeListsEveryRoomWithItsHistory()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
    QVERIFY(alice->waitForWelcome());
    for (const QString &room : {u"zebra"_s, u"Apple"_s, u"mango"_s}) {
        alice->send(protocol::Join{room});
        QVERIFY(waitJoined(*alice, room));
        QVERIFY(post(*alice, u"in "_s + room, room) > 0);
    }
    QVERIFY(post(*alice, u"in general"_s) > 0);
    const QString epoch = alice->welcome()->epoch;
    alice.reset();
    QTRY_COMPARE(server.server().sessionCount(), 0);

    // General first, then by name; a history per room in that order; then one presence.
    // Mango: 1 is "alice joined", 2 what she said there.
    alice = connectAs(server, u"alice"_s, {}, {protocol::ResumePoint{u"MANGO"_s, epoch, 2}});
    QVERIFY(alice->waitForWelcome());
    const protocol::Welcome welcome = *alice->welcome();
    QCOMPARE(namesOf(welcome.rooms), QStringList({kGeneral, u"Apple"_s, u"mango"_s, u"zebra"_s}));
    QCOMPARE(welcome.room, kGeneral);
    QCOMPARE(welcome.members, welcome.rooms.constFirst().members);
    QTRY_COMPARE(alice->presences().size(), 1);
    QStringList order;
    for (const protocol::Message &message : alice->messages()) {
        if (const auto *history = std::get_if<protocol::History>(&message))
            order.append(history->room);
    }
    QCOMPARE(order, QStringList({kGeneral, u"Apple"_s, u"mango"_s, u"zebra"_s}));
    QVERIFY(std::holds_alternative<protocol::Presence>(alice->messages().constLast()));
    const auto histories = alice->all<protocol::History>();
    QVERIFY(!histories.at(0).recovered.has_value());
    QCOMPARE(histories.at(2).recovered, std::optional<bool>(true)); // mango, resumed at 2
    QVERIFY(histories.at(2).messages.isEmpty());
    QCOMPARE(textsOf(histories.at(3).messages), QStringList{u"in zebra"_s});
    QCOMPARE(alice->presenceLines(), QStringList{u"online alice"_s});
}

void tst_Rooms::directConversation()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(arrive({&alice}));
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(arrive({&bob}));

    alice.send(protocol::Join{u"@Bob"_s});
    const auto opened = waitJoined(alice, u"bob"_s);
    QVERIFY(opened);
    const QString name = opened->name;
    // Opaque: "@" and 32 hex digits, saying nothing of who talks.
    QVERIFY2(name.size() == 33 && name.startsWith(u'@') &&
                 std::all_of(name.cbegin() + 1, name.cend(),
                             [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); }),
             qPrintable(name));
    QCOMPARE(opened->peer, u"bob"_s);
    QCOMPARE(nicksOf(opened->members), QStringList({u"alice"_s, u"bob"_s}));

    // The other side is told, with the conversation's (empty) history.
    const auto told = waitJoined(bob, u"alice"_s);
    QVERIFY(told);
    QCOMPARE(told->name, name);
    QCOMPARE(told->peer, u"alice"_s);
    QTRY_VERIFY(historyOf(bob, name).has_value());
    QVERIFY(historyOf(bob, name)->messages.isEmpty());

    QCOMPARE(post(alice, u"psst"_s, name), 1);
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: psst"_s}));
    QCOMPARE(bob.chatMessages().constFirst().room, name);
    QCOMPARE(post(bob, u"what?"_s, name), 2);
    QTRY_COMPARE(alice.lines(), QStringList({u"alice: psst"_s, u"bob: what?"_s}));

    // The same pair finds the same conversation, from either side; no presence for it.
    bob.send(protocol::Join{u"@alice"_s});
    QTRY_COMPARE(bob.all<protocol::Joined>().size(), 2);
    QCOMPARE(bob.all<protocol::Joined>().constLast().room.name, name);
    alice.send(protocol::Join{u"@BOB"_s});
    QTRY_COMPARE(alice.all<protocol::Joined>().size(), 2);
    QCOMPARE(alice.all<protocol::Joined>().constLast().room.name, name);
    QVERIFY(barrier(alice));
    QVERIFY(roomEvents(alice, name).isEmpty());

    // Oneself, and nicknames never seen, are nobody to talk to.
    alice.send(protocol::Join{u"@alice"_s});
    alice.send(protocol::Join{u"@ALICE"_s});
    alice.send(protocol::Join{u"@nobody"_s});
    alice.send(protocol::Join{u"@"_s});
    alice.send(protocol::Join{u"@" + QString(5000, u'n')});
    QTRY_COMPARE(codesOf(alice), QList<ErrorCode>(5, ErrorCode::UnknownNick));

    // An offline member can be written to: the conversation is there when they come back.
    {
        TestClient carol(server.url(), u"carol"_s);
        QVERIFY(carol.waitForWelcome());
    }
    QTRY_VERIFY(alice.presenceLines().contains(u"offline carol"_s));
    alice.send(protocol::Join{u"@carol"_s});
    const auto withCarol = waitJoined(alice, u"carol"_s);
    QVERIFY(withCarol);
    QCOMPARE(withCarol->members, (QList<protocol::Member>{{u"alice"_s, Status::Online},
                                                          {u"carol"_s, Status::Offline}}));
    QCOMPARE(post(alice, u"call me"_s, withCarol->name), 1);
    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());
    QCOMPARE(namesOf(carol.welcome()->rooms), QStringList({kGeneral, withCarol->name}));
    const protocol::RoomInfo conversation = carol.welcome()->rooms.at(1);
    QCOMPARE(conversation.peer, u"alice"_s);
    QCOMPARE(conversation.lastSeq, 1);
    QCOMPARE(conversation.unread, 1);
}

void tst_Rooms::directConversationIsPrivate()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    TestClient eve(server.url(), u"eve"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome() && eve.waitForWelcome());
    alice.send(protocol::Join{u"@bob"_s});
    const auto opened = waitJoined(alice, u"bob"_s);
    QVERIFY(opened);
    QCOMPARE(post(alice, u"secret plans"_s, opened->name), 1);
    QTRY_COMPARE(bob.lines(), QStringList({u"alice: secret plans"_s}));

    // Eve knows the name (say she guessed it): it gets her nothing.
    eve.send(protocol::Join{opened->name});
    eve.send(protocol::Send{QUuid::createUuid(), opened->name, u"hi"_s});
    eve.send(protocol::Fetch{opened->name, 100, 100});
    eve.send(protocol::Typing{opened->name});
    eve.send(protocol::Read{opened->name, 1});
    eve.send(protocol::Search{u"secret"_s, opened->name});
    eve.send(protocol::Leave{opened->name});
    QTRY_COMPARE(codesOf(eve), QList<ErrorCode>({ErrorCode::UnknownNick, ErrorCode::UnknownRoom,
                                                 ErrorCode::UnknownRoom, ErrorCode::UnknownRoom,
                                                 ErrorCode::UnknownRoom, ErrorCode::UnknownRoom,
                                                 ErrorCode::UnknownRoom}));
    const auto found = search(eve, u"secret"_s);
    QVERIFY(found);
    QVERIFY(found->messages.isEmpty());
    QVERIFY(eve.lines().isEmpty());
    QVERIFY(eve.all<protocol::Joined>().isEmpty());
    QVERIFY(barrier(eve));
    const QList<protocol::RoomList> directories = eve.all<protocol::RoomList>();
    QVERIFY(!directories.isEmpty());
    for (const protocol::RoomSummary &room : directories.constLast().rooms)
        QVERIFY2(!room.name.startsWith(u'@'), qPrintable(room.name));
    QVERIFY(barrier(bob));
    QVERIFY(bob.all<protocol::Typing>().isEmpty());
    QCOMPARE(bob.lines(), QStringList({u"alice: secret plans"_s}));
}

void tst_Rooms::directConversationComesBackWithTheNextMessage()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    auto bob = std::make_unique<TestClient>(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome() && bob->waitForWelcome());
    alice.send(protocol::Join{u"@bob"_s});
    const auto opened = waitJoined(alice, u"bob"_s);
    QVERIFY(opened && waitJoined(*bob, u"alice"_s));
    const QString name = opened->name;
    QCOMPARE(post(alice, u"one"_s, name), 1);

    // Bob hides it; alice's next message brings it back: joined, history, then the message.
    bob->send(protocol::Leave{name});
    QVERIFY(waitFor<protocol::Left>(*bob));
    QCOMPARE(bob->all<protocol::Left>().constFirst().room, name);
    QCOMPARE(post(alice, u"two"_s, name), 2);
    QTRY_COMPARE(bob->lines(), QStringList({u"alice: one"_s, u"alice: two"_s}));
    const auto &messages = bob->messages();
    qsizetype joinedAt = -1, historyAt = -1, messageAt = -1;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (std::holds_alternative<protocol::Joined>(messages.at(i)))
            joinedAt = i; // the last one
        if (const auto *h = std::get_if<protocol::History>(&messages.at(i)); h && h->room == name)
            historyAt = i;
        if (const auto *m = std::get_if<protocol::ChatMessage>(&messages.at(i));
            m && m->text == u"two"_s)
            messageAt = i;
    }
    QVERIFY(joinedAt >= 0 && joinedAt < historyAt && historyAt < messageAt);
    const protocol::RoomInfo back = std::get<protocol::Joined>(messages.at(joinedAt)).room;
    QCOMPARE(back.name, name);
    QCOMPARE(back.peer, u"alice"_s);
    QCOMPARE(textsOf(std::get<protocol::History>(messages.at(historyAt)).messages),
             QStringList{u"one"_s}); // the new message comes by itself, once
    QCOMPARE(bob->lines().count(u"alice: two"_s), 1);

    // Offline too: bob leaves it, disconnects, and finds it back, unread, when he returns.
    bob->send(protocol::Leave{name});
    QVERIFY(waitFor<protocol::Left>(*bob, 2));
    bob.reset();
    QTRY_VERIFY(alice.presenceLines().contains(u"offline bob"_s));
    QCOMPARE(post(alice, u"three"_s, name), 3);
    bob = std::make_unique<TestClient>(server.url(), u"bob"_s);
    QVERIFY(bob->waitForWelcome());
    QCOMPARE(namesOf(bob->welcome()->rooms), QStringList({kGeneral, name}));
    QCOMPARE(bob->welcome()->rooms.at(1).unread, 1);
    QCOMPARE(bob->welcome()->rooms.at(1).lastRead, 2);
}

void tst_Rooms::directConversationResumes()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    auto bob = std::make_unique<TestClient>(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome() && bob->waitForWelcome());
    alice.send(protocol::Join{u"@bob"_s});
    const auto opened = waitJoined(alice, u"bob"_s);
    QVERIFY(opened);
    const QString name = opened->name;
    QCOMPARE(post(alice, u"one"_s, name), 1);
    QTRY_COMPARE(bob->lines(), QStringList({u"alice: one"_s}));
    const QString epoch = bob->welcome()->epoch;
    bob.reset();
    QTRY_VERIFY(alice.presenceLines().contains(u"offline bob"_s));
    QCOMPARE(post(alice, u"two"_s, name), 2);
    QCOMPARE(post(alice, u"three"_s, name), 3);

    bob = connectAs(server, u"bob"_s, {}, {protocol::ResumePoint{name, epoch, 1}});
    QVERIFY(bob->waitForWelcome());
    QTRY_VERIFY(!bob->presences().isEmpty());
    const protocol::History replay = historyOf(*bob, name).value_or(protocol::History{});
    QCOMPARE(replay.recovered, std::optional<bool>(true));
    QCOMPARE(textsOf(replay.messages), QStringList({u"two"_s, u"three"_s}));
    QCOMPARE(post(*bob, u"four"_s, name), 4);
}

void tst_Rooms::readMarkersAndUnreadCounts()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice->waitForWelcome() && bob.waitForWelcome());
    QCOMPARE(alice->welcome()->rooms.constFirst().lastRead, 0);
    QCOMPARE(alice->welcome()->rooms.constFirst().unread, 0);
    // After the events that say alice and bob joined: `base` + 1 is bob's first message.
    QTRY_COMPARE(alice->eventLines(),
                 QStringList({u"general: alice joined"_s, u"general: bob joined"_s}));
    const qint64 base = alice->events().constLast().seq;
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(post(bob, u"bob %1"_s.arg(i)), base + i);
    QCOMPARE(post(*alice, u"alice 5"_s), base + 5);

    alice->send(protocol::Read{kGeneral, base + 2});
    alice->send(protocol::Read{u"GENERAL"_s, base + 1}); // never moves back
    alice->send(protocol::Read{u"nowhere"_s, 1});
    QVERIFY(alice->waitForError());
    QCOMPARE(codesOf(*alice), QList<ErrorCode>{ErrorCode::UnknownRoom});
    alice.reset();
    QTRY_COMPARE(server.server().sessionCount(), 1);
    QCOMPARE(post(bob, u"bob 6"_s), base + 6);

    // 3, 4 and 6 are bob's and unread; 5 is alice's own; the events are nothing to read.
    alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
    QVERIFY(alice->waitForWelcome());
    protocol::RoomInfo general = alice->welcome()->rooms.constFirst();
    QCOMPARE(general.lastSeq, base + 6);
    QCOMPARE(general.lastRead, base + 2);
    QCOMPARE(general.unread, 3);

    // Read past the end: the marker stops at the last message.
    alice->send(protocol::Read{kGeneral, 1000});
    QVERIFY(barrier(*alice));
    alice->send(protocol::Join{kGeneral});
    QVERIFY(waitJoined(*alice, kGeneral));
    general = waitJoined(*alice, kGeneral).value();
    QCOMPARE(general.lastRead, base + 6);
    QCOMPARE(general.unread, 0);

    // A room joined later has nothing unread from before the join.
    bob.send(protocol::Join{u"random"_s});
    QVERIFY(waitJoined(bob, u"random"_s));
    QCOMPARE(post(bob, u"r1"_s, u"random"_s), 2); // after "bob joined"
    alice->send(protocol::Join{u"random"_s});
    const auto random = waitJoined(*alice, u"random"_s);
    QVERIFY(random);
    QCOMPARE(random->lastSeq, 2);
    QCOMPARE(random->lastRead, 2);
    QCOMPARE(random->unread, 0);
    QCOMPARE(post(bob, u"r2"_s, u"random"_s), 4); // after "alice joined"
    QTRY_COMPARE(alice->lines(), QStringList{u"bob: r2"_s});
    alice.reset();
    QTRY_COMPARE(server.server().sessionCount(), 1);
    alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
    QVERIFY(alice->waitForWelcome());
    QCOMPARE(alice->welcome()->rooms.at(1).name, u"random"_s);
    QCOMPARE(alice->welcome()->rooms.at(1).unread, 1);
}

void tst_Rooms::searchFindsWordStartsAcrossRooms()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    alice.send(protocol::Join{u"random"_s});
    QVERIFY(waitJoined(alice, u"random"_s));
    QVERIFY(post(alice, u"Lunch at noon?"_s) > 0);
    QVERIFY(post(alice, u"dinner later"_s) > 0);
    QVERIFY(post(alice, u"LUNCHES are the best"_s, u"random"_s) > 0);
    QVERIFY(post(alice, u"no lunch for me at noon"_s) > 0);

    // Newest first, across rooms, ignoring case, matching the start of words.
    auto results = search(alice, u"lunch"_s);
    QVERIFY(results);
    QCOMPARE(results->query, u"lunch"_s);
    QCOMPARE(textsOf(results->messages),
             QStringList(
                 {u"no lunch for me at noon"_s, u"LUNCHES are the best"_s, u"Lunch at noon?"_s}));
    QVERIFY(!results->hasMore);
    QVERIFY(results->tag.isEmpty());
    const protocol::ChatMessage inRandom = results->messages.at(1);
    QCOMPARE(inRandom.room, u"random"_s);
    QCOMPARE(inRandom.seq, 2); // after "alice joined"
    QCOMPARE(inRandom.nick, u"alice"_s);

    // Every word must be there; a room narrows it; a limit cuts it and says there is more.
    QCOMPARE(found(alice, u"NOON lun"_s),
             QStringList({u"no lunch for me at noon"_s, u"Lunch at noon?"_s}));
    QCOMPARE(found(alice, u"lunch"_s, u"Random"_s), QStringList{u"LUNCHES are the best"_s});
    results = search(alice, u"lunch"_s, {}, 2);
    QVERIFY(results);
    QCOMPARE(results->messages.size(), 2);
    QVERIFY(results->hasMore);
    QCOMPARE(found(alice, u"breakfast"_s), QStringList());
    QVERIFY(server.store().hasFullTextSearch()); // SQLite as Palaver ships it has FTS5
    // FTS5 also ignores accents, and does not match inside words.
    QVERIFY(post(alice, u"Cr\u00e8me br\u00fbl\u00e9e"_s) > 0);
    QCOMPARE(found(alice, u"creme BRULEE"_s), QStringList{u"Cr\u00e8me br\u00fbl\u00e9e"_s});
    QCOMPARE(found(alice, u"unch"_s), QStringList());

    // A tag comes back in the answer, so that a client can tell its searches apart.
    alice.send(protocol::Search{u"dinner"_s, {}, 50, u"mentions"_s});
    QTRY_VERIFY(!alice.all<protocol::Results>().isEmpty() &&
                alice.all<protocol::Results>().constLast().query == u"dinner"_s);
    QCOMPARE(alice.all<protocol::Results>().constLast().tag, u"mentions"_s);
    QCOMPARE(textsOf(alice.all<protocol::Results>().constLast().messages),
             QStringList{u"dinner later"_s});
}

void tst_Rooms::searchStaysInTheClientsRooms()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome());
    alice.send(protocol::Join{u"random"_s});
    QVERIFY(waitJoined(alice, u"random"_s));
    QVERIFY(post(alice, u"pizza in random"_s, u"random"_s) > 0);
    QVERIFY(post(alice, u"pizza in general"_s) > 0);

    QCOMPARE(found(bob, u"pizza"_s), QStringList{u"pizza in general"_s});
    bob.send(protocol::Search{u"pizza"_s, u"random"_s});
    QVERIFY(bob.waitForError());
    QCOMPARE(codesOf(bob), QList<ErrorCode>{ErrorCode::UnknownRoom});
    // Once a member, the room's whole history is searchable, older messages included.
    bob.send(protocol::Join{u"random"_s});
    QVERIFY(waitJoined(bob, u"random"_s));
    QCOMPARE(found(bob, u"pizza"_s), QStringList({u"pizza in general"_s, u"pizza in random"_s}));
}

void tst_Rooms::searchSurvivesHostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("unbalanced quote and OR") << u"\"a OR b*"_s;
    QTest::newRow("NEAR(") << u"NEAR("_s;
    QTest::newRow("NEAR group") << u"NEAR(a b, 2)"_s;
    QTest::newRow("a lone star") << u"*"_s;
    QTest::newRow("a lone quote") << u"\""_s;
    QTest::newRow("column filter") << u"text:secret"_s;
    QTest::newRow("column set") << u"{text nick}: secret"_s;
    QTest::newRow("caret") << u"^secret"_s;
    QTest::newRow("NOT") << u"secret NOT plans"_s;
    QTest::newRow("AND at the end") << u"secret AND"_s;
    QTest::newRow("parentheses") << u"((("_s;
    QTest::newRow("minus") << u"-secret"_s;
    QTest::newRow("plus") << u"secret + plans"_s;
    QTest::newRow("SQL") << u"'); DROP TABLE messages; --"_s;
    QTest::newRow("LIKE wildcards") << u"%_%"_s;
    QTest::newRow("backslashes") << u"\\\\ \\"_s;
    QTest::newRow("NUL") << u"a\u0000b"_s;
    QTest::newRow("emoji") << u"\U0001F600"_s;
    QTest::newRow("200 characters") << QString(200, u'"');
}

void tst_Rooms::searchSurvivesHostileQueries()
{
    QFETCH(QString, query);
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome());
    QVERIFY(post(alice, u"secret plans (a OR b) NEAR text:x %_% \\"_s) > 0);

    // Words are only ever words: an answer, never an error or a crash.
    const auto results = search(alice, query);
    QVERIFY(results);
    QCOMPARE(results->query, query);
    QVERIFY(alice.errors().isEmpty());
    QVERIFY(alice.undecodable().isEmpty());
    for (const protocol::ChatMessage &message : results->messages)
        QCOMPARE(message.room, kGeneral);

    // The database is intact and everyone still chats.
    QVERIFY(post(bob, u"still here"_s) > 0);
    QTRY_COMPARE(alice.lines().size(), 2);
    QCOMPARE(found(bob, u"still"_s), QStringList{u"still here"_s});
}

void tst_Rooms::typingIsRelayedAndThrottled()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome() && carol.waitForWelcome());
    alice.send(protocol::Join{u"random"_s});
    bob.send(protocol::Join{u"random"_s});
    QVERIFY(waitJoined(alice, u"random"_s) && waitJoined(bob, u"random"_s));

    // Relayed with the sender's nickname, to the others only; a second one right after is
    // dropped without an error.
    QElapsedTimer clock;
    clock.start(); // before the server passes on the first one
    alice.send(protocol::Typing{u"RANDOM"_s});
    alice.send(protocol::Typing{u"random"_s, {}, true});
    QVERIFY(barrier(alice));
    QVERIFY(barrier(bob));
    QCOMPARE(bob.all<protocol::Typing>(),
             QList<protocol::Typing>{(protocol::Typing{u"random"_s, u"alice"_s, true})});
    QVERIFY(alice.all<protocol::Typing>().isEmpty());
    QVERIFY(alice.errors().isEmpty());
    QVERIFY(barrier(carol));
    QVERIFY(carol.all<protocol::Typing>().isEmpty()); // not a member of random

    // Stopping is passed on once: a second stop is no news.
    alice.send(protocol::Typing{u"random"_s, {}, false});
    alice.send(protocol::Typing{u"random"_s, {}, false});
    QVERIFY(barrier(alice));
    QVERIFY(barrier(bob));
    QCOMPARE(bob.all<protocol::Typing>().size(), 2);
    QCOMPARE(bob.all<protocol::Typing>().at(1).active, false);

    // The next start goes through only half a typing interval after the first: alice keeps
    // saying she types (as often as QTRY polls) until bob hears it again.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            alice.send(protocol::Typing{u"random"_s});
            return bob.all<protocol::Typing>().size() >= 3;
        }(),
        10'000);
    QVERIFY2(clock.elapsed() >= protocol::kTypingIntervalMs / 2,
             qPrintable(QString::number(clock.elapsed())));
    QVERIFY(barrier(alice));
    QVERIFY(barrier(bob));
    QCOMPARE(bob.all<protocol::Typing>().size(), 3); // all the others in between were dropped
    QCOMPARE(bob.all<protocol::Typing>().at(2).active, true);

    // Typing is never stored.
    QVERIFY(post(alice, u"done"_s, u"random"_s) > 0);
    TestClient dave(server.url(), u"dave"_s);
    QVERIFY(dave.waitForWelcome());
    dave.send(protocol::Join{u"random"_s});
    QVERIFY(waitJoined(dave, u"random"_s));
    QVERIFY(barrier(dave));
    QVERIFY(dave.all<protocol::Typing>().isEmpty());

    // Typing where one is not a member is refused.
    carol.send(protocol::Typing{u"random"_s});
    QVERIFY(carol.waitForError());
    QCOMPARE(codesOf(carol), QList<ErrorCode>{ErrorCode::UnknownRoom});
}

void tst_Rooms::tooManyRooms()
{
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome());

    // General and 199 more make the most one nickname may be in.
    for (int i = 1; i < protocol::kMaxRoomsPerNick; ++i)
        alice.send(protocol::Join{u"room%1"_s.arg(i)});
    QVERIFY(QTest::qWaitFor(
        [&] { return alice.all<protocol::Joined>().size() == protocol::kMaxRoomsPerNick - 1; },
        30'000));
    QVERIFY(alice.errors().isEmpty());
    alice.send(protocol::Join{u"one too many"_s});
    alice.send(protocol::Join{u"@bob"_s});
    QTRY_COMPARE(codesOf(alice), QList<ErrorCode>(2, ErrorCode::TooManyRooms));
    // Rooms already joined can still be joined again.
    alice.send(protocol::Join{u"room1"_s});
    QTRY_COMPARE(alice.all<protocol::Joined>().size(), protocol::kMaxRoomsPerNick);
    QCOMPARE(alice.errors().size(), 2);

    // Nor can somebody else open a conversation that would put alice over the limit.
    bob.send(protocol::Join{u"@alice"_s});
    QVERIFY(bob.waitForError());
    QCOMPARE(codesOf(bob), QList<ErrorCode>{ErrorCode::TooManyRooms});

    // Leaving one makes room for another.
    alice.send(protocol::Leave{u"room1"_s});
    QVERIFY(waitFor<protocol::Left>(alice));
    alice.send(protocol::Join{u"@bob"_s});
    QVERIFY(waitJoined(alice, u"bob"_s));
    QCOMPARE(alice.errors().size(), 2);
    QVERIFY(alice.isConnected());
}

void tst_Rooms::membershipEventsAreStoredInTheHistory()
{
    // Who joined and left a room, and who is now called what, stay in its history like its
    // messages: somebody who was away reads them when they come back.
    TestServer server(testOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    QVERIFY(arrive({alice.get(), &bob}));
    alice->send(protocol::Join{u"dev"_s});
    QVERIFY(waitJoined(*alice, u"dev"_s));
    QVERIFY(post(*alice, u"hello dev"_s, u"dev"_s) > 0);
    bob.send(protocol::Join{u"@alice"_s});
    const auto direct = waitJoined(bob, u"alice"_s);
    QVERIFY(direct);
    QVERIFY(post(bob, u"psst"_s, direct->name) > 0);
    alice.reset();
    QTRY_COMPARE(server.server().sessionCount(), 1);

    bob.send(protocol::Join{u"dev"_s});
    QVERIFY(waitJoined(bob, u"dev"_s));
    bob.send(protocol::NickChange{u"robert"_s});
    QTRY_VERIFY(bob.presenceLines().contains(u"nick bob robert"_s));
    bob.send(protocol::Leave{u"dev"_s});
    QVERIFY(waitFor<protocol::Left>(bob));
    // The one who renamed hears it in each of their rooms, conversations too; the one who
    // left hears nothing more of the room.
    QTRY_COMPARE(bob.eventLines().filter(u" is robert"_s).size(), 3);

    // Nothing of it is unread, and the history says it all, in order, between the messages.
    alice = std::make_unique<TestClient>(server.url(), u"alice"_s);
    QVERIFY(alice->waitForWelcome());
    const auto dev = std::find_if(alice->welcome()->rooms.cbegin(), alice->welcome()->rooms.cend(),
                                  [](const protocol::RoomInfo &r) { return r.name == u"dev"_s; });
    QVERIFY(dev != alice->welcome()->rooms.cend());
    QCOMPARE(dev->unread, 0);
    const auto devHistory = [&alice] {
        QStringList lines;
        for (const protocol::History &history : alice->all<protocol::History>()) {
            if (history.room != u"dev"_s)
                continue;
            for (const protocol::ChatMessage &m : history.messages) {
                lines.append(u"%1 %2 %3 %4"_s.arg(QString::number(m.seq), m.nick,
                                                  QString::number(int(m.kind)), m.text));
            }
        }
        return lines;
    };
    using Kind = protocol::MessageKind;
    const auto line = [](int seq, const QString &nick, Kind kind, const QString &text) {
        return u"%1 %2 %3 %4"_s.arg(QString::number(seq), nick, QString::number(int(kind)), text);
    };
    QTRY_COMPARE(devHistory(), QStringList({line(1, u"alice"_s, Kind::Join, {}),
                                            line(2, u"alice"_s, Kind::Text, u"hello dev"_s),
                                            line(3, u"bob"_s, Kind::Join, {}),
                                            line(4, u"bob"_s, Kind::Nick, u"robert"_s),
                                            line(5, u"robert"_s, Kind::Leave, {})}));
    // The conversation: "bob is robert" there too.
    const auto conversation =
        std::find_if(alice->welcome()->rooms.cbegin(), alice->welcome()->rooms.cend(),
                     [](const protocol::RoomInfo &r) { return r.isDirect(); });
    QVERIFY(conversation != alice->welcome()->rooms.cend());
    QCOMPARE(conversation->peer, u"robert"_s);
    QCOMPARE(conversation->unread, 1); // psst
    const auto general = alice->welcome()->rooms.constFirst();
    QCOMPARE(general.unread, 0); // "bob is robert" is not something to read

    // They are not found by search: "robert" is nothing anybody said.
    const auto results = search(*alice, u"robert"_s);
    QVERIFY(results);
    QVERIFY(results->messages.isEmpty());

    // Only the server writes them.
    const QUuid forged = QUuid::createUuid();
    alice->sendRaw(uR"({"type":"send","id":"%1","room":"general","text":"","kind":"join"})"_s.arg(
        forged.toString(QUuid::WithoutBraces)));
    QVERIFY(alice->waitForError());
    QCOMPARE(codesOf(*alice), QList<ErrorCode>{ErrorCode::BadValue});
    QVERIFY(alice->isConnected());
    QVERIFY(barrier(bob));
    QCOMPARE(bob.eventLines().filter(u"alice joined"_s).size(), 1);

    // Coming back spelled otherwise ("Alice" for "alice") is a nickname change too, and is
    // stored as one in each of her rooms: in dev, where nobody else is, she hears it herself.
    alice.reset();
    QTRY_COMPARE(server.server().sessionCount(), 1);
    TestClient spelled(server.url(), u"Alice"_s);
    QVERIFY(spelled.waitForWelcome());
    QTRY_VERIFY2(bob.eventLines().contains(u"general: alice is Alice"_s),
                 qPrintable(bob.eventLines().join(u'\n')));
    QTRY_VERIFY2(spelled.eventLines().contains(u"dev: alice is Alice"_s),
                 qPrintable(spelled.eventLines().join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Rooms)
void tst_Rooms::crowdedRoomsAreNotAnnounced()
{
    server::ServerOptions options = testOptions();
    options.crowdedRoom = 3; // over 3 members a room is crowded
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient alice(server.url(), u"alice"_s);
    TestClient bob(server.url(), u"bob"_s);
    TestClient carol(server.url(), u"carol"_s);
    QVERIFY(arrive({&alice, &bob, &carol}));
    alice.send(protocol::Join{u"team"_s});
    bob.send(protocol::Join{u"team"_s});
    QVERIFY(waitJoined(alice, u"team"_s) && waitJoined(bob, u"team"_s));

    // The fourth member makes general crowded: that join is still told, the next is not.
    TestClient dave(server.url(), u"dave"_s);
    QVERIFY(dave.waitForWelcome());
    const protocol::RoomInfo daveGeneral = dave.welcome()->rooms.constFirst();
    QCOMPARE(daveGeneral.members, QList<protocol::Member>{});
    QCOMPARE(daveGeneral.memberCount, 4);
    {
        TestClient erin(server.url(), u"erin"_s);
        QVERIFY(erin.waitForWelcome());
        QCOMPARE(erin.welcome()->rooms.constFirst().memberCount, 5);
        QCOMPARE(erin.welcome()->members, QList<protocol::Member>{});
    }
    QTRY_COMPARE(server.server().sessionCount(), 4); // erin is gone

    // bob shares team with alice, which is not crowded: she hears he is away, carol doesn't.
    bob.send(protocol::SetStatus{Status::Away});
    QTRY_VERIFY(alice.presenceLines().contains(u"away bob"_s));
    QVERIFY(barrier(alice) && barrier(carol));
    QCOMPARE(alice.presenceLines(),
             QStringList({u"join alice"_s, u"join bob"_s, u"join carol"_s, u"join alice"_s,
                          u"join bob"_s, u"join dave"_s, u"away bob"_s}));
    QCOMPARE(carol.presenceLines(), QStringList({u"join carol"_s, u"join dave"_s}));
    // What is told is recorded in the history, and nothing else: no "erin joined".
    QTRY_VERIFY(carol.eventLines().contains(u"general: dave joined"_s));
    QVERIFY(barrier(carol));
    QVERIFY(!carol.eventLines().contains(u"general: erin joined"_s));
    QTRY_COMPARE(alice.eventLines().filter(u"general: "_s),
                 QStringList({u"general: alice joined"_s, u"general: bob joined"_s,
                              u"general: carol joined"_s, u"general: dave joined"_s}));

    // Who is in general: those connected first (away counts), each group in nickname order.
    carol.send(protocol::Members{u"General"_s, {}, 0, 0});
    QVERIFY(waitFor<protocol::Members>(carol));
    const protocol::Members answer = carol.all<protocol::Members>().constFirst();
    QCOMPARE(answer.room, kGeneral);
    QCOMPARE(answer.total, 5);
    QCOMPARE(answer.online, 4);
    QCOMPARE(answer.members, (QList<protocol::Member>{{u"alice"_s, Status::Online},
                                                      {u"bob"_s, Status::Away},
                                                      {u"carol"_s, Status::Online},
                                                      {u"dave"_s, Status::Online},
                                                      {u"erin"_s, Status::Offline}}));
    // A room that is not crowded is listed in the welcome, and may be asked about too.
    alice.send(protocol::Members{u"team"_s, {}, 0, 0});
    QVERIFY(waitFor<protocol::Members>(alice));
    QCOMPARE(alice.all<protocol::Members>().constFirst().total, 2);
    // Not a room of the asker's: refused, and nothing about its members.
    carol.send(protocol::Members{u"team"_s, {}, 0, 0});
    QVERIFY(carol.waitForError());
    QCOMPARE(codesOf(carol), QList<ErrorCode>{ErrorCode::UnknownRoom});
    QCOMPARE(carol.all<protocol::Members>().size(), 1);

    // An answer about a crowded room is reused for a while (5 s by default): dave going offline
    // does not show in it yet. A new member makes it afresh.
    dave.close();
    QTRY_COMPARE(server.server().sessionCount(), 3);
    const auto ask = [&carol](qsizetype count) {
        carol.send(protocol::Members{kGeneral, {}, 0, 0});
        return waitFor<protocol::Members>(carol, count) ? carol.all<protocol::Members>().constLast()
                                                        : protocol::Members{};
    };
    QCOMPARE(ask(2).members, answer.members);
    TestClient frank(server.url(), u"frank"_s);
    QVERIFY(frank.waitForWelcome());
    const protocol::Members fresh = ask(3);
    QCOMPARE(fresh.total, 6);
    QCOMPARE(fresh.members.size(), 6);
    QCOMPARE(fresh.members.at(3), (protocol::Member{u"frank"_s, Status::Online}));
    QCOMPARE(fresh.members.at(4), (protocol::Member{u"dave"_s, Status::Offline}));
}

#include "tst_rooms.moc"
