// palaver-discover-probe: a client that knows no address. It looks for a Palaver server on the
// LAN the way the connect dialog does, then connects to the first one found with the expected
// name, sends a message and waits for it to be stored. Prints what happened; exit code 0 only
// if all of it worked. Used by the two-namespace test (tests/netns/discover_netns.sh).
#include "client/core/clock.h"
#include "client/core/discoverybrowser.h"
#include "testclient.h"

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
    parser.addOptions({nameOption, timeoutOption});
    parser.process(app);
    const int timeoutMs = parser.value(timeoutOption).toInt() * 1000;

    client::SystemClock clock;
    client::DiscoveryBrowser browser(clock);
    browser.start();
    const client::DiscoveredServersModel &found = browser.model();
    const auto row = [&]() -> int {
        for (int i = 0; i < found.rowCount(); ++i) {
            if (found.server(i).name == parser.value(nameOption))
                return i;
        }
        return -1;
    };
    if (!QTest::qWaitFor([&] { return row() >= 0; }, timeoutMs)) {
        std::printf("not found: no server named \"%s\" answered within %d s (%d other(s) did)\n",
                    qPrintable(parser.value(nameOption)), timeoutMs / 1000, found.rowCount());
        return 1;
    }
    const client::DiscoveredServer server = found.server(row());
    std::printf("found \"%s\" at %s\n", qPrintable(server.name),
                qPrintable(server.url().toString()));

    test::TestClient chatter(server.url(), u"probe"_s);
    if (!chatter.waitForWelcome()) {
        std::printf("could not join %s\n", qPrintable(server.url().toString()));
        return 1;
    }
    if (!chatter.waitForAck(chatter.say(u"hello across namespaces"_s))) {
        std::printf("the message was not acknowledged\n");
        return 1;
    }
    std::printf("chatted: the message was stored and acknowledged\n");
    return 0;
}
