// The command line of palaver-server and its data directory check.
#include "server/config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace palaver;
using server::ConfigOutcome;

namespace {

ConfigOutcome parse(const QStringList &options)
{
    return server::parseCommandLine(QStringList{u"palaver-server"_s} + options);
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
    void versionNamesTheVersion();
    void emptyNameFallsBackToPalaver();

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
         {u"--listen"_s, u"--port"_s, u"--data-dir"_s, u"--name"_s, u"--version"_s})
        QVERIFY2(outcome.text.contains(option), qPrintable(option));
    // The default port is visible, so nobody has to read the source to find it.
    QVERIFY(outcome.text.contains(QString::number(protocol::kDefaultPort)));
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
