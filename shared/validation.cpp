#include "validation.h"

#include <QCryptographicHash>

#include <optional>

namespace palaver::protocol {

using namespace Qt::StringLiterals;

// Control, format (bidi overrides, zero-width joiners...) and unassigned or surrogate code
// points let one name look like another or garble the log, so nicknames may not hold them.
bool isInvisibleOrControl(char32_t ucs4)
{
    switch (QChar::category(ucs4)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString normalizedNick(const QString &nick)
{
    // NFKC folds compatibility look-alikes (full-width "Ａ", ligatures) into plain letters.
    return nick.normalized(QString::NormalizationForm_KC).trimmed();
}

QString nickKey(const QString &nick)
{
    return normalizedNick(nick).toCaseFolded();
}

namespace {

/// Japanese writes one name in kanji and kana, Korean in hangul and hanja: one "alphabet" each.
QChar::Script alphabetOf(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return QChar::Script_Han;
    default:
        return script;
    }
}

/// True when the letters come from more than one alphabet, as in "pаypal" with a Cyrillic
/// "а": the classic way to look like somebody else.
bool mixesAlphabets(const QString &name)
{
    std::optional<QChar::Script> seen;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), name.at(++i).unicode());
        if (!QChar::isLetter(c))
            continue;
        const QChar::Script script = alphabetOf(QChar::script(c));
        if (script == QChar::Script_Common || script == QChar::Script_Inherited)
            continue;
        if (seen && *seen != script)
            return true;
        seen = script;
    }
    return false;
}

} // namespace

std::optional<Violation> checkNick(const QString &nick, const Limits &limits)
{
    if (nick.isEmpty())
        return Violation{ErrorCode::InvalidNick, u"The nickname is empty."_s};
    if (nick.size() > limits.maxNickLength) {
        return Violation{ErrorCode::InvalidNick,
                         u"The nickname is longer than %1 characters."_s.arg(limits.maxNickLength)};
    }
    // By hand, not with toUcs4(): that turns a lone surrogate into U+FFFD, which would pass.
    for (qsizetype i = 0; i < nick.size(); ++i) {
        char32_t c = nick.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < nick.size() && nick.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), nick.at(++i).unicode());
        if (isInvisibleOrControl(c))
            return Violation{ErrorCode::InvalidNick,
                             u"The nickname contains a control or invisible character."_s};
    }
    if (mixesAlphabets(nick)) {
        return Violation{ErrorCode::InvalidNick,
                         u"The nickname mixes letters of different alphabets (such as Latin and "
                         u"Cyrillic), which would let it pass for somebody else's."_s};
    }
    return std::nullopt;
}

std::optional<Violation> checkNotReserved(const QString &nick)
{
    if (nickKey(nick) != nickKey(QString::fromUtf16(kServerNick)))
        return std::nullopt;
    return Violation{ErrorCode::InvalidNick,
                     u"The nickname \"%1\" is kept for the server's own announcements. Choose "
                     u"another."_s.arg(nick)};
}

std::optional<Violation> checkRoomName(const QString &room)
{
    Limits limits;
    limits.maxNickLength = 64;
    if (const auto violation = checkNick(room, limits)) {
        // The same rules as for nicknames, said about rooms.
        QString message = violation->message;
        message.replace(u"nickname"_s, u"room name"_s);
        return Violation{ErrorCode::BadValue, message};
    }
    if (room.startsWith(u'@')) {
        return Violation{ErrorCode::BadValue,
                         u"A room name may not start with \"@\": that names a direct "
                         u"conversation."_s};
    }
    return std::nullopt;
}

QString certificateFingerprint(const QByteArray &der)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString normalizedText(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_C);
    result.replace(u"\r\n"_s, u"\n"_s);
    result.replace(u'\r', u'\n');
    return result;
}

std::optional<Violation> checkText(const QString &text, const Limits &limits)
{
    if (text.trimmed().isEmpty())
        return Violation{ErrorCode::EmptyText, u"The message is empty."_s};
    if (text.size() > limits.maxTextLength) {
        return Violation{ErrorCode::TextTooLong,
                         u"The message is %1 characters long; the limit is %2."_s.arg(
                             QString::number(text.size()), QString::number(limits.maxTextLength))};
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return Violation{ErrorCode::BadValue,
                             u"The message contains a control character (U+%1)."_s.arg(
                                 c.unicode(), 4, 16, QLatin1Char('0'))};
    }
    return std::nullopt;
}

} // namespace palaver::protocol
