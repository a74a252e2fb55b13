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
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(QFontInfo(font).family());
    if (!families.contains(emoji))
        families.append(emoji);
    font.setFamilies(families);
    return font;
}

} // namespace palaver::client
