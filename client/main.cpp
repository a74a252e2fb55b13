// palaver: the desktop client. Reads the command line, puts the pieces together, and opens
// the window; everything else lives in palaver_client_core and palaver_client_ui.
#include "client/core/clientsettings.h"
#include "client/core/clock.h"
#include "client/core/connection.h"
#include "client/core/serveraddress.h"
#include "client/core/wakedetector.h"
#include "client/core/workspace.h"
#include "client/ui/language.h"
#include "client/ui/mainwindow.h"
#include "client/ui/resources.h"
#include "client/ui/theme.h"
#include "shared/validation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

#include <cstdio>

using namespace palaver::client;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"palaver"_s);
    QApplication::setApplicationDisplayName(u"Palaver"_s);
    QApplication::setApplicationVersion(QStringLiteral(PALAVER_VERSION));
    QApplication::setOrganizationName(u"Palaver"_s);
    QApplication::setDesktopFileName(u"org.palaver.Palaver"_s);
    initResources();
    QApplication::setWindowIcon(appIcon());
    ClientSettings settings;
    // Before the first widget: the language (system's or chosen) and the theme, which the
    // settings dialog changes again at run time.
    applyLanguage(settings.language());
    applyTheme(settings.theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Palaver chat client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        u"server"_s,
        QApplication::translate("main", "Connect to this server at once (host, host:port or a "
                                        "ws:// or wss:// URL)."),
        u"address"_s);
    const QCommandLineOption nickOption(
        u"nick"_s, QApplication::translate("main", "Use this nickname."), u"name"_s);
    parser.addOptions({serverOption, nickOption});
    parser.process(app);

    SystemClock clock;
    Connection connection(clock);
    connection.setOutboxDirectory(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    connection.setTrustedCertificates(settings.trustedCertificates());
    WakeDetector wakeDetector(clock);
    QObject::connect(&wakeDetector, &WakeDetector::woke, &connection, &Connection::checkAfterWake);
    Workspace workspace(connection, clock);
    MainWindow window(connection, workspace, settings);
    window.show();

    const QString address =
        parser.isSet(serverOption) ? parser.value(serverOption) : settings.server();
    const QString nick = palaver::protocol::normalizedNick(
        parser.isSet(nickOption) ? parser.value(nickOption) : settings.nick());
    const ServerAddress parsed = parseServerAddress(address);
    const bool nickOk = !palaver::protocol::checkNick(nick, palaver::protocol::Limits{});
    if (!address.isEmpty() && parsed.error.isEmpty() && nickOk) {
        if (parser.isSet(serverOption) || parser.isSet(nickOption)) {
            settings.setServer(address);
            settings.setNick(nick);
        }
        window.openConnection(parsed.urls, nick);
    } else {
        if (parser.isSet(serverOption) && !parsed.error.isEmpty())
            std::fprintf(stderr, "palaver: --server: %s\n", qUtf8Printable(parsed.error));
        if (!window.askForServer(address.isEmpty() ? QString() : parsed.error))
            return 0;
    }
    return QApplication::exec();
}
