// LAN discovery: the datagram codec (shared/discovery.h), the server's DiscoveryAnnouncer, the
// client's DiscoveryBrowser and its model, and the list in the connect dialog. Network tests use
// real UDP sockets on loopback with ephemeral ports; the browsers in them ask only the targets
// they are given (setDiscoveryPort(0)), so servers elsewhere on the network can't interfere.
#include "client/core/discoveredserversmodel.h"
#include "client/core/discoverybrowser.h"
#include "client/core/serveraddress.h"
#include "client/ui/connectdialog.h"
#include "manualclock.h"
#include "server/discoveryannouncer.h"
#include "shared/discovery.h"
#include "shared/discoverysocket.h"
#include "shared/validation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace palaver;
using namespace palaver::protocol;
using namespace Qt::StringLiterals;
using client::DiscoveredServersModel;
using client::DiscoveryBrowser;
using server::DiscoveryAnnouncer;

namespace {

const QUuid kId = QUuid::fromString(u"3f2b8c1e-7d4a-4f0e-9b6a-2c5d8e1f0a47"_s);
const QUuid kOtherId = QUuid::fromString(u"9a1d6c2e-0b3f-4e5a-8c7d-6f2e1a0b9c84"_s);
const QString kFingerprint = certificateFingerprint("not really a certificate");

DiscoveryAnnounce announce(const QString &name = u"Office"_s, quint16 port = 7350,
                           const QUuid &id = kId)
{
    DiscoveryAnnounce announce;
    announce.name = name;
    announce.port = port;
    announce.version = u"0.1.0"_s;
    announce.id = id;
    return announce;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A valid announcement as JSON, with `key` set to `value` (or removed, if undefined).
QByteArray announceWith(QLatin1StringView key, const QJsonValue &value)
{
    QJsonObject object{{u"type"_s, u"palaver-announce"_s},
                       {u"v"_s, 1},
                       {u"name"_s, u"Office"_s},
                       {u"port"_s, 7350},
                       {u"tls"_s, true},
                       {u"fingerprint"_s, kFingerprint},
                       {u"version"_s, u"0.1.0"_s},
                       {u"id"_s, kId.toString(QUuid::WithoutBraces)}};
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return json(object);
}

/// Datagrams no end may accept; each must be refused without harm.
QList<std::pair<const char *, QByteArray>> hostileDatagrams()
{
    return {
        {"empty", QByteArray()},
        {"garbage", QByteArray("\x00\xff\xfe garbage \x01", 13)},
        {"not json", "palaver-query"},
        {"truncated json", R"({"type":"palaver-query","v":1)"},
        {"json array", R"([{"type":"palaver-query","v":1}])"},
        {"json string", R"("palaver-query")"},
        {"json number", "7351"},
        {"deeply nested", QByteArray(900, '[') + QByteArray(900, ']')},
        {"invalid utf-8", "{\"type\":\"palaver-announce\xc3\x28\",\"v\":1}"},
        {"over 2 KiB", announceWith("name"_L1, QString(3000, u'x'))},
        {"no type", R"({"v":1})"},
        {"type not a string", R"({"type":7,"v":1})"},
        {"unknown type", R"({"type":"hello","v":1})"},
        {"no version", R"({"type":"palaver-query"})"},
        {"version 2", R"({"type":"palaver-query","v":2})"},
        {"version as text", R"({"type":"palaver-query","v":"1"})"},
        {"version with fraction", R"({"type":"palaver-query","v":1.5})"},
        {"no name", announceWith("name"_L1, QJsonValue::Undefined)},
        {"name not text", announceWith("name"_L1, 42)},
        {"blank name", announceWith("name"_L1, u"   "_s)},
        {"name with newline", announceWith("name"_L1, u"Office\nChat"_s)},
        {"name with bidi override", announceWith("name"_L1, u"Office\u202Etahc"_s)},
        {"name with lone surrogate", announceWith("name"_L1, QString(QChar(0xD800)))},
        {"name too long", announceWith("name"_L1, QString(kMaxDiscoveryNameLength + 1, u'x'))},
        {"no port", announceWith("port"_L1, QJsonValue::Undefined)},
        {"port zero", announceWith("port"_L1, 0)},
        {"port too big", announceWith("port"_L1, 65536)},
        {"port negative", announceWith("port"_L1, -1)},
        {"port fraction", announceWith("port"_L1, 7350.5)},
        {"port as text", announceWith("port"_L1, u"7350"_s)},
        {"no tls", announceWith("tls"_L1, QJsonValue::Undefined)},
        {"tls as text", announceWith("tls"_L1, u"true"_s)},
        {"tls without fingerprint", announceWith("fingerprint"_L1, QJsonValue::Undefined)},
        {"fingerprint too short", announceWith("fingerprint"_L1, kFingerprint.left(50))},
        {"fingerprint not hex",
         announceWith("fingerprint"_L1, QString(kFingerprint).replace(0, 2, u"ZZ"_s))},
        {"fingerprint without colons",
         announceWith("fingerprint"_L1, QString(kFingerprint).remove(u':'))},
        {"no version field", announceWith("version"_L1, QJsonValue::Undefined)},
        {"version too long", announceWith("version"_L1, QString(65, u'1'))},
        {"no id", announceWith("id"_L1, QJsonValue::Undefined)},
        {"id not a uuid", announceWith("id"_L1, u"server-1"_s)},
        {"null id", announceWith("id"_L1, QUuid().toString(QUuid::WithoutBraces))},
        {"id in braces", announceWith("id"_L1, kId.toString())},
        {"bye without id", R"({"type":"palaver-bye","v":1})"},
        {"bye with bad id", R"({"type":"palaver-bye","v":1,"id":42})"},
    };
}

/// Binds a UDP socket on IPv6 loopback, or says why there is none.
bool hasIPv6Loopback()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHostIPv6, 0);
}

QString rowText(const QAbstractItemModel &model, int row, int role = Qt::DisplayRole)
{
    return model.index(row, 0).data(role).toString();
}

/// A stand-in for a server that answers only when the test says so: the test decides what a
/// browser hears, and when.
class FakeServer
{
public:
    FakeServer() { m_socket.bind(QHostAddress::LocalHost, 0); }

    quint16 port() const { return m_socket.localPort(); }

    /// Waits for queries and keeps the sender of the last one; false if none came.
    bool waitForQuery()
    {
        if (!QTest::qWaitFor([this] { return m_socket.hasPendingDatagrams(); }))
            return false;
        bool isQuery = false;
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            const DiscoveryDecodeResult decoded = decodeDiscovery(datagram.data());
            if (decoded.ok() && std::holds_alternative<DiscoveryQuery>(*decoded.datagram)) {
                m_asker = datagram.senderAddress();
                m_askerPort = quint16(datagram.senderPort());
                isQuery = true;
            }
        }
        return isQuery;
    }

    /// Sends `datagram` to whoever asked last.
    void answer(const QByteArray &datagram)
    {
        m_socket.writeDatagram(datagram, m_asker, m_askerPort);
    }

private:
    QUdpSocket m_socket;
    QHostAddress m_asker;
    quint16 m_askerPort = 0;
};

DiscoveryAnnouncer::Announcement plainAnnouncement(const QString &name = u"Test Server"_s)
{
    return {name, 7350, false, {}, u"0.1.0"_s};
}

} // namespace

class tst_Discovery : public QObject
{
    Q_OBJECT

private slots:
    // The codec
    void roundTrips_data();
    void roundTrips();
    void encodesTheDocumentedFields();
    void ignoresUnknownFieldsAndAFingerprintWithoutTls();
    void refusesHostileDatagrams_data();
    void refusesHostileDatagrams();
    void cleansNamesForAnnouncing_data();
    void cleansNamesForAnnouncing();
    void documentedExamplesDecode();

    // The model
    void modelShowsOneRowPerServerPreferringIPv4();
    void modelSortsByNameAndFollowsRenames();
    void modelReplacesAServerRestartedWithoutGoodbye();
    void modelExpiresEachAddressOnItsOwn();
    void modelRowsAreUsableAddresses();

    // Announcer and browser on loopback
    void announcerPicksAFreePortAndAnswersAtOnce();
    void announcerAnswersOverIPv6();
    void tlsServerIsListedWithItsFingerprint();
    void goodbyeRemovesTheServer();
    void serversShareTheDiscoveryPort();
    void oneListenAddressIsTheOnlyOneAnnounced();
    void aWildcardOfOneFamilyKeepsToIt_data();
    void aWildcardOfOneFamilyKeepsToIt();
    void announcerReportsWhatItCannotDo();
    void announcerSurvivesHostileDatagrams();
    void browserSurvivesHostileAnswers();
    void browserHearsUnpromptedAnnouncements();
    void silentServerExpires();

    // The connect dialog
    void connectDialogListsFoundServers();
};

void tst_Discovery::roundTrips_data()
{
    QTest::addColumn<int>("index"); // into the list below: QVariant can't hold the variant

    QTest::newRow("query") << 0;
    QTest::newRow("announce") << 1;
    QTest::newRow("announce with tls") << 2;
    QTest::newRow("announce with unicode name") << 3;
    QTest::newRow("bye") << 4;
}

void tst_Discovery::roundTrips()
{
    QFETCH(int, index);
    DiscoveryAnnounce tls = announce();
    tls.tls = true;
    tls.fingerprint = kFingerprint;
    const QList<DiscoveryDatagram> datagrams{
        DiscoveryQuery{},  announce(), tls, announce(u"Büro 🦜 Ελληνικά"_s, 65535),
        DiscoveryBye{kId},
    };
    const DiscoveryDatagram &original = datagrams.at(index);
    const QByteArray encoded = encodeDiscovery(original);
    QVERIFY(encoded.size() <= kMaxDiscoveryDatagramBytes);
    const DiscoveryDecodeResult decoded = decodeDiscovery(encoded);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QVERIFY(*decoded.datagram == original);
}

void tst_Discovery::encodesTheDocumentedFields()
{
    QCOMPARE(encodeDiscovery(DiscoveryQuery{}), QByteArray(R"({"type":"palaver-query","v":1})"));
    QCOMPARE(
        encodeDiscovery(DiscoveryBye{kId}),
        QByteArray(R"({"id":"3f2b8c1e-7d4a-4f0e-9b6a-2c5d8e1f0a47","type":"palaver-bye","v":1})"));
    const QJsonObject plain = QJsonDocument::fromJson(encodeDiscovery(announce())).object();
    QCOMPARE(plain.keys(), (QStringList{u"id"_s, u"name"_s, u"port"_s, u"tls"_s, u"type"_s, u"v"_s,
                                        u"version"_s}));
    DiscoveryAnnounce tls = announce();
    tls.tls = true;
    tls.fingerprint = kFingerprint;
    const QJsonObject secure = QJsonDocument::fromJson(encodeDiscovery(tls)).object();
    QCOMPARE(secure.value("fingerprint"_L1).toString(), kFingerprint);
    QCOMPARE(secure.value("port"_L1).toInt(), 7350);
    QCOMPARE(secure.value("tls"_L1).toBool(), true);
}

void tst_Discovery::ignoresUnknownFieldsAndAFingerprintWithoutTls()
{
    QJsonObject object = QJsonDocument::fromJson(announceWith("future"_L1, u"field"_s)).object();
    object.insert(u"tls"_s, false); // the fingerprint stays, and means nothing
    const DiscoveryDecodeResult decoded = decodeDiscovery(json(object));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    const auto &heard = std::get<DiscoveryAnnounce>(*decoded.datagram);
    QVERIFY(!heard.tls);
    QVERIFY(heard.fingerprint.isEmpty());

    // Fingerprints are compared as people read them: in upper case.
    const DiscoveryDecodeResult lower =
        decodeDiscovery(announceWith("fingerprint"_L1, kFingerprint.toLower()));
    QVERIFY2(lower.ok(), qPrintable(lower.error));
    QCOMPARE(std::get<DiscoveryAnnounce>(*lower.datagram).fingerprint, kFingerprint);

    // A number with an integral value is a number: 1.0 is version 1.
    QVERIFY(decodeDiscovery(R"({"type":"palaver-query","v":1.0,"extra":[1,2]})").ok());
}

void tst_Discovery::refusesHostileDatagrams_data()
{
    QTest::addColumn<QByteArray>("datagram");
    for (const auto &[name, datagram] : hostileDatagrams())
        QTest::newRow(name) << datagram;
}

void tst_Discovery::refusesHostileDatagrams()
{
    QFETCH(QByteArray, datagram);
    const DiscoveryDecodeResult decoded = decodeDiscovery(datagram);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error.isEmpty());
}

void tst_Discovery::cleansNamesForAnnouncing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("announced");

    QTest::newRow("plain") << u"Office chat"_s << u"Office chat"_s;
    QTest::newRow("spaces") << u"  Office   chat "_s << u"Office chat"_s;
    QTest::newRow("line break") << u"Office\nchat"_s << u"Office chat"_s;
    QTest::newRow("bidi override") << u"Office\u202Echat"_s << u"Officechat"_s;
    QTest::newRow("lone surrogate") << (u"Office"_s + QChar(0xDC00)) << u"Office"_s;
    QTest::newRow("empty") << QString() << u"Palaver"_s;
    QTest::newRow("only invisible") << u"\u200B\u200B"_s << u"Palaver"_s;
    QTest::newRow("too long") << QString(150, u'x') << QString(kMaxDiscoveryNameLength, u'x');
    // A pair cut in two at the limit would be a lone surrogate: the whole pair goes.
    QTest::newRow("pair at the limit") << (QString(kMaxDiscoveryNameLength - 1, u'x') + u"🦜"_s)
                                       << QString(kMaxDiscoveryNameLength - 1, u'x');
}

void tst_Discovery::cleansNamesForAnnouncing()
{
    QFETCH(QString, name);
    QFETCH(QString, announced);
    QCOMPARE(announceableName(name), announced);
    // Whatever the server is called, what it announces is accepted.
    const DiscoveryDecodeResult decoded =
        decodeDiscovery(encodeDiscovery(announce(announceableName(name))));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
}

void tst_Discovery::documentedExamplesDecode()
{
    // docs/protocol.md shows discovery datagrams in "```json discovery" blocks, which
    // tst_protocoldoc leaves alone (they are not WebSocket messages): they are checked here.
    QFile file(QStringLiteral(PALAVER_SOURCE_DIR "/docs/protocol.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QList<QByteArray> examples;
    std::optional<QByteArray> open;
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (open && line.trimmed() == "```") {
            examples.append(*open);
            open.reset();
        } else if (open) {
            *open += line + '\n';
        } else if (line == "```json discovery") {
            open = QByteArray();
        }
    }
    QVERIFY(!open);
    QSet<std::size_t> kinds;
    for (const QByteArray &example : std::as_const(examples)) {
        const DiscoveryDecodeResult decoded = decodeDiscovery(example);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error + u": "_s + QString::fromUtf8(example)));
        kinds.insert(decoded.datagram->index());
        // Exactly what is sent, without fields the codec would drop or rewrite.
        QCOMPARE(QJsonDocument::fromJson(encodeDiscovery(*decoded.datagram)).object(),
                 QJsonDocument::fromJson(example).object());
    }
    QCOMPARE(kinds.size(), qsizetype(std::variant_size_v<DiscoveryDatagram>));
}

void tst_Discovery::modelShowsOneRowPerServerPreferringIPv4()
{
    DiscoveredServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.heard(announce(), QHostAddress(u"fe80::1%lo"_s), 1000);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.server(0).address, QHostAddress(u"fe80::1%lo"_s));
    model.heard(announce(), QHostAddress(u"fd00::5"_s), 1100);
    QCOMPARE(model.server(0).address, QHostAddress(u"fd00::5"_s));
    model.heard(announce(), QHostAddress(u"127.0.0.1"_s), 1150);
    QCOMPARE(model.server(0).address, QHostAddress(u"127.0.0.1"_s));
    model.heard(announce(), QHostAddress(u"192.168.1.10"_s), 1200);
    model.heard(announce(), QHostAddress(u"fd00::5"_s), 1300); // again: changes nothing shown
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.server(0).address, QHostAddress(u"192.168.1.10"_s));
    QCOMPARE(rowText(model, 0, DiscoveredServersModel::HostPortRole), u"192.168.1.10:7350"_s);
    QCOMPARE(model.oldestHeardMs(), qint64(1000));

    model.forget(kId);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.oldestHeardMs(), qint64(-1));
}

void tst_Discovery::modelSortsByNameAndFollowsRenames()
{
    DiscoveredServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.heard(announce(u"bravo"_s, 7350, kId), QHostAddress(u"10.0.0.1"_s), 0);
    model.heard(announce(u"Alpha"_s, 7350, kOtherId), QHostAddress(u"10.0.0.2"_s), 0);
    QCOMPARE(rowText(model, 0, DiscoveredServersModel::NameRole), u"Alpha"_s);
    QCOMPARE(rowText(model, 1, DiscoveredServersModel::NameRole), u"bravo"_s);

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.heard(announce(u"Aardvark"_s, 7350, kId), QHostAddress(u"10.0.0.1"_s), 10);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(rowText(model, 0, DiscoveredServersModel::NameRole), u"Aardvark"_s);
    QCOMPARE(rowText(model, 1, DiscoveredServersModel::NameRole), u"Alpha"_s);
    model.heard(announce(u"Zulu"_s, 7350, kId), QHostAddress(u"10.0.0.1"_s), 20);
    QCOMPARE(moved.size(), 2);
    QCOMPARE(rowText(model, 0, DiscoveredServersModel::NameRole), u"Alpha"_s);
    QCOMPARE(rowText(model, 1, DiscoveredServersModel::NameRole), u"Zulu"_s);
}

void tst_Discovery::modelReplacesAServerRestartedWithoutGoodbye()
{
    DiscoveredServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.heard(announce(u"Office"_s, 7350, kId), QHostAddress(u"10.0.0.1"_s), 0);
    model.heard(announce(u"Office"_s, 7350, kOtherId), QHostAddress(u"10.0.0.1"_s), 10);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.server(0).id, kOtherId);
    // Another port on the same machine is another server.
    model.heard(announce(u"Office"_s, 7450, kId), QHostAddress(u"10.0.0.1"_s), 20);
    QCOMPARE(model.rowCount(), 2);
}

void tst_Discovery::modelExpiresEachAddressOnItsOwn()
{
    DiscoveredServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.heard(announce(), QHostAddress(u"10.0.0.1"_s), 0);
    model.heard(announce(), QHostAddress(u"fd00::1"_s), 50);
    model.expire(94, 95);
    QCOMPARE(model.server(0).address, QHostAddress(u"10.0.0.1"_s));
    model.expire(95, 95); // IPv4 gone: the IPv6 address is shown instead
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.server(0).address, QHostAddress(u"fd00::1"_s));
    QCOMPARE(model.oldestHeardMs(), qint64(50));
    model.expire(145, 95);
    QCOMPARE(model.rowCount(), 0);
}

void tst_Discovery::modelRowsAreUsableAddresses()
{
    DiscoveredServersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiscoveryAnnounce tls = announce(u"Secure"_s, 7443, kOtherId);
    tls.tls = true;
    tls.fingerprint = kFingerprint;
    model.heard(announce(u"Plain"_s), QHostAddress(u"192.168.1.10"_s), 0);
    model.heard(tls, QHostAddress(u"fe80::1%lo"_s), 0);

    const QStringList expected{u"ws://192.168.1.10:7350/"_s, u"wss://[fe80::1%25lo]:7443/"_s};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString address = rowText(model, row, DiscoveredServersModel::AddressRole);
        QCOMPARE(address, expected.at(row));
        const client::ServerAddress parsed = client::parseServerAddress(address);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.url, model.index(row).data(DiscoveredServersModel::UrlRole).toUrl());
    }
    // Encryption is said in words, and the fingerprint is at hand to compare.
    QVERIFY(rowText(model, 1).contains(u"TLS"_s));
    QVERIFY(!rowText(model, 0).contains(u"TLS"_s));
    QVERIFY(rowText(model, 0).contains(u"Plain"_s) &&
            rowText(model, 0).contains(u"192.168.1.10:7350"_s));
    QVERIFY(rowText(model, 1, Qt::ToolTipRole).contains(kFingerprint));
    QVERIFY(rowText(model, 1, Qt::AccessibleTextRole).contains(u"encrypted"_s));
}

void tst_Discovery::announcerPicksAFreePortAndAnswersAtOnce()
{
    DiscoveryAnnouncer announcer(plainAnnouncement());
    QCOMPARE(announcer.port(), 0);
    QVERIFY2(announcer.start(0), qPrintable(announcer.errorString()));
    QVERIFY(announcer.port() != 0);
    QVERIFY(announcer.isRunning());

    test::ManualClock clock; // never advanced: the answer must come without a second round
    DiscoveryBrowser browser(clock);
    browser.setDiscoveryPort(0);
    browser.addQueryTarget(QHostAddress::LocalHost, announcer.port());
    browser.start();
    const DiscoveredServersModel &model = browser.model();
    QTRY_COMPARE(model.rowCount(), 1);
    const client::DiscoveredServer found = model.server(0);
    QCOMPARE(found.name, u"Test Server"_s);
    QCOMPARE(found.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(found.port, quint16(7350));
    QVERIFY(!found.tls);
    QVERIFY(found.fingerprint.isEmpty());
    QCOMPARE(found.version, u"0.1.0"_s);
    QCOMPARE(found.id, announcer.id());
    QCOMPARE(found.url(), QUrl(u"ws://127.0.0.1:7350/"_s));

    browser.stop();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Discovery::announcerAnswersOverIPv6()
{
    if (!hasIPv6Loopback())
        QSKIP("no IPv6 loopback here");
    DiscoveryAnnouncer announcer(plainAnnouncement());
    QVERIFY2(announcer.start(0), qPrintable(announcer.errorString()));
    test::ManualClock clock;
    DiscoveryBrowser browser(clock);
    QAbstractItemModelTester tester(&browser.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    browser.setDiscoveryPort(0);
    browser.addQueryTarget(QHostAddress::LocalHostIPv6, announcer.port());
    browser.start();
    QTRY_COMPARE(browser.model().rowCount(), 1);
    QCOMPARE(browser.model().server(0).address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(browser.model().server(0).url(), QUrl(u"ws://[::1]:7350/"_s));

    // Heard on IPv4 as well: still one row, showing IPv4.
    browser.addQueryTarget(QHostAddress::LocalHost, announcer.port());
    browser.queryNow();
    QTRY_COMPARE(browser.model().server(0).address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(browser.model().rowCount(), 1);
}

void tst_Discovery::tlsServerIsListedWithItsFingerprint()
{
    DiscoveryAnnouncer announcer({u"Secure"_s, 7443, true, kFingerprint.toLower(), u"0.1.0"_s});
    QVERIFY2(announcer.start(0), qPrintable(announcer.errorString()));
    test::ManualClock clock;
    DiscoveryBrowser browser(clock);
    browser.setDiscoveryPort(0);
    browser.addQueryTarget(QHostAddress::LocalHost, announcer.port());
    browser.start();
    QTRY_COMPARE(browser.model().rowCount(), 1);
    const QModelIndex row = browser.model().index(0);
    QCOMPARE(row.data(DiscoveredServersModel::TlsRole).toBool(), true);
    QCOMPARE(row.data(DiscoveredServersModel::FingerprintRole).toString(), kFingerprint);
    QCOMPARE(row.data(DiscoveredServersModel::AddressRole).toString(), u"wss://127.0.0.1:7443/"_s);

    // A new certificate (after a reload) is announced at once; a new query hears it too.
    const QString renewed = certificateFingerprint("the renewed certificate");
    QVERIFY(announcer.setAnnouncement({u"Secure"_s, 7443, true, renewed, u"0.1.0"_s}));
    browser.queryNow();
    QTRY_COMPARE(row.data(DiscoveredServersModel::FingerprintRole).toString(), renewed);
}

void tst_Discovery::goodbyeRemovesTheServer()
{
    DiscoveryAnnouncer announcer(plainAnnouncement());
    QVERIFY2(announcer.start(0), qPrintable(announcer.errorString()));
    test::ManualClock clock;
    DiscoveryBrowser browser(clock);
    QAbstractItemModelTester tester(&browser.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    browser.setDiscoveryPort(0);
    browser.addQueryTarget(QHostAddress::LocalHost, announcer.port());
    browser.start();
    QTRY_COMPARE(browser.model().rowCount(), 1);

    // The browser asked directly, so it hears the goodbye even where no broadcast reaches.
    announcer.stop();
    QVERIFY(!announcer.isRunning());
    QTRY_COMPARE(browser.model().rowCount(), 0);
    QCOMPARE(clock.nowMs(), 0); // gone by goodbye, not by expiry
}

void tst_Discovery::serversShareTheDiscoveryPort()
{
    DiscoveryAnnouncer first(plainAnnouncement(u"First"_s));
    QVERIFY2(first.start(0), qPrintable(first.errorString()));
    DiscoveryAnnouncer second(plainAnnouncement(u"Second"_s));
    QVERIFY2(second.start(first.port()), qPrintable(second.errorString()));
    QCOMPARE(second.port(), first.port());
    QVERIFY(first.id() != second.id());
    // A client on the same machine can listen there too.
    test::ManualClock clock;
    DiscoveryBrowser browser(clock);
    browser.setDiscoveryPort(first.port());
    browser.start();
    QVERIFY(browser.isRunning());
}

void tst_Discovery::oneListenAddressIsTheOnlyOneAnnounced()
{
    // Clients connect to the address an answer came from. A server listening on one address
    // must answer from that one, not from whichever address routing picks for the reply.
    const QHostAddress second(u"127.0.0.2"_s);
    if (QUdpSocket probe; !probe.bind(second, 0))
        QSKIP("127.0.0.2 is not a loopback address here (only Linux and Windows have all of "
              "127/8)");
    DiscoveryAnnouncer announcer(plainAnnouncement());
    announcer.setListenAddress(second);
    QVERIFY2(announcer.start(0), qPrintable(announcer.errorString()));
    test::ManualClock clock;
    DiscoveryBrowser browser(clock);
    browser.setDiscoveryPort(0);
    browser.addQueryTarget(QHostAddress::LocalHost, announcer.port()); // asked at 127.0.0.1
    browser.start();
    QTRY_COMPARE(browser.model().rowCount(), 1);
    QCOMPARE(browser.model().server(0).address, second);
    QCOMPARE(browser.model().server(0).url(), QUrl(u"ws://127.0.0.2:7350/"_s));

    // An IPv4 server is not announced over IPv6, where nobody could reach it: the IPv6 side of
    // the discovery port stays free.
    if (hasIPv6Loopback()) {
        QUdpSocket v6;
        QVERIFY2(v6.bind(QHostAddress::AnyIPv6, announcer.port(), QUdpSocket::DontShareAddress),
                 qPrintable(v6.errorString()));
    }
}

void tst_Discovery::aWildcardOfOneFamilyKeepsToIt_data()
{
    QTest::addColumn<QHostAddress>("listen");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::newRow("any") << QHostAddress(QHostAddress::Any) << true << true;
    QTest::newRow("0.0.0.0") << QHostAddress(QHostAddress::AnyIPv4) << true << false;
    QTest::newRow("::") << QHostAddress(QHostAddress::AnyIPv6) << false << true;
}

void tst_Discovery::aWildcardOfOneFamilyKeepsToIt()
{
    QFETCH(QHostAddress, listen);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    if (v6 && !hasIPv6Loopback())
        QSKIP("no IPv6 here");
    // The wildcard stays what it is: only ::ffff:a.b.c.d is an IPv4 address in disguise.
    QCOMPARE(protocol::plainAddress(QHostAddress(QHostAddress::AnyIPv6)).protocol(),
             QAbstractSocket::IPv6Protocol);
    QCOMPARE(protocol::plainAddress(QHostAddress(u"::ffff:10.1.2.3"_s)),
             QHostAddress(u"10.1.2.3"_s));
    QCOMPARE(protocol::plainAddress(QHostAddress(QHostAddress::LocalHostIPv6)),
             QHostAddress(QHostAddress::LocalHostIPv6));

    DiscoveryAnnouncer announcer(plainAnnouncement());
    announcer.setListenAddress(listen);
    QVERIFY2(announcer.start(0), qPrintable(announcer.errorString()));
    // A family the announcer uses has its side of the port taken; the other stays free.
    QUdpSocket probe4;
    QCOMPARE(!probe4.bind(QHostAddress::AnyIPv4, announcer.port(), QUdpSocket::DontShareAddress),
             v4);
    if (hasIPv6Loopback()) {
        QUdpSocket probe6;
        QCOMPARE(
            !probe6.bind(QHostAddress::AnyIPv6, announcer.port(), QUdpSocket::DontShareAddress),
            v6);
    }
}

void tst_Discovery::announcerReportsWhatItCannotDo()
{
    // Nothing to announce yet: a wiring mistake, said rather than sent.
    DiscoveryAnnouncer unstarted({u"Server"_s, 0, false, {}, u"0.1.0"_s});
    QVERIFY(!unstarted.start(0));
    QVERIFY2(unstarted.errorString().contains(u"port"_s), qPrintable(unstarted.errorString()));
    DiscoveryAnnouncer noFingerprint({u"Server"_s, 7350, true, {}, u"0.1.0"_s});
    QVERIFY(!noFingerprint.start(0));
    QVERIFY2(noFingerprint.errorString().contains(u"fingerprint"_s),
             qPrintable(noFingerprint.errorString()));
    DiscoveryAnnouncer noVersion({u"Server"_s, 7350, false, {}, {}});
    QVERIFY(!noVersion.start(0));
    // A running announcer keeps announcing what it had when given something unusable.
    DiscoveryAnnouncer running(plainAnnouncement());
    QVERIFY2(running.start(0), qPrintable(running.errorString()));
    QVERIFY(!running.setAnnouncement({u"Server"_s, 7350, true, u"AB:CD"_s, u"0.1.0"_s}));
    QVERIFY(running.errorString().contains(u"fingerprint"_s));
    QVERIFY(running.isRunning());
    QVERIFY(!running.setAnnouncement({u"Server"_s, 0, false, {}, u"0.1.0"_s}));
    QVERIFY(running.errorString().contains(u"port"_s));
    QVERIFY(running.setAnnouncement(plainAnnouncement(u"Renamed"_s)));

    // A port taken by a program that doesn't share it.
    QUdpSocket blocker4;
    QVERIFY(blocker4.bind(QHostAddress::AnyIPv4, 0, QUdpSocket::DontShareAddress));
    QUdpSocket blocker6;
    if (!blocker6.bind(QHostAddress::AnyIPv6, blocker4.localPort(), QUdpSocket::DontShareAddress))
        QSKIP("the IPv4 port is taken on IPv6, or there is no IPv6");
    DiscoveryAnnouncer blocked(plainAnnouncement());
    QVERIFY(!blocked.start(blocker4.localPort()));
    QVERIFY(!blocked.isRunning());
    QVERIFY2(blocked.errorString().contains(QString::number(blocker4.localPort())),
             qPrintable(blocked.errorString()));
    blocked.stop(); // harmless when not running
}

void tst_Discovery::announcerSurvivesHostileDatagrams()
{
    DiscoveryAnnouncer announcer(plainAnnouncement());
    QVERIFY2(announcer.start(0), qPrintable(announcer.errorString()));
    QUdpSocket attacker;
    QVERIFY(attacker.bind(QHostAddress::LocalHost, 0));
    const auto hostile = hostileDatagrams();
    for (const auto &[name, datagram] : hostile)
        attacker.writeDatagram(datagram, QHostAddress::LocalHost, announcer.port());
    // Bigger than any buffer the announcer reads into.
    attacker.writeDatagram(QByteArray(60'000, '{'), QHostAddress::LocalHost, announcer.port());
    // Valid, but not queries: a server has nothing to say to them.
    attacker.writeDatagram(encodeDiscovery(announce()), QHostAddress::LocalHost, announcer.port());
    attacker.writeDatagram(encodeDiscovery(DiscoveryBye{kId}), QHostAddress::LocalHost,
                           announcer.port());
    QTRY_COMPARE(announcer.ignoredDatagrams(), int(hostile.size()) + 1);
    QVERIFY(announcer.isRunning());
    QVERIFY(!attacker.hasPendingDatagrams()); // none of it was answered

    // ... and it still answers.
    attacker.writeDatagram(encodeDiscovery(DiscoveryQuery{}), QHostAddress::LocalHost,
                           announcer.port());
    QTRY_VERIFY(attacker.hasPendingDatagrams());
    const DiscoveryDecodeResult answer = decodeDiscovery(attacker.receiveDatagram().data());
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    QCOMPARE(std::get<DiscoveryAnnounce>(*answer.datagram).id, announcer.id());
}

void tst_Discovery::browserSurvivesHostileAnswers()
{
    FakeServer fake;
    test::ManualClock clock;
    DiscoveryBrowser browser(clock);
    browser.setDiscoveryPort(0);
    browser.addQueryTarget(QHostAddress::LocalHost, fake.port());
    browser.start();
    QVERIFY(fake.waitForQuery());
    const auto hostile = hostileDatagrams();
    for (const auto &[name, datagram] : hostile)
        fake.answer(datagram);
    fake.answer(QByteArray(60'000, '{'));
    fake.answer(encodeDiscovery(DiscoveryQuery{})); // valid, and not for clients: no row
    QTRY_COMPARE(browser.ignoredDatagrams(), int(hostile.size()) + 1);
    QCOMPARE(browser.model().rowCount(), 0);

    fake.answer(encodeDiscovery(announce()));
    QTRY_COMPARE(browser.model().rowCount(), 1);
    QCOMPARE(browser.model().server(0).name, u"Office"_s);
}

void tst_Discovery::browserHearsUnpromptedAnnouncements()
{
    // A free port for the browser to listen on, as servers' announcements arrive there.
    quint16 port = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::AnyIPv4, 0));
        port = probe.localPort();
    }
    test::ManualClock clock;
    DiscoveryBrowser browser(clock);
    browser.setDiscoveryPort(port);
    browser.start();

    QUdpSocket server;
    server.writeDatagram(encodeDiscovery(announce(u"Loud"_s)), QHostAddress::LocalHost, port);
    QTRY_COMPARE(browser.model().rowCount(), 1);
    QCOMPARE(browser.model().server(0).name, u"Loud"_s);
    server.writeDatagram(encodeDiscovery(DiscoveryBye{kId}), QHostAddress::LocalHost, port);
    QTRY_COMPARE(browser.model().rowCount(), 0);
}

void tst_Discovery::silentServerExpires()
{
    using namespace std::chrono_literals;
    FakeServer fake;
    test::ManualClock clock;
    DiscoveryBrowser browser(clock);
    QAbstractItemModelTester tester(&browser.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    browser.setDiscoveryPort(0);
    browser.addQueryTarget(QHostAddress::LocalHost, fake.port());
    browser.start();
    QVERIFY(fake.waitForQuery());
    fake.answer(encodeDiscovery(announce()));
    QTRY_COMPARE(browser.model().rowCount(), 1);

    // Asked every 10 s; heard again at 50 s.
    clock.advance(50s);
    QVERIFY(fake.waitForQuery());
    fake.answer(encodeDiscovery(announce()));
    const QModelIndex row = browser.model().index(0);
    QTRY_COMPARE(row.data(DiscoveredServersModel::LastSeenRole).toLongLong(), qint64(50'000));

    // Silent from now on: listed until 95 s after it was last heard, and not a moment longer.
    clock.advance(94'999ms);
    QCOMPARE(browser.model().rowCount(), 1);
    clock.advance(1ms);
    QCOMPARE(browser.model().rowCount(), 0);
    QVERIFY(fake.waitForQuery()); // and the browser keeps asking
}

void tst_Discovery::connectDialogListsFoundServers()
{
    DiscoveryAnnouncer announcer(plainAnnouncement(u"Dialog Test Server"_s));
    QVERIFY2(announcer.start(0), qPrintable(announcer.errorString()));

    client::ConnectDialog dialog;
    // Test hook: only the test's server, on loopback.
    dialog.discovery().setDiscoveryPort(0);
    dialog.discovery().addQueryTarget(QHostAddress::LocalHost, announcer.port());
    auto *list = dialog.findChild<QListView *>(u"discoveredServers"_s);
    auto *empty = dialog.findChild<QLabel *>(u"discoveredServersEmpty"_s);
    auto *server = dialog.findChild<QLineEdit *>(u"serverEdit"_s);
    auto *nick = dialog.findChild<QLineEdit *>(u"nickEdit"_s);
    QVERIFY(list && empty && server && nick);
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!list->accessibleDescription().isEmpty());
    QVERIFY(!dialog.discovery().isRunning()); // only while shown

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.discovery().isRunning());
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QTRY_VERIFY(list->isVisible());
    QVERIFY(!empty->isVisible());
    const QModelIndex row = list->model()->index(0, 0);
    const QString text = row.data().toString();
    QVERIFY2(text.contains(u"Dialog Test Server"_s) && text.contains(u"127.0.0.1:7350"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"TLS"_s));

    // Tabbing through the list doesn't choose a server: what was typed stays.
    QTest::keyClicks(server, u"typed.example"_s);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    server->setFocus();
    QTest::keyClick(server, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), list);
    QCOMPARE(server->text(), u"typed.example"_s);

    // Choosing the row fills in the address.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QCOMPARE(server->text(), u"ws://127.0.0.1:7350/"_s);
    QCOMPARE(client::parseServerAddress(server->text()).url, QUrl(u"ws://127.0.0.1:7350/"_s));

    // Double-click: filled in and connected.
    QTest::keyClicks(nick, u"carol"_s);
    server->clear();
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.url(), QUrl(u"ws://127.0.0.1:7350/"_s));
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.discovery().isRunning()); // stopped with the dialog

    // Shown again with nothing to find: says so in words.
    client::ConnectDialog lonely;
    lonely.discovery().setDiscoveryPort(0);
    lonely.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lonely));
    auto *lonelyEmpty = lonely.findChild<QLabel *>(u"discoveredServersEmpty"_s);
    QVERIFY(lonelyEmpty && lonelyEmpty->isVisible());
    QVERIFY(lonelyEmpty->text().contains(u"none found yet"_s));
    QVERIFY(!lonely.findChild<QListView *>(u"discoveredServers"_s)->isVisible());
}

QTEST_MAIN(tst_Discovery)

#include "tst_discovery.moc"
