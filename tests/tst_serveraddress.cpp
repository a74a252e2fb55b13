#include "client/core/serveraddress.h"

#include <QTest>

using namespace palaver::client;
using namespace Qt::StringLiterals;

/// What people type as a server address, and what the client makes of it.
class tst_ServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void displaysWhatPeopleType_data();
    void displaysWhatPeopleType();
    void acceptsLists_data();
    void acceptsLists();
    void refusesListsWithABadEntry_data();
    void refusesListsWithABadEntry();
    void aSingleBadAddressIsNotNumbered();
    void displaysLists();

    // The order in which the addresses are tried.
    void triesEachAddressOnceARound();
    void roundsStartAfterTheLastThatWorked();
    void aNameStandsForEachAddressItResolvesTo();
    void roundsGoOnFromTheResolvedAddressThatWorked();
    void aNameNotFoundIsSkipped();
    void aNameWithOneAddressIsOpenedByName();
};

namespace {

/// Runs a round to its end, answering every lookup with `dns` (by host name), and returns
/// what was tried: "entry" or "entry@ip".
QStringList roundOf(AddressRotation &rotation, const QHash<QString, QList<QHostAddress>> &dns = {})
{
    QStringList tried;
    while (rotation.advance()) {
        if (rotation.needsLookup() && !rotation.resolved(dns.value(rotation.currentUrl().host()))) {
            continue;
        }
        const AddressRotation::Candidate candidate = rotation.current();
        tried.append(candidate.ip.isNull()
                         ? QString::number(candidate.entry)
                         : u"%1@%2"_s.arg(candidate.entry).arg(candidate.ip.toString()));
    }
    return tried;
}

/// Runs a round until `wanted` is the current candidate, which then works.
void workAt(AddressRotation &rotation, const QString &wanted,
            const QHash<QString, QList<QHostAddress>> &dns = {})
{
    while (rotation.advance()) {
        if (rotation.needsLookup() && !rotation.resolved(dns.value(rotation.currentUrl().host()))) {
            continue;
        }
        const AddressRotation::Candidate candidate = rotation.current();
        const QString name = candidate.ip.isNull()
                                 ? QString::number(candidate.entry)
                                 : u"%1@%2"_s.arg(candidate.entry).arg(candidate.ip.toString());
        if (name == wanted) {
            rotation.worked();
            return;
        }
    }
    QFAIL(qPrintable(u"never tried "_s + wanted));
}

QList<QUrl> urls(const QString &text)
{
    return parseServerAddress(text).urls;
}

} // namespace

void tst_ServerAddress::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url");
    QTest::newRow("host") << u"chat.local"_s << u"ws://chat.local:7350/"_s;
    QTest::newRow("ipv4") << u"192.168.1.10"_s << u"ws://192.168.1.10:7350/"_s;
    QTest::newRow("host:port") << u"chat.local:9000"_s << u"ws://chat.local:9000/"_s;
    QTest::newRow("spaces around") << u"  chat.local:9000 "_s << u"ws://chat.local:9000/"_s;
    QTest::newRow("ipv6 with port") << u"[fe80::1]:9000"_s << u"ws://[fe80::1]:9000/"_s;
    QTest::newRow("ipv6 without port") << u"[::1]"_s << u"ws://[::1]:7350/"_s;
    QTest::newRow("ws url") << u"ws://chat.local:8080/palaver"_s
                            << u"ws://chat.local:8080/palaver"_s;
    QTest::newRow("wss url default port")
        << u"wss://chat.example.org"_s << u"wss://chat.example.org:7350/"_s;
    QTest::newRow("upper-case scheme") << u"WS://Chat.Local"_s << u"ws://chat.local:7350/"_s;
}

void tst_ServerAddress::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, url);
    const ServerAddress address = parseServerAddress(input);
    QVERIFY2(address.error.isEmpty(), qPrintable(address.error));
    QCOMPARE(address.url.toString(), url);
}

void tst_ServerAddress::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << u""_s << u"address"_s;
    QTest::newRow("blank") << u"   "_s << u"address"_s;
    QTest::newRow("http scheme") << u"http://chat.local"_s << u"http://"_s;
    QTest::newRow("port too big") << u"chat.local:70000"_s << u"chat.local:70000"_s;
    QTest::newRow("port not a number") << u"chat.local:abc"_s << u"chat.local:abc"_s;
    QTest::newRow("port zero") << u"chat.local:0"_s << u"Port 0"_s;
    QTest::newRow("space inside") << u"chat local"_s << u"chat local"_s;
    QTest::newRow("user info") << u"ws://bob@chat.local"_s << u"user name"_s;
    QTest::newRow("query") << u"chat.local/?x=1"_s << u"?"_s;
}

void tst_ServerAddress::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const ServerAddress address = parseServerAddress(input);
    QVERIFY2(!address.error.isEmpty(), qPrintable(address.url.toString()));
    QVERIFY(address.url.isEmpty());
    QVERIFY2(address.error.contains(mentions), qPrintable(address.error));
}

void tst_ServerAddress::displaysWhatPeopleType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"chat.local"_s << u"chat.local:7350"_s;
    QTest::newRow("ipv6") << u"[::1]:9000"_s << u"[::1]:9000"_s;
    QTest::newRow("path kept") << u"ws://chat.local:1/x"_s << u"ws://chat.local:1/x"_s;
    QTest::newRow("tls kept") << u"wss://chat.local"_s << u"wss://chat.local:7350/"_s;
}

void tst_ServerAddress::displaysWhatPeopleType()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    QCOMPARE(displayAddress(parseServerAddress(input).url), shown);
}

void tst_ServerAddress::acceptsLists_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("urls");
    QTest::newRow("one") << u"chat.local"_s << QStringList{u"ws://chat.local:7350/"_s};
    QTest::newRow("three") << u"chat1.lan:7777, chat2.lan:7777, ws://10.0.0.5:7777"_s
                           << QStringList{u"ws://chat1.lan:7777/"_s, u"ws://chat2.lan:7777/"_s,
                                          u"ws://10.0.0.5:7777/"_s};
    QTest::newRow("no spaces") << u"a,b:9"_s << QStringList{u"ws://a:7350/"_s, u"ws://b:9/"_s};
    QTest::newRow("tls and ipv6") << u"wss://chat.example.org, [::1]:9000"_s
                                  << QStringList{u"wss://chat.example.org:7350/"_s,
                                                 u"ws://[::1]:9000/"_s};
    QTest::newRow("trailing comma")
        << u"chat1, chat2,"_s << QStringList{u"ws://chat1:7350/"_s, u"ws://chat2:7350/"_s};
    QTest::newRow("blank entry") << u"chat1, ,chat2"_s
                                 << QStringList{u"ws://chat1:7350/"_s, u"ws://chat2:7350/"_s};
    QTest::newRow("repeat kept once") << u"chat1, ws://CHAT1:7350/, chat2"_s
                                      << QStringList{u"ws://chat1:7350/"_s, u"ws://chat2:7350/"_s};
}

void tst_ServerAddress::acceptsLists()
{
    QFETCH(QString, input);
    QFETCH(QStringList, urls);
    const ServerAddress address = parseServerAddress(input);
    QVERIFY2(address.error.isEmpty(), qPrintable(address.error));
    QStringList parsed;
    for (const QUrl &url : address.urls)
        parsed.append(url.toString());
    QCOMPARE(parsed, urls);
    QCOMPARE(address.url, address.urls.constFirst()); // what a single address used to be
}

void tst_ServerAddress::refusesListsWithABadEntry_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("second has a bad port")
        << u"chat1.lan:7777, chat2.lan:70000"_s
        << QStringList{u"Address 2 of 2"_s, u"chat2.lan:70000"_s};
    QTest::newRow("first has a bad scheme")
        << u"http://chat1, chat2"_s << QStringList{u"Address 1 of 2"_s, u"http://"_s};
    QTest::newRow("third has a space")
        << u"a, b, chat local"_s << QStringList{u"Address 3 of 3"_s, u"chat local"_s};
    QTest::newRow("port zero") << u"a, b:0"_s << QStringList{u"Address 2 of 2"_s, u"Port 0"_s};
    QTest::newRow("only commas") << u" , ,"_s << QStringList{u"Enter the address"_s};
}

void tst_ServerAddress::refusesListsWithABadEntry()
{
    QFETCH(QString, input);
    QFETCH(QStringList, mentions);
    const ServerAddress address = parseServerAddress(input);
    QVERIFY(address.url.isEmpty());
    QVERIFY(address.urls.isEmpty());
    for (const QString &text : std::as_const(mentions))
        QVERIFY2(address.error.contains(text), qPrintable(address.error));
}

void tst_ServerAddress::aSingleBadAddressIsNotNumbered()
{
    QCOMPARE(parseServerAddress(u", chat:0 ,"_s).error, parseServerAddress(u"chat:0"_s).error);
}

void tst_ServerAddress::displaysLists()
{
    QCOMPARE(displayAddresses(urls(u"chat1.lan:7777, wss://chat2.lan, [::1]"_s)),
             u"chat1.lan:7777, wss://chat2.lan:7350/, [::1]:7350"_s);
    QCOMPARE(displayAddresses(urls(u"chat.local"_s)), displayAddress(urls(u"chat.local"_s)[0]));
    // What is shown reads back as the same list.
    const QList<QUrl> list = urls(u"a:1, ws://b:2/x, wss://c"_s);
    QCOMPARE(urls(displayAddresses(list)), list);
}

void tst_ServerAddress::triesEachAddressOnceARound()
{
    AddressRotation rotation;
    rotation.setAddresses(urls(u"10.0.0.1, 10.0.0.2, wss://chat3.lan"_s));
    QCOMPARE(rotation.count(), 3);
    rotation.startRound(AddressRotation::Start::First);
    QVERIFY(rotation.advance());
    QVERIFY(!rotation.needsLookup()); // an IP address, as typed
    QCOMPARE(rotation.currentUrl(), QUrl(u"ws://10.0.0.1:7350/"_s));
    QCOMPARE(rotation.connectUrl(), rotation.currentUrl());
    QCOMPARE(rotation.position(), 1);
    QVERIFY(rotation.advance());
    QCOMPARE(rotation.position(), 2);
    QVERIFY(rotation.advance());
    // wss:// is opened by name, for the certificate: Qt tries its addresses.
    QVERIFY(!rotation.needsLookup());
    QCOMPARE(rotation.connectUrl(), QUrl(u"wss://chat3.lan:7350/"_s));
    QCOMPARE(rotation.position(), 3);
    QVERIFY(!rotation.advance());

    // Until one works, every round starts with the first.
    rotation.startRound(AddressRotation::Start::AfterLast);
    QCOMPARE(roundOf(rotation), (QStringList{u"0"_s, u"1"_s, u"2"_s}));
}

void tst_ServerAddress::roundsStartAfterTheLastThatWorked()
{
    AddressRotation rotation;
    rotation.setAddresses(urls(u"10.0.0.1, 10.0.0.2, 10.0.0.3"_s));
    rotation.startRound(AddressRotation::Start::First);
    workAt(rotation, u"1"_s);

    // It dropped: the others at once; it has had its turn in this round.
    rotation.startRound(AddressRotation::Start::AfterDropped);
    QCOMPARE(roundOf(rotation), (QStringList{u"2"_s, u"0"_s}));
    // After the backoff: from the next one on, and the one that worked last.
    rotation.startRound(AddressRotation::Start::AfterLast);
    QCOMPARE(roundOf(rotation), (QStringList{u"2"_s, u"0"_s, u"1"_s}));

    // The server refused something the user then put right: the same one first.
    rotation.startRound(AddressRotation::Start::AfterLast);
    QVERIFY(rotation.advance());
    QCOMPARE(rotation.current().entry, 2);
    rotation.startRound(AddressRotation::Start::Current);
    QCOMPARE(roundOf(rotation), (QStringList{u"2"_s, u"0"_s, u"1"_s}));

    // A new list forgets what worked.
    rotation.setAddresses(urls(u"10.0.0.1, 10.0.0.2, 10.0.0.3"_s));
    rotation.startRound(AddressRotation::Start::AfterLast);
    QCOMPARE(roundOf(rotation), (QStringList{u"0"_s, u"1"_s, u"2"_s}));

    // One address: nothing else to try after a drop, the same one after the backoff.
    rotation.setAddresses(urls(u"chat.local"_s));
    rotation.startRound(AddressRotation::Start::First);
    workAt(rotation, u"0"_s, {{u"chat.local"_s, {QHostAddress(u"10.0.0.1"_s)}}});
    rotation.startRound(AddressRotation::Start::AfterDropped);
    QCOMPARE(roundOf(rotation), QStringList());
    rotation.startRound(AddressRotation::Start::AfterLast);
    QCOMPARE(roundOf(rotation, {{u"chat.local"_s, {QHostAddress(u"10.0.0.1"_s)}}}),
             QStringList{u"0"_s});
}

void tst_ServerAddress::aNameStandsForEachAddressItResolvesTo()
{
    const QList<QHostAddress> three{QHostAddress(u"10.0.0.1"_s), QHostAddress(u"10.0.0.2"_s),
                                    QHostAddress(u"::1"_s)};
    AddressRotation rotation;
    rotation.setAddresses(urls(u"chat.lan:7777, 192.168.1.9"_s));
    QCOMPARE(rotation.count(), 2); // as far as known
    rotation.startRound(AddressRotation::Start::First);
    QVERIFY(rotation.advance());
    QVERIFY(rotation.needsLookup());
    QCOMPARE(rotation.currentUrl(), QUrl(u"ws://chat.lan:7777/"_s));
    QVERIFY(rotation.resolved(three));
    QVERIFY(!rotation.needsLookup());
    QCOMPARE(rotation.count(), 4);
    QCOMPARE(rotation.position(), 1);
    QCOMPARE(rotation.current().ip, three.at(0));
    QCOMPARE(rotation.currentUrl(), QUrl(u"ws://chat.lan:7777/"_s)); // the name stays
    QCOMPARE(rotation.connectUrl(), QUrl(u"ws://10.0.0.1:7777/"_s));
    QVERIFY(rotation.advance());
    QCOMPARE(rotation.connectUrl(), QUrl(u"ws://10.0.0.2:7777/"_s));
    QCOMPARE(rotation.position(), 2);
    QVERIFY(rotation.advance());
    QCOMPARE(rotation.connectUrl(), QUrl(u"ws://[::1]:7777/"_s));
    QVERIFY(rotation.advance());
    QCOMPARE(rotation.connectUrl(), QUrl(u"ws://192.168.1.9:7350/"_s));
    QCOMPARE(rotation.position(), 4);
    QVERIFY(!rotation.advance());
}

void tst_ServerAddress::roundsGoOnFromTheResolvedAddressThatWorked()
{
    const QHash<QString, QList<QHostAddress>> dns{
        {u"chat.lan"_s,
         {QHostAddress(u"10.0.0.1"_s), QHostAddress(u"10.0.0.2"_s), QHostAddress(u"10.0.0.3"_s)}}};
    AddressRotation rotation;
    rotation.setAddresses(urls(u"chat.lan, 192.168.1.9"_s));
    rotation.startRound(AddressRotation::Start::First);
    workAt(rotation, u"0@10.0.0.2"_s, dns);

    rotation.startRound(AddressRotation::Start::AfterDropped);
    QCOMPARE(roundOf(rotation, dns), (QStringList{u"0@10.0.0.3"_s, u"1"_s, u"0@10.0.0.1"_s}));
    rotation.startRound(AddressRotation::Start::AfterLast);
    QCOMPARE(roundOf(rotation, dns),
             (QStringList{u"0@10.0.0.3"_s, u"1"_s, u"0@10.0.0.1"_s, u"0@10.0.0.2"_s}));

    // The name is resolved again each round; one that has moved is simply tried in full.
    const QHash<QString, QList<QHostAddress>> moved{
        {u"chat.lan"_s, {QHostAddress(u"10.0.1.1"_s), QHostAddress(u"10.0.1.2"_s)}}};
    rotation.startRound(AddressRotation::Start::AfterLast);
    QCOMPARE(roundOf(rotation, moved), (QStringList{u"0@10.0.1.1"_s, u"0@10.0.1.2"_s, u"1"_s}));
}

void tst_ServerAddress::aNameNotFoundIsSkipped()
{
    AddressRotation rotation;
    rotation.setAddresses(urls(u"nowhere.invalid, 192.168.1.9"_s));
    rotation.startRound(AddressRotation::Start::First);
    QVERIFY(rotation.advance());
    QVERIFY(rotation.needsLookup());
    QVERIFY(!rotation.resolved({}));
    QVERIFY(rotation.advance());
    QCOMPARE(rotation.connectUrl(), QUrl(u"ws://192.168.1.9:7350/"_s));
    QCOMPARE(rotation.position(), 2);
    QVERIFY(!rotation.advance());
}

void tst_ServerAddress::aNameWithOneAddressIsOpenedByName()
{
    AddressRotation rotation;
    rotation.setAddresses(urls(u"chat.local"_s));
    rotation.startRound(AddressRotation::Start::First);
    QVERIFY(rotation.advance());
    QVERIFY(rotation.needsLookup());
    QVERIFY(rotation.resolved({QHostAddress(u"10.0.0.1"_s), QHostAddress(u"10.0.0.1"_s)}));
    QVERIFY(rotation.current().ip.isNull());
    QCOMPARE(rotation.connectUrl(), QUrl(u"ws://chat.local:7350/"_s));
    QCOMPARE(rotation.count(), 1);
    QCOMPARE(rotation.position(), 1);
    QVERIFY(!rotation.advance());
}

QTEST_GUILESS_MAIN(tst_ServerAddress)
#include "tst_serveraddress.moc"
