#include "lineheightestimator.h"

#include "client/core/emoji.h"

#include <QLocale>
#include <QTextLayout>

#include <cmath>
#include <limits>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

/// The height of one line of `text` laid out as ChatDelegate lays lines out; `boldFrom` on in
/// bold.
qreal lineHeight(const QString &text, const QFont &font, int boldFrom = -1)
{
    QTextLayout layout(text, font);
    if (boldFrom >= 0) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        layout.setFormats({{boldFrom, int(text.size()) - boldFrom, format}});
    }
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return line.height();
}

/// Whether a line may break between `before` and `c` inside a word: after a slash, a hyphen or
/// a question mark, as the Unicode line breaking rules QTextLayout follows allow (so addresses
/// break into parts), but not between two slashes or before a digit after a hyphen.
bool breaksAfter(char32_t before, char32_t c)
{
    switch (before) {
    case u'/':
        return c != u'/';
    case u'-':
        return c < u'0' || c > u'9';
    case u'?':
        return true;
    default:
        return false;
    }
}

bool isEmoji(char32_t c)
{
    // The emoji blocks, and the selector that asks for a symbol's emoji form (❤️): both are
    // drawn from the colour font (see findEmoji()).
    return isEmojiCodePoint(c) || c == 0xFE0F;
}

} // namespace

LineHeightEstimator::LineHeightEstimator(const QFont &font, int width)
    : m_font(font)
    , m_metrics(font)
    , m_boldMetrics(bold(font))
    , m_width(width)
{
    // As ChatDelegate::layOut() has it; the widest time of the day in digits that are usually
    // all as wide.
    const QString time = QLocale().toString(QTime(10, 0), QLocale::ShortFormat) + u"  "_s;
    m_timeWidth = m_metrics.horizontalAdvance(time);
    m_indent = std::min(m_timeWidth, qreal(width) / 2);
    m_lineHeight = lineHeight(u"Xg"_s, font);
    m_firstLineHeight = std::max(m_lineHeight, lineHeight(u"Xg Xg"_s, font, 3));
    m_emojiLineHeight = std::max(m_firstLineHeight, lineHeight(u"Xg\U0001F600"_s, font));
    m_utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    for (auto &table : m_table)
        table.fill(-1);
}

qreal LineHeightEstimator::advance(char32_t c, bool bold) const
{
    if (c < kTableSize) {
        const float width = m_table[bold][c];
        if (width >= 0)
            return width;
    }
    return measureAdvance(c, bold);
}

qreal LineHeightEstimator::measureAdvance(char32_t c, bool bold) const
{
    const QFontMetricsF &metrics = bold ? m_boldMetrics : m_metrics;
    if (c < kTableSize)
        return m_table[bold][c] = float(metrics.horizontalAdvance(QChar(c)));
    const auto found = m_others[bold].constFind(c);
    if (found != m_others[bold].constEnd())
        return *found;
    const qreal width = metrics.horizontalAdvance(QString::fromUcs4(&c, 1));
    m_others[bold].insert(c, width);
    return width;
}

int LineHeightEstimator::textHeight(QStringView lead, QStringView text) const
{
    const qreal otherLines = std::max<qreal>(1, m_width - m_indent);
    qreal available = m_width; // on the first line
    qreal x = m_timeWidth;     // where the next word would start
    qreal height = 0;          // of the lines before the current one
    bool firstLine = true;
    bool emojiOnLine = false;
    const auto newLine = [&] {
        height += emojiOnLine ? m_emojiLineHeight : firstLine ? m_firstLineHeight : m_lineHeight;
        firstLine = false;
        emojiOnLine = false;
        x = 0;
        available = otherLines;
    };
    const auto forEach = [](QStringView string, auto &&function) {
        for (qsizetype i = 0; i < string.size(); ++i) {
            char32_t c = string[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < string.size() &&
                string[i + 1].isLowSurrogate())
                c = QChar::surrogateToUcs4(char16_t(c), string[++i].unicode());
            function(c);
        }
    };
    forEach(lead, [&](char32_t c) { x += advance(c, true); });

    qreal spaces = 0; // before the word being read
    qreal word = 0;
    bool emojiInWord = false;
    const auto placeWord = [&] {
        if (word == 0)
            return;
        if (x > 0 && x + spaces + word > available) {
            newLine(); // the spaces stay at the end of the line before
        } else {
            x += spaces;
        }
        emojiOnLine = emojiOnLine || emojiInWord;
        while (x + word > available) { // longer than a whole line: broken anywhere
            word -= available - x;
            newLine();
            emojiOnLine = emojiInWord;
        }
        x += word;
        spaces = 0;
        word = 0;
        emojiInWord = false;
    };
    char32_t previous = 0;
    forEach(text, [&](char32_t c) {
        if (c == u'\n' || c == QChar::LineSeparator) {
            placeWord();
            newLine();
            spaces = 0;
        } else if (c == u' ' || c == u'\t') {
            placeWord();
            spaces += advance(c, false);
        } else {
            if (breaksAfter(previous, c))
                placeWord(); // the part of the word before goes on this line, if it fits
            word += advance(c, false);
            emojiInWord = emojiInWord || isEmoji(c);
        }
        previous = c;
    });
    placeWord();
    height += emojiOnLine ? m_emojiLineHeight : firstLine ? m_firstLineHeight : m_lineHeight;
    return int(std::ceil(height));
}

qint64 LineHeightEstimator::localDay(const QDateTime &time) const
{
    if (!time.isValid())
        return std::numeric_limits<qint64>::min();
    const qint64 seconds = time.toSecsSinceEpoch() + m_utcOffsetSeconds;
    constexpr qint64 kDay = 24 * 60 * 60;
    return seconds >= 0 ? seconds / kDay : (seconds - kDay + 1) / kDay;
}

} // namespace palaver::client
