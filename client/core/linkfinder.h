#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace palaver::client {

/// A stretch of a message that is a link, and where it leads.
struct Link
{
    qsizetype start = 0; ///< in UTF-16 code units, like QString
    qsizetype length = 0;
    QUrl url; ///< http, https or mailto; never anything else

    friend bool operator==(const Link &, const Link &) = default;
};

/// The links in a plain-text message, in order: `http://` and `https://` URLs (the scheme in
/// any case), hosts written as `www.…` (opened with https), and `mailto:` addresses. Trailing
/// punctuation and unbalanced closing brackets are left out, as a reader would expect:
/// "(see https://example.org/a_(b))." links `https://example.org/a_(b)`. No other scheme is
/// ever a link (javascript:, file:, data:, ftp:…), nor anything QUrl's StrictMode refuses,
/// nor URLs with a user name (`https://bank.example@evil.example` is not what it looks like),
/// nor `mailto:` links that carry headers or a body, which some mail programs act on.
QList<Link> findLinks(const QString &text);

} // namespace palaver::client
