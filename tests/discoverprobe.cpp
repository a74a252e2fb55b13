// palaver-discover-probe: a client that knows no address. It looks for a Palaver server on the
// LAN the way the connect dialog does, then connects to the first one found with the expected
// name through the app's own client::Connection, sends a message and waits for the server to
// acknowledge it. Prints what happened; exit code 0 only if all of it worked. Used by the
// two-namespace tests (tests/netns/discover_netns.sh), over IPv4 and over IPv6 link-local.
#include "client/core/clock.h"
#include "client/core/connection.h"
#include "client/core/discoverybrowser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTest>

#include <cstdio>

using namespace palaver;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nameOption(u"name"_s, u"The server name to look for."_s, u"name"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Seconds to look for it."_s, u"s"_s,
                                           u"15"_s);
    const QCommandLineOption familyOption(
        u"family"_s, u"Accept only a server found over this IP family: ipv4 or ipv6."_s,
        u"family"_s);
    const QCommandLineOption absentOption(
        u"absent"_s, u"Fail if a server of this name is ever found."_s, u"name"_s);
    parser.addOptions({nameOption, timeoutOption, familyOption, absentOption});
    parser.process(app);
    const int timeoutMs = parser.value(timeoutOption).toInt() * 1000;
    const QString family = parser.value(familyOption);
    const auto wanted = [&family](const QHostAddress &address) {
        if (family == u"ipv4")
            return address.protocol() == QAbstractSocket::IPv4Protocol;
        if (family == u"ipv6")
            return address.protocol() == QAbstractSocket::IPv6Protocol;
        return true;
    };

    client::SystemClock clock;
    client::DiscoveryBrowser browser(clock);
    browser.start();
    const client::DiscoveredServersModel &found = browser.model();
    QStringList seen; // "name (address)" of every server found, even if gone again
    QObject::connect(&found, &QAbstractItemModel::rowsInserted, &found,
                     [&](const QModelIndex &, int first, int last) {
                         for (int i = first; i <= last; ++i) {
                             seen.append(found.server(i).name + u" ("_s +
                                         found.server(i).address.toString() + u')');
                         }
                     });
    const auto row = [&]() -> int {
        for (int i = 0; i < found.rowCount(); ++i) {
            if (found.server(i).name == parser.value(nameOption) && wanted(found.server(i).address))
                return i;
        }
        return -1;
    };
    if (!QTest::qWaitFor([&] { return row() >= 0; }, timeoutMs)) {
        std::printf("not found: no server named \"%s\" answered%s within %d s (%d other(s) did)\n",
                    qPrintable(parser.value(nameOption)),
                    family.isEmpty() ? "" : qPrintable(u" over "_s + family), timeoutMs / 1000,
                    found.rowCount());
        return 1;
    }
    const client::DiscoveredServer server = found.server(row());
    std::printf("found \"%s\" at %s (%s)\n", qPrintable(server.name),
                qPrintable(server.url().toString()), qPrintable(server.address.toString()));

    client::Connection connection(clock);
    bool acknowledged = false;
    QObject::connect(&connection, &client::Connection::acknowledged,
                     [&acknowledged](const protocol::Ack &) { acknowledged = true; });
    connection.open(server.url(), u"probe"_s);
    if (!QTest::qWaitFor([&] { return connection.state() == client::Connection::State::Connected; },
                         timeoutMs)) {
        std::printf("could not join %s: %s\n", qPrintable(server.url().toString()),
                    qPrintable(connection.lastProblem()));
        return 1;
    }
    std::printf("joined %s as \"%s\"\n", qPrintable(connection.where()),
                qPrintable(connection.nick()));
    connection.send(u"hello across namespaces"_s);
    if (!QTest::qWaitFor([&] { return acknowledged; }, timeoutMs)) {
        std::printf("the message was not acknowledged: %s\n", qPrintable(connection.lastProblem()));
        return 1;
    }
    std::printf("chatted: the message was stored and acknowledged\n");
    if (parser.isSet(absentOption)) {
        // It heard the same query as the one found, so its answer would be in by now.
        const QString absent = parser.value(absentOption);
        for (const QString &server : std::as_const(seen)) {
            if (server.startsWith(absent + u" ("_s)) {
                std::printf("found \"%s\", which should not be announced here\n",
                            qPrintable(server));
                return 1;
            }
        }
        std::printf("never found \"%s\" (found: %s)\n", qPrintable(absent),
                    qPrintable(seen.join(u", "_s)));
    }
    return 0;
}
