#include "chatview.h"

#include "chatdelegate.h"

#include <QScopedValueRollback>
#include <QScrollBar>

namespace palaver::client {

ChatView::ChatView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ChatDelegate(*this))
{
    setItemDelegate(m_delegate);
    // Lines as wide as the view and as high as their text, scrolled by the pixel.
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

ChatView::~ChatView() = default;

bool ChatView::atBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

bool ChatView::measureAround(int row, int above, int below)
{
    const QAbstractItemModel *chat = model();
    const int rows = chat ? chat->rowCount(rootIndex()) : 0;
    if (row < 0 || row >= rows)
        return false;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    bool changed = false;
    const auto measure = [&](int r) {
        bool off = false;
        const int height =
            m_delegate->measure(option, chat->index(r, modelColumn(), rootIndex()), &off);
        changed = changed || off;
        return height;
    };
    for (int r = row - 1, covered = 0; r >= 0 && covered < above; --r)
        covered += measure(r);
    for (int r = row, covered = 0; r < rows && covered < below; ++r)
        covered += measure(r);
    return changed;
}

ChatView::Place ChatView::place() const
{
    Place place;
    place.atBottom = atBottom();
    const QModelIndex top = indexAt(QPoint(0, 0));
    if (top.isValid()) {
        place.topRow = top.row();
        place.topY = visualRect(top).top();
    }
    return place;
}

void ChatView::relayoutKeepingPlace(const Place &place)
{
    QListView::doItemsLayout();
    QScrollBar *bar = verticalScrollBar();
    if (place.atBottom) {
        bar->setValue(bar->maximum());
    } else if (place.topRow >= 0) {
        const QModelIndex top = model()->index(place.topRow, modelColumn(), rootIndex());
        bar->setValue(bar->value() + visualRect(top).top() - place.topY);
    }
}

void ChatView::measureInView()
{
    if (m_measuring || !model() || model()->rowCount(rootIndex()) == 0)
        return;
    const QScopedValueRollback guard(m_measuring, true);
    executeDelayedItemsLayout();
    const int height = viewport()->height();
    const int margin = height / 4;
    // A few rounds at most: a line that turns out shorter lets one more into view.
    for (int round = 0; round < 4; ++round) {
        const Place before = place();
        if (before.topRow < 0 ||
            !measureAround(before.topRow, margin, height + margin - before.topY))
            return;
        relayoutKeepingPlace(before);
    }
}

void ChatView::paintEvent(QPaintEvent *event)
{
    measureInView();
    QListView::paintEvent(event);
}

void ChatView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // The line is placed exactly where it is asked for: at the top, the bottom or the centre.
    if (!m_measuring && index.isValid() && index.model() == model()) {
        const QScopedValueRollback guard(m_measuring, true);
        executeDelayedItemsLayout();
        const int reach = viewport()->height() * 5 / 4; // a screen from the line, and a margin
        const Place before = place();
        if (measureAround(index.row(), reach, reach))
            relayoutKeepingPlace(before);
    }
    QListView::scrollTo(index, hint);
}

void ChatView::doItemsLayout()
{
    // Lines added at the bottom while the view shows the bottom are about to be shown: measured
    // now, the view is laid out once rather than once with estimates and again before painting.
    if (!m_measuring && model() && atBottom()) {
        const QScopedValueRollback guard(m_measuring, true);
        measureAround(model()->rowCount(rootIndex()) - 1, viewport()->height() * 5 / 4, 1);
    }
    QListView::doItemsLayout();
}

} // namespace palaver::client
