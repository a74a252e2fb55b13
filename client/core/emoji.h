#pragma once

#include <QList>
#include <QStringView>

namespace palaver::client {

/// A stretch of text that is one or more emoji, to be drawn with a colour emoji font.
struct EmojiRun
{
    qsizetype start = 0; ///< in UTF-16 code units, like QString
    qsizetype length = 0;

    friend bool operator==(const EmojiRun &, const EmojiRun &) = default;
};

/// Whether a code point is drawn as an emoji wherever it stands: the pictographs, emoticons,
/// transport and flag blocks (U+1F000 and up), which text fonts don't have, and the older
/// symbols Unicode presents as emoji by default (☕, ⚡, ✅, ⭐…).
bool isEmojiCodePoint(char32_t c);

/// The emoji in `text`, in order, each whole: a pictograph with its skin tone, a flag (two
/// regional indicators), a family joined by U+200D, a keycap (`1️⃣`), and a symbol that text
/// fonts also have (❤, ☺, ✔) when U+FE0F asks for its emoji form. Adjacent emoji make one
/// run. A symbol without U+FE0F, or with U+FE0E, stays text.
///
/// Qt before 6.9 picks the font for each character by itself: a text font that has a glyph
/// for ❤ draws it, in black, even with U+FE0F after it. Drawing these runs in the emoji font
/// gives what people expect from every other chat app.
QList<EmojiRun> findEmoji(QStringView text);

} // namespace palaver::client
