#include "client/core/chatmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

protocol::ChatMessage message(qint64 seq, const QString &nick, const QString &text,
                              QUuid id = QUuid::createUuid())
{
    return protocol::ChatMessage{
        u"general"_s, seq, id, QDateTime(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc()),
        nick,         text};
}

QStringList texts(const ChatModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.data(model.index(row), ChatModel::TextRole).toString());
    return result;
}

} // namespace

/// The chat log model: order, pending lines, duplicates and plain-text display.
class tst_ChatModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsInOrderAndPassesTheModelTester();
    void pendingLineMovesIntoPlaceWhenDelivered();
    void duplicateDeliveryIsShownOnce();
    void failedSendIsMarked();
    void displayIsPlainTextWithLocalTime();
    void olderPagesGoOnTop();
    void failedMessageCanBeTakenBackForEditing();
    void olderAnswerInSeveralFramesStaysInOrder();
    void rowOfSeqAndNewestSeqSkipNoticesAndPending();
    void firstUnreadMarksOneMessageAndSaysWhichRowsChanged();
    void mentionsNameTheUserButNotInOwnMessagesOrTopics();
    void actionsAndTopicsReadAsSentences();
};

void tst_ChatModel::appendsInOrderAndPassesTheModelTester()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addMessage(message(1, u"alice"_s, u"one"_s));
    model.addNotice(u"bob joined."_s);
    model.addMessage(message(2, u"bob"_s, u"two"_s));
    QCOMPARE(texts(model), (QStringList{u"one"_s, u"bob joined."_s, u"two"_s}));
    QCOMPARE(model.data(model.index(2), ChatModel::NickRole).toString(), u"bob"_s);
    QCOMPARE(model.data(model.index(2), ChatModel::SeqRole).toLongLong(), 2);
    QCOMPARE(model.data(model.index(1), ChatModel::KindRole).toInt(), int(ChatLine::Kind::Notice));
}

void tst_ChatModel::pendingLineMovesIntoPlaceWhenDelivered()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid mine = QUuid::createUuid();
    model.addMessage(message(1, u"bob"_s, u"hi"_s));
    model.addPending(mine, u"alice"_s, u"mine"_s, QDateTime::currentDateTimeUtc());
    QCOMPARE(model.data(model.index(1), ChatModel::StatusRole).toInt(),
             int(ChatLine::Status::Pending));

    // Someone else's message is delivered first: ours stays below, still pending.
    model.addMessage(message(2, u"bob"_s, u"meanwhile"_s));
    QCOMPARE(texts(model), (QStringList{u"hi"_s, u"meanwhile"_s, u"mine"_s}));

    model.addMessage(message(3, u"alice"_s, u"mine"_s, mine));
    QCOMPARE(texts(model), (QStringList{u"hi"_s, u"meanwhile"_s, u"mine"_s}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(2), ChatModel::StatusRole).toInt(),
             int(ChatLine::Status::Delivered));
    QCOMPARE(model.data(model.index(2), ChatModel::SeqRole).toLongLong(), 3);
}

void tst_ChatModel::duplicateDeliveryIsShownOnce()
{
    ChatModel model;
    const auto m = message(1, u"alice"_s, u"once"_s);
    model.addMessage(m);
    QSignalSpy inserted(&model, &ChatModel::rowsInserted);
    model.addMessage(m);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 0);
}

void tst_ChatModel::failedSendIsMarked()
{
    ChatModel model;
    const QUuid id = QUuid::createUuid();
    model.addPending(id, u"alice"_s, u"too long"_s, QDateTime::currentDateTimeUtc());
    QSignalSpy changed(&model, &ChatModel::dataChanged);
    model.markFailed(id, u"The message is too long."_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0), ChatModel::StatusRole).toInt(),
             int(ChatLine::Status::Failed));
    QVERIFY(model.data(model.index(0)).toString().contains(u"The message is too long."_s));
    model.markFailed(QUuid::createUuid(), u"unknown id is ignored"_s);
    QCOMPARE(changed.count(), 1);
}

void tst_ChatModel::displayIsPlainTextWithLocalTime()
{
    ChatModel model;
    const QString markup = u"<b>not bold</b> <img src=x onerror=alert(1)>"_s;
    const auto m = message(1, u"<i>eve</i>"_s, markup);
    model.addMessage(m);
    const QString shown = model.data(model.index(0)).toString();
    const QString time = QLocale().toString(m.time.toLocalTime().time(), QLocale::ShortFormat);
    QCOMPARE(shown, time + u"  <i>eve</i>: "_s + markup);
    // The view gets a QString, never a document: Qt shows it literally.
    QCOMPARE(model.data(model.index(0)).typeId(), QMetaType::QString);
}

void tst_ChatModel::olderPagesGoOnTop()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.oldestSeq(), 0);
    model.addNotice(u"Connected."_s);
    const auto shown = message(10, u"bob"_s, u"ten"_s);
    model.addMessage(shown);
    model.addMessage(message(11, u"bob"_s, u"eleven"_s));
    QCOMPARE(model.oldestSeq(), 10); // notices have no seq

    model.prependOlder({message(8, u"amy"_s, u"eight"_s), message(9, u"amy"_s, u"nine"_s), shown});
    QCOMPARE(texts(model),
             (QStringList{u"eight"_s, u"nine"_s, u"Connected."_s, u"ten"_s, u"eleven"_s}));
    QCOMPARE(model.oldestSeq(), 8);
    model.prependOlder({message(9, u"amy"_s, u"nine again"_s,
                                model.data(model.index(1), ChatModel::IdRole).toUuid())});
    QCOMPARE(model.rowCount(), 5); // already shown: nothing added
}

void tst_ChatModel::failedMessageCanBeTakenBackForEditing()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid pending = QUuid::createUuid();
    const QUuid failed = QUuid::createUuid();
    model.addPending(pending, u"alice"_s, u"waiting"_s, QDateTime::currentDateTimeUtc());
    model.addPending(failed, u"alice"_s, u"refused"_s, QDateTime::currentDateTimeUtc());
    model.markFailed(failed, u"too long"_s);
    QCOMPARE(model.takeFailed(pending), QString()); // only failed ones
    QCOMPARE(model.takeFailed(failed), u"refused"_s);
    QCOMPARE(texts(model), QStringList{u"waiting"_s});
    QCOMPARE(model.takeFailed(failed), QString());
}

void tst_ChatModel::olderAnswerInSeveralFramesStaysInOrder()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addNotice(u"Connected."_s);
    model.addMessage(message(7, u"bob"_s, u"seven"_s));
    // One fetch answered in two frames: 1-3, then 4-6. The second goes below the first.
    model.prependOlder({message(1, u"amy"_s, u"one"_s), message(2, u"amy"_s, u"two"_s),
                        message(3, u"amy"_s, u"three"_s)});
    model.prependOlder({message(4, u"amy"_s, u"four"_s), message(5, u"amy"_s, u"five"_s),
                        message(6, u"amy"_s, u"six"_s)});
    QCOMPARE(texts(model), (QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s,
                                        u"six"_s, u"Connected."_s, u"seven"_s}));
    QCOMPARE(model.oldestSeq(), 1);
}

void tst_ChatModel::rowOfSeqAndNewestSeqSkipNoticesAndPending()
{
    ChatModel model;
    QCOMPARE(model.newestSeq(), 0);
    QCOMPARE(model.rowOfSeq(1), -1);
    model.addMessage(message(4, u"bob"_s, u"four"_s));
    model.addNotice(u"carol joined #general."_s);
    model.addMessage(message(5, u"bob"_s, u"five"_s));
    model.addNotice(u"carol left."_s);
    model.addPending(QUuid::createUuid(), u"alice"_s, u"mine"_s, QDateTime::currentDateTimeUtc());
    QCOMPARE(model.rowOfSeq(4), 0);
    QCOMPARE(model.rowOfSeq(5), 2);
    QCOMPARE(model.rowOfSeq(3), -1); // not loaded
    QCOMPARE(model.rowOfSeq(6), -1);
    QCOMPARE(model.rowOfSeq(0), -1); // notices and pending lines have no seq
    QCOMPARE(model.newestSeq(), 5);
    model.prependOlder({message(2, u"amy"_s, u"two"_s)});
    QCOMPARE(model.rowOfSeq(2), 0);
    QCOMPARE(model.rowOfSeq(5), 3);
}

void tst_ChatModel::firstUnreadMarksOneMessageAndSaysWhichRowsChanged()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (qint64 seq = 1; seq <= 4; ++seq)
        model.addMessage(message(seq, u"bob"_s, u"line %1"_s.arg(seq)));
    const auto isFirstUnread = [&model](int row) {
        return model.data(model.index(row), ChatModel::FirstUnreadRole).toBool();
    };
    QSignalSpy changed(&model, &ChatModel::dataChanged);

    model.setFirstUnread(3);
    QCOMPARE(model.firstUnread(), 3);
    QVERIFY(!isFirstUnread(0) && !isFirstUnread(1) && isFirstUnread(2) && !isFirstUnread(3));
    QCOMPARE(changed.count(), 1); // nothing was marked before
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{ChatModel::FirstUnreadRole});

    changed.clear();
    model.setFirstUnread(2); // the line moves: both rows repaint
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QVERIFY(isFirstUnread(1) && !isFirstUnread(2));

    changed.clear();
    model.setFirstUnread(2);
    QCOMPARE(changed.count(), 0);
    model.setFirstUnread(0);
    QCOMPARE(changed.count(), 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!isFirstUnread(row));
}

void tst_ChatModel::mentionsNameTheUserButNotInOwnMessagesOrTopics()
{
    ChatModel model;
    model.addMessage(message(1, u"bob"_s, u"alice: lunch?"_s));
    model.addMessage(message(2, u"bob"_s, u"malice aforethought"_s));
    model.addMessage(message(3, u"Alice"_s, u"I am alice"_s));
    auto topic = message(4, u"bob"_s, u"alice's room"_s);
    topic.kind = protocol::MessageKind::Topic;
    model.addMessage(topic);
    model.addNotice(u"alice joined #general."_s);
    const auto mentionRows = [&model] {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row), ChatModel::MentionRole).toBool())
                rows.append(row);
        }
        return rows;
    };
    QCOMPARE(mentionRows(), QList<int>{}); // no nickname set yet

    QSignalSpy changed(&model, &ChatModel::dataChanged);
    model.setOwnNick(u"alice"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{ChatModel::MentionRole});
    QCOMPARE(mentionRows(), QList<int>{0});

    model.setOwnNick(u"bob"_s); // now the topic and the own lines of bob don't count either
    QCOMPARE(mentionRows(), QList<int>{});
}

void tst_ChatModel::actionsAndTopicsReadAsSentences()
{
    ChatModel model;
    auto action = message(1, u"bob"_s, u"waves"_s);
    action.kind = protocol::MessageKind::Action;
    auto topic = message(2, u"bob"_s, u"Lunch at noon"_s);
    topic.kind = protocol::MessageKind::Topic;
    auto cleared = message(3, u"bob"_s, QString());
    cleared.kind = protocol::MessageKind::Topic;
    model.addMessage(action);
    model.addMessage(topic);
    model.addMessage(cleared);
    model.addMessage(message(4, u"bob"_s, u"plain"_s));
    QCOMPARE(ChatModel::bodyText(model.line(0)), u"* bob waves"_s);
    QCOMPARE(ChatModel::bodyText(model.line(1)), u"bob set the topic to “Lunch at noon”."_s);
    QCOMPARE(ChatModel::bodyText(model.line(2)), u"bob cleared the topic."_s);
    QCOMPARE(ChatModel::bodyText(model.line(3)), u"plain"_s);
    QCOMPARE(model.data(model.index(0), ChatModel::MessageKindRole).toInt(),
             int(protocol::MessageKind::Action));
    // The log line of an action has no "bob:" before it.
    QVERIFY(model.data(model.index(0)).toString().endsWith(u"  * bob waves"_s));
    QVERIFY(model.data(model.index(3)).toString().endsWith(u"  bob: plain"_s));

    model.addPending(QUuid::createUuid(), u"alice"_s, u"dances"_s, QDateTime::currentDateTimeUtc(),
                     protocol::MessageKind::Action);
    QCOMPARE(ChatModel::bodyText(model.line(4)), u"* alice dances"_s);
}

QTEST_GUILESS_MAIN(tst_ChatModel)
#include "tst_chatmodel.moc"
