// The administrator's commands (/who, /kick, /say, /quit) against a real server on loopback,
// and what a client sees of them.
#include "server/admin.h"
#include "testclient.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace palaver;
using palaver::test::TestClient;
using palaver::test::TestServer;

namespace {

/// These tests count the messages stored: without the membership events ("alice joined"),
/// which tst_rooms tests.
server::ServerOptions quietOptions()
{
    server::ServerOptions options;
    options.recordMembership = false;
    return options;
}

} // namespace

class tst_Admin final : public QObject
{
    Q_OBJECT

private slots:
    void whoListsWhoIsConnected();
    void kickClosesWithAReason();
    void sayPostsAsTheServerAndStays();
    void nobodyCanBeTheServer();
    void mistakesAreSaidAndChangeNothing_data();
    void mistakesAreSaidAndChangeNothing();
    void quitStopsTheServer();
};

void tst_Admin::whoListsWhoIsConnected()
{
    TestServer chat(quietOptions());
    QVERIFY(chat.start());
    server::AdminCommands admin(chat.server());
    QCOMPARE(admin.run(u"/who"_s), u"Nobody is connected."_s);

    TestClient alice(chat.url(), u"alice"_s);
    TestClient bob(chat.url(), u"Bob Smith"_s);
    QVERIFY(alice.waitForWelcome() && bob.waitForWelcome());
    alice.send(protocol::Join{u"random"_s});
    QTRY_VERIFY(admin.run(u"who"_s).contains(u"general, random"_s));
    const QStringList lines = admin.run(u"who"_s).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"2 connected:"_s);
    QVERIFY2(lines.at(1).startsWith(u"  alice  127.0.0.1:"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"online, for 0 min, in general, random"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"  Bob Smith  127.0.0.1:"_s), qPrintable(lines.at(2)));
}

void tst_Admin::kickClosesWithAReason()
{
    TestServer chat(quietOptions());
    QVERIFY(chat.start());
    server::AdminCommands admin(chat.server());
    TestClient bob(chat.url(), u"Bob Smith"_s);
    TestClient carol(chat.url(), u"carol"_s);
    QVERIFY(bob.waitForWelcome() && carol.waitForWelcome());

    // A nickname with a space is found whole; the rest is the reason.
    QCOMPARE(admin.run(u"/kick bob smith spamming the room"_s), u"Disconnected Bob Smith."_s);
    QVERIFY(bob.waitDisconnected());
    QCOMPARE(bob.closeCode(), int(protocol::CloseCode::Kicked));
    QCOMPARE(bob.closeReason(), u"spamming the room"_s);
    // The others see him go offline, and stay.
    QTRY_VERIFY(carol.presenceLines().contains(u"offline Bob Smith"_s));
    QVERIFY(carol.isConnected());
    QTRY_COMPARE(chat.server().sessionCount(), 1);
}

void tst_Admin::sayPostsAsTheServerAndStays()
{
    TestServer chat(quietOptions());
    QVERIFY(chat.start());
    server::AdminCommands admin(chat.server());
    TestClient alice(chat.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    alice.send(protocol::Join{u"random"_s});
    QTRY_VERIFY(!alice.all<protocol::Joined>().isEmpty());

    QCOMPARE(admin.run(u"/say Restarting at noon for the upgrade."_s), u"Said in #general."_s);
    QCOMPARE(admin.run(u"/say #random Also here."_s), u"Said in #random."_s);
    QTRY_COMPARE(alice.chatMessages().size(), 2);
    const protocol::ChatMessage general = alice.chatMessages().at(0);
    QCOMPARE(general.nick, u"server"_s);
    QCOMPARE(general.room, u"general"_s);
    QCOMPARE(general.text, u"Restarting at noon for the upgrade."_s);
    QVERIFY(general.seq > 0);
    QCOMPARE(alice.chatMessages().at(1).room, u"random"_s);

    // It is history: somebody who comes later reads it.
    TestClient late(chat.url(), u"late"_s);
    QVERIFY(late.waitForWelcome());
    QTRY_VERIFY(!late.all<protocol::History>().isEmpty());
    bool found = false;
    for (const protocol::History &history : late.all<protocol::History>()) {
        for (const protocol::ChatMessage &message : history.messages)
            found = found || (message.nick == u"server"_s && message.text == general.text);
    }
    QVERIFY(found);
    QCOMPARE(chat.server().statistics().messagesStored, 2);
}

void tst_Admin::nobodyCanBeTheServer()
{
    TestServer chat(quietOptions());
    QVERIFY(chat.start());
    for (const QString &nick : {u"server"_s, u"SERVER"_s, u"ｓｅｒｖｅｒ"_s}) {
        TestClient impostor(chat.url(), nick);
        QVERIFY(impostor.waitForError());
        QCOMPARE(impostor.errors().constFirst().code, protocol::ErrorCode::InvalidNick);
        QVERIFY(impostor.errors().constFirst().message.contains(u"server's own"_s));
    }
    TestClient alice(chat.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    alice.send(protocol::NickChange{u"Server"_s});
    QVERIFY(alice.waitForError());
    QCOMPARE(alice.errors().constFirst().code, protocol::ErrorCode::InvalidNick);
}

void tst_Admin::mistakesAreSaidAndChangeNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown") << u"/frobnicate"_s << u"no command \"frobnicate\""_s;
    QTest::newRow("kick nobody") << u"/kick"_s << u"whom?"_s;
    QTest::newRow("kick a stranger") << u"/kick mallory"_s << u"nobody called \"mallory\""_s;
    QTest::newRow("say nothing") << u"/say"_s << u"say what?"_s;
    QTest::newRow("say in no room") << u"/say #nowhere hi"_s << u"no room called \"nowhere\""_s;
    QTest::newRow("say too much") << u"/say "_s + QString(5000, u'x') << u"the limit is"_s;
}

void tst_Admin::mistakesAreSaidAndChangeNothing()
{
    QFETCH(QString, command);
    QFETCH(QString, mentions);
    TestServer chat(quietOptions());
    QVERIFY(chat.start());
    server::AdminCommands admin(chat.server());
    TestClient alice(chat.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());

    const QString answer = admin.run(command);
    QVERIFY2(answer.startsWith(u"error: "_s), qPrintable(answer));
    QVERIFY2(answer.contains(mentions, Qt::CaseInsensitive), qPrintable(answer));
    QVERIFY(alice.isConnected());
    QCOMPARE(chat.server().statistics().messagesStored, 0);
}

void tst_Admin::quitStopsTheServer()
{
    TestServer chat(quietOptions());
    QVERIFY(chat.start());
    server::AdminCommands admin(chat.server());
    TestClient alice(chat.url(), u"alice"_s);
    QVERIFY(alice.waitForWelcome());
    QSignalSpy finished(&chat.server(), &server::ChatServer::shutdownFinished);
    QVERIFY(admin.run(u"/quit"_s).startsWith(u"Stopping"_s));
    QVERIFY(alice.waitDisconnected());
    QCOMPARE(alice.closeCode(), int(protocol::CloseCode::GoingAway));
    QTRY_COMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(tst_Admin)
#include "tst_admin.moc"
