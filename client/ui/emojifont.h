#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringView>
#include <QStyledItemDelegate>
#include <QSyntaxHighlighter>
#include <QTextLayout>

class QPainter;
class QRect;

namespace palaver::client {

// Qt 6.4 draws an emoji that comes from a fallback font (QFont::setFamilies(), or the
// system's own fallback) as a grey shape: a colour font draws in colour only where the text
// asks for it by name. So every place that shows what people wrote names the colour emoji
// font for the emoji in it: the log (ChatDelegate), the message box, the topic line, the room
// and people lists, and the Search and Mentions lists.

/// The family of a colour emoji font installed on this computer: Segoe UI Emoji on Windows,
/// Apple Color Emoji on macOS, Noto Color Emoji (or another one fontconfig knows) on Linux.
/// Empty if there is none; then emoji come from whatever font Qt falls back to.
QString colourEmojiFamily();

/// `font` with the colour emoji font after its own family, for what people type in: emoji
/// then at least come from the emoji font (in grey) where nothing names it.
QFont withEmojiFallback(QFont font);

/// Format ranges that draw the emoji of `text` (see findEmoji()) in the colour emoji font,
/// for a QTextLayout. Empty when it has none, or there is no such font.
QList<QTextLayout::FormatRange> emojiFormats(QStringView text);

/// Draws `text` on one line in `rect`, vertically centred and elided on the right to fit it,
/// in the painter's font and pen, with its emoji in colour.
void drawEmojiText(QPainter &painter, const QRect &rect, const QString &text);

/// `text` as rich text for a QLabel: escaped, its line breaks kept, its emoji in colour.
QString emojiRichText(const QString &text);

/// Draws the emoji of a text document (the message box) in colour, as they are typed.
class EmojiHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiHighlighter)
public:
    explicit EmojiHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

/// For lists of whole messages (search results, mentions): the text wraps at word
/// boundaries, its emoji in colour, the selection as the style draws it.
class EmojiTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiTextDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// The text's layout for the item's width, its height in `height`.
    void layOut(QTextLayout &layout, const QStyleOptionViewItem &option, qreal &height) const;
};

} // namespace palaver::client
