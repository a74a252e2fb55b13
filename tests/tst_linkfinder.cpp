#include "client/core/linkfinder.h"

#include <QElapsedTimer>
#include <QTest>

using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

/// Each link as "the text it covers -> where it leads", so a failure shows both.
QStringList describe(const QString &text, const QList<Link> &links)
{
    QStringList result;
    for (const Link &link : links)
        result.append(text.mid(link.start, link.length) + u" -> "_s + link.url.toString());
    return result;
}

} // namespace

/// Finding the links in a plain-text message: which are links, where they end, and which
/// schemes never are.
class tst_LinkFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsLinks_data();
    void findsLinks();
    void refuses_data();
    void refuses();
    void positionsAreInTheText();
    void urlsAreOnlyWebOrMail();
    void pathologicalTextIsQuick();
};

void tst_LinkFinder::findsLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Plain URLs
    QTest::newRow("https alone") << u"https://example.org"_s
                                 << QStringList{u"https://example.org -> https://example.org"_s};
    QTest::newRow("http in a sentence")
        << u"look at http://example.org/page now"_s
        << QStringList{u"http://example.org/page -> http://example.org/page"_s};
    QTest::newRow("path, query and fragment")
        << u"https://example.org/a/b?c=1&d=2#e"_s
        << QStringList{u"https://example.org/a/b?c=1&d=2#e -> https://example.org/a/b?c=1&d=2#e"_s};
    QTest::newRow("port and ip")
        << u"http://192.168.1.10:7350/x"_s
        << QStringList{u"http://192.168.1.10:7350/x -> http://192.168.1.10:7350/x"_s};
    QTest::newRow("two links") << u"https://a.example and http://b.example/"_s
                               << QStringList{u"https://a.example -> https://a.example"_s,
                                              u"http://b.example/ -> http://b.example/"_s};
    QTest::newRow("after a line break")
        << u"first\nhttps://example.org"_s
        << QStringList{u"https://example.org -> https://example.org"_s};
    QTest::newRow("non-ascii path")
        << u"https://de.wikipedia.org/wiki/Müller"_s
        << QStringList{
               u"https://de.wikipedia.org/wiki/Müller -> https://de.wikipedia.org/wiki/Müller"_s};

    // Trailing punctuation belongs to the sentence
    QTest::newRow("full stop") << u"Go to https://example.org."_s
                               << QStringList{u"https://example.org -> https://example.org"_s};
    QTest::newRow("comma") << u"https://example.org/a, then"_s
                           << QStringList{u"https://example.org/a -> https://example.org/a"_s};
    QTest::newRow("several") << u"really? https://example.org/!?!..."_s
                             << QStringList{u"https://example.org/ -> https://example.org/"_s};
    QTest::newRow("colon and semicolon")
        << u"https://example.org/a: and https://example.org/b;"_s
        << QStringList{u"https://example.org/a -> https://example.org/a"_s,
                       u"https://example.org/b -> https://example.org/b"_s};
    QTest::newRow("ellipsis") << u"https://example.org…"_s
                              << QStringList{u"https://example.org -> https://example.org"_s};
    QTest::newRow("dot inside stays")
        << u"https://example.org/file.txt."_s
        << QStringList{u"https://example.org/file.txt -> https://example.org/file.txt"_s};

    // Brackets and quotes
    QTest::newRow("in parentheses")
        << u"(https://example.org/a)"_s
        << QStringList{u"https://example.org/a -> https://example.org/a"_s};
    QTest::newRow("balanced parenthesis kept")
        << u"(see https://example.org/a_(b))."_s
        << QStringList{u"https://example.org/a_(b) -> https://example.org/a_(b)"_s};
    QTest::newRow("wikipedia style")
        << u"https://en.wikipedia.org/wiki/Mercury_(planet)"_s
        << QStringList{
               u"https://en.wikipedia.org/wiki/Mercury_(planet) -> https://en.wikipedia.org/wiki/Mercury_(planet)"_s};
    QTest::newRow("square brackets")
        << u"[https://example.org/x]"_s
        << QStringList{u"https://example.org/x -> https://example.org/x"_s};
    QTest::newRow("angle brackets")
        << u"<https://example.org/x>"_s
        << QStringList{u"https://example.org/x -> https://example.org/x"_s};
    QTest::newRow("double quotes")
        << u"\"https://example.org/x\""_s
        << QStringList{u"https://example.org/x -> https://example.org/x"_s};
    QTest::newRow("single quotes")
        << u"'https://example.org/x'"_s
        << QStringList{u"https://example.org/x -> https://example.org/x"_s};
    QTest::newRow("typographic quotes")
        << u"“https://example.org/x”"_s
        << QStringList{u"https://example.org/x -> https://example.org/x"_s};
    QTest::newRow("backticks") << u"`https://example.org/x`"_s
                               << QStringList{u"https://example.org/x -> https://example.org/x"_s};

    // mailto:
    QTest::newRow("mailto") << u"write to mailto:bob@example.org."_s
                            << QStringList{u"mailto:bob@example.org -> mailto:bob@example.org"_s};
    QTest::newRow("mailto uppercase")
        << u"MAILTO:Bob@Example.org"_s
        << QStringList{u"MAILTO:Bob@Example.org -> mailto:Bob@Example.org"_s};
    QTest::newRow("mailto in parentheses")
        << u"(mailto:bob@example.org)"_s
        << QStringList{u"mailto:bob@example.org -> mailto:bob@example.org"_s};

    // www.
    QTest::newRow("www") << u"see www.example.org"_s
                         << QStringList{u"www.example.org -> https://www.example.org"_s};
    QTest::newRow("www with path and full stop")
        << u"www.example.org/a?b=c."_s
        << QStringList{u"www.example.org/a?b=c -> https://www.example.org/a?b=c"_s};
    QTest::newRow("WWW uppercase")
        << u"WWW.Example.ORG"_s << QStringList{u"WWW.Example.ORG -> https://www.example.org"_s};

    // Uppercase scheme
    QTest::newRow("HTTPS") << u"HTTPS://EXAMPLE.ORG/Path"_s
                           << QStringList{
                                  u"HTTPS://EXAMPLE.ORG/Path -> https://example.org/Path"_s};
    QTest::newRow("Http") << u"Http://example.org"_s
                          << QStringList{u"Http://example.org -> http://example.org"_s};
}

void tst_LinkFinder::findsLinks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text, findLinks(text)), expected);
}

void tst_LinkFinder::refuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("no links") << u"hello world, how are you?"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("html") << u"<a href=\"x\">click</a>"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("javascript mixed case") << u"JavaScript:alert(document.cookie)"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s;
    QTest::newRow("data base64") << u"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="_s;
    QTest::newRow("ftp") << u"ftp://ftp.example.org/pub"_s;
    QTest::newRow("ftp with www host") << u"ftp://www.example.org/pub"_s;
    QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s;
    QTest::newRow("scheme-relative") << u"//example.org/x"_s;
    QTest::newRow("http alone") << u"http://"_s;
    QTest::newRow("https alone, full stop") << u"https://."_s;
    QTest::newRow("no host") << u"http:///path"_s;
    QTest::newRow("doubled scheme") << u"http://https://example.org"_s;
    QTest::newRow("inside a word") << u"xhttps://example.org"_s;
    QTest::newRow("invalid host") << u"http://exa..mple.org"_s;
    QTest::newRow("port out of range") << u"http://example.org:99999/"_s;
    QTest::newRow("invalid percent encoding") << u"https://example.org/%zz"_s;
    QTest::newRow("user name disguise") << u"https://bank.example@evil.example/login"_s;
    QTest::newRow("empty user name") << u"https://@evil.example/"_s;
    QTest::newRow("www alone") << u"www."_s;
    QTest::newRow("www no domain") << u"www.example"_s;
    QTest::newRow("www inside an address") << u"bob@www.example.org"_s;
    QTest::newRow("mailto alone") << u"mailto:"_s;
    QTest::newRow("mailto no at") << u"mailto:bob"_s;
    QTest::newRow("mailto no domain") << u"mailto:bob@"_s;
    QTest::newRow("mailto attach") << u"mailto:bob@example.org?attach=/etc/passwd"_s;
    QTest::newRow("mailto body") << u"mailto:bob@example.org?body=hello"_s;
    QTest::newRow("mailto two recipients") << u"mailto:a@example.org,b@example.org"_s;
    QTest::newRow("bare address") << u"bob@example.org"_s;
    QTest::newRow("bidi override") << u"https://\u202Eexample.org"_s;
}

void tst_LinkFinder::refuses()
{
    QFETCH(QString, text);
    QCOMPARE(describe(text, findLinks(text)), QStringList());
}

void tst_LinkFinder::positionsAreInTheText()
{
    const QString text = u"😀 a (https://example.org/x), b mailto:c@example.org"_s;
    const QList<Link> links = findLinks(text);
    QCOMPARE(links.size(), 2);
    QCOMPARE(links[0], (Link{text.indexOf(u"https"_s), 21, QUrl(u"https://example.org/x"_s)}));
    QCOMPARE(links[1], (Link{text.indexOf(u"mailto"_s), 20, QUrl(u"mailto:c@example.org"_s)}));
}

void tst_LinkFinder::urlsAreOnlyWebOrMail()
{
    // Whatever the text, every link found leads somewhere harmless.
    const QString text = u"javascript:x https://a.example file:///x www.b.example data:x "
                         u"mailto:c@d.example ftp://e.example HTTP://F.EXAMPLE"_s;
    const QList<Link> links = findLinks(text);
    QCOMPARE(links.size(), 4);
    for (const Link &link : links) {
        QVERIFY2(QStringList({u"http"_s, u"https"_s, u"mailto"_s}).contains(link.url.scheme()),
                 qPrintable(link.url.toString()));
        QVERIFY(link.url.isValid());
    }
}

void tst_LinkFinder::pathologicalTextIsQuick()
{
    // The log lays out every visible line on each paint: no input may make that quadratic.
    const QString parens = u"https://example.org/"_s + QString(100'000, u')');
    const QString prefixes = u"http://"_s.repeated(20'000);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(findLinks(parens).size(), 1);
    QCOMPARE(findLinks(prefixes).size(), 0);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_APPLESS_MAIN(tst_LinkFinder)
#include "tst_linkfinder.moc"
