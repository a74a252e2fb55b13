#include "admin.h"

#include "chatserver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QTimer>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxCommandBytes = 8192;

QString statusName(protocol::Status status)
{
    switch (status) {
    case protocol::Status::Online:
        return u"online"_s;
    case protocol::Status::Away:
        return u"away"_s;
    case protocol::Status::Offline:
        break;
    }
    return u"offline"_s;
}

QString error(const QString &text)
{
    return u"error: "_s + text;
}

} // namespace

AdminCommands::AdminCommands(ChatServer &server)
    : m_server(server)
{}

QString AdminCommands::help()
{
    return u"Commands (the leading / is optional):\n"
           u"  /who                      who is connected, from where, in which rooms\n"
           u"  /kick NICKNAME [REASON]   disconnect somebody; their app does not reconnect "
           u"by itself\n"
           u"  /say [#ROOM] TEXT         post TEXT as \"server\" in ROOM (default #general); it "
           u"stays in the history\n"
           u"  /reload                   read the configuration file and the TLS files again "
           u"(as SIGHUP does)\n"
           u"  /quit                     stop the server, telling every client (as SIGTERM "
           u"does)\n"
           u"  /help                     this list"_s;
}

QString AdminCommands::run(const QString &line)
{
    QString text = line.trimmed();
    if (text.startsWith(u'/'))
        text.remove(0, 1);
    const qsizetype space = text.indexOf(u' ');
    const QString command = (space < 0 ? text : text.left(space)).toLower();
    const QString arguments = space < 0 ? QString() : text.mid(space + 1).trimmed();
    if (command == u"who")
        return who();
    if (command == u"kick")
        return kick(arguments);
    if (command == u"say")
        return say(arguments);
    if (command == u"reload") {
        if (!m_reload)
            return error(u"this server can't reload."_s);
        return m_reload();
    }
    if (command == u"quit") {
        QTimer::singleShot(0, &m_server, &ChatServer::shutdown); // after this answer is sent
        return u"Stopping: every client is told, then the server exits."_s;
    }
    if (command == u"help" || command.isEmpty())
        return help();
    return error(u"no command \"%1\".\n"_s.arg(command) + help());
}

QString AdminCommands::who() const
{
    const QList<ChatServer::Connected> all = m_server.connected();
    if (all.isEmpty())
        return u"Nobody is connected."_s;
    QStringList lines{u"%1 connected:"_s.arg(all.size())};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ChatServer::Connected &c : all) {
        const qint64 minutes = c.since.isValid() ? c.since.secsTo(now) / 60 : 0;
        lines.append(u"  %1  %2  %3, for %4 min, in %5"_s.arg(
            c.nick, c.peer, statusName(c.status), QString::number(minutes),
            c.rooms.isEmpty() ? u"no room"_s : c.rooms.join(u", "_s)));
    }
    return lines.join(u'\n');
}

QString AdminCommands::kick(const QString &arguments)
{
    if (arguments.isEmpty())
        return error(u"whom? Write /kick NICKNAME [REASON]."_s);
    // Nicknames may hold spaces: the longest connected one the line starts with is meant.
    QString nick;
    for (const ChatServer::Connected &c : m_server.connected()) {
        if (c.nick.size() > nick.size() && arguments.startsWith(c.nick, Qt::CaseInsensitive) &&
            (arguments.size() == c.nick.size() || arguments.at(c.nick.size()) == u' '))
            nick = c.nick;
    }
    if (nick.isEmpty())
        nick = arguments.section(u' ', 0, 0);
    const QString reason = arguments.mid(nick.size()).trimmed();
    const int count = m_server.kick(nick, reason);
    if (count == 0)
        return error(u"nobody called \"%1\" is connected (see /who)."_s.arg(nick));
    return count == 1 ? u"Disconnected %1."_s.arg(nick)
                      : u"Disconnected %1 (%2 connections)."_s.arg(nick).arg(count);
}

QString AdminCommands::say(const QString &arguments)
{
    QString room = u"general"_s;
    QString text = arguments;
    if (text.startsWith(u'#')) {
        const qsizetype space = text.indexOf(u' ');
        room = text.mid(1, space < 0 ? -1 : space - 1);
        text = space < 0 ? QString() : text.mid(space + 1).trimmed();
    }
    if (text.isEmpty())
        return error(u"say what? Write /say [#ROOM] TEXT."_s);
    if (const std::optional<QString> problem = m_server.say(room, text))
        return error(*problem);
    return u"Said in #%1."_s.arg(room);
}

AdminSocket::AdminSocket(AdminCommands &commands, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &AdminSocket::onConnection);
}

bool AdminSocket::listen(const QString &name)
{
    if (m_server.listen(name))
        return true;
    if (m_server.serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // In use: by a running server (then leave it be), or left behind by one that crashed.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(1000))
        return false;
    QLocalServer::removeServer(name);
    return m_server.listen(name);
}

void AdminSocket::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine() && socket->bytesAvailable() < kMaxCommandBytes)
                return;
            const QString line = QString::fromUtf8(socket->readLine(kMaxCommandBytes)).trimmed();
            // The command only: what /say says is chat text, which is never logged.
            qInfo("admin socket: %s", qUtf8Printable(line.section(u' ', 0, 0)));
            socket->write(m_commands.run(line).toUtf8() + '\n');
            socket->disconnectFromServer(); // after the answer is written
        });
        // Nobody keeps the socket open without saying anything.
        QTimer::singleShot(10'000, socket, [socket] { socket->abort(); });
    }
}

QString sendAdminCommand(const QString &name, const QString &command)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(3000)) {
        return error(u"no server answers on %1 (%2). Is it running, with the same --data-dir "
                     u"(or --admin-socket), and are you the user it runs as?"_s.arg(
                         QDir::toNativeSeparators(name), socket.errorString()));
    }
    socket.write(command.toUtf8().left(kMaxCommandBytes - 1) + '\n');
    QByteArray answer;
    QDeadlineTimer deadline(10'000);
    while (socket.state() == QLocalSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        answer += socket.readAll();
    }
    answer += socket.readAll();
    if (answer.isEmpty())
        return error(u"the server did not answer."_s);
    return QString::fromUtf8(answer).trimmed();
}

QString defaultAdminSocketName(const QString &dataDir)
{
#ifdef Q_OS_WIN
    // A named pipe: one per data directory, so two servers on one machine don't collide.
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(dataDir).toLower().toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return u"palaver-server-admin-"_s + QString::fromLatin1(hash);
#else
    return QDir(dataDir).filePath(u"admin.sock"_s);
#endif
}

} // namespace palaver::server
