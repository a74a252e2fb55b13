#include "client/core/chatmodel.h"
#include "client/ui/chatdelegate.h"

#include <QListView>
#include <QTest>

#include <memory>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

protocol::ChatMessage message(qint64 seq, const QDate &day, const QString &text)
{
    protocol::ChatMessage result;
    result.room = u"general"_s;
    result.seq = seq;
    result.id = QUuid::createUuid();
    result.time = QDateTime(day, QTime(12, 0)); // local time, as the day headers are
    result.nick = u"alice"_s;
    result.text = text;
    return result;
}

/// A chat log as the window has one: a list view whose lines differ in height.
struct Log
{
    QListView view;
    ChatDelegate *delegate;

    Log()
        : delegate(new ChatDelegate(view))
    {
        view.setItemDelegate(delegate);
        view.setUniformItemSizes(false);
        view.setResizeMode(QListView::Adjust);
        view.resize(400, 300);
    }
};

} // namespace

/// The chat delegate remembers each line's height, since the list view asks for every line's
/// size whenever one is added. What it remembers must always be what it would measure afresh.
class tst_ChatDelegate : public QObject
{
    Q_OBJECT

private slots:
    void rememberedHeightsFollowTheModel();
    void rememberedHeightsFollowTheWidthAndFont();
    void eachModelKeepsItsOwnHeights();

private:
    /// Compares what `log` lays out with what a delegate that has never seen the model
    /// measures, row by row.
    static void compareWithFresh(Log &log, const char *when);
};

void tst_ChatDelegate::compareWithFresh(Log &log, const char *when)
{
    log.view.doItemsLayout();
    Log fresh;
    fresh.view.resize(log.view.size());
    fresh.view.setFont(log.view.font());
    fresh.view.setModel(log.view.model());
    fresh.view.doItemsLayout();
    QAbstractItemModel &model = *log.view.model();
    QCOMPARE_GT(model.rowCount(), 0);
    QCOMPARE(fresh.view.viewport()->width(), log.view.viewport()->width());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const int expected = fresh.view.visualRect(index).height();
        const int shown = log.view.visualRect(index).height();
        if (shown != expected)
            QFAIL(qPrintable(u"%1: row %2 is %3 px high, measured afresh %4 px"_s.arg(
                QLatin1StringView(when), QString::number(row), QString::number(shown),
                QString::number(expected))));
    }
}

void tst_ChatDelegate::rememberedHeightsFollowTheModel()
{
    ChatModel model;
    Log log;
    log.view.setModel(&model);
    log.view.show();
    const QDate today = QDate::currentDate();
    model.addMessage(message(10, today.addDays(-1), u"yesterday"_s));
    model.addMessage(message(11, today, u"today"_s));
    model.addMessage(message(12, today, u"today again"_s));
    compareWithFresh(log, "at first");
    const int oneLine = log.view.visualRect(model.index(2)).height();

    // An older message of the same day takes the day header from the first line.
    model.prependOlder({message(9, today.addDays(-1), u"earlier yesterday"_s)});
    compareWithFresh(log, "after older history");

    // The "New messages" rule above a line makes it taller.
    model.setFirstUnread(12);
    compareWithFresh(log, "with the new-messages rule");
    QCOMPARE_GT(log.view.visualRect(model.index(3)).height(), oneLine);
    model.setFirstUnread(0);
    compareWithFresh(log, "without the rule");

    // A refused message grows by the reason, which here wraps onto more lines.
    const QUuid id = QUuid::createUuid();
    model.addPending(id, u"alice"_s, u"short"_s, QDateTime::currentDateTimeUtc());
    compareWithFresh(log, "pending");
    const int pendingRow = model.rowCount() - 1;
    const int pendingHeight = log.view.visualRect(model.index(pendingRow)).height();
    model.markFailed(id, u"the server refused it for a reason long enough to wrap "_s.repeated(4));
    compareWithFresh(log, "failed");
    QCOMPARE_GT(log.view.visualRect(model.index(pendingRow)).height(), pendingHeight);

    // Taking the failed line back removes it; the rest stay as they were.
    QVERIFY(!model.takeFailed(id).isEmpty());
    compareWithFresh(log, "after a line is removed");
}

void tst_ChatDelegate::rememberedHeightsFollowTheWidthAndFont()
{
    ChatModel model;
    Log log;
    log.view.setModel(&model);
    log.view.show();
    for (int seq = 1; seq <= 20; ++seq)
        model.addMessage(
            message(seq, QDate::currentDate(),
                    u"a message that wraps when the window is narrow "_s.repeated(1 + seq % 3)));
    compareWithFresh(log, "at first");
    const int wide = log.view.visualRect(model.index(19)).height();

    log.view.resize(200, 300);
    compareWithFresh(log, "narrower");
    QCOMPARE_GT(log.view.visualRect(model.index(19)).height(), wide);

    QFont larger = log.view.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    log.view.setFont(larger);
    compareWithFresh(log, "in a larger font");
}

void tst_ChatDelegate::eachModelKeepsItsOwnHeights()
{
    ChatModel first;
    auto second = std::make_unique<ChatModel>();
    Log log;
    log.view.show();
    const QDate today = QDate::currentDate();
    for (int seq = 1; seq <= 5; ++seq) {
        first.addMessage(message(seq, today, u"short"_s));
        second->addMessage(message(seq, today, u"a longer line in the other room "_s.repeated(3)));
    }
    log.view.setModel(&first);
    compareWithFresh(log, "first room");
    log.view.setModel(second.get());
    compareWithFresh(log, "second room");

    // Changes to a room that is not on screen are followed too.
    first.prependOlder({message(0, today.addDays(-3), u"old"_s)});
    first.addNotice(u"bob joined."_s);
    log.view.setModel(&first);
    compareWithFresh(log, "back in the first room");

    // A room that goes away takes its heights with it; a new one is measured from scratch.
    second.reset();
    ChatModel third;
    third.addMessage(message(1, today, u"hello"_s));
    log.view.setModel(&third);
    compareWithFresh(log, "a new room");
}

QTEST_MAIN(tst_ChatDelegate)
#include "tst_chatdelegate.moc"
