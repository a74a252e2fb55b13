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

QTEST_GUILESS_MAIN(tst_ChatModel)
#include "tst_chatmodel.moc"
