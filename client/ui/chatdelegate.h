#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextLayout;

namespace palaver::client {

/// Paints one chat line: the time in a muted colour, the nickname in bold, the text wrapped to
/// the view's width. Everything is laid out as plain text, so nothing in a message is markup.
class ChatDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatDelegate)
public:
    explicit ChatDelegate(QAbstractItemView &view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// A colour for a nickname that is the same on every run and readable on `background`.
    static QColor nickColor(const QString &nick, const QColor &background);

private:
    /// Lays the line out in `width` pixels; returns the height it takes.
    qreal layOut(QTextLayout &layout, const QStyleOptionViewItem &option, const QModelIndex &index,
                 int width) const;
    int textWidth() const;

    QAbstractItemView &m_view;
};

} // namespace palaver::client
