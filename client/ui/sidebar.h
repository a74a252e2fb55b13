#pragma once

#include <QStyledItemDelegate>

namespace palaver::client {

/// Draws a room of the room list: "# name" (or a status dot and the person, for a direct
/// conversation), bold while it has unread messages, with a count badge that turns to the
/// accent colour and gets an "@" when one of them names the user.
class RoomDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// Draws a member of the user list with a status dot: green online, amber away, hollow grey
/// offline (and the name muted), so status never depends on colour alone.
class MemberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// Paints the dot of a status (protocol::Status as int) centred in `rect`.
void paintStatusDot(QPainter *painter, const QRectF &rect, int status);

} // namespace palaver::client
