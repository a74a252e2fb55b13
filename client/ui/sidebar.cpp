#include "sidebar.h"

#include "client/core/workspace.h"
#include "emojifont.h"

#include <QApplication>
#include <QPainter>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPadding = 6;

/// The style's background, selection and focus for an item; the content is drawn by hand.
void drawBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem opt = option;
    opt.text.clear();
    opt.icon = {};
    opt.index = index;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QColor textColor(const QStyleOptionViewItem &option)
{
    return option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                      : QPalette::Text);
}

} // namespace

void paintStatusDot(QPainter *painter, const QRectF &rect, int status)
{
    const qreal size = std::min(rect.width(), rect.height()) * 0.55;
    const QRectF dot(rect.center() - QPointF(size / 2, size / 2), QSizeF(size, size));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (protocol::Status(status)) {
    case protocol::Status::Online:
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2e, 0xa0, 0x43));
        break;
    case protocol::Status::Away:
        painter->setPen(QPen(QColor(0xd2, 0x99, 0x22), 1.5));
        painter->setBrush(QColor(0xd2, 0x99, 0x22, 0x80));
        break;
    case protocol::Status::Offline:
        painter->setPen(QPen(QColor(0x8b, 0x94, 0x9e), 1.5));
        painter->setBrush(Qt::NoBrush);
        break;
    }
    painter->drawEllipse(dot);
    painter->restore();
}

QSize RoomDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * kPadding));
    return size;
}

void RoomDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt, index);

    const bool direct = index.data(RoomListModel::DirectRole).toBool();
    const qint64 unread = index.data(RoomListModel::UnreadRole).toLongLong();
    const qint64 mentions = index.data(RoomListModel::MentionsRole).toLongLong();
    QRect rect = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    painter->save();
    QFont font = opt.font;
    font.setBold(unread > 0);
    painter->setFont(font);
    const QFontMetrics metrics(font);

    // Badge on the right: the count, in the accent colour and after an "@" when it holds a
    // mention, so that it does not depend on colour alone.
    if (unread > 0) {
        const QString count = (mentions > 0 ? u"@"_s : QString()) +
                              (unread > 999 ? u"999+"_s : QString::number(unread));
        const int height = metrics.height();
        const int width = std::max(height, metrics.horizontalAdvance(count) + height / 2);
        const QRect badge(rect.right() - width, rect.center().y() - height / 2, width, height);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mentions > 0 ? QColor(0xd0, 0x21, 0x21)
                                       : opt.palette.color(QPalette::PlaceholderText));
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, count);
        rect.setRight(badge.left() - kPadding);
    }

    // A "#" for a room, the other person's status for a direct conversation.
    const int markWidth = metrics.horizontalAdvance(u"#"_s) + kPadding;
    const QRect mark(rect.left(), rect.top(), markWidth, rect.height());
    if (direct)
        paintStatusDot(painter, mark, index.data(RoomListModel::PeerStatusRole).toInt());
    else {
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(mark, Qt::AlignVCenter | Qt::AlignLeft, u"#"_s);
    }
    rect.setLeft(mark.right() + 2);
    painter->setPen(textColor(opt));
    drawEmojiText(*painter, rect, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize MemberDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + kPadding));
    return size;
}

void MemberDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt, index);
    const int status = index.data(MemberListModel::StatusRole).toInt();
    QRect rect = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    const QRect dot(rect.left(), rect.top(), opt.fontMetrics.height(), rect.height());
    paintStatusDot(painter, dot, status);
    rect.setLeft(dot.right() + kPadding);
    painter->save();
    QColor color = textColor(opt);
    if (protocol::Status(status) == protocol::Status::Offline &&
        !(opt.state & QStyle::State_Selected))
        color = opt.palette.color(QPalette::PlaceholderText);
    painter->setPen(color);
    painter->setFont(opt.font);
    drawEmojiText(*painter, rect, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace palaver::client
