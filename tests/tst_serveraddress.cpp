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
};

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

QTEST_GUILESS_MAIN(tst_ServerAddress)
#include "tst_serveraddress.moc"
