#pragma once

#include <QObject>

namespace palaver::server {

class AdminCommands;

/// The server's console: when it runs in a terminal, lines typed there are admin commands
/// (/who, /kick, /say, /quit) and their answers are printed. Under systemd or with its input
/// redirected, it reads nothing.
class Console final : public QObject
{
    Q_OBJECT
public:
    /// Starts reading standard input if it is a terminal; returns whether it does.
    static bool start(AdminCommands &commands);

private:
    explicit Console(AdminCommands &commands);
    void onLine(const QString &line);

    AdminCommands &m_commands;
};

/// Whether standard input is a terminal (a platform file has it).
bool standardInputIsTerminal();

} // namespace palaver::server
