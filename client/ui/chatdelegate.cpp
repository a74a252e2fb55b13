#include "chatdelegate.h"

#include "client/core/chatmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

constexpr int kHorizontalMargin = 6;
constexpr int kVerticalMargin = 3;

QTextCharFormat colored(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

} // namespace

ChatDelegate::ChatDelegate(QAbstractItemView &view)
    : QStyledItemDelegate(&view)
    , m_view(view)
{}

QColor ChatDelegate::nickColor(const QString &nick, const QColor &background)
{
    // qHash is seeded per process; a fixed FNV-1a keeps each person's colour from run to run.
    quint32 hash = 2166136261u;
    for (const QChar c : nick)
        hash = (hash ^ c.unicode()) * 16777619u;
    const int hue = int(hash % 360);
    const bool darkBackground = background.lightnessF() < 0.5;
    return QColor::fromHsl(hue, 160, darkBackground ? 175 : 85);
}

int ChatDelegate::textWidth() const
{
    return std::max(50, m_view.viewport()->width() - 2 * kHorizontalMargin);
}

qreal ChatDelegate::layOut(QTextLayout &layout, const QStyleOptionViewItem &option,
                           const QModelIndex &index, int width) const
{
    const auto kind = ChatLine::Kind(index.data(ChatModel::KindRole).toInt());
    const auto status = ChatLine::Status(index.data(ChatModel::StatusRole).toInt());
    const QString nick = index.data(ChatModel::NickRole).toString();
    const QString body = index.data(ChatModel::TextRole).toString();
    const QDateTime time = index.data(ChatModel::TimeRole).toDateTime();
    const QPalette &palette = option.palette;
    const QColor muted = palette.color(QPalette::PlaceholderText);
    const QColor text = palette.color(QPalette::Text);

    const QString stamp = QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
    QString line = stamp + u"  "_s;
    QList<QTextLayout::FormatRange> formats;
    formats.append({0, int(line.size()), colored(muted)});
    if (kind == ChatLine::Kind::Notice) {
        formats.append({int(line.size()), int(body.size()), colored(muted, false, true)});
        line += body;
    } else {
        const int nickStart = int(line.size());
        line += nick + u": "_s;
        formats.append({nickStart, int(nick.size()),
                        colored(nickColor(nick, palette.color(QPalette::Base)), true)});
        const int bodyStart = int(line.size());
        line += body;
        formats.append({bodyStart, int(body.size()),
                        colored(status == ChatLine::Status::Delivered ? text : muted)});
        QString suffix;
        if (status == ChatLine::Status::Pending)
            suffix = tr("  sending…");
        else if (status == ChatLine::Status::Failed)
            suffix = tr("  ⚠ not sent: %1").arg(index.data(ChatModel::ProblemRole).toString());
        if (!suffix.isEmpty()) {
            formats.append({int(line.size()), int(suffix.size()), colored(muted, false, true)});
            line += suffix;
        }
    }

    // Line breaks in a message stay line breaks.
    line.replace(u'\n', QChar::LineSeparator);
    layout.setText(line);
    layout.setFont(option.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);

    // Continuation lines hang under the text, so the times stay a clean column.
    const qreal indent =
        std::min(QFontMetricsF(option.font).horizontalAdvance(stamp + u"  "_s), qreal(width) / 2);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine textLine = layout.createLine(); textLine.isValid();
         textLine = layout.createLine()) {
        const qreal x = textLine.lineNumber() == 0 ? 0 : indent;
        textLine.setLineWidth(width - x);
        textLine.setPosition(QPointF(x, height));
        height += textLine.height();
    }
    layout.endLayout();
    return height;
}

QSize ChatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextLayout layout;
    const qreal height = layOut(layout, opt, index, textWidth());
    return {textWidth() + 2 * kHorizontalMargin, int(std::ceil(height)) + 2 * kVerticalMargin};
}

void ChatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws the background and focus; the text is ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (opt.state & QStyle::State_Selected) {
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        opt.palette.setColor(QPalette::PlaceholderText,
                             opt.palette.color(QPalette::HighlightedText));
    }
    QTextLayout layout;
    layOut(layout, opt, index, opt.rect.width() - 2 * kHorizontalMargin);
    painter->save();
    layout.draw(painter,
                QPointF(opt.rect.left() + kHorizontalMargin, opt.rect.top() + kVerticalMargin));
    painter->restore();
}

} // namespace palaver::client
