#pragma once

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QStringView>

#include <array>

namespace palaver::client {

/// Guesses how high a chat line will be once ChatDelegate lays it out: the time, a lead in bold
/// (the nickname), then the text wrapped at spaces, continuation lines indented by the time's
/// width. It adds up the widths of the characters in the font and wraps greedily, without
/// shaping anything, which is over ten times cheaper than QTextLayout. Kerning, scripts that
/// shape, tabs (the width of their glyph, not the way to the next tab stop) and breaks that
/// QTextLayout places elsewhere make some guesses off; the chat view lays out exactly every line
/// it shows.
class LineHeightEstimator
{
public:
    /// For lines `width` pixels wide in `font`.
    LineHeightEstimator(const QFont &font, int width);

    const QFont &font() const { return m_font; }
    int width() const { return m_width; }

    /// The height of the text of a line: `lead` in bold after the time, then `text`, in which
    /// each '\n' starts a new line. Margins and headers are not included.
    int textHeight(QStringView lead, QStringView text) const;
    /// The local calendar day of a time, as a day number: what the day headers compare. The
    /// offset from UTC is this computer's now, so near midnight in the other half of a year with
    /// summer time the day can be off by one; the header is then measured when the line is shown.
    qint64 localDay(const QDateTime &time) const;

private:
    /// The width of `c` (a whole character, not half of a surrogate pair).
    qreal advance(char32_t c, bool bold) const;
    /// advance() the first time it is asked for `c`.
    qreal measureAdvance(char32_t c, bool bold) const;

    QFont m_font;
    QFontMetricsF m_metrics;
    QFontMetricsF m_boldMetrics;
    int m_width = 0;
    qreal m_indent = 0;    ///< of lines after the first, under the text, past the time
    qreal m_timeWidth = 0; ///< of the time and the two spaces after it
    qreal m_lineHeight = 0;
    qreal m_firstLineHeight = 0; ///< with the lead in bold
    qreal m_emojiLineHeight = 0; ///< of a line with an emoji, which comes from a taller font
    int m_utcOffsetSeconds = 0;
    /// Widths of the most common characters, in the regular font and in bold; < 0: not known yet.
    static constexpr char32_t kTableSize = 0x250; // Latin, Latin-1, Latin Extended A and B
    mutable std::array<std::array<float, kTableSize>, 2> m_table;
    mutable QHash<char32_t, qreal> m_others[2];
};

} // namespace palaver::client
