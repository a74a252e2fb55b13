#include "client/core/chatmodel.h"
#include "client/core/connection.h"
#include "client/core/workspace.h"
#include "manualclock.h"
#include "serverprocess.h"
#include "testclient.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10'000;

/// Somebody using the app: a connection and the workspace on top of it. The connection's
/// clock never moves (no retries or heartbeats get in the way); the workspace's clock is
/// moved by the test, for typing expiry and idle time.
struct Person
{
    Person(const QUrl &url, const QString &nick, const QString &outboxDirectory = {})
    {
        connection.setOutboxDirectory(outboxDirectory);
        QObject::connect(&workspace, &Workspace::notify, &workspace,
                         [this](const Notification &n) { notifications.append(n); });
        connection.open(url, nick);
    }

    bool waitConnected()
    {
        return QTest::qWaitFor(
                   [this] { return connection.state() == Connection::State::Connected; },
                   kWaitMs) &&
               sync();
    }

    /// Waits until this client has handled everything the server sent it so far: the server
    /// answers in order, so once the answer to `list` is here, all before it is too.
    bool sync()
    {
        QSignalSpy answered(&connection, &Connection::roomListReceived);
        return connection.listRooms() && answered.wait(kWaitMs);
    }

    ChatModel &chat(const QString &room = u"general"_s) { return *workspace.chat(room); }

    qint64 unread(const QString &room)
    {
        const RoomListModel::Entry *entry = workspace.rooms().entry(room);
        return entry ? entry->unread : -1;
    }
    qint64 mentionCount(const QString &room)
    {
        const RoomListModel::Entry *entry = workspace.rooms().entry(room);
        return entry ? entry->mentions : -1;
    }
    /// The name of the direct conversation with `peer`, empty if none is open.
    QString directWith(const QString &peer)
    {
        for (int row = 0; row < workspace.rooms().rowCount(); ++row) {
            const QString room = workspace.rooms().roomAt(row);
            if (workspace.isDirect(room) && workspace.displayName(room) == peer)
                return room;
        }
        return {};
    }

    test::ManualClock connectionClock;
    test::ManualClock clock;
    Connection connection{connectionClock};
    Workspace workspace{connection, clock};
    QList<Notification> notifications;
};

/// The log as people read it: "bob: hi", "* bob waves", "-- bob joined.".
QStringList log(const ChatModel *model)
{
    QStringList lines;
    if (!model)
        return lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ChatLine &line = model->line(row);
        if (line.kind == ChatLine::Kind::Notice)
            lines.append(u"-- "_s + line.text);
        else if (protocol::isEventKind(line.messageKind)) // stored, but reads as a notice
            lines.append(u"-- "_s + ChatModel::bodyText(line));
        else if (line.messageKind == protocol::MessageKind::Text)
            lines.append(line.nick + u": "_s + line.text);
        else
            lines.append(ChatModel::bodyText(line));
    }
    return lines;
}

QStringList messages(const ChatModel *model)
{
    QStringList lines = log(model);
    lines.removeIf([](const QString &line) { return line.startsWith(u"-- "_s); });
    return lines;
}

QStringList notices(const ChatModel *model)
{
    QStringList lines = log(model);
    lines.removeIf([](const QString &line) { return !line.startsWith(u"-- "_s); });
    for (QString &line : lines)
        line.remove(0, 3);
    return lines;
}

/// The newest notice of the log, or "" when it has none yet: safe to poll with QTRY_*.
QString lastNotice(const ChatModel *model)
{
    const QStringList all = notices(model);
    return all.isEmpty() ? QString() : all.constLast();
}

/// Whether the log holds a delivered (acknowledged and echoed) message with this text.
/// The seq of the delivered message with this text, 0 if there is none.
qint64 seqOf(const ChatModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const ChatLine &line = model.line(row);
        if (line.kind == ChatLine::Kind::Message && line.seq > 0 && line.text == text)
            return line.seq;
    }
    return 0;
}

bool delivered(const ChatModel *model, const QString &text)
{
    if (!model)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ChatLine &line = model->line(row);
        if (line.kind == ChatLine::Kind::Message && line.seq > 0 && line.text == text)
            return true;
    }
    return false;
}

QStringList nicksOf(const MemberListModel *model)
{
    QStringList nicks;
    if (!model)
        return {u"(no such room)"_s};
    for (const protocol::Member &member : model->members())
        nicks.append(member.nick);
    return nicks;
}

protocol::Status statusOf(const MemberListModel *model, const QString &nick)
{
    if (!model)
        return protocol::Status::Offline;
    for (const protocol::Member &member : model->members()) {
        if (member.nick == nick)
            return member.status;
    }
    return protocol::Status::Offline;
}

/// Without the membership events ("bob joined."), for the tests that count lines and seqs.
server::ServerOptions quietOptions()
{
    server::ServerOptions options;
    options.recordMembership = false;
    return options;
}

std::unique_ptr<test::TestServer> startServer(server::ServerOptions options = {},
                                              const QString &dataDir = {}, quint16 port = 0)
{
    auto chat = std::make_unique<test::TestServer>(std::move(options), dataDir);
    if (!chat->start(port))
        qWarning("listen failed: %s", qPrintable(chat->errorString()));
    return chat;
}

/// Says `lines` as bob, each stored before the next.
bool bobSays(const QUrl &url, const QStringList &lines)
{
    test::TestClient bob(url, u"bob"_s);
    if (!bob.waitForWelcome())
        return false;
    for (const QString &text : lines) {
        if (!bob.waitForAck(bob.say(text)))
            return false;
    }
    return true;
}

/// Stops `chat` and starts a server with an empty database on its port, like one that lost its
/// history, and has `person` reconnect to it at once.
bool restartWithoutHistory(std::unique_ptr<test::TestServer> &chat, Person &person)
{
    const quint16 port = chat->port();
    chat.reset();
    if (!QTest::qWaitFor(
            [&] { return person.connection.state() == Connection::State::Reconnecting; }, kWaitMs))
        return false;
    chat = startServer(quietOptions(), {}, port);
    if (chat->port() != port)
        return false;
    person.connectionClock.advance(
        std::chrono::milliseconds(person.connectionClock.msecsToNextAlarm()));
    return person.waitConnected();
}

} // namespace

/// The workspace (rooms, unread counts, mentions, notifications, typing, away, commands)
/// against a real server on loopback, with real connections.
class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    // Without a server
    void memberListIsOnlineFirstThenByName();
    void roomListIsGeneralThenRoomsThenConversations();
    void typingTextInWords();
    void helpTextNamesEveryCommand();
    void workingOfflineKeepsMessagesAndRefusesRequests();
    void restoredOutboxLinesGoToTheirRoom();

    // Against a real server
    void roomsUnreadAndMarkerComeFromTheWelcome();
    void joinAndLeaveByCommand();
    void liveMessagesCountAsUnreadUnlessSeen();
    void unreadFromHereMovesWhenComingBack();
    void unreadFromHereIsShownInTheRoomOnScreenAtStart();
    void notificationsFollowThePolicy();
    void typingIsShownAndExpires();
    void awayAfterTenIdleMinutesAndBackOnActivity();
    void awayByHandIsSticky();
    void meTopicHelpListAndEscape();
    void nickChangeIsAnnouncedOncePerRoom();
    void takenNicknameSaysWhatIsFree();
    void msgOpensConversationAndSendsOnceJoined();
    void presenceUpdatesMembersAndConversations();
    void jumpToLoadsOlderPages();
    void jumpFailsWhenHistoryIsGone();
    void searchResultsArePassedOn();
    void olderMentionsAreFoundByTheServer();
    void mentionsOfALostHistoryGo();
    void reconnectingSaysWhatHappenedAndKeepsTheRoom();
    void newMessagesLineStaysInTheNewHistory();
    void anotherServerStartsWithItsOwnRooms();
    void crowdedRoomMembersAreAskedFor();
};

// Without a server

void tst_Workspace::memberListIsOnlineFirstThenByName()
{
    MemberListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using protocol::Status;
    model.setMembers({{u"zoe"_s, Status::Online},
                      {u"Bob"_s, Status::Offline},
                      {u"amy"_s, Status::Away},
                      {u"carl"_s, Status::Online}});
    QCOMPARE(nicksOf(&model), (QStringList{u"carl"_s, u"zoe"_s, u"amy"_s, u"Bob"_s}));
    QCOMPARE(model.onlineCount(), 3);

    QVERIFY(model.setStatus(u"BOB"_s, Status::Online)); // nicknames match ignoring case
    QCOMPARE(nicksOf(&model), (QStringList{u"Bob"_s, u"carl"_s, u"zoe"_s, u"amy"_s}));
    QVERIFY(!model.setStatus(u"nobody"_s, Status::Away));

    model.upsert({u"dave"_s, Status::Away});
    model.upsert({u"zoe"_s, Status::Offline}); // already there: only the status changes
    QCOMPARE(nicksOf(&model), (QStringList{u"Bob"_s, u"carl"_s, u"amy"_s, u"dave"_s, u"zoe"_s}));

    QVERIFY(model.rename(u"carl"_s, u"aaron"_s));
    QVERIFY(!model.rename(u"nobody"_s, u"x"_s));
    QCOMPARE(nicksOf(&model), (QStringList{u"aaron"_s, u"Bob"_s, u"amy"_s, u"dave"_s, u"zoe"_s}));

    model.remove(u"amy"_s);
    model.remove(u"nobody"_s);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(0)).toString(), u"aaron"_s);
    QCOMPARE(model.data(model.index(2), MemberListModel::StatusRole).toInt(), int(Status::Away));
    QCOMPARE(model.data(model.index(2), Qt::ToolTipRole).toString(), u"dave (away)"_s);
    QCOMPARE(model.data(model.index(3), Qt::AccessibleTextRole).toString(), u"zoe (offline)"_s);
}

void tst_Workspace::roomListIsGeneralThenRoomsThenConversations()
{
    RoomListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert({.name = u"@2"_s, .display = u"bob"_s, .direct = true});
    model.upsert({.name = u"random"_s, .display = u"random"_s, .unread = 2});
    model.upsert({.name = u"@1"_s, .display = u"amy"_s, .direct = true, .unread = 1});
    model.upsert({.name = u"Books"_s, .display = u"Books"_s, .topic = u"Read"_s});
    model.upsert({.name = u"general"_s, .display = u"general"_s});
    const auto order = [&model] {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.roomAt(row));
        return names;
    };
    QCOMPARE(order(), (QStringList{u"general"_s, u"Books"_s, u"random"_s, u"@1"_s, u"@2"_s}));
    QCOMPARE(model.totalUnread(), 3);
    QCOMPARE(model.rowOf(u"random"_s), 2);
    QCOMPARE(model.rowOf(u"nowhere"_s), -1);
    QCOMPARE(model.roomAt(99), QString());

    // The other person changed nickname: the conversation moves to its new place.
    model.upsert({.name = u"@1"_s, .display = u"zed"_s, .direct = true});
    QCOMPARE(order(), (QStringList{u"general"_s, u"Books"_s, u"random"_s, u"@2"_s, u"@1"_s}));
    QCOMPARE(model.totalUnread(), 2);

    QSignalSpy changed(&model, &RoomListModel::dataChanged);
    model.upsert({.name = u"random"_s, .display = u"random"_s, .unread = 5, .mentions = 1});
    QCOMPARE(changed.count(), 1);
    const QModelIndex random = model.index(2);
    QCOMPARE(model.data(random, RoomListModel::UnreadRole).toLongLong(), 5);
    QCOMPARE(model.data(random, RoomListModel::MentionsRole).toLongLong(), 1);
    QCOMPARE(model.data(random, Qt::AccessibleTextRole).toString(),
             u"#random, 5 unread, 1 mentioning you"_s);
    QCOMPARE(model.data(model.index(1), Qt::ToolTipRole).toString(), u"Read"_s);
    QCOMPARE(model.data(model.index(3), Qt::DisplayRole).toString(), u"bob"_s);
    QVERIFY(model.data(model.index(3), RoomListModel::DirectRole).toBool());

    model.remove(u"Books"_s);
    QCOMPARE(order(), (QStringList{u"general"_s, u"random"_s, u"@2"_s, u"@1"_s}));
    QVERIFY(!model.entry(u"Books"_s));
}

void tst_Workspace::typingTextInWords()
{
    QCOMPARE(Workspace::typingText({}), QString());
    QCOMPARE(Workspace::typingText({u"alice"_s}), u"alice is typing…"_s);
    QCOMPARE(Workspace::typingText({u"alice"_s, u"bob"_s}), u"alice and bob are typing…"_s);
    QCOMPARE(Workspace::typingText({u"a"_s, u"b"_s, u"c"_s}), u"3 people are typing…"_s);
    QCOMPARE(Workspace::typingText({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}),
             u"5 people are typing…"_s);
}

void tst_Workspace::helpTextNamesEveryCommand()
{
    const QString help = Workspace::helpText();
    for (const QString &command : {u"/me"_s, u"/join"_s, u"/leave"_s, u"/msg"_s, u"/nick"_s,
                                   u"/away"_s, u"/topic"_s, u"/help"_s, u"/list"_s, u"//"_s}) {
        QVERIFY2(help.contains(u"\n"_s + command), qPrintable(command));
    }
    QVERIFY(help.contains(u"/topic -"_s)); // how to clear a topic is said
}

void tst_Workspace::workingOfflineKeepsMessagesAndRefusesRequests()
{
    // Nobody listens: the connection keeps trying, the user keeps writing.
    QTemporaryDir dir;
    Person alice(QUrl(u"ws://127.0.0.1:%1/"_s.arg(test::ServerProcess::freePort())), u"alice"_s);
    QTRY_VERIFY(alice.connection.state() == Connection::State::Reconnecting);
    Workspace &w = alice.workspace;
    QCOMPARE(w.currentRoom(), u"general"_s);
    QVERIFY(w.chat(u"general"_s));
    QCOMPARE(notices(w.chat(u"general"_s)).size(), 1);
    QVERIFY(notices(w.chat(u"general"_s)).constFirst().startsWith(u"Connection lost: "_s));

    QCOMPARE(w.submit(u"written offline"_s), std::nullopt);
    QCOMPARE(w.submit(u"/me is offline"_s), std::nullopt);
    QCOMPARE(alice.connection.outbox().size(), 2);
    QCOMPARE(messages(w.chat(u"general"_s)),
             (QStringList{u"alice: written offline"_s, u"* alice is offline"_s}));
    QCOMPARE(w.chat(u"general"_s)->line(1).status, ChatLine::Status::Pending);

    const QString notConnected = u"Not connected; try again when connected."_s;
    QCOMPARE(w.submit(u"/join random"_s), notConnected);
    QCOMPARE(w.submit(u"/nick alicia"_s), notConnected);
    QCOMPARE(w.submit(u"/msg bob hi"_s), notConnected);
    QCOMPARE(w.submit(u"/list"_s), notConnected);
    QVERIFY(!w.search(u"lunch"_s));
    QCOMPARE(alice.connection.outbox().size(), 2); // nothing of that went to the outbox

    // Checks that need no server still apply.
    QCOMPARE(w.submit(QString(4001, u'x')), u"The message is 1 characters too long."_s);
    QCOMPARE(w.submit(u"bell\u0007"_s),
             u"The message can't be sent: it contains a control character."_s);
    QCOMPARE(w.submit(u"/topic two\nlines"_s), u"A topic is one line of at most 500 characters."_s);
    QCOMPARE(w.submit(u"/frobnicate now"_s),
             u"Unknown command /frobnicate. Type /help for the list."_s);
    QCOMPARE(w.submit(u"/me"_s), u"Usage: /me <action>, for example “/me waves”."_s);
    QCOMPARE(w.submit(u"   "_s), std::nullopt);
    QCOMPARE(alice.connection.outbox().size(), 2);

    // Closing on purpose says why, once.
    alice.connection.close();
    QCOMPARE(notices(w.chat(u"general"_s)).constLast(), u"Disconnected: You disconnected."_s);
}

void tst_Workspace::restoredOutboxLinesGoToTheirRoom()
{
    QTemporaryDir dir;
    const QUrl nowhere(u"ws://127.0.0.1:%1/"_s.arg(test::ServerProcess::freePort()));
    QUuid id;
    {
        test::ManualClock clock;
        Connection connection(clock);
        connection.setOutboxDirectory(dir.path());
        connection.open(nowhere, u"alice"_s);
        connection.send(u"general"_s, u"for general"_s);
        id = connection.send(u"random"_s, u"for random"_s, protocol::MessageKind::Action).id;
    }
    Person alice(nowhere, u"alice"_s, dir.path());
    // Before any welcome: the rooms are made for the lines that wait to be sent.
    QCOMPARE(messages(alice.workspace.chat(u"general"_s)), QStringList{u"alice: for general"_s});
    QVERIFY(alice.workspace.chat(u"random"_s));
    QCOMPARE(messages(alice.workspace.chat(u"random"_s)), QStringList{u"* alice for random"_s});
    QCOMPARE(alice.workspace.chat(u"random"_s)->line(0).id, id);
    QVERIFY(alice.workspace.rooms().rowOf(u"random"_s) >= 0);

    // The server appears. She is not in random (any more): that line fails where it is shown.
    QVERIFY(QTest::qWaitFor(
        [&] { return alice.connection.state() == Connection::State::Reconnecting; }, kWaitMs));
    test::TestServer chat;
    QVERIFY(chat.start(quint16(nowhere.port())));
    alice.connectionClock.advance(
        std::chrono::milliseconds(alice.connectionClock.msecsToNextAlarm()));
    QVERIFY(alice.waitConnected());
    QTRY_VERIFY(delivered(alice.workspace.chat(u"general"_s), u"for general"_s));
    const ChatModel *random = alice.workspace.chat(u"random"_s);
    const auto row = [random, id] {
        for (int r = 0; r < random->rowCount(); ++r) {
            if (random->line(r).id == id)
                return r;
        }
        return -1;
    };
    QVERIFY(row() >= 0);
    QTRY_COMPARE(random->line(row()).status, ChatLine::Status::Failed);
    QVERIFY(random->line(row()).problem.contains(u"random"_s));
}

// Against a real server

void tst_Workspace::roomsUnreadAndMarkerComeFromTheWelcome()
{
    auto chat = startServer();
    {
        Person alice(chat->url(), u"alice"_s);
        QVERIFY(alice.waitConnected());
        QCOMPARE(alice.workspace.submit(u"/join random"_s), std::nullopt);
        QTRY_COMPARE(alice.workspace.currentRoom(), u"random"_s);
        QVERIFY(alice.sync());
    } // alice quits; she stays a member of random, offline
    QTRY_COMPARE(chat->server().sessionCount(), 0);

    Person bob(chat->url(), u"bob"_s);
    QVERIFY(bob.waitConnected());
    QCOMPARE(bob.workspace.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.currentRoom(), u"random"_s);
    for (const QString &text : {u"first"_s, u"alice: are you there?"_s, u"/me waves"_s})
        QCOMPARE(bob.workspace.submit(text), std::nullopt);
    QTRY_VERIFY(bob.connection.outbox().isEmpty());

    Person alice(chat->url(), u"alice"_s);
    QSignalSpy unreadChanged(&alice.workspace, &Workspace::unreadChanged);
    QVERIFY(alice.waitConnected());
    Workspace &w = alice.workspace;
    QCOMPARE(w.rooms().rowCount(), 2);
    QCOMPARE(w.rooms().roomAt(0), u"general"_s);
    QCOMPARE(w.rooms().roomAt(1), u"random"_s);
    QCOMPARE(w.currentRoom(), u"general"_s);
    QCOMPARE(nicksOf(w.members(u"random"_s)), (QStringList{u"alice"_s, u"bob"_s}));
    QCOMPARE(messages(w.chat(u"random"_s)),
             (QStringList{u"bob: first"_s, u"bob: alice: are you there?"_s, u"* bob waves"_s}));

    QCOMPARE(alice.unread(u"random"_s), 3);
    QCOMPARE(alice.mentionCount(u"random"_s), 1);
    QCOMPARE(alice.unread(u"general"_s), 0);
    QVERIFY(!unreadChanged.isEmpty());
    QCOMPARE(unreadChanged.constLast().at(0).toLongLong(), 3);
    QCOMPARE(w.mentions().size(), 1);
    QCOMPARE(w.mentions().constFirst().room, u"random"_s);
    QCOMPARE(w.mentions().constFirst().nick, u"bob"_s);
    ChatModel &random = alice.chat(u"random"_s);
    const qint64 first = seqOf(random, u"first"_s);
    const qint64 mention = seqOf(random, u"alice: are you there?"_s);
    QCOMPARE(w.mentions().constFirst().seq, mention);
    // "bob joined." is in the log, after her read marker, but is nothing to read.
    QVERIFY(notices(&random).contains(u"alice joined."_s));
    QVERIFY(notices(&random).contains(u"bob joined."_s));

    // "Unread from here" sits on the first message after alice's read marker.
    QCOMPARE(random.firstUnread(), first);
    QVERIFY(random.data(random.index(random.rowOfSeq(first)), ChatModel::FirstUnreadRole).toBool());
    QVERIFY(random.data(random.index(random.rowOfSeq(mention)), ChatModel::MentionRole).toBool());

    QSignalSpy switched(&w, &Workspace::currentRoomChanged);
    w.setCurrentRoom(u"random"_s);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(switched.first().at(0).toString(), u"random"_s);
    QCOMPARE(alice.unread(u"random"_s), 0);
    QCOMPARE(alice.mentionCount(u"random"_s), 0);
    QCOMPARE(unreadChanged.constLast().at(0).toLongLong(), 0);
    QCOMPARE(random.firstUnread(), first); // still shown while she reads
    QVERIFY(alice.sync());                 // the read marker has reached the server

    // The server remembers what she read: the next start has nothing unread, and no line.
    alice.connection.close();
    QTRY_COMPARE(chat->server().sessionCount(), 1);
    Person again(chat->url(), u"alice"_s);
    QVERIFY(again.waitConnected());
    QCOMPARE(again.unread(u"random"_s), 0);
    QCOMPARE(again.mentionCount(u"random"_s), 0);
    QCOMPARE(again.chat(u"random"_s).firstUnread(), 0);
    QCOMPARE(again.workspace.rooms().totalUnread(), 0);
}

void tst_Workspace::joinAndLeaveByCommand()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    QCOMPARE(bob.workspace.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.currentRoom(), u"random"_s);

    Workspace &w = alice.workspace;
    QSignalSpy switched(&w, &Workspace::currentRoomChanged);
    QCOMPARE(w.submit(u"/join #Random"_s), std::nullopt); // names match ignoring case
    QTRY_COMPARE(w.currentRoom(), u"random"_s);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(w.rooms().rowOf(u"random"_s), 1);
    QTRY_COMPARE(nicksOf(w.members(u"random"_s)), (QStringList{u"alice"_s, u"bob"_s}));
    // The room's history says so, for everyone: it is stored, not made up by each client.
    QTRY_VERIFY(notices(bob.workspace.chat(u"random"_s)).contains(u"alice joined."_s));
    QTRY_VERIFY(notices(w.chat(u"random"_s)).contains(u"alice joined."_s));

    QCOMPARE(w.submit(u"/join general"_s), std::nullopt); // already in: just goes there
    QCOMPARE(w.currentRoom(), u"general"_s);
    QCOMPARE(w.submit(u"/leave"_s), u"Everybody is in #general: it can't be left."_s);
    QCOMPARE(w.submit(u"/leave #General"_s), u"Everybody is in #general: it can't be left."_s);
    QCOMPARE(w.submit(u"/leave nowhere"_s), u"You are not in #nowhere."_s);
    QCOMPARE(w.submit(u"/leave @nobody"_s), u"You have no conversation with nobody."_s);
    QCOMPARE(w.submit(u"/join"_s), u"Usage: /join <room>, for example “/join random”."_s);
    QVERIFY(w.submit(u"/join bad\u0007name"_s).value_or(QString()).contains(u"room name"_s));

    QCOMPARE(w.submit(u"/leave random"_s), std::nullopt);
    QTRY_COMPARE(w.rooms().rowOf(u"random"_s), -1);
    QVERIFY(!w.chat(u"random"_s));
    QVERIFY(!w.members(u"random"_s));
    QTRY_VERIFY(notices(bob.workspace.chat(u"random"_s)).contains(u"alice left."_s));
    QTRY_COMPARE(nicksOf(bob.workspace.members(u"random"_s)), QStringList{u"bob"_s});

    // Leaving the room on screen goes back to general.
    QCOMPARE(w.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(w.currentRoom(), u"random"_s);
    switched.clear();
    QCOMPARE(w.submit(u"/leave"_s), std::nullopt);
    QTRY_COMPARE(w.currentRoom(), u"general"_s);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(w.rooms().rowCount(), 1);
}

void tst_Workspace::liveMessagesCountAsUnreadUnlessSeen()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    QCOMPARE(alice.workspace.submit(u"/join random"_s), std::nullopt);
    QCOMPARE(bob.workspace.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(alice.workspace.currentRoom(), u"random"_s);
    QTRY_COMPARE(bob.workspace.currentRoom(), u"random"_s);
    Workspace &w = alice.workspace;
    w.setCurrentRoom(u"general"_s);
    QSignalSpy unreadChanged(&w, &Workspace::unreadChanged);
    QSignalSpy mentionsChanged(&w, &Workspace::mentionsChanged);

    // In a room she is not looking at: unread, and one of them names her.
    QCOMPARE(bob.workspace.submit(u"hi all"_s), std::nullopt);
    QCOMPARE(bob.workspace.submit(u"@Alice look at this"_s), std::nullopt);
    QTRY_COMPARE(alice.unread(u"random"_s), 2);
    QCOMPARE(alice.mentionCount(u"random"_s), 1);
    QCOMPARE(unreadChanged.count(), 2);
    QCOMPARE(unreadChanged.constLast().at(0).toLongLong(), 2);
    QCOMPARE(mentionsChanged.count(), 1);
    QCOMPARE(w.mentions().constFirst().text, u"@Alice look at this"_s);

    // In the room she is looking at, window in front: seen at once.
    bob.workspace.setCurrentRoom(u"general"_s);
    QCOMPARE(bob.workspace.submit(u"alice, in general"_s), std::nullopt);
    QTRY_VERIFY(delivered(w.chat(u"general"_s), u"alice, in general"_s));
    QCOMPARE(alice.unread(u"general"_s), 0);
    QCOMPARE(w.mentions().size(), 2); // seen, but still in the Mentions list

    // Window in the background: counted, then seen when it comes to the front.
    w.setWindowActive(false);
    QCOMPARE(bob.workspace.submit(u"anyone?"_s), std::nullopt);
    QTRY_COMPARE(alice.unread(u"general"_s), 1);
    QCOMPARE(w.rooms().totalUnread(), 3);
    w.setWindowActive(true);
    QCOMPARE(alice.unread(u"general"_s), 0);
    QCOMPARE(unreadChanged.constLast().at(0).toLongLong(), 2);

    // Her own messages are never unread.
    w.setCurrentRoom(u"general"_s);
    alice.workspace.setWindowActive(false);
    QCOMPARE(w.submit(u"mine"_s), std::nullopt);
    QTRY_VERIFY(delivered(w.chat(u"general"_s), u"mine"_s));
    QCOMPARE(alice.unread(u"general"_s), 0);
    w.setWindowActive(true);

    // Reading random clears its count and its mentions.
    w.setCurrentRoom(u"random"_s);
    QCOMPARE(alice.unread(u"random"_s), 0);
    QCOMPARE(alice.mentionCount(u"random"_s), 0);
    QCOMPARE(unreadChanged.constLast().at(0).toLongLong(), 0);
    QCOMPARE(w.rooms()
                 .data(w.rooms().index(w.rooms().rowOf(u"random"_s)), RoomListModel::UnreadRole)
                 .toLongLong(),
             0);
}

void tst_Workspace::unreadFromHereMovesWhenComingBack()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    QCOMPARE(alice.workspace.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(alice.workspace.currentRoom(), u"random"_s);
    Workspace &w = alice.workspace;
    w.setCurrentRoom(u"general"_s);

    QCOMPARE(bob.workspace.submit(u"one"_s), std::nullopt);
    QCOMPARE(bob.workspace.submit(u"two"_s), std::nullopt);
    QTRY_COMPARE(alice.unread(u"general"_s), 0); // she is looking
    QTRY_VERIFY(delivered(w.chat(u"general"_s), u"two"_s));
    QCOMPARE(alice.chat().firstUnread(), 0);

    // She looks elsewhere; two more arrive. Coming back puts the line above them.
    w.setCurrentRoom(u"random"_s);
    QCOMPARE(bob.workspace.submit(u"three"_s), std::nullopt);
    QCOMPARE(bob.workspace.submit(u"four"_s), std::nullopt);
    QTRY_COMPARE(alice.unread(u"general"_s), 2);
    w.setCurrentRoom(u"general"_s);
    QCOMPARE(alice.chat().firstUnread(), seqOf(alice.chat(), u"three"_s));
    QCOMPARE(alice.unread(u"general"_s), 0);

    // More arrive while she reads: the line stays where it is.
    QCOMPARE(bob.workspace.submit(u"five"_s), std::nullopt);
    QTRY_VERIFY(delivered(w.chat(u"general"_s), u"five"_s));
    QCOMPARE(alice.chat().firstUnread(), seqOf(alice.chat(), u"three"_s));

    // Away and back with nothing new: the line goes.
    w.setCurrentRoom(u"random"_s);
    w.setCurrentRoom(u"general"_s);
    QCOMPARE(alice.chat().firstUnread(), 0);

    // Away, something new, back, then she answers: writing clears the line.
    w.setCurrentRoom(u"random"_s);
    QCOMPARE(bob.workspace.submit(u"six"_s), std::nullopt);
    QTRY_COMPARE(alice.unread(u"general"_s), 1);
    w.setCurrentRoom(u"general"_s);
    QCOMPARE(alice.chat().firstUnread(), seqOf(alice.chat(), u"six"_s));
    QCOMPARE(w.submit(u"answer"_s), std::nullopt);
    QCOMPARE(alice.chat().firstUnread(), 0);

    // A window in the background shows the line above what came meanwhile.
    w.setWindowActive(false);
    QCOMPARE(bob.workspace.submit(u"eight"_s), std::nullopt);
    QTRY_COMPARE(alice.unread(u"general"_s), 1);
    w.setWindowActive(true);
    QTRY_VERIFY(delivered(w.chat(u"general"_s), u"eight"_s));
    QCOMPARE(alice.chat().firstUnread(), alice.chat().newestSeq());
}

void tst_Workspace::unreadFromHereIsShownInTheRoomOnScreenAtStart()
{
    auto chat = startServer();
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(bob.waitConnected());
    QCOMPARE(bob.workspace.submit(u"read before"_s), std::nullopt);
    {
        Person alice(chat->url(), u"alice"_s);
        QVERIFY(alice.waitConnected());
        QTRY_VERIFY(delivered(alice.workspace.chat(u"general"_s), u"read before"_s));
        QVERIFY(alice.sync()); // her read marker has reached the server
    }
    QTRY_COMPARE(chat->server().sessionCount(), 1);
    // Somebody new comes meanwhile: "carol joined." is in the history, but not to be read.
    Person carol(chat->url(), u"carol"_s);
    QVERIFY(carol.waitConnected());
    QTRY_VERIFY(notices(bob.workspace.chat(u"general"_s)).contains(u"carol joined."_s));
    QCOMPARE(bob.workspace.submit(u"new one"_s), std::nullopt);
    QCOMPARE(bob.workspace.submit(u"new two"_s), std::nullopt);
    QTRY_VERIFY(bob.connection.outbox().isEmpty());

    // She starts again with general on screen: the line sits above what came while she was
    // gone, and stays while she reads, though the room counts as read at once.
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    QCOMPARE(alice.workspace.currentRoom(), u"general"_s);
    QTRY_VERIFY(delivered(alice.workspace.chat(u"general"_s), u"new two"_s));
    const ChatModel &general = alice.chat();
    const qint64 newOne = seqOf(general, u"new one"_s);
    QVERIFY(notices(&general).contains(u"carol joined."_s));
    QCOMPARE(general.firstUnread(), newOne);
    QVERIFY(
        general.data(general.index(general.rowOfSeq(newOne)), ChatModel::FirstUnreadRole).toBool());
    QCOMPARE(alice.unread(u"general"_s), 0);
}

void tst_Workspace::notificationsFollowThePolicy()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    Workspace &w = alice.workspace;
    Workspace &b = bob.workspace;
    const auto lastWithText = [&](const QString &text) {
        QTRY_VERIFY(delivered(w.chat(u"general"_s), text));
    };

    // The window is in the background: a mention notifies, a plain message doesn't.
    w.setWindowActive(false);
    QCOMPARE(b.submit(u"nothing for alice here... or is there, Alice?"_s), std::nullopt);
    QTRY_COMPARE(alice.notifications.size(), 1);
    const Notification mention = alice.notifications.constFirst();
    QCOMPARE(mention.reason, Notification::Reason::Mention);
    QCOMPARE(mention.title, u"bob in #general"_s);
    QCOMPARE(mention.body, u"nothing for alice here... or is there, Alice?"_s);
    QCOMPARE(mention.room, u"general"_s);
    QCOMPARE(mention.seq, alice.chat().newestSeq());
    QCOMPARE(b.submit(u"plain chatter"_s), std::nullopt);
    lastWithText(u"plain chatter"_s);
    QCOMPARE(alice.notifications.size(), 1);

    // Every message, if she asks for that; actions read as sentences, long ones are cut.
    w.setNotificationPolicy({.allMessages = true});
    QCOMPARE(b.submit(u"/me waves"_s), std::nullopt);
    QCOMPARE(b.submit(QString(300, u'x')), std::nullopt);
    QTRY_COMPARE(alice.notifications.size(), 3);
    QCOMPARE(alice.notifications.at(1).reason, Notification::Reason::Message);
    QCOMPARE(alice.notifications.at(1).body, u"* bob waves"_s);
    QCOMPARE(alice.notifications.at(2).body.size(), 200);
    QVERIFY(alice.notifications.at(2).body.endsWith(u'…'));

    // Window in front, in the room: she sees it, no notification.
    w.setNotificationPolicy({});
    w.setWindowActive(true);
    QCOMPARE(b.submit(u"alice: you see this"_s), std::nullopt);
    lastWithText(u"alice: you see this"_s);
    QCOMPARE(alice.notifications.size(), 3);

    // Do not disturb silences even mentions.
    w.setWindowActive(false);
    w.setNotificationPolicy({.doNotDisturb = true});
    QCOMPARE(b.submit(u"alice: urgent!"_s), std::nullopt);
    lastWithText(u"alice: urgent!"_s);
    QCOMPARE(alice.notifications.size(), 3);

    // A direct message notifies even in front of the window, when she is in another room.
    w.setNotificationPolicy({});
    w.setWindowActive(true);
    QCOMPARE(b.submit(u"/msg alice are you free?"_s), std::nullopt);
    QTRY_COMPARE(alice.notifications.size(), 4);
    const Notification direct = alice.notifications.constLast();
    QCOMPARE(direct.reason, Notification::Reason::DirectMessage);
    QCOMPARE(direct.title, u"bob (direct message)"_s);
    QCOMPARE(direct.body, u"are you free?"_s);
    QCOMPARE(direct.room, alice.directWith(u"bob"_s));
    QCOMPARE(w.currentRoom(), u"general"_s); // somebody else's conversation doesn't take over

    // Unless she turned those off.
    w.setNotificationPolicy({.directMessages = false});
    QCOMPARE(b.submit(u"hello?"_s), std::nullopt);
    QTRY_VERIFY(delivered(w.chat(direct.room), u"hello?"_s));
    QCOMPARE(alice.notifications.size(), 4);

    // History is never notified: a mention in what carol finds when she connects is in her
    // Mentions list, but nothing pops up.
    b.setCurrentRoom(u"general"_s);
    QCOMPARE(b.submit(u"carol: read this when you come"_s), std::nullopt);
    lastWithText(u"carol: read this when you come"_s);
    Person carol(chat->url(), u"carol"_s);
    carol.workspace.setWindowActive(false);
    QVERIFY(carol.waitConnected());
    QCOMPARE(carol.workspace.mentions().size(), 1);
    QVERIFY(carol.notifications.isEmpty());
}

void tst_Workspace::typingIsShownAndExpires()
{
    // The server passes on one "typing" per person and room every 1.5 s at most, so each
    // step below is somebody else, or another room.
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    Person carol(chat->url(), u"carol"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected() && carol.waitConnected());
    Workspace &b = bob.workspace;
    QSignalSpy typingChanged(&b, &Workspace::typingChanged);

    alice.workspace.inputChanged(u"h"_s);
    QTRY_COMPARE(b.typing(u"general"_s), QStringList{u"alice"_s});
    QCOMPARE(typingChanged.count(), 1);
    QCOMPARE(typingChanged.first().at(0).toString(), u"general"_s);
    QCOMPARE(Workspace::typingText(b.typing(u"general"_s)), u"alice is typing…"_s);

    // Two at once, sorted.
    carol.workspace.inputChanged(u"hello"_s);
    QTRY_COMPARE(b.typing(u"general"_s), (QStringList{u"alice"_s, u"carol"_s}));
    QCOMPARE(Workspace::typingText(b.typing(u"general"_s)), u"alice and carol are typing…"_s);

    // Emptying the input says she stopped.
    alice.workspace.inputChanged(QString());
    QTRY_COMPARE(b.typing(u"general"_s), QStringList{u"carol"_s});

    // A message ends it too.
    QCOMPARE(carol.workspace.submit(u"hello"_s), std::nullopt);
    QTRY_VERIFY(delivered(b.chat(u"general"_s), u"hello"_s));
    QCOMPARE(b.typing(u"general"_s), QStringList{});

    // Nothing more for 6 s: it goes by itself.
    QCOMPARE(alice.workspace.submit(u"/join random"_s), std::nullopt);
    QCOMPARE(b.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(alice.workspace.currentRoom(), u"random"_s);
    QTRY_COMPARE(nicksOf(b.members(u"random"_s)), (QStringList{u"alice"_s, u"bob"_s}));
    typingChanged.clear();
    alice.workspace.inputChanged(u"more"_s);
    QTRY_COMPARE(b.typing(u"random"_s), QStringList{u"alice"_s});
    QCOMPARE(typingChanged.count(), 1);
    QCOMPARE(typingChanged.first().at(0).toString(), u"random"_s);
    bob.clock.advance(std::chrono::milliseconds(protocol::kTypingExpiryMs - 1));
    QCOMPARE(b.typing(u"random"_s), QStringList{u"alice"_s});
    QCOMPARE(typingChanged.count(), 1);
    bob.clock.advance(1ms);
    QCOMPARE(b.typing(u"random"_s), QStringList{});
    QCOMPARE(typingChanged.count(), 2);

    // A command being typed is not "typing"; the typist never sees herself.
    carol.workspace.inputChanged(u"/nick caro"_s);
    QVERIFY(carol.sync()); // the server has seen all carol sent...
    QVERIFY(bob.sync());   // ...and bob all it passed on
    QCOMPARE(b.typing(u"general"_s), QStringList{});
    b.setCurrentRoom(u"general"_s);
    b.inputChanged(u"me too"_s);
    QTRY_COMPARE(carol.workspace.typing(u"general"_s), QStringList{u"bob"_s});
    QVERIFY(bob.sync());
    QCOMPARE(b.typing(u"general"_s), QStringList{});
}

void tst_Workspace::awayAfterTenIdleMinutesAndBackOnActivity()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    Workspace &w = alice.workspace;
    QSignalSpy awayChanged(&w, &Workspace::awayChanged);

    alice.clock.advance(5min);
    w.userActive(); // the countdown starts again
    alice.clock.advance(9min);
    QVERIFY(!w.isAway());
    alice.clock.advance(1min);
    QVERIFY(w.isAway());
    QCOMPARE(awayChanged.count(), 1);
    QCOMPARE(awayChanged.first().at(0).toBool(), true);
    QVERIFY(alice.connection.away());
    QTRY_COMPARE(statusOf(bob.workspace.members(u"general"_s), u"alice"_s), protocol::Status::Away);

    alice.clock.advance(30min); // still idle: nothing more happens
    QCOMPARE(awayChanged.count(), 1);

    w.userActive();
    QVERIFY(!w.isAway());
    QCOMPARE(awayChanged.count(), 2);
    QCOMPARE(awayChanged.last().at(0).toBool(), false);
    QTRY_COMPARE(statusOf(bob.workspace.members(u"general"_s), u"alice"_s),
                 protocol::Status::Online);

    // Typing counts as activity.
    alice.clock.advance(9min);
    w.inputChanged(u"x"_s);
    alice.clock.advance(9min);
    QVERIFY(!w.isAway());
}

void tst_Workspace::awayByHandIsSticky()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    Workspace &w = alice.workspace;
    QSignalSpy awayChanged(&w, &Workspace::awayChanged);

    QCOMPARE(w.submit(u"/away"_s), std::nullopt);
    QVERIFY(w.isAway());
    QCOMPARE(notices(w.chat(u"general"_s)).constLast(),
             u"You are away. Type /away again when you are back."_s);
    QTRY_COMPARE(statusOf(w.members(u"general"_s), u"alice"_s), protocol::Status::Away);
    w.userActive();
    alice.clock.advance(20min);
    w.userActive();
    QVERIFY(w.isAway());
    QCOMPARE(awayChanged.count(), 1);

    QCOMPARE(w.submit(u"/away off"_s), std::nullopt);
    QVERIFY(!w.isAway());
    QCOMPARE(awayChanged.count(), 2);
    QCOMPARE(notices(w.chat(u"general"_s)).constLast(), u"You are back."_s);
    QTRY_COMPARE(statusOf(w.members(u"general"_s), u"alice"_s), protocol::Status::Online);

    // Back by hand, the idle timer runs again.
    alice.clock.advance(10min);
    QVERIFY(w.isAway());
    QCOMPARE(awayChanged.count(), 3);
    // An automatic away becomes a chosen one with "/away on", which activity doesn't end.
    QCOMPARE(w.submit(u"/away on"_s), std::nullopt);
    w.userActive();
    QVERIFY(w.isAway());
    QCOMPARE(awayChanged.count(), 3);
    QVERIFY(alice.connection.away());
    w.setAway(false);
    QVERIFY(!w.isAway());
    QCOMPARE(awayChanged.count(), 4);
    QVERIFY(!alice.connection.away());
    QCOMPARE(w.submit(u"/away maybe"_s), u"Usage: /away [on|off]"_s);

    // Away by itself, "/away" means "I'm back".
    alice.clock.advance(10min);
    QVERIFY(w.isAway());
    QCOMPARE(w.submit(u"/away"_s), std::nullopt);
    QVERIFY(!w.isAway());
    QCOMPARE(awayChanged.count(), 6);
    QCOMPARE(notices(w.chat(u"general"_s)).constLast(), u"You are back."_s);
}

void tst_Workspace::meTopicHelpListAndEscape()
{
    auto chat = startServer(quietOptions());
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    Workspace &w = alice.workspace;
    ChatModel *bobsGeneral = bob.workspace.chat(u"general"_s);

    QCOMPARE(w.submit(u"/me waves"_s), std::nullopt);
    QCOMPARE(w.submit(u"//etc/hosts is a file"_s), std::nullopt);
    QCOMPARE(w.submit(u"/ME shouts"_s), std::nullopt); // commands ignore case
    QTRY_COMPARE(
        messages(bobsGeneral),
        (QStringList{u"* alice waves"_s, u"alice: /etc/hosts is a file"_s, u"* alice shouts"_s}));
    QCOMPARE(bobsGeneral->line(bobsGeneral->rowOfSeq(1)).messageKind,
             protocol::MessageKind::Action);

    // Topics: set, shown, cleared; everyone sees the change.
    QSignalSpy bobTopic(&bob.workspace, &Workspace::topicChanged);
    QCOMPARE(w.submit(u"/topic"_s), std::nullopt);
    QCOMPARE(notices(w.chat(u"general"_s)).constLast(),
             u"#general has no topic. Set one with /topic <text>."_s);
    QCOMPARE(w.submit(u"/topic Lunch at noon"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.topic(u"general"_s), u"Lunch at noon"_s);
    QCOMPARE(bobTopic.count(), 1);
    QCOMPARE(bob.workspace.rooms().entry(u"general"_s)->topic, u"Lunch at noon"_s);
    QCOMPARE(messages(bobsGeneral).constLast(), u"alice set the topic to “Lunch at noon”."_s);
    QTRY_COMPARE(w.topic(u"general"_s), u"Lunch at noon"_s);
    QCOMPARE(w.submit(u"/topic"_s), std::nullopt);
    QCOMPARE(notices(w.chat(u"general"_s)).constLast(),
             u"The topic of #general is “Lunch at noon”."_s);
    QCOMPARE(w.submit(u"/topic -"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.topic(u"general"_s), QString());
    QCOMPARE(messages(bobsGeneral).constLast(), u"alice cleared the topic."_s);
    QCOMPARE(w.submit(u"/topic "_s + QString(501, u't')),
             u"A topic is one line of at most 500 characters."_s);
    // A topic is not a mention, even when it names somebody.
    QCOMPARE(w.submit(u"/topic bob's birthday"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.topic(u"general"_s), u"bob's birthday"_s);
    QVERIFY(bob.workspace.mentions().isEmpty());

    // /help puts every line of the help into the log.
    QCOMPARE(w.submit(u"/help"_s), std::nullopt);
    const QStringList help = Workspace::helpText().split(u'\n');
    QCOMPARE(notices(w.chat(u"general"_s)).mid(notices(w.chat(u"general"_s)).size() - help.size()),
             help);

    // /list prints the directory when it comes, and passes it on.
    QCOMPARE(bob.workspace.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.currentRoom(), u"random"_s);
    QCOMPARE(bob.workspace.submit(u"/topic Anything goes"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.topic(u"random"_s), u"Anything goes"_s);
    QSignalSpy directory(&w, &Workspace::roomDirectory);
    QCOMPARE(w.submit(u"/list"_s), std::nullopt);
    QVERIFY(directory.wait(kWaitMs));
    const auto rooms = directory.first().at(0).value<protocol::RoomList>();
    QCOMPARE(rooms.rooms.size(), 2);
    const QStringList listed = notices(w.chat(u"general"_s));
    QCOMPARE(listed.mid(listed.size() - 3),
             (QStringList{u"Rooms on this server:"_s, u"#general (2 member(s)): bob's birthday"_s,
                          u"#random (1 member(s)): Anything goes"_s}));

    QCOMPARE(w.submit(u"/whois bob"_s), u"Unknown command /whois. Type /help for the list."_s);
    QCOMPARE(w.submit(u"/"_s), u"Unknown command /. Type /help for the list."_s);
}

void tst_Workspace::nickChangeIsAnnouncedOncePerRoom()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    QCOMPARE(alice.workspace.submit(u"/join random"_s), std::nullopt);
    QCOMPARE(bob.workspace.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(nicksOf(alice.workspace.members(u"random"_s)),
                 (QStringList{u"alice"_s, u"bob"_s}));
    QCOMPARE(bob.workspace.submit(u"/msg alice hi"_s), std::nullopt);
    QTRY_VERIFY(!alice.directWith(u"bob"_s).isEmpty());
    const QString direct = alice.directWith(u"bob"_s);

    QCOMPARE(bob.workspace.submit(u"/nick robert"_s), std::nullopt);
    QTRY_COMPARE(bob.connection.nick(), u"robert"_s);
    for (const QString &room : {u"general"_s, u"random"_s, direct}) {
        QTRY_COMPARE(notices(alice.workspace.chat(room)).count(u"bob is now known as robert."_s),
                     1);
        QTRY_COMPARE(notices(bob.workspace.chat(room)).count(u"bob is now known as robert."_s), 1);
    }
    QCOMPARE(nicksOf(alice.workspace.members(u"random"_s)), (QStringList{u"alice"_s, u"robert"_s}));
    QCOMPARE(alice.workspace.displayName(direct), u"robert"_s);
    QCOMPARE(alice.directWith(u"robert"_s), direct);

    // Messages naming the new nickname are mentions of him now.
    QCOMPARE(alice.workspace.submit(u"welcome, robert"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.mentions().size(), 1);
    QCOMPARE(bob.workspace.submit(u"/nick robert"_s), u"You are already robert."_s);
    QVERIFY(bob.workspace.submit(u"/nick bad\u0007"_s).value_or(QString()).contains(u"nickname"_s));
    QCOMPARE(bob.workspace.submit(u"/nick"_s), u"Usage: /nick <new nickname>"_s);
}

void tst_Workspace::takenNicknameSaysWhatIsFree()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    QCOMPARE(bob.workspace.submit(u"/nick ALICE"_s), std::nullopt);
    QTRY_VERIFY(lastNotice(bob.workspace.chat(u"general"_s)).startsWith(u"You can't be ALICE: "_s));
    QVERIFY(notices(bob.workspace.chat(u"general"_s)).constLast().endsWith(u" is free."_s));
    QCOMPARE(bob.connection.nick(), u"bob"_s);
    QCOMPARE(bob.connection.state(), Connection::State::Connected);
}

void tst_Workspace::msgOpensConversationAndSendsOnceJoined()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    Person bob(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob.waitConnected());
    Workspace &w = alice.workspace;

    QCOMPARE(w.submit(u"/msg @bob lunch today?"_s), std::nullopt);
    // Not sent yet: the conversation has no name until the server opens it.
    QVERIFY(alice.connection.outbox().isEmpty());
    QTRY_VERIFY(!alice.directWith(u"bob"_s).isEmpty());
    const QString direct = alice.directWith(u"bob"_s);
    QVERIFY(direct.startsWith(u'@'));
    QCOMPARE(w.currentRoom(), direct);
    QVERIFY(w.isDirect(direct));
    QTRY_VERIFY(delivered(w.chat(direct), u"lunch today?"_s));
    QTRY_COMPARE(bob.directWith(u"alice"_s), direct);
    QTRY_COMPARE(messages(bob.workspace.chat(direct)), QStringList{u"alice: lunch today?"_s});
    QCOMPARE(bob.unread(direct), 1);
    QCOMPARE(w.rooms().entry(direct)->display, u"bob"_s);
    QVERIFY(w.rooms().entry(direct)->direct);

    // Once open, /msg goes straight there; without text it just switches.
    w.setCurrentRoom(u"general"_s);
    QCOMPARE(w.submit(u"/msg bob"_s), std::nullopt);
    QCOMPARE(w.currentRoom(), direct);
    w.setCurrentRoom(u"general"_s);
    QCOMPARE(w.submit(u"/msg BOB and then?"_s), std::nullopt);
    QCOMPARE(w.currentRoom(), direct);
    QCOMPARE(alice.connection.outbox().size(), 1); // sent at once, not queued
    QTRY_VERIFY(delivered(bob.workspace.chat(direct), u"and then?"_s));

    // Nicknames may hold spaces: the longest one known wins.
    Person mary(chat->url(), u"Mary Jane"_s);
    QVERIFY(mary.waitConnected());
    QTRY_VERIFY(nicksOf(w.members(u"general"_s)).contains(u"Mary Jane"_s));
    QCOMPARE(w.submit(u"/msg mary jane Are you coming?"_s), std::nullopt);
    QTRY_VERIFY(!mary.directWith(u"alice"_s).isEmpty());
    QTRY_COMPARE(messages(mary.workspace.chat(mary.directWith(u"alice"_s))),
                 QStringList{u"alice: Are you coming?"_s});
    QCOMPARE(w.currentRoom(), alice.directWith(u"Mary Jane"_s));
    w.setCurrentRoom(direct);

    QCOMPARE(w.submit(u"/msg alice hi me"_s),
             u"That is you: direct messages are for talking with somebody else."_s);
    QCOMPARE(w.submit(u"/msg"_s), u"Usage: /msg <nickname> [message]"_s);

    // Leaving a conversation hides it; the next message brings it back.
    QCOMPARE(bob.workspace.submit(u"/leave @alice"_s), std::nullopt);
    QTRY_COMPARE(bob.workspace.rooms().rowOf(direct), -1);
    QCOMPARE(w.submit(u"still there?"_s), std::nullopt);
    QTRY_VERIFY(delivered(bob.workspace.chat(direct), u"still there?"_s));

    // A nickname nobody has: the server says so.
    QCOMPARE(w.submit(u"/msg nobody-at-all hello"_s), std::nullopt);
    QTRY_VERIFY(
        lastNotice(w.chat(w.currentRoom())).startsWith(u"The server reported a problem: "_s));
}

void tst_Workspace::presenceUpdatesMembersAndConversations()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    auto bob = std::make_unique<Person>(chat->url(), u"bob"_s);
    QVERIFY(alice.waitConnected() && bob->waitConnected());
    QTRY_VERIFY(notices(alice.workspace.chat(u"general"_s)).contains(u"bob joined."_s));
    QCOMPARE(bob->workspace.submit(u"/msg alice hi"_s), std::nullopt);
    QTRY_VERIFY(!alice.directWith(u"bob"_s).isEmpty());
    const QString direct = alice.directWith(u"bob"_s);
    QCOMPARE(alice.workspace.rooms().entry(direct)->peerStatus, protocol::Status::Online);

    bob->workspace.setAway(true);
    QTRY_COMPARE(alice.workspace.rooms().entry(direct)->peerStatus, protocol::Status::Away);
    QCOMPARE(statusOf(alice.workspace.members(u"general"_s), u"bob"_s), protocol::Status::Away);
    QCOMPARE(alice.workspace.members(u"general"_s)->onlineCount(), 2);

    const int noticesBefore = int(notices(alice.workspace.chat(u"general"_s)).size());
    bob.reset(); // bob quits
    QTRY_COMPARE(alice.workspace.rooms().entry(direct)->peerStatus, protocol::Status::Offline);
    QCOMPARE(statusOf(alice.workspace.members(u"general"_s), u"bob"_s), protocol::Status::Offline);
    QCOMPARE(nicksOf(alice.workspace.members(u"general"_s)),
             (QStringList{u"alice"_s, u"bob"_s})); // still a member, offline
    QCOMPARE(alice.workspace.members(u"general"_s)->onlineCount(), 1);
    QCOMPARE(notices(alice.workspace.chat(u"general"_s)).size(), noticesBefore); // no notice
}

void tst_Workspace::jumpToLoadsOlderPages()
{
    server::ServerOptions options = quietOptions();
    options.historyOnJoin = 5;
    auto chat = startServer(options);
    {
        test::TestClient carol(chat->url(), u"carol"_s);
        QVERIFY(carol.waitForWelcome());
        QUuid last;
        for (int i = 1; i <= 700; ++i)
            last = carol.say(i == 3     ? u"alice: the one to find"_s
                             : i == 698 ? u"alice: and a newer one"_s
                                        : u"line %1"_s.arg(i));
        QVERIFY(carol.waitForAck(last));
    }
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    Workspace &w = alice.workspace;
    QCOMPARE(alice.chat().oldestSeq(), 696);
    QVERIFY(w.hasOlder(u"general"_s));
    // 698 names her and is loaded; 3, far back, is found by the server's search.
    QTRY_COMPARE(w.mentions().size(), 2);
    QCOMPARE(w.mentions().at(0).seq, 3);
    QCOMPARE(w.mentions().at(1).seq, 698);

    // Scrolling back: one page at a time.
    QSignalSpy older(&w, &Workspace::olderLoaded);
    QVERIFY(w.loadOlder(u"general"_s));
    QVERIFY(!w.loadOlder(u"general"_s)); // one is on its way
    QVERIFY(older.wait(kWaitMs));
    QCOMPARE(older.first().at(0).toString(), u"general"_s);
    QCOMPARE(older.first().at(1).toInt(), 100);
    QCOMPARE(alice.chat().oldestSeq(), 596);
    QVERIFY(w.hasOlder(u"general"_s));

    // Already loaded: at once.
    QSignalSpy ready(&w, &Workspace::jumpReady);
    QSignalSpy failed(&w, &Workspace::jumpFailed);
    w.jumpTo(u"general"_s, 698);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(older.count(), 1);

    // 3 is two pages back (a page is at most 500).
    w.jumpTo(u"general"_s, 3);
    QVERIFY(ready.wait(kWaitMs));
    QCOMPARE(ready.count(), 2);
    QCOMPARE(ready.last().at(0).toString(), u"general"_s);
    QCOMPARE(ready.last().at(1).toLongLong(), 3);
    QVERIFY(failed.isEmpty());
    QCOMPARE(older.count(), 3);
    QCOMPARE(older.at(1).at(1).toInt(), 500);
    QCOMPARE(older.at(2).at(1).toInt(), 95);
    QVERIFY(alice.chat().rowOfSeq(3) >= 0);
    QCOMPARE(alice.chat().oldestSeq(), 1);
    QVERIFY(!w.hasOlder(u"general"_s));
    QVERIFY(!w.loadOlder(u"general"_s)); // nothing older left
    // The pages came in order. The mention in them was listed already: not twice.
    QCOMPARE(alice.chat().line(alice.chat().rowOfSeq(3)).text, u"alice: the one to find"_s);
    QCOMPARE(alice.chat().rowOfSeq(600), alice.chat().rowOfSeq(3) + 597);
    QCOMPARE(w.mentions().size(), 2);

    // In another room: it switches there.
    QCOMPARE(w.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(w.currentRoom(), u"random"_s);
    w.jumpTo(u"general"_s, 10);
    QCOMPARE(ready.count(), 3);
    QCOMPARE(w.currentRoom(), u"general"_s);

    // Not a room she is in.
    w.jumpTo(u"elsewhere"_s, 1);
    QCOMPARE(failed.count(), 1);
}

void tst_Workspace::jumpFailsWhenHistoryIsGone()
{
    QTemporaryDir dataDir;
    {
        auto chat = startServer(quietOptions(), dataDir.path());
        test::TestClient carol(chat->url(), u"carol"_s);
        QVERIFY(carol.waitForWelcome());
        QUuid last;
        for (int i = 1; i <= 30; ++i)
            last = carol.say(u"line %1"_s.arg(i));
        QVERIFY(carol.waitForAck(last));
    }
    server::ServerOptions options = quietOptions();
    options.retention.maxPerRoom = 10; // trimmed when the server starts
    options.historyOnJoin = 5;
    auto chat = startServer(options, dataDir.path());
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    Workspace &w = alice.workspace;
    QCOMPARE(alice.chat().oldestSeq(), 26);
    QSignalSpy ready(&w, &Workspace::jumpReady);
    QSignalSpy failed(&w, &Workspace::jumpFailed);

    alice.connection.close();
    w.jumpTo(u"general"_s, 5);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.last().at(0).toString(), u"general"_s);
    QCOMPARE(failed.last().at(1).toLongLong(), 5);
    QCOMPARE(failed.last().at(2).toString(), u"Not connected; try again when connected."_s);

    alice.connection.reconnectNow();
    QVERIFY(alice.waitConnected());
    w.jumpTo(u"general"_s, 5); // deleted by retention
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.last().at(1).toLongLong(), 5);
    QCOMPARE(failed.last().at(2).toString(), u"That message is no longer stored on the server."_s);
    QVERIFY(ready.isEmpty());
    QCOMPARE(alice.chat().oldestSeq(), 21); // what is left was loaded on the way
}

void tst_Workspace::searchResultsArePassedOn()
{
    auto chat = startServer();
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    QCOMPARE(alice.workspace.submit(u"Lunch at the usual place"_s), std::nullopt);
    QCOMPARE(alice.workspace.submit(u"something else"_s), std::nullopt);
    QTRY_VERIFY(alice.connection.outbox().isEmpty());
    QSignalSpy results(&alice.workspace, &Workspace::searchResults);
    QVERIFY(alice.workspace.search(u"lunch"_s));
    QVERIFY(results.wait(kWaitMs));
    const auto found = results.first().at(0).value<protocol::Results>();
    QCOMPARE(found.query, u"lunch"_s);
    QCOMPARE(found.messages.size(), 1);
    QCOMPARE(found.messages.constFirst().text, u"Lunch at the usual place"_s);
}

void tst_Workspace::olderMentionsAreFoundByTheServer()
{
    server::ServerOptions options;
    options.historyOnJoin = 3; // only the last three lines come with the welcome
    auto chat = startServer(options);
    {
        test::TestClient carol(chat->url(), u"carol"_s);
        QVERIFY(carol.waitForWelcome());
        carol.send(protocol::Join{u"dev"_s});
        const QList<std::pair<QString, QString>> said{
            {u"general"_s, u"alice: lunch?"_s}, // 2 (1 is carol's join)
            {u"general"_s, u"malice aforethought"_s},
            {u"general"_s, u"alice2 is somebody else"_s}, // found by the search, not her
            {u"general"_s, u"ask @Alice about it"_s},     // 5
            {u"general"_s, u"bobby: are you there?"_s},   // 6
            {u"dev"_s, u"the build, ALICE"_s},            // dev 2, a room she isn't in yet
            {u"dev"_s, u"more"_s},
            {u"dev"_s, u"more"_s},
            {u"dev"_s, u"more"_s},
            {u"general"_s, u"one"_s},
            {u"general"_s, u"two"_s},
            {u"general"_s, u"three"_s},
        };
        QUuid last;
        for (const auto &[room, text] : said)
            last = carol.say(text, room);
        QVERIFY(carol.waitForAck(last));
    }
    Person alice(chat->url(), u"alice"_s);
    QSignalSpy userResults(&alice.workspace, &Workspace::searchResults);
    QSignalSpy listChanges(&alice.workspace, &Workspace::mentionsChanged);
    QVERIFY(alice.waitConnected());
    Workspace &w = alice.workspace;
    QCOMPARE(alice.chat().rowOfSeq(2), -1); // not loaded: the server found them
    const auto listed = [&w] {
        QStringList rows;
        for (const Mention &mention : w.mentions())
            rows.append(u"%1 %2 %3"_s.arg(mention.room).arg(mention.seq).arg(mention.text));
        return rows;
    };
    QTRY_COMPARE(listed(),
                 QStringList({u"general 2 alice: lunch?"_s, u"general 5 ask @Alice about it"_s}));
    QVERIFY(userResults.isEmpty());   // not an answer for the Search dialog
    QCOMPARE(listChanges.count(), 1); // once for the whole answer: the list is rebuilt each time

    // Joining a room finds its older mentions too. The user's own search for the same word,
    // sent just before, still goes to the Search dialog, and only it.
    QVERIFY(w.search(u"alice"_s, u"general"_s));
    QCOMPARE(w.submit(u"/join dev"_s), std::nullopt);
    QTRY_COMPARE(userResults.size(), 1);
    const auto mine = userResults.constFirst().at(0).value<protocol::Results>();
    QCOMPARE(mine.query, u"alice"_s);
    QStringList texts;
    for (const protocol::ChatMessage &message : mine.messages)
        texts.append(message.text);
    QCOMPARE(texts, QStringList({u"ask @Alice about it"_s, u"alice2 is somebody else"_s,
                                 u"alice: lunch?"_s}));
    QTRY_COMPARE(listed().size(), 3);
    QVERIFY2(listed().contains(u"dev 2 the build, ALICE"_s), qPrintable(listed().join(u'\n')));

    // So does a new name.
    QCOMPARE(w.submit(u"/nick bobby"_s), std::nullopt);
    QTRY_COMPARE(listed().size(), 4);
    QVERIFY2(listed().contains(u"general 6 bobby: are you there?"_s),
             qPrintable(listed().join(u'\n')));
    QCOMPARE(userResults.size(), 1);
}

void tst_Workspace::mentionsOfALostHistoryGo()
{
    // A server that lost its history numbers its messages from 1 again: a mention listed
    // from before points at a message that is not there, and would hide a new one.
    QTemporaryDir dataDir;
    auto chat = startServer(quietOptions(), dataDir.path());
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    QVERIFY(bobSays(chat->url(), {u"alice: the old one"_s}));
    Workspace &w = alice.workspace;
    QTRY_COMPARE(w.mentions().size(), 1);
    QCOMPARE(w.mentions().constFirst().seq, 1);

    QVERIFY(restartWithoutHistory(chat, alice));
    QCOMPARE(w.mentions().size(), 0);
    test::TestClient carol(chat->url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());
    QVERIFY(carol.waitForAck(carol.say(u"alice: a new one"_s))); // seq 1 again
    QTRY_COMPARE(w.mentions().size(), 1);
    QCOMPARE(w.mentions().constFirst().text, u"alice: a new one"_s);
}

void tst_Workspace::reconnectingSaysWhatHappenedAndKeepsTheRoom()
{
    QTemporaryDir dataDir;
    auto chat = startServer(quietOptions(), dataDir.path());
    const quint16 port = chat->port();
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    Workspace &w = alice.workspace;
    QVERIFY(notices(w.chat(u"general"_s))
                .constFirst()
                .startsWith(u"Connected to test server as alice. In the room: alice"_s));
    QCOMPARE(w.submit(u"in general"_s), std::nullopt);
    QCOMPARE(w.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(w.currentRoom(), u"random"_s);
    QCOMPARE(w.submit(u"before"_s), std::nullopt);
    QTRY_VERIFY(delivered(w.chat(u"random"_s), u"before"_s));
    QVERIFY(delivered(w.chat(u"general"_s), u"in general"_s));
    const auto retry = [&alice] {
        alice.connectionClock.advance(
            std::chrono::milliseconds(alice.connectionClock.msecsToNextAlarm()));
    };

    // The server goes; retries fail; the drop is told once, in every room.
    chat.reset();
    QTRY_COMPARE(alice.connection.state(), Connection::State::Reconnecting);
    retry();
    QTRY_COMPARE(alice.connection.state(), Connection::State::Reconnecting);
    retry();
    QTRY_COMPARE(alice.connection.state(), Connection::State::Reconnecting);
    for (const QString &room : {u"general"_s, u"random"_s}) {
        const QStringList said = notices(w.chat(room));
        QCOMPARE(
            std::count_if(said.cbegin(), said.cend(),
                          [](const QString &n) { return n.startsWith(u"Connection lost: "_s); }),
            1);
    }

    // Back with its history: she is still in random, looking at it, and missed nothing.
    chat = startServer(quietOptions(), dataDir.path(), port);
    QCOMPARE(chat->port(), port);
    QSignalSpy switched(&w, &Workspace::currentRoomChanged);
    retry();
    QVERIFY(alice.waitConnected());
    QCOMPARE(w.currentRoom(), u"random"_s);
    QCOMPARE(switched.count(), 0);
    QCOMPARE(messages(w.chat(u"random"_s)), QStringList{u"alice: before"_s});
    QVERIFY(notices(w.chat(u"random"_s)).constLast().startsWith(u"Connected to test server"_s));

    // A server that lost everything: random is gone, so she is back in general, told that
    // what she missed could not be recovered.
    chat.reset();
    QTRY_COMPARE(alice.connection.state(), Connection::State::Reconnecting);
    chat = startServer(quietOptions(), {}, port);
    QCOMPARE(chat->port(), port);
    retry();
    QVERIFY(alice.waitConnected());
    QCOMPARE(w.currentRoom(), u"general"_s);
    QCOMPARE(switched.count(), 1);
    QVERIFY(!w.chat(u"random"_s));
    QCOMPARE(w.rooms().rowCount(), 1);
    // Told above the history it is about; the connection's notice follows that history.
    QTRY_VERIFY(lastNotice(w.chat(u"general"_s)).startsWith(u"Connected to test server"_s));
    const QStringList afterReset = notices(w.chat(u"general"_s));
    QVERIFY(afterReset.at(afterReset.size() - 2)
                .startsWith(u"Some messages sent while you were away could not be "_s));
    const QStringList said = notices(w.chat(u"general"_s));
    QCOMPARE(std::count_if(said.cbegin(), said.cend(),
                           [](const QString &n) { return n.startsWith(u"Connection lost: "_s); }),
             2); // one per drop
}

void tst_Workspace::newMessagesLineStaysInTheNewHistory()
{
    // A server that lost its history starts its seqs again from 1. The "New messages" line
    // goes above what is new in that history, never up into the lines of the one before.
    QTemporaryDir dataDir;
    auto chat = startServer(quietOptions(), dataDir.path());
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    QVERIFY(bobSays(chat->url(), {u"old one"_s, u"old two"_s, u"old three"_s}));
    Workspace &w = alice.workspace;
    QTRY_VERIFY(delivered(w.chat(u"general"_s), u"old three"_s));
    QCOMPARE(alice.unread(u"general"_s), 0); // read as it came

    QVERIFY(restartWithoutHistory(chat, alice));
    // While she is in another window, carol says something: seq 1 again.
    w.setWindowActive(false);
    test::TestClient carol(chat->url(), u"carol"_s);
    QVERIFY(carol.waitForWelcome());
    QVERIFY(carol.waitForAck(carol.say(u"new one"_s)));
    const ChatModel &general = alice.chat();
    QTRY_VERIFY(delivered(&general, u"new one"_s));
    w.setWindowActive(true);
    const qint64 newOne = seqOf(general, u"new one"_s);
    QCOMPARE(general.firstUnread(), newOne);
    // The old line that had that seq, still on screen above, has no "New messages" line.
    int oldRow = -1;
    for (int row = 0; row < general.rowCount(); ++row) {
        if (general.line(row).text == u"old one"_s)
            oldRow = row;
    }
    QVERIFY(oldRow >= 0);
    QVERIFY(!general.data(general.index(oldRow), ChatModel::FirstUnreadRole).toBool());
    QVERIFY(
        general.data(general.index(general.rowOfSeq(newOne)), ChatModel::FirstUnreadRole).toBool());
}

void tst_Workspace::anotherServerStartsWithItsOwnRooms()
{
    auto first = startServer();
    auto second = startServer();
    Person alice(first->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    Workspace &w = alice.workspace;
    QCOMPARE(w.submit(u"/topic on the first server"_s), std::nullopt);
    QCOMPARE(w.submit(u"/join random"_s), std::nullopt);
    QTRY_COMPARE(w.currentRoom(), u"random"_s);
    Person bob(first->url(), u"bob"_s);
    QVERIFY(bob.waitConnected());
    QCOMPARE(bob.workspace.submit(u"alice: first server"_s), std::nullopt);
    QTRY_COMPARE(w.mentions().size(), 1);
    QTRY_COMPARE(w.topic(u"general"_s), u"on the first server"_s);

    // She connects to the other server: nothing of the first one's rooms stays.
    QSignalSpy topics(&w, &Workspace::topicChanged);
    alice.connection.open(second->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    QCOMPARE(w.currentRoom(), u"general"_s);
    QCOMPARE(w.rooms().rowCount(), 1);
    QCOMPARE(w.chat(u"random"_s), nullptr);
    QVERIFY(w.mentions().isEmpty());
    QCOMPARE(w.topic(u"general"_s), QString());
    QVERIFY(!topics.isEmpty());
    QCOMPARE(messages(w.chat(u"general"_s)), QStringList());
    QCOMPARE(nicksOf(w.members(u"general"_s)), QStringList{u"alice"_s});
    QCOMPARE(w.rooms().totalUnread(), 0);
    QCOMPARE(w.submit(u"on the second"_s), std::nullopt);
    QTRY_VERIFY(delivered(w.chat(u"general"_s), u"on the second"_s));
    QCOMPARE(messages(w.chat(u"general"_s)), QStringList{u"alice: on the second"_s});
}

QTEST_MAIN(tst_Workspace)
void tst_Workspace::crowdedRoomMembersAreAskedFor()
{
    server::ServerOptions options;
    options.crowdedRoom = 2;   // over 2 members a room is crowded
    options.membersReuse = {}; // every answer made afresh, so the refresh below sees bob go
    auto chat = startServer(options);
    Person alice(chat->url(), u"alice"_s);
    QVERIFY(alice.waitConnected());
    auto bob = std::make_unique<Person>(chat->url(), u"bob"_s);
    QVERIFY(bob->waitConnected());
    Person carol(chat->url(), u"carol"_s);
    QVERIFY(carol.waitConnected());

    // carol's welcome gives only a count for general; it is on screen, so she asks who is in.
    const MemberListModel *members = carol.workspace.members(u"general"_s);
    QTRY_COMPARE(nicksOf(members), (QStringList{u"alice"_s, u"bob"_s, u"carol"_s}));
    QVERIFY(members->isCrowded());
    QCOMPARE(members->total(), 3);
    QCOMPARE(members->onlineCount(), 3);
    QTRY_VERIFY(notices(carol.workspace.chat(u"general"_s))
                    .contains(u"Connected to %1 as carol. The room has 3 member(s)."_s.arg(
                        carol.connection.welcome().name)));

    // Nobody tells her of bob leaving a crowded room: she finds out when she asks again.
    bob.reset();
    QTRY_COMPARE(chat->server().sessionCount(), 2);
    QSignalSpy directory(&carol.connection, &Connection::roomListReceived);
    QVERIFY(carol.connection.listRooms());
    QVERIFY(directory.wait());
    QCOMPARE(statusOf(members, u"bob"_s), protocol::Status::Online);
    carol.clock.advance(Workspace::kMembersRefresh + Workspace::kMembersRefreshJitter);
    QTRY_COMPARE(statusOf(members, u"bob"_s), protocol::Status::Offline);
    QCOMPARE(members->onlineCount(), 2);
    QCOMPARE(members->total(), 3);
}

#include "tst_workspace.moc"
