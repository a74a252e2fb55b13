#include "emojifont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

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

} // namespace palaver::client
