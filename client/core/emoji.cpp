#include "emoji.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace palaver::client {

namespace {

constexpr char32_t kVariationText = 0xFE0E;
constexpr char32_t kVariationEmoji = 0xFE0F;
constexpr char32_t kJoiner = 0x200D;
constexpr char32_t kKeycap = 0x20E3;

bool isKeycapBase(char32_t c)
{
    return (c >= U'0' && c <= U'9') || c == U'#' || c == U'*';
}

bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007F; // subdivision flags: 🏴 + tags
}

/// Reads code points of a QStringView, keeping where each starts.
class CodePoints
{
public:
    explicit CodePoints(QStringView text)
        : m_text(text)
    {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype pos() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }
    char32_t peek() const
    {
        const QChar c = m_text[m_pos];
        if (c.isHighSurrogate() && m_pos + 1 < m_text.size() && m_text[m_pos + 1].isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text[m_pos + 1]);
        return c.unicode();
    }
    char32_t next()
    {
        const char32_t c = peek();
        m_pos += c > 0xFFFF ? 2 : 1;
        return c;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

/// If an emoji starts at the reader's position, moves past it (with what joins it) and
/// returns true; else leaves the reader where it was.
bool readEmoji(CodePoints &in)
{
    const qsizetype start = in.pos();
    const char32_t first = in.next();
    const char32_t after = in.atEnd() ? 0 : in.peek();
    bool emoji = false;
    if (isKeycapBase(first)) {
        // 1⃣ or 1️⃣: only with the keycap mark, else it is a digit.
        if (after == kVariationEmoji)
            in.next();
        if (!in.atEnd() && in.peek() == kKeycap) {
            in.next();
            return true;
        }
        in.seek(start);
        return false;
    }
    if (isEmojiCodePoint(first))
        emoji = after != kVariationText;
    else if (first > 0x7F && after == kVariationEmoji)
        emoji = true; // ❤️, ☺️, ✔️
    if (!emoji) {
        in.seek(start);
        return false;
    }
    // What belongs to it: the variation selector, a skin tone, tags, and the next emoji
    // after a joiner.
    while (!in.atEnd()) {
        const char32_t c = in.peek();
        if (c == kVariationEmoji || c == kKeycap || isTag(c) || (c >= 0x1F3FB && c <= 0x1F3FF)) {
            in.next();
        } else if (c == kJoiner) {
            const qsizetype joiner = in.pos();
            in.next();
            if (in.atEnd() || !readEmoji(in)) {
                in.seek(joiner);
                break;
            }
        } else {
            break;
        }
    }
    return true;
}

} // namespace

bool isEmojiCodePoint(char32_t c)
{
    if (c >= 0x1F000 && c <= 0x1FAFF)
        return true;
    if (c < 0x231A || c > 0x2B55)
        return false; // most text, at once
    // The symbols before U+1F000 that are emoji unless U+FE0E asks otherwise (Unicode's
    // Emoji_Presentation): ⌚ ☕ ⚡ ✅ ❌ ⭐ and the like. Text fonts have some of them, in black.
    static constexpr std::pair<char32_t, char32_t> kPresentedAsEmoji[] = {
        {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
        {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
        {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
        {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
        {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
        {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    };
    return std::any_of(std::begin(kPresentedAsEmoji), std::end(kPresentedAsEmoji),
                       [c](const auto &range) { return c >= range.first && c <= range.second; });
}

QList<EmojiRun> findEmoji(QStringView text)
{
    QList<EmojiRun> runs;
    // Most lines have nothing above U+20E3 (the keycap mark, the lowest code unit any emoji
    // needs): they are done after one pass over plain code units.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20E3; }))
        return runs;
    CodePoints in(text);
    while (!in.atEnd()) {
        const qsizetype start = in.pos();
        if (!readEmoji(in)) {
            in.next();
            continue;
        }
        if (!runs.isEmpty() && runs.last().start + runs.last().length == start)
            runs.last().length = in.pos() - runs.last().start;
        else
            runs.append({start, in.pos() - start});
    }
    return runs;
}

} // namespace palaver::client
