#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

#include <functional>

namespace palaver::server {

class ChatServer;

/// The administrator's commands, typed on the server's console or sent through the admin
/// socket: who, kick, say, reload, quit, help. A leading "/" is optional. Replies are plain text;
/// one that begins with "error: " means the command did nothing.
class AdminCommands final
{
public:
    explicit AdminCommands(ChatServer &server);

    QString run(const QString &line);
    static QString help();
    /// What "reload" does (what SIGHUP does, which Windows lacks): reads the configuration
    /// again and returns what changed, or an "error: " line. Without it, "reload" is refused.
    void setReload(std::function<QString()> reload) { m_reload = std::move(reload); }

private:
    QString who() const;
    QString kick(const QString &arguments);
    QString say(const QString &arguments);

    ChatServer &m_server;
    std::function<QString()> m_reload;
};

/// A local socket (a Unix domain socket, a named pipe on Windows) that only this user can
/// open, for `palaver-server --admin COMMAND`: one command a connection, answered, then closed.
class AdminSocket final : public QObject
{
    Q_OBJECT
public:
    AdminSocket(AdminCommands &commands, QObject *parent = nullptr);

    /// Listens on `name`, taking it over from a server that crashed. False, with
    /// errorString(), if that fails.
    bool listen(const QString &name);
    QString errorString() const { return m_server.errorString(); }
    QString fullName() const { return m_server.fullServerName(); }

private:
    void onConnection();

    AdminCommands &m_commands;
    QLocalServer m_server;
};

/// The client side: sends `command` to the server listening on `name`, waits for the answer
/// (10 s at most). Returns it, or an "error: " line that says why there is none.
QString sendAdminCommand(const QString &name, const QString &command);

/// Where a server with this data directory listens for admin commands, unless told otherwise.
QString defaultAdminSocketName(const QString &dataDir);

} // namespace palaver::server
