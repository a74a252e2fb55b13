#include "client/core/chatmodel.h"
#include "client/ui/chatdelegate.h"
#include "client/ui/chatview.h"

#include <QScrollBar>
#include <QTest>

#include <optional>
#include <vector>

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

/// A line whose height the delegate cannot guess: tabs go to tab stops, which the estimate does
/// not know about, so the line is several times taller than estimated until it is laid out.
QString tabbed()
{
    return u"column\t"_s.repeated(30);
}

/// Every third line tabbed, the others short: a long log with many estimates that are off.
void fill(ChatModel &model, int count, qint64 firstSeq = 1)
{
    const QDate today = QDate::currentDate();
    for (int i = 0; i < count; ++i)
        model.addMessage(message(firstSeq + i, today, i % 3 == 2 ? tabbed() : u"a short line"_s));
}

/// The chat log as the window has one.
struct Log
{
    ChatView view;
    ChatDelegate &delegate;

    Log()
        : delegate(view.chatDelegate())
    {
        // The same width however many lines there are, as in the fresh views compared with.
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        view.resize(400, 300);
    }
    QScrollBar &bar() { return *view.verticalScrollBar(); }
    /// What the event loop would do next: the pending layout, and painting what is in view.
    void paint() { view.viewport()->repaint(); }
    QStyleOptionViewItem option() const
    {
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.font = view.font();
        option.widget = &view;
        return option;
    }
    int exactHeight(const QModelIndex &index) const
    {
        return delegate.exactSizeHint(option(), index).height();
    }
    /// The height of every line as a delegate that never laid any out estimates it, in a view
    /// of the same width and font; empty if the widths differ.
    std::vector<int> estimatedHeights() const
    {
        ChatView fresh;
        fresh.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        fresh.resize(view.size());
        fresh.setFont(view.font());
        fresh.setModel(view.model());
        fresh.doItemsLayout();
        if (fresh.viewport()->width() != view.viewport()->width())
            return {};
        std::vector<int> heights;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            heights.push_back(fresh.visualRect(view.model()->index(row, 0)).height());
        return heights;
    }
    int estimatedHeight(const QModelIndex &index) const
    {
        const std::vector<int> heights = estimatedHeights();
        return heights.empty() ? -1 : heights[size_t(index.row())];
    }
    /// The rows that are at least partly in view.
    QList<QModelIndex> visibleRows() const
    {
        QList<QModelIndex> rows;
        const QAbstractItemModel &model = *view.model();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (view.visualRect(index).intersects(view.viewport()->rect()))
                rows.append(index);
        }
        return rows;
    }
    QModelIndex topRow() const { return view.indexAt(QPoint(0, 0)); }
};

} // namespace

/// The chat delegate estimates the height of lines it has never laid out; the chat view has the
/// lines it shows measured exactly before it paints them. What is shown must always be what
/// would be measured afresh, laid out without gaps or overlaps, and measuring must not move what
/// the reader is looking at.
class tst_ChatDelegate : public QObject
{
    Q_OBJECT

private slots:
    void shownLinesFollowTheModel();
    void shownLinesFollowTheWidthAndFont();
    void eachModelKeepsItsOwnHeights();
    void estimatesAreRightForMostLines();
    void estimatesAreReplacedOnceShown();
    void measuringLinesAboveDoesNotMoveTheTopLine();
    void scrollingToALinePlacesItExactly();
    void theBottomStaysInViewWhileLinesAreMeasured();

private:
    /// After painting, every line in view has its exact height, the lines in view follow each
    /// other without gaps or overlaps, and every line anywhere is as high as measured afresh or
    /// as estimated afresh: nothing remembered is out of date.
    static void checkShown(Log &log, const char *when);
};

void tst_ChatDelegate::checkShown(Log &log, const char *when)
{
    log.paint();
    const auto fail = [when](const QString &what) {
        QFAIL(qPrintable(QLatin1StringView(when) + u": "_s + what));
    };
    const QList<QModelIndex> shown = log.visibleRows();
    QVERIFY2(!shown.isEmpty(), when);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QModelIndex &index = shown[i];
        const QRect rect = log.view.visualRect(index);
        if (rect.height() != log.exactHeight(index))
            return fail(u"row %1 in view is %2 px high, laid out %3 px"_s.arg(index.row())
                            .arg(rect.height())
                            .arg(log.exactHeight(index)));
        if (!log.delegate.isMeasured(index))
            return fail(u"row %1 in view is not marked measured"_s.arg(index.row()));
        if (i > 0 && rect.top() != log.view.visualRect(shown[i - 1]).bottom() + 1)
            return fail(u"row %1 starts at %2, row %3 ends at %4"_s.arg(index.row())
                            .arg(rect.top())
                            .arg(shown[i - 1].row())
                            .arg(log.view.visualRect(shown[i - 1]).bottom()));
    }
    const QAbstractItemModel &model = *log.view.model();
    const std::vector<int> estimates = log.estimatedHeights();
    QVERIFY2(!estimates.empty(), when);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const int height = log.view.visualRect(index).height();
        if (height != log.exactHeight(index) && height != estimates[size_t(row)])
            return fail(u"row %1 is %2 px high: neither laid out (%3) nor estimated (%4)"_s.arg(row)
                            .arg(height)
                            .arg(log.exactHeight(index))
                            .arg(estimates[size_t(row)]));
    }
}

void tst_ChatDelegate::shownLinesFollowTheModel()
{
    ChatModel model;
    Log log;
    log.view.setModel(&model);
    log.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log.view));
    const QDate today = QDate::currentDate();
    model.addMessage(message(10, today.addDays(-1), u"yesterday"_s));
    model.addMessage(message(11, today, u"today"_s));
    model.addMessage(message(12, today, u"today again"_s));
    checkShown(log, "at first");
    const int oneLine = log.view.visualRect(model.index(2)).height();

    // An older message of the same day takes the day header from the first line.
    model.prependOlder({message(9, today.addDays(-1), u"earlier yesterday"_s)});
    checkShown(log, "after older history");

    // The "New messages" rule above a line makes it taller.
    model.setFirstUnread(12);
    checkShown(log, "with the new-messages rule");
    QCOMPARE_GT(log.view.visualRect(model.index(3)).height(), oneLine);
    model.setFirstUnread(0);
    checkShown(log, "without the rule");

    // A refused message grows by the reason, which here wraps onto more lines.
    const QUuid id = QUuid::createUuid();
    model.addPending(id, u"alice"_s, u"short"_s, QDateTime::currentDateTimeUtc());
    checkShown(log, "pending");
    const int pendingRow = model.rowCount() - 1;
    const int pendingHeight = log.view.visualRect(model.index(pendingRow)).height();
    model.markFailed(id, u"the server refused it for a reason long enough to wrap "_s.repeated(4));
    checkShown(log, "failed");
    QCOMPARE_GT(log.view.visualRect(model.index(pendingRow)).height(), pendingHeight);

    // Taking the failed line back removes it; the rest stay as they were.
    QVERIFY(!model.takeFailed(id).isEmpty());
    checkShown(log, "after a line is removed");
}

void tst_ChatDelegate::shownLinesFollowTheWidthAndFont()
{
    ChatModel model;
    Log log;
    log.view.setModel(&model);
    log.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log.view));
    for (int seq = 1; seq <= 20; ++seq)
        model.addMessage(
            message(seq, QDate::currentDate(),
                    u"a message that wraps when the window is narrow "_s.repeated(1 + seq % 3)));
    checkShown(log, "at first");
    const int wide = log.view.visualRect(model.index(0)).height();

    const int viewportWidth = log.view.viewport()->width();
    log.view.resize(200, 300);
    QTRY_COMPARE(log.view.viewport()->width(), viewportWidth - 200);
    checkShown(log, "narrower");
    QCOMPARE_GT(log.view.visualRect(model.index(0)).height(), wide);

    QFont larger = log.view.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    log.view.setFont(larger);
    checkShown(log, "in a larger font");
}

void tst_ChatDelegate::eachModelKeepsItsOwnHeights()
{
    ChatModel first;
    std::optional<ChatModel> second;
    second.emplace();
    Log log;
    log.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log.view));
    const QDate today = QDate::currentDate();
    for (int seq = 1; seq <= 5; ++seq) {
        first.addMessage(message(seq, today, u"short"_s));
        second->addMessage(message(seq, today, u"a longer line in the other room "_s.repeated(3)));
    }
    log.view.setModel(&first);
    checkShown(log, "first room");
    log.view.setModel(&*second);
    checkShown(log, "second room");

    // Changes to a room that is not on screen are followed too.
    first.prependOlder({message(0, today.addDays(-3), u"old"_s)});
    first.addNotice(u"bob joined."_s);
    log.view.setModel(&first);
    checkShown(log, "back in the first room");

    // A room that goes away takes its heights with it; a new one in its place (at the same
    // address, with as many lines) is measured from scratch.
    log.view.setModel(&*second);
    checkShown(log, "the second room again");
    second.reset();
    second.emplace();
    for (int seq = 1; seq <= 5; ++seq)
        second->addMessage(message(seq, today, u"hello"_s));
    log.view.setModel(&*second);
    checkShown(log, "a new room");
}

void tst_ChatDelegate::estimatesAreRightForMostLines()
{
    // Ordinary chat over a few days: short lines, lines that wrap, pasted lines, an action, a
    // notice, the "New messages" rule. Guesses that are often off would make the scroll bar
    // jump as lines are shown; right or not, what is shown is measured (the other tests).
    ChatModel model;
    const QDate today = QDate::currentDate();
    const QStringList texts = {
        u"hi"_s, u"is the build green again?"_s,
        u"I think we should ship it tomorrow, unless someone finds something in the review of "
        "the patch for the server that moved the meeting to room four"_s,
        u"deploy log:\nstep one ok\nstep two ok\nstep three failed because of a timeout"_s,
        u"thanks"_s};
    qint64 seq = 0;
    for (int day = 6; day >= 0; --day) {
        for (const QString &text : texts)
            model.addMessage(message(++seq, today.addDays(-day), text));
    }
    protocol::ChatMessage action = message(++seq, today, u"waves at everyone in the room"_s);
    action.kind = protocol::MessageKind::Action;
    model.addMessage(action);
    model.addNotice(u"bob joined."_s);
    model.setFirstUnread(seq - 2);
    Log log;
    log.view.setModel(&model);
    log.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log.view));
    const std::vector<int> estimates = log.estimatedHeights();
    QCOMPARE(int(estimates.size()), model.rowCount());
    int right = 0;
    const int lineHeight = QFontMetrics(log.view.font()).height();
    for (int row = 0; row < model.rowCount(); ++row) {
        const int exact = log.exactHeight(model.index(row));
        right += estimates[size_t(row)] == exact;
        QVERIFY2(std::abs(estimates[size_t(row)] - exact) <= lineHeight,
                 qPrintable(u"row %1: estimated %2, laid out %3"_s.arg(row)
                                .arg(estimates[size_t(row)])
                                .arg(exact)));
    }
    QVERIFY2(right * 10 >= model.rowCount() * 9,
             qPrintable(u"%1 of %2 right"_s.arg(right).arg(model.rowCount())));
}

void tst_ChatDelegate::estimatesAreReplacedOnceShown()
{
    ChatModel model;
    fill(model, 600);
    Log log;
    log.view.setModel(&model);
    log.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log.view));
    log.bar().setValue(0);
    checkShown(log, "at the top");
    // What the estimates are for: lines far from the view are not laid out.
    const QModelIndex middle = model.index(302); // a tabbed one
    QVERIFY(!log.delegate.isMeasured(middle));
    QCOMPARE_NE(log.estimatedHeight(middle), log.exactHeight(middle)); // else nothing is tested
    QCOMPARE(log.view.visualRect(middle).height(), log.estimatedHeight(middle));

    log.bar().setValue(log.view.visualRect(middle).top() + log.bar().value());
    checkShown(log, "in the middle");
    QVERIFY(log.delegate.isMeasured(middle));
    log.bar().setValue(log.bar().maximum());
    checkShown(log, "at the bottom");
    log.bar().triggerAction(QAbstractSlider::SliderPageStepSub);
    checkShown(log, "a page up");
}

void tst_ChatDelegate::measuringLinesAboveDoesNotMoveTheTopLine()
{
    ChatModel model;
    fill(model, 600);
    Log log;
    log.view.setModel(&model);
    log.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log.view));
    log.paint();

    // The reader scrolls to where nothing was laid out yet: above the top line are tabbed lines
    // whose estimates are off, measured now because they are near.
    log.bar().setValue(log.bar().maximum() / 2);
    const QModelIndex top = log.topRow();
    QVERIFY(top.isValid());
    const int topY = log.view.visualRect(top).top();
    int tabbedAbove = top.row() - 1;
    while (tabbedAbove % 3 != 2)
        --tabbedAbove;
    const QModelIndex above = model.index(tabbedAbove);
    QCOMPARE(above.data(ChatModel::TextRole).toString(), tabbed());
    QVERIFY(!log.delegate.isMeasured(above));
    QCOMPARE_NE(log.estimatedHeight(above), log.exactHeight(above));

    checkShown(log, "scrolled to the middle");
    QVERIFY(log.delegate.isMeasured(above));
    QCOMPARE(log.topRow(), top);
    QCOMPARE(log.view.visualRect(top).top(), topY);

    // New lines at the bottom do not move it either.
    fill(model, 10, 1000);
    checkShown(log, "after new lines");
    QCOMPARE(log.topRow(), top);
    QCOMPARE(log.view.visualRect(top).top(), topY);
}

void tst_ChatDelegate::scrollingToALinePlacesItExactly()
{
    ChatModel model;
    fill(model, 600);
    Log log;
    log.view.setModel(&model);
    log.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log.view));
    log.bar().setValue(0);
    log.paint();

    // Above the line, lines whose estimates are off, up to a screen of them.
    const QModelIndex line = model.index(400);
    QVERIFY(!log.delegate.isMeasured(model.index(398)));
    log.view.scrollTo(line, QAbstractItemView::PositionAtBottom);
    log.paint();
    QCOMPARE(log.view.visualRect(line).bottom(), log.view.viewport()->rect().bottom());
    checkShown(log, "scrolled to a line at the bottom");

    const QModelIndex other = model.index(200);
    log.view.scrollTo(other, QAbstractItemView::PositionAtTop);
    log.paint();
    QCOMPARE(log.view.visualRect(other).top(), 0);
    checkShown(log, "scrolled to a line at the top");
}

void tst_ChatDelegate::theBottomStaysInViewWhileLinesAreMeasured()
{
    ChatModel model;
    Log log;
    log.view.setModel(&model);
    log.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log.view));

    // A long history arrives at once, the view at the bottom, which it follows as the window
    // does: the lines at the bottom are laid out before the view is, so that it is laid out once.
    fill(model, 600);
    log.view.scrollToBottom();
    const QModelIndex last = model.index(model.rowCount() - 1);
    QCOMPARE(last.data(ChatModel::TextRole).toString(), tabbed());
    QVERIFY(log.delegate.isMeasured(last));
    QCOMPARE(log.view.visualRect(last).bottom(), log.view.viewport()->rect().bottom());
    checkShown(log, "after a long history");
    QCOMPARE(log.view.visualRect(last).bottom(), log.view.viewport()->rect().bottom());

    // Lines that came while the reader was scrolled up are estimates; back at the bottom they
    // are measured, and the bottom stays in view.
    log.bar().setValue(0);
    log.paint();
    fill(model, 30, 1000);
    log.view.scrollToBottom();
    const QModelIndex newest = model.index(model.rowCount() - 1);
    QVERIFY(!log.delegate.isMeasured(newest));
    QCOMPARE_NE(log.estimatedHeight(newest), log.exactHeight(newest));
    checkShown(log, "back at the bottom");
    QCOMPARE(log.view.visualRect(newest).bottom(), log.view.viewport()->rect().bottom());
}

QTEST_MAIN(tst_ChatDelegate)
#include "tst_chatdelegate.moc"
