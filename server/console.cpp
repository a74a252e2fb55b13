#include "console.h"

#include "admin.h"

#include <QMetaObject>
#include <QString>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

namespace palaver::server {

Console::Console(AdminCommands &commands)
    : m_commands(commands)
{}

bool Console::start(AdminCommands &commands)
{
    if (!standardInputIsTerminal())
        return false;
    // Lives as long as the process: the reading thread may still hand it a line while the
    // server shuts down, and a blocking read can't be interrupted portably.
    auto *console = new Console(commands);
    std::thread([console] {
        std::string line;
        while (std::getline(std::cin, line)) {
            QMetaObject::invokeMethod(
                console, [console, text = QString::fromStdString(line)] { console->onLine(text); },
                Qt::QueuedConnection);
        }
    }).detach();
    return true;
}

void Console::onLine(const QString &line)
{
    if (line.trimmed().isEmpty())
        return;
    std::fputs(qUtf8Printable(m_commands.run(line) + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace palaver::server
