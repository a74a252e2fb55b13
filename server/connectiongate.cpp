#include "connectiongate.h"

#include "shared/discoverysocket.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGate, "palaver.server.gate", QtInfoMsg)

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

/// A TLS record of type handshake (a ClientHello) starts with 0x16, then the major version 3.
constexpr char kTlsHandshake = 0x16;
constexpr char kTlsMajorVersion = 0x03;
/// As much of a request as is read ahead of QWebSocketServer; it refuses longer headers itself.
constexpr qint64 kMaxPeek = 16 * 1024;
constexpr qsizetype kMaxLogBudgets = 4096;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

/// The HTTP answer to a request that is not a WebSocket handshake: a browser or curl shows it.
QByteArray httpAnswer(const QByteArray &status, const QByteArray &text)
{
    return "HTTP/1.1 " + status +
           "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
           "Content-Length: " +
           QByteArray::number(text.size() + 1) + "\r\n\r\n" + text + '\n';
}

/// Whether `data` may be the start of an HTTP request line ("GET / HTTP/1.1").
bool looksLikeHttp(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() && data[i] >= 'A' && data[i] <= 'Z')
        ++i;
    return i > 0 && (i == data.size() || data[i] == ' ');
}

struct Request
{
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

Request parseRequest(QByteArrayView header)
{
    Request request;
    const QList<QByteArray> lines = header.toByteArray().split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1).left(100);
    request.version = first.value(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
        }
    }
    return request;
}

bool hasToken(const QByteArray &value, const QByteArray &token)
{
    for (const QByteArray &item : value.split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

/// Accepts as QTcpServer does, but hands out QSslSockets, not yet encrypted, when serving TLS:
/// the gate looks at the first bytes before it starts the handshake.
class ConnectionGate::Listener final : public QTcpServer
{
public:
    explicit Listener(ConnectionGate &gate)
        : m_gate(gate)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_gate.m_tls) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto socket = std::make_unique<QSslSocket>(this);
        socket->setSslConfiguration(*m_gate.m_tls);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket.release());
    }

private:
    ConnectionGate &m_gate;
};

ConnectionGate::ConnectionGate(const std::optional<QSslConfiguration> &tls,
                               std::chrono::milliseconds handshakeTimeout, QObject *parent)
    : QObject(parent)
    , m_tls(tls)
    , m_handshakeTimeout(handshakeTimeout)
    , m_server(std::make_unique<Listener>(*this))
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &ConnectionGate::onPendingConnection);
}

ConnectionGate::~ConnectionGate() = default;

QTcpServer &ConnectionGate::server()
{
    return *m_server;
}

const QTcpServer &ConnectionGate::server() const
{
    return *m_server;
}

bool ConnectionGate::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void ConnectionGate::setTlsConfiguration(const QSslConfiguration &configuration)
{
    if (m_tls)
        m_tls = configuration;
}

bool ConnectionGate::mayLog(const QHostAddress &peer)
{
    const qint64 now = nowMs();
    if (m_logBudgets.size() >= kMaxLogBudgets) {
        // Forget the addresses that have their whole budget back: they lose nothing by it.
        m_logBudgets.removeIf([now](auto &entry) { return entry.value().tokens(now) >= 5.0; });
        if (m_logBudgets.size() >= kMaxLogBudgets)
            m_logBudgets.clear(); // a flood from everywhere: start over
    }
    const QHostAddress key = protocol::plainAddress(peer);
    auto it = m_logBudgets.find(key);
    if (it == m_logBudgets.end())
        it = m_logBudgets.insert(key, TokenBucket(5, 5.0 / 60, now));
    return it->take(now);
}

QString ConnectionGate::peerName(const QTcpSocket &socket) const
{
    return protocol::plainAddress(socket.peerAddress()).toString();
}

void ConnectionGate::refuse(QTcpSocket &socket, const QString &why, const QByteArray &httpStatus,
                            Owner owner)
{
    if (!why.isEmpty() && mayLog(socket.peerAddress()))
        qCWarning(lcGate, "client %s %s", qUtf8Printable(peerName(socket)), qUtf8Printable(why));
    if (!httpStatus.isEmpty())
        socket.write(httpAnswer(httpStatus, why.toUtf8()));
    const auto close = [&socket, answered = !httpStatus.isEmpty()] {
        if (answered)
            socket.disconnectFromHost(); // once the answer is written
        else
            socket.abort();
    };
    if (owner == Owner::WebSocketServer) {
        // Inside the readyRead that QWebSocketServer's (queued) handler is to hear next: it
        // must not read a request from a socket closed under it. Nothing else listens to it
        // yet. QWebSocketServer deletes the socket once disconnected.
        disconnect(&socket, &QTcpSocket::readyRead, nullptr, nullptr);
        close();
        return;
    }
    connect(&socket, &QTcpSocket::disconnected, &socket, &QObject::deleteLater);
    close();
    if (socket.state() == QAbstractSocket::UnconnectedState)
        socket.deleteLater();
}

void ConnectionGate::onPendingConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        emit accepted(socket);
        if (socket->state() != QAbstractSocket::ConnectedState) {
            socket->deleteLater(); // refused by the caps
            continue;
        }
        if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
            watchTlsHandshake(*tls);
            continue;
        }
        emit ready(socket);
        watchRequest(*socket);
    }
}

void ConnectionGate::watchTlsHandshake(QSslSocket &socket)
{
    // The TLS handshake must be over in time; then QWebSocketServer's own timeout takes over.
    auto *timer = new QTimer(&socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, &socket, [this, &socket] {
        if (socket.mode() == QSslSocket::UnencryptedMode) {
            qCDebug(lcGate, "client %s sent nothing in time", qUtf8Printable(peerName(socket)));
            refuse(socket, {}, {}, Owner::Gate);
        } else {
            refuse(socket,
                   u"did not finish its TLS handshake in %1 s: a slow or broken client, or not "
                   u"a Palaver client"_s.arg(m_handshakeTimeout.count() / 1000),
                   {}, Owner::Gate);
        }
    });
    timer->start(m_handshakeTimeout);
    // Until it is encrypted and handed over, the socket is the gate's to delete.
    connect(&socket, &QSslSocket::disconnected, this, [&socket] {
        if (!socket.isEncrypted())
            socket.deleteLater();
    });
    auto firstBytes = std::make_shared<QMetaObject::Connection>();
    *firstBytes = connect(&socket, &QSslSocket::readyRead, this, [this, &socket, firstBytes] {
        disconnect(*firstBytes);
        onFirstBytes(socket);
    });
    // What the peer said when it gave up, if it said anything: "unknown ca", "bad certificate".
    auto alert = std::make_shared<QString>();
    connect(&socket, &QSslSocket::alertReceived, this,
            [alert](QSsl::AlertLevel, QSsl::AlertType, const QString &description) {
                *alert = description;
            });
    connect(&socket, &QSslSocket::errorOccurred, this,
            [this, &socket, alert](QAbstractSocket::SocketError error) {
                if (socket.isEncrypted() || socket.mode() == QSslSocket::UnencryptedMode)
                    return; // after the handshake, or before it began: not a TLS matter
                if (error == QAbstractSocket::RemoteHostClosedError && alert->isEmpty()) {
                    qCInfo(lcGate, "client %s hung up during the TLS handshake",
                           qUtf8Printable(peerName(socket)));
                    return;
                }
                QString why = u"failed the TLS handshake: %1"_s.arg(socket.errorString());
                if (!alert->isEmpty()) {
                    why += u" (it says \"%1\": if it is a Palaver app, it does not trust this "
                           u"server's certificate; its user compares the fingerprint logged at "
                           u"start and accepts it)"_s.arg(*alert);
                }
                refuse(socket, why, {}, Owner::Gate);
            });
    connect(&socket, &QSslSocket::encrypted, this, [this, &socket, timer] {
        timer->stop();
        timer->deleteLater();
        // A client that does not trust the certificate often just hangs up at this point.
        const auto hangUp = [this, &socket] {
            if (socket.error() != QAbstractSocket::RemoteHostClosedError)
                return;
            qCInfo(lcGate,
                   "client %s hung up right after the TLS handshake: if it is a Palaver app, it "
                   "did not accept this server's certificate",
                   qUtf8Printable(peerName(socket)));
        };
        auto quietHangUp = std::make_shared<QMetaObject::Connection>(
            connect(&socket, &QSslSocket::disconnected, this, hangUp));
        connect(
            &socket, &QSslSocket::readyRead, this, [quietHangUp] { disconnect(*quietHangUp); },
            Qt::SingleShotConnection);
        emit ready(&socket);
        watchRequest(socket);
    });
    if (socket.bytesAvailable() > 0)
        onFirstBytes(socket);
}

void ConnectionGate::onFirstBytes(QSslSocket &socket)
{
    if (socket.mode() != QSslSocket::UnencryptedMode)
        return;
    char first = 0;
    if (socket.peek(&first, 1) != 1)
        return;
    if (first == kTlsHandshake) {
        socket.startServerEncryption();
        return;
    }
    const QByteArray start = socket.peek(64);
    if (looksLikeHttp(start)) {
        refuse(socket,
               u"tried plain ws:// on this TLS port: it should use wss://, the address with "
               u"wss:// in front"_s,
               "400 Bad Request", Owner::Gate);
    } else {
        refuse(socket,
               u"sent something other than TLS to this TLS port: it should use wss://, or it is "
               u"not a Palaver client"_s,
               {}, Owner::Gate);
    }
}

void ConnectionGate::watchRequest(QTcpSocket &socket)
{
    // QWebSocketServer starts no timer of its own for connections handed to it: a client that
    // sends nothing, or half a request, would hold its place among the connections for ever.
    // The whole request must be here in time; after it, the hello has a timeout of its own.
    auto *deadline = new QTimer(&socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, &socket, [this, &socket] {
        qCInfo(lcGate,
               "client %s sent no complete WebSocket handshake in %lld ms: closed (a port scanner, "
               "a health check, or not a Palaver client)",
               qUtf8Printable(peerName(socket)), qlonglong(m_handshakeTimeout.count()));
        refuse(socket, {}, {}, Owner::WebSocketServer);
    });
    deadline->start(m_handshakeTimeout);
    // Synchronous, so it runs before QWebSocketServer's own (queued) handler: this one reads
    // first.
    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto inspect = [this, &socket, deadline, connection] {
        if (!inspectRequest(socket))
            return;
        disconnect(*connection);
        deadline->stop();
    };
    *connection = connect(&socket, &QTcpSocket::readyRead, this, inspect);
    if (socket.bytesAvailable() > 0)
        inspect();
}

bool ConnectionGate::inspectRequest(QTcpSocket &socket)
{
    const QByteArray data = socket.peek(std::min(socket.bytesAvailable(), kMaxPeek));
    if (data.isEmpty())
        return false;
    const bool encrypted = qobject_cast<QSslSocket *>(&socket) != nullptr;
    if (!encrypted && data.at(0) == kTlsHandshake &&
        (data.size() < 2 || data.at(1) == kTlsMajorVersion)) {
        refuse(socket,
               u"spoke TLS to this plain port: it should use ws://, or start the server with "
               u"--tls-cert and --tls-key to serve wss://"_s,
               {}, Owner::WebSocketServer);
        return true;
    }
    if (!looksLikeHttp(data.left(16))) {
        refuse(socket,
               u"sent something that is not a WebSocket handshake (not HTTP): it is not a "
               u"Palaver client, or it speaks another protocol"_s,
               {}, Owner::WebSocketServer);
        return true;
    }
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return data.size() >= kMaxPeek; // QWebSocketServer refuses a header that big itself
    const Request request = parseRequest(QByteArrayView(data).first(end));
    if (request.method != "GET" || !hasToken(request.headers.value("upgrade"), "websocket")) {
        refuse(socket,
               u"sent a plain HTTP request (%1 %2), not a WebSocket handshake: this port is for "
               u"the Palaver app (%3://this-address:port); a web browser can't open it"_s.arg(
                   QString::fromLatin1(request.method.left(16)),
                   QString::fromLatin1(request.target),
                   QString::fromLatin1(encrypted ? "wss" : "ws")),
               "400 Bad Request", Owner::WebSocketServer);
        return true;
    }
    // QWebSocketServer refuses these by itself, with an HTTP answer but no log line.
    const QByteArray version = request.headers.value("sec-websocket-version");
    QString why;
    if (!request.headers.contains("sec-websocket-key") || version.isEmpty()) {
        why = u"sent an incomplete WebSocket handshake (no Sec-WebSocket-Key or -Version): it "
              u"is not a Palaver client"_s;
    } else if (version != "13") {
        why = u"asked for WebSocket version %1; this server speaks version 13 (RFC 6455)"_s.arg(
            QString::fromLatin1(version.left(16)));
    } else if (const QString origin = QString::fromUtf8(request.headers.value("origin"));
               !origin.isEmpty() && !m_allowedOrigins.contains(origin)) {
        why = u"came from a web page at %1, which may not connect: if it should, start the "
              u"server with --allow-origin %1"_s.arg(origin.left(200));
    }
    if (!why.isEmpty() && mayLog(socket.peerAddress()))
        qCWarning(lcGate, "client %s %s", qUtf8Printable(peerName(socket)), qUtf8Printable(why));
    return true;
}

} // namespace palaver::server
