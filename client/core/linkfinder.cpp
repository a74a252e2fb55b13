#include "linkfinder.h"

#include <optional>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

enum class Kind
{
    Web,     // http:// or https://
    BareWeb, // www.example.org, opened with https
    Mail,    // mailto:
};

// A link starts only at the start of a word: "xhttp://" or "ftp://www.…" are not links, and
// neither is a URL glued to the end of something else ("a@www.…", "…/https://…").
bool startsWord(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    if (before.isLetterOrNumber() || before.isMark())
        return false;
    return !u"@._-+/\\:%~&=#"_s.contains(before);
}

std::optional<Kind> linkStartsAt(const QString &text, qsizetype i)
{
    if (!startsWord(text, i))
        return {};
    const QStringView rest = QStringView(text).sliced(i);
    if (rest.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
        rest.startsWith(u"http://"_s, Qt::CaseInsensitive))
        return Kind::Web;
    if (rest.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        return Kind::Mail;
    if (rest.startsWith(u"www."_s, Qt::CaseInsensitive))
        return Kind::BareWeb;
    return {};
}

// What can't be in a URL ends it: white space, the characters StrictMode refuses anywhere
// (so "<https://example.org>" or "`https://example.org`" still find the link), and control and
// format characters, which include the bidirectional overrides used to disguise a link.
bool endsLink(QChar c)
{
    if (c.isSpace())
        return true;
    const QChar::Category category = c.category();
    if (category == QChar::Other_Control || category == QChar::Other_Format)
        return true;
    return u"<>\"`{}|\\^"_s.contains(c);
}

// Punctuation that ends a sentence rather than the URL.
bool isTrailingPunctuation(QChar c)
{
    return u".,;:!?'*…’”»。、，！？"_s.contains(c);
}

// Leaves out trailing punctuation and closing brackets that have no opening one in the URL, so
// "(see https://example.org/a_(b))." ends after "(b)".
qsizetype trimmedEnd(const QString &text, qsizetype start, qsizetype end)
{
    qsizetype parens = 0; // opening minus closing
    qsizetype brackets = 0;
    for (qsizetype i = start; i < end; ++i) {
        switch (text.at(i).unicode()) {
        case u'(':
            ++parens;
            break;
        case u')':
            --parens;
            break;
        case u'[':
            ++brackets;
            break;
        case u']':
            --brackets;
            break;
        default:
            break;
        }
    }
    while (end > start) {
        const QChar last = text.at(end - 1);
        if (isTrailingPunctuation(last)) {
            --end;
        } else if (last == u')' && parens < 0) {
            ++parens;
            --end;
        } else if (last == u']' && brackets < 0) {
            ++brackets;
            --end;
        } else {
            break;
        }
    }
    return end;
}

// "https://bank.example@evil.example" goes to evil.example: a user name in a link is far more
// often a disguise than a need, so such a URL is not a link at all.
bool hasUserInfo(QStringView candidate)
{
    const qsizetype scheme = candidate.indexOf(u"//"_s);
    const QStringView afterScheme = scheme < 0 ? candidate : candidate.sliced(scheme + 2);
    qsizetype authorityEnd = afterScheme.size();
    for (const QChar c : {u'/', u'?', u'#'}) {
        const qsizetype at = afterScheme.indexOf(c);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    return afterScheme.first(authorityEnd).contains(u'@');
}

std::optional<QUrl> webUrl(QStringView candidate, Kind kind)
{
    if (hasUserInfo(candidate))
        return {};
    const QString spelled =
        kind == Kind::BareWeb ? u"https://"_s + candidate : candidate.toString();
    const QUrl url(spelled, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return {};
    const QString host = url.host();
    // "http://https://example.org" would go to a host called "https".
    if (host.isEmpty() || !url.userInfo().isEmpty() || url.path().startsWith(u"//"_s))
        return {};
    if (kind == Kind::BareWeb) {
        // "www." alone, or "www.example" with no domain after it, is a word, not an address.
        if (host.size() <= 4)
            return {};
        const QStringView domain = QStringView(host).sliced(4);
        if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.'))
            return {};
    }
    return url;
}

// Just an address: headers such as ?attach= or ?body= are acted on by some mail programs, so a
// mailto: link that carries any is not a link.
std::optional<QUrl> mailUrl(QStringView candidate)
{
    constexpr qsizetype schemeLength = 7; // "mailto:"
    if (candidate.size() <= schemeLength)
        return {};
    const QStringView address = candidate.sliced(schemeLength);
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at == address.size() - 1 || address.indexOf(u'@', at + 1) >= 0)
        return {};
    for (const QChar c : address) {
        if (u"/?#,;:()[]"_s.contains(c))
            return {};
    }
    const QStringView domain = address.sliced(at + 1);
    if (domain.startsWith(u'.') || domain.startsWith(u'-'))
        return {};
    const QUrl url(candidate.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"mailto"_s || url.hasQuery() || url.hasFragment() ||
        !url.host().isEmpty() || url.path().isEmpty())
        return {};
    return url;
}

} // namespace

QList<Link> findLinks(const QString &text)
{
    QList<Link> links;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const std::optional<Kind> kind = linkStartsAt(text, i);
        if (!kind) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && !endsLink(text.at(end)))
            ++end;
        end = trimmedEnd(text, i, end);
        const QStringView candidate = QStringView(text).sliced(i, end - i);
        const std::optional<QUrl> url =
            *kind == Kind::Mail ? mailUrl(candidate) : webUrl(candidate, *kind);
        if (url)
            links.append({i, end - i, *url});
        // Nothing inside a refused candidate is a link either, and each character is looked at
        // a bounded number of times however the text is made.
        i = std::max(end, i + 1);
    }
    return links;
}

} // namespace palaver::client
