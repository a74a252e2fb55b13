// Stored history through the server: what a client gets on joining, on resuming after a drop,
// and when it asks for older pages. Real server, real SQLite file, real sockets on loopback.
#include "testclient.h"
#include "testserver.h"

#include <QTest>

using namespace palaver;
using namespace Qt::StringLiterals;
using palaver::protocol::History;
using palaver::test::TestClient;
using palaver::test::TestServer;

namespace {

const QString kRoom = QString::fromUtf16(protocol::kDefaultRoom);

/// Posts `count` messages as "writer" and waits until all are acknowledged (so stored).
bool post(TestServer &server, int count, const QString &prefix = u"m"_s)
{
    TestClient writer(server.url(), u"writer"_s);
    if (!writer.waitForWelcome())
        return false;
    QUuid last;
    for (int i = 1; i <= count; ++i)
        last = writer.say(prefix + QString::number(i));
    return writer.waitForAck(last);
}

/// These tests count seqs: without the membership events ("writer joined"), which would
/// shift every number. tst_rooms tests the events.
server::ServerOptions seqOptions()
{
    server::ServerOptions options;
    options.recordMembership = false;
    return options;
}

/// A client that says hello with a resume point instead of the plain one.
std::unique_ptr<TestClient> resumeAs(TestServer &server, const QString &nick, const QString &epoch,
                                     qint64 seq)
{
    auto client = std::make_unique<TestClient>(server.url());
    protocol::Hello hello;
    hello.nick = nick;
    hello.resume = {protocol::ResumePoint{kRoom, epoch, seq}};
    client->send(hello);
    return client;
}

QList<qint64> seqsOf(const QList<History> &histories)
{
    QList<qint64> seqs;
    for (const History &history : histories) {
        for (const auto &message : history.messages)
            seqs.append(message.seq);
    }
    return seqs;
}

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> seqs;
    for (qint64 seq = from; seq <= to; ++seq)
        seqs.append(seq);
    return seqs;
}

} // namespace

class tst_History : public QObject
{
    Q_OBJECT

private slots:
    void joinGetsRecentHistory();
    void emptyRoomSendsEmptyHistory();
    void historyComesBeforeTheJoinNotice();
    void resumeReplaysExactlyWhatWasMissed();
    void resumeWithNothingMissed();
    void resumeIntoAnotherEpochIsNotRecovered();
    void resumeBeyondTrimmedHistoryIsNotRecovered();
    void resumeBeyondTheEndIsNotRecovered();
    void largeReplayComesInSeveralFrames();
    void fetchPagesBackToTheStart();
    void fetchOtherRoomIsRefused();
    void historyAndIdsSurviveARestart();
};

void tst_History::joinGetsRecentHistory()
{
    server::ServerOptions options = seqOptions();
    options.historyOnJoin = 5;
    TestServer server(options);
    QVERIFY(server.start());
    QVERIFY(post(server, 8));

    TestClient reader(server.url(), u"reader"_s);
    QVERIFY(reader.waitForWelcome());
    QTRY_COMPARE(reader.all<History>().size(), 1);
    const History history = reader.all<History>().constFirst();
    QCOMPARE(history.room, kRoom);
    QCOMPARE(history.epoch, server.server().epoch());
    QCOMPARE(seqsOf({history}), range(4, 8));
    QCOMPARE(history.messages.constLast().text, u"m8"_s);
    QCOMPARE(history.messages.constLast().nick, u"writer"_s);
    QVERIFY(history.hasMore);
    QVERIFY(!history.recovered.has_value());
}

void tst_History::emptyRoomSendsEmptyHistory()
{
    TestServer server(seqOptions());
    QVERIFY(server.start());
    TestClient reader(server.url(), u"reader"_s);
    QTRY_COMPARE(reader.all<History>().size(), 1);
    const History history = reader.all<History>().constFirst();
    QVERIFY(history.messages.isEmpty());
    QVERIFY(!history.hasMore);
}

void tst_History::historyComesBeforeTheJoinNotice()
{
    TestServer server(seqOptions());
    QVERIFY(server.start());
    QVERIFY(post(server, 1));
    TestClient reader(server.url(), u"reader"_s);
    QTRY_COMPARE(reader.presences().size(), 1);
    const auto &messages = reader.messages();
    QVERIFY(std::holds_alternative<protocol::Welcome>(messages.at(0)));
    QVERIFY(std::holds_alternative<History>(messages.at(1)));
    QVERIFY(std::holds_alternative<protocol::Presence>(messages.at(2)));
}

void tst_History::resumeReplaysExactlyWhatWasMissed()
{
    TestServer server(seqOptions());
    QVERIFY(server.start());
    QVERIFY(post(server, 10));
    auto client = resumeAs(server, u"back"_s, server.server().epoch(), 6);
    QVERIFY(client->waitForWelcome());
    QTRY_COMPARE(client->all<History>().size(), 1);
    const History history = client->all<History>().constFirst();
    QCOMPARE(history.recovered, std::optional<bool>(true));
    QCOMPARE(seqsOf({history}), range(7, 10));

    // Live messages continue right after the replay: no gap, no duplicate.
    const QUuid id = client->say(u"live"_s);
    QVERIFY(client->waitForAck(id));
    QTRY_COMPARE(client->chatMessages().size(), 1);
    QCOMPARE(client->chatMessages().constFirst().seq, 11);
}

void tst_History::resumeWithNothingMissed()
{
    TestServer server(seqOptions());
    QVERIFY(server.start());
    QVERIFY(post(server, 3));
    auto client = resumeAs(server, u"back"_s, server.server().epoch(), 3);
    QTRY_COMPARE(client->all<History>().size(), 1);
    const History history = client->all<History>().constFirst();
    QCOMPARE(history.recovered, std::optional<bool>(true));
    QVERIFY(history.messages.isEmpty());
}

void tst_History::resumeIntoAnotherEpochIsNotRecovered()
{
    server::ServerOptions options = seqOptions();
    options.historyOnJoin = 2;
    TestServer server(options);
    QVERIFY(server.start());
    QVERIFY(post(server, 4));
    auto client = resumeAs(server, u"back"_s, u"0123456789abcdef0123456789abcdef"_s, 3);
    QTRY_COMPARE(client->all<History>().size(), 1);
    const History history = client->all<History>().constFirst();
    QCOMPARE(history.recovered, std::optional<bool>(false));
    QCOMPARE(history.epoch, server.server().epoch());
    QCOMPARE(seqsOf({history}), range(3, 4)); // the recent history instead
}

void tst_History::resumeBeyondTrimmedHistoryIsNotRecovered()
{
    TestServer server(seqOptions());
    QVERIFY(server.start());
    QVERIFY(post(server, 10));
    QCOMPARE(server.store().trim(server::Retention{0, 3}, QDateTime::currentDateTimeUtc()), 7);

    // Had up to 5, but 6 and 7 are gone: the gap can't be filled.
    auto lost = resumeAs(server, u"lost"_s, server.server().epoch(), 5);
    QTRY_COMPARE(lost->all<History>().size(), 1);
    QCOMPARE(lost->all<History>().constFirst().recovered, std::optional<bool>(false));

    // Had up to 7: everything it missed (8 to 10) is still there.
    auto fine = resumeAs(server, u"fine"_s, server.server().epoch(), 7);
    QTRY_COMPARE(fine->all<History>().size(), 1);
    QCOMPARE(fine->all<History>().constFirst().recovered, std::optional<bool>(true));
    QCOMPARE(seqsOf(fine->all<History>()), range(8, 10));
}

void tst_History::resumeBeyondTheEndIsNotRecovered()
{
    TestServer server(seqOptions());
    QVERIFY(server.start());
    QVERIFY(post(server, 2));
    auto client = resumeAs(server, u"back"_s, server.server().epoch(), 50);
    QTRY_COMPARE(client->all<History>().size(), 1);
    QCOMPARE(client->all<History>().constFirst().recovered, std::optional<bool>(false));
    QCOMPARE(seqsOf(client->all<History>()), range(1, 2));
}

void tst_History::largeReplayComesInSeveralFrames()
{
    TestServer server(seqOptions());
    QVERIFY(server.start());
    QVERIFY(post(server, 1200));
    auto client = resumeAs(server, u"back"_s, server.server().epoch(), 1);
    QTRY_COMPARE(seqsOf(client->all<History>()).size(), 1199);
    const auto histories = client->all<History>();
    QCOMPARE(histories.size(), 3); // 500 + 500 + 199
    for (const History &history : histories)
        QCOMPARE(history.recovered, std::optional<bool>(true));
    QCOMPARE(seqsOf(histories), range(2, 1200));
}

void tst_History::fetchPagesBackToTheStart()
{
    server::ServerOptions options = seqOptions();
    options.historyOnJoin = 4;
    TestServer server(options);
    QVERIFY(server.start());
    QVERIFY(post(server, 10));
    TestClient reader(server.url(), u"reader"_s);
    QTRY_COMPARE(reader.all<History>().size(), 1);
    QCOMPARE(seqsOf(reader.all<History>()), range(7, 10));

    reader.send(protocol::Fetch{kRoom, 7, 4});
    QTRY_COMPARE(reader.all<History>().size(), 2);
    History page = reader.all<History>().constLast();
    QCOMPARE(seqsOf({page}), range(3, 6));
    QVERIFY(page.hasMore);

    reader.send(protocol::Fetch{kRoom, 3, 4});
    QTRY_COMPARE(reader.all<History>().size(), 3);
    page = reader.all<History>().constLast();
    QCOMPARE(seqsOf({page}), range(1, 2));
    QVERIFY(!page.hasMore);
}

void tst_History::fetchOtherRoomIsRefused()
{
    TestServer server(seqOptions());
    QVERIFY(server.start());
    TestClient reader(server.url(), u"reader"_s);
    QVERIFY(reader.waitForWelcome());
    reader.send(protocol::Fetch{u"elsewhere"_s, 10, 5});
    QVERIFY(reader.waitForError());
    QCOMPARE(reader.errors().constFirst().code, protocol::ErrorCode::UnknownRoom);
    QVERIFY(reader.isConnected());
}

void tst_History::historyAndIdsSurviveARestart()
{
    QTemporaryDir dir;
    QString epoch;
    QUuid id;
    {
        TestServer server(seqOptions(), dir.path());
        QVERIFY(server.start());
        epoch = server.server().epoch();
        TestClient writer(server.url(), u"writer"_s);
        QVERIFY(writer.waitForWelcome());
        id = writer.say(u"kept"_s);
        QVERIFY(writer.waitForAck(id));
    }
    TestServer server(seqOptions(), dir.path());
    QVERIFY(server.start());
    QCOMPARE(server.server().epoch(), epoch);

    TestClient observer(server.url(), u"observer"_s);
    QTRY_COMPARE(observer.all<History>().size(), 1);
    QCOMPARE(seqsOf(observer.all<History>()), QList<qint64>{1});

    // The writer retries the same id after the restart: the original ack, no second delivery.
    TestClient writer(server.url(), u"writer"_s);
    QVERIFY(writer.waitForWelcome());
    writer.send(protocol::Send{id, kRoom, u"kept"_s});
    QVERIFY(writer.waitForAck(id));
    QCOMPARE(writer.acks().constFirst().seq, 1);
    const QUuid next = writer.say(u"next"_s);
    QVERIFY(writer.waitForAck(next));
    QTRY_COMPARE(observer.chatMessages().size(), 1);
    QCOMPARE(observer.chatMessages().constFirst().text, u"next"_s);
    QCOMPARE(observer.chatMessages().constFirst().seq, 2);
}

QTEST_GUILESS_MAIN(tst_History)
#include "tst_history.moc"
