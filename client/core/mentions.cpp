#include "mentions.h"

#include "shared/validation.h"

namespace palaver::client {

namespace {

/// Letters, digits and joiners continue a word: "alice_b" is not "alice".
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

} // namespace

bool mentions(QStringView text, const QString &nick)
{
    const QString key = protocol::nickKey(nick);
    if (key.isEmpty())
        return false;
    // Folding can change lengths (rarely); compare folded text against the folded nickname.
    const QString folded = protocol::nickKey(text.toString());
    for (qsizetype at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
        const qsizetype end = at + key.size();
        const bool startsWord = at == 0 || !isWordChar(folded.at(at - 1));
        const bool endsWord = end == folded.size() || !isWordChar(folded.at(end));
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

} // namespace palaver::client
