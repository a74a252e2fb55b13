#include "emojifont.h"

#include "client/core/emoji.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QPainter>
#include <QStringList>
#include <QStyle>
#include <QTextCharFormat>

#include <cmath>

namespace palaver::client {

using namespace Qt::StringLiterals;

QString colourEmojiFamily()
{
    static const QString family = [] {
        const QStringList candidates = {
            u"Segoe UI Emoji"_s,      u"Apple Color Emoji"_s, u"Noto Color Emoji"_s, u"Twemoji"_s,
            u"Twitter Color Emoji"_s, u"JoyPixels"_s,         u"EmojiOne Color"_s,   u"Emoji One"_s,
        };
        for (const QString &candidate : candidates) {
            if (QFontDatabase::hasFamily(candidate))
                return candidate;
        }
        return QString();
    }();
    return family;
}

QFont withEmojiFallback(QFont font)
{
    const QString emoji = colourEmojiFamily();
    if (emoji.isEmpty())
        return font;
    // The family the font really resolves to, not the one asked for: a generic name such as
    // "Sans Serif" is matched by no family in the list, and then every character, spaces and
    // digits too, would come from the emoji font.
    const QString family = QFontInfo(font).family();
    if (family == emoji)
        return font;
    font.setFamilies({family, emoji});
    return font;
}

QList<QTextLayout::FormatRange> emojiFormats(QStringView text)
{
    QList<QTextLayout::FormatRange> formats;
    const QList<EmojiRun> runs = findEmoji(text);
    const QString family = runs.isEmpty() ? QString() : colourEmojiFamily();
    if (family.isEmpty())
        return formats;
    QTextCharFormat emoji;
    emoji.setFontFamilies(QStringList{family});
    formats.reserve(runs.size());
    for (const EmojiRun &run : runs)
        formats.append({int(run.start), int(run.length), emoji});
    return formats;
}

void drawEmojiText(QPainter &painter, const QRect &rect, const QString &text)
{
    const QFontMetricsF metrics(painter.font());
    QTextOption oneLine;
    oneLine.setWrapMode(QTextOption::NoWrap);
    QTextLayout layout;
    layout.setFont(painter.font());
    layout.setTextOption(oneLine);
    // Emoji are wider in the emoji font than the metrics think: elide again until it fits.
    qreal width = rect.width();
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString shown = metrics.elidedText(text, Qt::ElideRight, width);
        layout.setText(shown);
        layout.setFormats(emojiFormats(shown));
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        if (!line.isValid() || line.naturalTextWidth() <= rect.width())
            break;
        width -= line.naturalTextWidth() - rect.width() + 1;
    }
    const QTextLine line = layout.lineCount() > 0 ? layout.lineAt(0) : QTextLine();
    const qreal height = line.isValid() ? line.height() : metrics.height();
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    layout.draw(&painter, QPointF(rect.left(), rect.top() + (rect.height() - height) / 2));
    painter.restore();
}

QString emojiRichText(const QString &text)
{
    const auto plain = [](QStringView part) {
        return part.toString().toHtmlEscaped().replace(u'\n', u"<br>"_s);
    };
    const QString family = colourEmojiFamily();
    QString html = u"<span style=\"white-space: pre-wrap\">"_s;
    qsizetype at = 0;
    const QStringView view(text);
    for (const EmojiRun &run : family.isEmpty() ? QList<EmojiRun>() : findEmoji(text)) {
        html += plain(view.mid(at, run.start - at));
        html += u"<span style=\"font-family: '%1'\">%2</span>"_s.arg(
            family, plain(view.mid(run.start, run.length)));
        at = run.start + run.length;
    }
    html += plain(view.mid(at));
    return html + u"</span>"_s;
}

EmojiHighlighter::EmojiHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void EmojiHighlighter::highlightBlock(const QString &text)
{
    for (const QTextLayout::FormatRange &range : emojiFormats(text))
        setFormat(range.start, range.length, range.format);
}

namespace {

/// Room around the text inside an item, as the styles leave it.
QMargins textMargins(const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int horizontal =
        style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    const int vertical = style->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, option.widget);
    return {horizontal, vertical, horizontal, vertical};
}

} // namespace

void EmojiTextDelegate::layOut(QTextLayout &layout, const QStyleOptionViewItem &option,
                               qreal &height) const
{
    layout.setFont(option.font);
    layout.setFormats(emojiFormats(layout.text()));
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    const QMargins margins = textMargins(option);
    // Before the view knows its width, one line as long as it takes.
    const qreal width = option.rect.width() > 0
                            ? std::max(1, option.rect.width() - margins.left() - margins.right())
                            : 1e6;
    height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
}

void EmojiTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextLayout layout(opt.text);
    opt.text.clear(); // the style draws the background, the selection and the focus
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    qreal height = 0;
    layOut(layout, opt, height);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    const QRect text = opt.rect.marginsRemoved(textMargins(opt));
    painter->setClipRect(opt.rect, Qt::IntersectClip);
    layout.draw(painter,
                QPointF(text.left(), text.top() + std::max(0.0, (text.height() - height) / 2)));
    painter->restore();
}

QSize EmojiTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextLayout layout(opt.text);
    qreal height = 0;
    layOut(layout, opt, height);
    const QMargins margins = textMargins(opt);
    qreal width = 0;
    for (int i = 0; i < layout.lineCount(); ++i)
        width = std::max(width, layout.lineAt(i).naturalTextWidth());
    return QSize(int(std::ceil(width)) + margins.left() + margins.right(),
                 int(std::ceil(height)) + margins.top() + margins.bottom());
}

} // namespace palaver::client
