// The command line of palaver-server and its data directory check.
#include "server/config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace palaver;
using server::ConfigOutcome;

namespace {

/// Parses as main() does, in an environment holding only `environment` (none of the PALAVER_*
/// variables of whoever runs the test).
ConfigOutcome parse(const QStringList &options, const QHash<QString, QString> &environment = {})
{
    QProcessEnvironment variables;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        variables.insert(it.key(), it.value());
    return server::parseCommandLine(QStringList{u"palaver-server"_s} + options, variables);
}

/// A configuration file with these lines, alive as long as the returned directory.
std::unique_ptr<QTemporaryDir> configFile(const QByteArray &lines, QString *path)
{
    auto dir = std::make_unique<QTemporaryDir>();
    *path = dir->filePath(u"palaver-server.conf"_s);
    QFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size())
        qWarning("cannot write %s", qPrintable(*path));
    return dir;
}

/// What a parsed configuration says, field by field, so that two can be compared whole (where
/// it was read from aside).
QString describe(const server::Config &c)
{
    const server::ServerOptions &s = c.server;
    QStringList fields{
        QString::number(int(c.logLevel)),
        QString::number(c.discovery),
        QString::number(c.discoveryPort),
        c.adminSocket,
        QString::number(c.metrics),
        c.metricsAddress.toString(),
        QString::number(c.metricsPort),
        c.listenAddress.toString(),
        QString::number(c.port),
        c.dataDir,
        QString::number(int(c.sync)),
        c.database ? c.database->display() + u" password "_s + c.database->password : QString(),
        QString::number(c.instanceTimeout.count()),
        c.tlsCertificate,
        c.tlsKey,
        s.name,
        QString::number(s.historyOnJoin),
        QString::number(s.maxBatch),
        QString::number(s.retention.maxDays),
        QString::number(s.retention.maxPerRoom),
        QString::number(s.admission.maxConnections),
        QString::number(s.admission.maxConnectionsPerAddress),
        s.admission.password,
        QString::number(s.framesPerSecond),
        s.allowedOrigins.join(u','),
        s.tls ? QString::fromLatin1(s.tls->localCertificate().digest().toHex()) : QString(),
    };
    return fields.join(u" | "_s);
}

const char *actionName(ConfigOutcome::Action action)
{
    switch (action) {
    case ConfigOutcome::Action::Run:
        return "Run";
    case ConfigOutcome::Action::ExitSuccess:
        return "ExitSuccess";
    case ConfigOutcome::Action::ExitFailure:
        return "ExitFailure";
    }
    return "?";
}

} // namespace

class tst_Config final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaults();
    void acceptsGoodValues_data();
    void acceptsGoodValues();
    void rejectsBadValuesInOneHelpfulLine_data();
    void rejectsBadValuesInOneHelpfulLine();
    void helpListsTheOptions();
    void helpAllIsHelpToo();
    void everySettingWorksInEveryPlace_data();
    void everySettingWorksInEveryPlace();
    void helpGivesEveryOptionADefault();
    void adminGuideExampleHasEverySetting();
    void versionNamesTheVersion();
    void emptyNameFallsBackToPalaver();
    void commandLineBeatsEnvironmentBeatsFileBeatsDefaults();
    void configFileCanBeNamedInTheEnvironment();
    void listsAndSwitchesOutsideTheCommandLine();
    void badSettingsNameWhereTheyCameFrom_data();
    void badSettingsNameWhereTheyCameFrom();
    void logLevels_data();
    void logLevels();

    void prepareDataDirCreatesNestedDirectories();
    void prepareDataDirAcceptsAnExistingDirectory();
    void prepareDataDirRefusesAFile();
    void prepareDataDirRefusesAPathUnderAFile();
    void prepareDataDirRefusesAnUnwritableDirectory();
};

void tst_Config::initTestCase()
{
    // What main() sets before it parses; --version prints these.
    QCoreApplication::setApplicationName(u"palaver-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PALAVER_VERSION));
}

void tst_Config::defaults()
{
    const ConfigOutcome outcome = parse({});
    QCOMPARE(actionName(outcome.action), "Run");
    QVERIFY(outcome.text.isEmpty());
    const server::Config &config = outcome.config;
    QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::Any));
    QCOMPARE(config.port, protocol::kDefaultPort);
    QVERIFY2(QDir::isAbsolutePath(config.dataDir), qPrintable(config.dataDir));
    QVERIFY2(config.dataDir.endsWith(u"/palaver-server"_s), qPrintable(config.dataDir));
    QVERIFY(!config.server.name.isEmpty());
    QCOMPARE(config.server.limits, protocol::Limits{});
}

void tst_Config::acceptsGoodValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<int>("port");

    const QHostAddress any(QHostAddress::Any);
    const int defaultPort = protocol::kDefaultPort;
    QTest::newRow("port 0 picks a free port") << QStringList{u"--port"_s, u"0"_s} << any << 0;
    QTest::newRow("port 1") << QStringList{u"--port"_s, u"1"_s} << any << 1;
    QTest::newRow("port 65535") << QStringList{u"--port=65535"_s} << any << 65535;
    QTest::newRow("loopback") << QStringList{u"--listen"_s, u"127.0.0.1"_s}
                              << QHostAddress(QHostAddress::LocalHost) << defaultPort;
    QTest::newRow("localhost") << QStringList{u"--listen"_s, u"localhost"_s}
                               << QHostAddress(QHostAddress::LocalHost) << defaultPort;
    QTest::newRow("any") << QStringList{u"--listen"_s, u"ANY"_s} << any << defaultPort;
    QTest::newRow("star") << QStringList{u"--listen"_s, u"*"_s} << any << defaultPort;
    QTest::newRow("0.0.0.0") << QStringList{u"--listen"_s, u"0.0.0.0"_s}
                             << QHostAddress(QHostAddress::AnyIPv4) << defaultPort;
    QTest::newRow("IPv6 loopback") << QStringList{u"--listen"_s, u"::1"_s}
                                   << QHostAddress(QHostAddress::LocalHostIPv6) << defaultPort;
    QTest::newRow("both") << QStringList{u"--listen"_s, u"192.168.1.10"_s, u"--port"_s, u"8080"_s}
                          << QHostAddress(u"192.168.1.10"_s) << 8080;
}

void tst_Config::acceptsGoodValues()
{
    QFETCH(QStringList, options);
    QFETCH(QHostAddress, address);
    QFETCH(int, port);

    const ConfigOutcome outcome = parse(options);
    QVERIFY2(outcome.action == ConfigOutcome::Action::Run, qPrintable(outcome.text));
    QCOMPARE(outcome.config.listenAddress, address);
    QCOMPARE(int(outcome.config.port), port);
}

void tst_Config::rejectsBadValuesInOneHelpfulLine_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("mentions"); // what the line must say to be of help

    QTest::newRow("port too big") << QStringList{u"--port"_s, u"99999"_s}
                                  << QStringList{u"--port"_s, u"99999"_s, u"65535"_s};
    QTest::newRow("port not a number")
        << QStringList{u"--port"_s, u"abc"_s} << QStringList{u"--port"_s, u"abc"_s};
    QTest::newRow("negative port")
        << QStringList{u"--port=-1"_s} << QStringList{u"--port"_s, u"-1"_s};
    QTest::newRow("empty port") << QStringList{u"--port="_s} << QStringList{u"--port"_s};
    QTest::newRow("port without value")
        << QStringList{u"--port"_s} << QStringList{u"port"_s, u"--help"_s};
    QTest::newRow("listen not an address")
        << QStringList{u"--listen"_s, u"foo"_s} << QStringList{u"--listen"_s, u"foo"_s};
    QTest::newRow("listen a host name") << QStringList{u"--listen"_s, u"chat.example.org"_s}
                                        << QStringList{u"--listen"_s, u"chat.example.org"_s};
    QTest::newRow("unknown option")
        << QStringList{u"--frobnicate"_s} << QStringList{u"frobnicate"_s, u"--help"_s};
    QTest::newRow("unexpected argument")
        << QStringList{u"--port"_s, u"7350"_s, u"extra"_s}
        << QStringList{u"unexpected argument"_s, u"extra"_s, u"--help"_s};
}

void tst_Config::rejectsBadValuesInOneHelpfulLine()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, mentions);

    const ConfigOutcome outcome = parse(options);
    QCOMPARE(actionName(outcome.action), "ExitFailure");
    QVERIFY2(!outcome.text.trimmed().isEmpty(), "a failure must say why");
    QVERIFY2(!outcome.text.trimmed().contains(u'\n'), qPrintable(outcome.text));
    for (const QString &word : mentions)
        QVERIFY2(outcome.text.contains(word),
                 qPrintable(u"\"%1\" lacks \"%2\""_s.arg(outcome.text, word)));
}

void tst_Config::helpListsTheOptions()
{
    const ConfigOutcome outcome = parse({u"--help"_s});
    QCOMPARE(actionName(outcome.action), "ExitSuccess");
    for (const QString &option :
         {u"--listen"_s, u"--port"_s, u"--data-dir"_s, u"--name"_s, u"--version"_s, u"--config"_s,
          u"--check"_s, u"--log-level"_s, u"--no-discovery"_s, u"--discovery-port"_s,
          u"PALAVER_PORT"_s, u"PALAVER_CONFIG"_s, u"SIGHUP"_s})
        QVERIFY2(outcome.text.contains(option), qPrintable(option));
    // The default port is visible, so nobody has to read the source to find it.
    QVERIFY(outcome.text.contains(QString::number(protocol::kDefaultPort)));
}

void tst_Config::helpAllIsHelpToo()
{
    // Not a server started with the defaults, as an unhandled --help-all would be.
    const ConfigOutcome outcome = parse({u"--help-all"_s});
    QCOMPARE(actionName(outcome.action), "ExitSuccess");
    QVERIFY(outcome.text.contains(u"--data-dir"_s));
    QVERIFY(!parse({u"--bogus"_s}).text.contains(u".."_s));
}

void tst_Config::everySettingWorksInEveryPlace_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");   // not the default
    QTest::addColumn<QString>("partner"); // a setting that must come with it, if any
    QTest::addColumn<QString>("partnerValue");

    const QString data = QStringLiteral(PALAVER_SOURCE_DIR "/tests/data/");
    const QString secret = QDir::temp().filePath(u"tst_config-password"_s);
    // A value other than the default for each setting. The list of settings is the parser's:
    // one added without a value here fails below, by name.
    const QHash<QString, QString> values{
        {u"listen"_s, u"127.0.0.1"_s},
        {u"port"_s, u"7499"_s},
        {u"data-dir"_s, QDir::temp().filePath(u"tst_config-data"_s)},
        {u"name"_s, u"Elsewhere"_s},
        {u"history-on-join"_s, u"7"_s},
        {u"history-days"_s, u"9"_s},
        {u"history-max"_s, u"1000"_s},
        {u"sync"_s, u"normal"_s},
        {u"max-batch"_s, u"8"_s},
        {u"max-connections"_s, u"30"_s},
        {u"max-connections-per-address"_s, u"3"_s},
        {u"rate"_s, u"4"_s},
        {u"password-file"_s, secret},
        {u"allow-origin"_s, u"https://chat.example.org"_s},
        {u"no-discovery"_s, u"true"_s},
        {u"discovery-port"_s, u"7361"_s},
        {u"log-level"_s, u"warning"_s},
        {u"tls-cert"_s, data + u"test-a.crt"_s},
        {u"tls-key"_s, data + u"test-a.key"_s},
        {u"admin-socket"_s, u"elsewhere.sock"_s},
        {u"metrics-port"_s, u"7363"_s},
        {u"metrics-listen"_s, u"0.0.0.0"_s},
        {u"no-metrics"_s, u"true"_s},
        {u"database"_s, u"postgresql://palaver@db.example:5433/chat"_s},
        {u"database-password-file"_s, secret},
        {u"instance-timeout"_s, u"30"_s},
    };
    // Settings that only make sense together.
    const QHash<QString, QString> partners{{u"tls-cert"_s, u"tls-key"_s},
                                           {u"tls-key"_s, u"tls-cert"_s},
                                           {u"database-password-file"_s, u"database"_s},
                                           {u"instance-timeout"_s, u"database"_s}};
    int settings = 0;
    for (const server::OptionInfo &option : server::optionList()) {
        if (!option.setting)
            continue;
        ++settings;
        if (!values.contains(option.name)) {
            QFAIL(qPrintable(
                u"--%1 is a setting this test has no value for: add one"_s.arg(option.name)));
        }
        const QString partner = partners.value(option.name);
        QTest::newRow(qPrintable(option.name))
            << option.name << values.value(option.name) << partner << values.value(partner);
    }
    QCOMPARE(settings, int(values.size())); // no value for a setting that is gone
}

void tst_Config::everySettingWorksInEveryPlace()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, partner);
    QFETCH(QString, partnerValue);

    QFile secret(QDir::temp().filePath(u"tst_config-password"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly) && secret.write("sesame\n") == 7);
    secret.close();
    const auto cleanup = qScopeGuard([&secret] { secret.remove(); });
    const bool isSwitch = name.startsWith(u"no-"_s);

    QStringList commandLine{u"--"_s + name};
    if (!isSwitch)
        commandLine.append(value);
    QHash<QString, QString> environment{{server::environmentName(name), value}};
    QByteArray file = (name + u" = "_s + value + u'\n').toUtf8();
    if (!partner.isEmpty()) {
        commandLine += QStringList{u"--"_s + partner, partnerValue};
        environment.insert(server::environmentName(partner), partnerValue);
        file += (partner + u" = "_s + partnerValue + u'\n').toUtf8();
    }
    QString path;
    const auto dir = configFile(file, &path);

    const ConfigOutcome fromCommandLine = parse(commandLine);
    QVERIFY2(fromCommandLine.action == ConfigOutcome::Action::Run,
             qPrintable(fromCommandLine.text));
    const ConfigOutcome fromEnvironment = parse({}, environment);
    QVERIFY2(fromEnvironment.action == ConfigOutcome::Action::Run,
             qPrintable(fromEnvironment.text));
    const ConfigOutcome fromFile = parse({u"--config"_s, path});
    QVERIFY2(fromFile.action == ConfigOutcome::Action::Run, qPrintable(fromFile.text));
    const ConfigOutcome defaults = parse({});

    const QString wanted = describe(fromCommandLine.config);
    QVERIFY2(wanted != describe(defaults.config), qPrintable(u"--%1 changed nothing"_s.arg(name)));
    QCOMPARE(describe(fromEnvironment.config), wanted);
    QCOMPARE(describe(fromFile.config), wanted);
}

void tst_Config::helpGivesEveryOptionADefault()
{
    const QString help = parse({u"--help"_s}).text;
    const QList<server::OptionInfo> options = server::optionList();
    QVERIFY(options.size() > 20);
    for (const server::OptionInfo &option : options) {
        QVERIFY2(help.contains(u"--"_s + option.name), qPrintable(option.name));
        // The one-shot actions have nothing to default to; everything else says its default,
        // or that there is none.
        static const QStringList actions{u"help"_s,  u"help-all"_s, u"version"_s,
                                         u"check"_s, u"admin"_s,    u"copy-history-from"_s};
        if (!actions.contains(option.name)) {
            QVERIFY2(option.description.contains(u"default"_s, Qt::CaseInsensitive),
                     qPrintable(u"--%1: %2"_s.arg(option.name, option.description)));
        }
        // What --help says may go in the file and the environment, may.
        if (!option.setting && !actions.contains(option.name) && option.name != u"config"_s)
            QFAIL(qPrintable(
                u"--%1 is neither a setting nor a documented action"_s.arg(option.name)));
    }
    for (const QString &action : {u"--config"_s, u"--check"_s, u"--admin"_s,
                                  u"--copy-history-from"_s, u"--help"_s, u"--version"_s}) {
        const qsizetype at = help.indexOf(u"Every option except"_s);
        QVERIFY(at >= 0);
        QVERIFY2(help.indexOf(action, at) >= 0 && help.indexOf(action, at) < at + 120,
                 qPrintable(action));
    }
}

void tst_Config::adminGuideExampleHasEverySetting()
{
    QFile guide(QStringLiteral(PALAVER_SOURCE_DIR "/docs/admin-guide.md"));
    QVERIFY(guide.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(guide.readAll());
    const qsizetype start = text.indexOf(u"every setting"_s, 0, Qt::CaseInsensitive);
    QVERIFY2(start >= 0, "docs/admin-guide.md has no complete example");
    const qsizetype from = text.indexOf(u"```"_s, start);
    const qsizetype to = text.indexOf(u"```"_s, from + 3);
    QVERIFY(from > 0 && to > from);
    const QString example = text.mid(from, to - from);
    for (const server::OptionInfo &option : server::optionList()) {
        if (option.setting) {
            const QRegularExpression line(
                u"^[#;]? ?%1 ="_s.arg(QRegularExpression::escape(option.name)),
                QRegularExpression::MultilineOption);
            QVERIFY2(example.contains(line), qPrintable(option.name));
        }
    }
}

void tst_Config::versionNamesTheVersion()
{
    const ConfigOutcome outcome = parse({u"--version"_s});
    QCOMPARE(actionName(outcome.action), "ExitSuccess");
    QCOMPARE(outcome.text.trimmed(), u"palaver-server " PALAVER_VERSION ""_s);
}

void tst_Config::emptyNameFallsBackToPalaver()
{
    const ConfigOutcome blank = parse({u"--name"_s, u"   "_s});
    QCOMPARE(actionName(blank.action), "Run");
    QCOMPARE(blank.config.server.name, u"Palaver"_s);

    const ConfigOutcome named = parse({u"--name"_s, u"  Kitchen  "_s});
    QCOMPARE(named.config.server.name, u"Kitchen"_s);
}

void tst_Config::commandLineBeatsEnvironmentBeatsFileBeatsDefaults()
{
    QString path;
    const auto dir = configFile("# the office server\n"
                                "[palaver-server]\n"
                                "port = 7401\n"
                                "name = \"From the file, with a comma\"\n"
                                "rate = 30\n"
                                "history-on-join = 50\n"
                                "\n"
                                "; and a comment\n",
                                &path);
    const ConfigOutcome outcome =
        parse({u"--config"_s, path, u"--port"_s, u"7403"_s},
              {{u"PALAVER_PORT"_s, u"7402"_s}, {u"PALAVER_HISTORY_ON_JOIN"_s, u"60"_s}});
    QVERIFY2(outcome.action == ConfigOutcome::Action::Run, qPrintable(outcome.text));
    const server::Config &config = outcome.config;
    QCOMPARE(config.port, 7403);                   // command line
    QCOMPARE(config.server.historyOnJoin, 60);     // environment over the file
    QCOMPARE(config.server.framesPerSecond, 30.0); // the file over the default
    QCOMPARE(config.server.name, u"From the file, with a comma"_s);
    QCOMPARE(config.server.admission.maxConnections, 500); // the default
    QCOMPARE(config.configFile, QFileInfo(path).absoluteFilePath());

    // Without the command line's port, the environment's wins; without that, the file's.
    QCOMPARE(parse({u"--config"_s, path}, {{u"PALAVER_PORT"_s, u"7402"_s}}).config.port, 7402);
    QCOMPARE(parse({u"--config"_s, path}).config.port, 7401);
}

void tst_Config::configFileCanBeNamedInTheEnvironment()
{
    QString path;
    const auto dir = configFile("port = 7404\n", &path);
    const ConfigOutcome outcome = parse({}, {{u"PALAVER_CONFIG"_s, path}});
    QVERIFY2(outcome.action == ConfigOutcome::Action::Run, qPrintable(outcome.text));
    QCOMPARE(outcome.config.port, 7404);
    // A file that can't be read is blamed on the variable that named it.
    const ConfigOutcome missing = parse({}, {{u"PALAVER_CONFIG"_s, path + u".gone"_s}});
    QCOMPARE(actionName(missing.action), "ExitFailure");
    QVERIFY2(missing.text.startsWith(u"PALAVER_CONFIG: cannot read"_s), qPrintable(missing.text));
}

void tst_Config::listsAndSwitchesOutsideTheCommandLine()
{
    QString path;
    const auto dir = configFile("allow-origin = https://a.example\n"
                                "allow-origin = https://b.example, https://c.example\n"
                                "no-discovery = yes\n"
                                "discovery-port = 7360\n",
                                &path);
    const ConfigOutcome fromFile = parse({u"--config"_s, path});
    QVERIFY2(fromFile.action == ConfigOutcome::Action::Run, qPrintable(fromFile.text));
    QCOMPARE(fromFile.config.server.allowedOrigins,
             (QStringList{u"https://a.example"_s, u"https://b.example"_s, u"https://c.example"_s}));
    QVERIFY(!fromFile.config.discovery);
    QCOMPARE(fromFile.config.discoveryPort, 7360);

    const ConfigOutcome fromEnvironment =
        parse({u"--config"_s, path}, {{u"PALAVER_ALLOW_ORIGIN"_s, u"https://d.example"_s},
                                      {u"PALAVER_NO_DISCOVERY"_s, u"false"_s}});
    QCOMPARE(fromEnvironment.config.server.allowedOrigins, QStringList{u"https://d.example"_s});
    QVERIFY(fromEnvironment.config.discovery);

    QVERIFY(parse({}).config.discovery);
    QVERIFY(!parse({u"--no-discovery"_s}).config.discovery);
    QCOMPARE(server::environmentName(u"max-connections-per-address"_s),
             u"PALAVER_MAX_CONNECTIONS_PER_ADDRESS"_s);
}

void tst_Config::badSettingsNameWhereTheyCameFrom_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("environment"); // name, value
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unknown setting in the file")
        << QByteArray("port = 7400\nprot = 7401\n") << QStringList()
        << QStringList{u"line 2"_s, u"prot"_s, u"--help"_s};
    QTest::newRow("line without a value")
        << QByteArray("port\n") << QStringList() << QStringList{u"line 1"_s, u"name = value"_s};
    QTest::newRow("bad value in the file")
        << QByteArray("port = seventy\n") << QStringList()
        << QStringList{u"port in "_s, u"palaver-server.conf"_s, u"seventy"_s};
    QTest::newRow("bad value in the environment")
        << QByteArray() << QStringList{u"PALAVER_RATE"_s, u"fast"_s}
        << QStringList{u"PALAVER_RATE"_s, u"fast"_s};
    QTest::newRow("bad switch in the environment")
        << QByteArray() << QStringList{u"PALAVER_NO_DISCOVERY"_s, u"maybe"_s}
        << QStringList{u"PALAVER_NO_DISCOVERY"_s, u"maybe"_s, u"true nor false"_s};
    QTest::newRow("bad log level in the file")
        << QByteArray("log-level = loud\n") << QStringList()
        << QStringList{u"log-level in "_s, u"loud"_s, u"debug, info, warning or error"_s};
    QTest::newRow("the environment's bad value, though the file's is fine")
        << QByteArray("port = 7400\n") << QStringList{u"PALAVER_PORT"_s, u"99999"_s}
        << QStringList{u"PALAVER_PORT"_s, u"99999"_s};
}

void tst_Config::badSettingsNameWhereTheyCameFrom()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, environment);
    QFETCH(QStringList, mentions);

    QString path;
    const auto dir = configFile(file, &path);
    QHash<QString, QString> variables;
    if (environment.size() == 2)
        variables.insert(environment.at(0), environment.at(1));
    const ConfigOutcome outcome = parse({u"--config"_s, path}, variables);
    QCOMPARE(actionName(outcome.action), "ExitFailure");
    QVERIFY2(!outcome.text.trimmed().contains(u'\n'), qPrintable(outcome.text));
    for (const QString &word : mentions)
        QVERIFY2(outcome.text.contains(word),
                 qPrintable(u"\"%1\" lacks \"%2\""_s.arg(outcome.text, word)));

    // A file that isn't there is said so, too.
    const ConfigOutcome missing = parse({u"--config"_s, path + u".missing"_s});
    QCOMPARE(actionName(missing.action), "ExitFailure");
    QVERIFY2(missing.text.contains(u"cannot read"_s), qPrintable(missing.text));
}

void tst_Config::logLevels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("level");
    QTest::newRow("default") << QString() << int(server::LogLevel::Info);
    QTest::newRow("debug") << u"debug"_s << int(server::LogLevel::Debug);
    QTest::newRow("WARNING") << u"WARNING"_s << int(server::LogLevel::Warning);
    QTest::newRow("error") << u"error"_s << int(server::LogLevel::Error);
}

void tst_Config::logLevels()
{
    QFETCH(QString, text);
    QFETCH(int, level);
    const ConfigOutcome outcome =
        parse(text.isEmpty() ? QStringList() : QStringList{u"--log-level"_s, text});
    QVERIFY2(outcome.action == ConfigOutcome::Action::Run, qPrintable(outcome.text));
    QCOMPARE(int(outcome.config.logLevel), level);
}

void tst_Config::prepareDataDirCreatesNestedDirectories()
{
    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    const QString path = tmp.filePath(u"a/b/c"_s);
    QVERIFY(!QFileInfo::exists(path));

    const QString problem = server::prepareDataDir(path);

    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QFileInfo(path).isDir());
    // The write test leaves nothing behind.
    QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void tst_Config::prepareDataDirAcceptsAnExistingDirectory()
{
    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    const QString problem = server::prepareDataDir(tmp.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Config::prepareDataDirRefusesAFile()
{
    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    const QString path = tmp.filePath(u"data"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    const QString problem = server::prepareDataDir(path);

    QVERIFY2(problem.startsWith(u"--data-dir"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"is a file"_s), qPrintable(problem));
    QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
    QVERIFY(QFileInfo(path).isFile()); // left alone
}

void tst_Config::prepareDataDirRefusesAPathUnderAFile()
{
    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    QFile file(tmp.filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // Not even root can make a directory inside a regular file.
    const QString path = tmp.filePath(u"file/sub"_s);

    const QString problem = server::prepareDataDir(path);

    QVERIFY2(problem.startsWith(u"--data-dir"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"cannot create"_s), qPrintable(problem));
    QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
}

void tst_Config::prepareDataDirRefusesAnUnwritableDirectory()
{
#ifndef Q_OS_UNIX
    QSKIP("Read-only permission bits do not stop writing into a directory on this platform.");
#else
    if (::geteuid() == 0)
        QSKIP("Running as root, which may write into a read-only directory; the unwritable "
              "case is covered by prepareDataDirRefusesAPathUnderAFile instead.");
    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    const QString path = tmp.filePath(u"readonly"_s);
    QVERIFY(QDir().mkdir(path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner)); // 0500
    const auto restore = qScopeGuard([&path] {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });

    const QString problem = server::prepareDataDir(path);

    QVERIFY2(problem.startsWith(u"--data-dir"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"cannot write"_s), qPrintable(problem));
    QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
#endif
}

QTEST_GUILESS_MAIN(tst_Config)
#include "tst_config.moc"
