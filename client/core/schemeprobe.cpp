#include "schemeprobe.h"

#include "shared/limits.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace palaver::client {

using namespace Qt::StringLiterals;

SchemeProbe::SchemeProbe(QObject *parent)
    : QObject(parent)
{}

SchemeProbe::~SchemeProbe()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SchemeProbe::start(const QUrl &url)
{
    const QString host = url.host();
    const auto port = quint16(url.port(protocol::kDefaultPort));
    if (url.scheme() == u"wss") {
        // A WebSocket upgrade for a version nobody speaks: a server without TLS answers it in
        // HTTP with the versions it does speak (RFC 6455, 4.4), and opens no WebSocket.
        m_socket = std::make_unique<QTcpSocket>();
        QAbstractSocket *socket = m_socket.get();
        connect(socket, &QAbstractSocket::connected, this, [socket, url] {
            socket->write("GET / HTTP/1.1\r\nHost: " + url.authority().toUtf8() +
                          "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Key: cGFsYXZlciBwcm9iZSAxMg==\r\n"
                          "Sec-WebSocket-Version: 0\r\n\r\n");
        });
        connect(socket, &QAbstractSocket::readyRead, this, [this, socket] {
            m_answer += socket->readAll();
            static constexpr QByteArrayView kHttp = "HTTP/";
            const bool notHttp = m_answer.size() >= kHttp.size() && !m_answer.startsWith(kHttp);
            if (notHttp || m_answer.contains("\r\n\r\n") || m_answer.size() > 8192)
                judgeAnswer();
        });
        // An answer may come with the close: judge what came.
        connect(socket, &QAbstractSocket::errorOccurred, this, [this] { judgeAnswer(); });
        connect(socket, &QAbstractSocket::disconnected, this, [this] { judgeAnswer(); });
        socket->connectToHost(host, port);
        return;
    }
    // Whether the certificate is any good does not matter here: only that TLS is spoken.
    auto tls = std::make_unique<QSslSocket>();
    QSslSocket *socket = tls.get();
    m_socket = std::move(tls);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    const auto failed = [this] { finish(Finding::Unknown); };
    connect(socket, &QSslSocket::encrypted, this, [this] { finish(Finding::SpeaksTls); });
    connect(socket, &QAbstractSocket::errorOccurred, this, failed);
    connect(socket, &QAbstractSocket::disconnected, this, failed);
    socket->connectToHostEncrypted(host, port);
}

void SchemeProbe::judgeAnswer()
{
    // Only a WebSocket server's own refusal, which names the versions it speaks, says that
    // the port is a WebSocket server without TLS. Any other HTTP answer proves nothing: a
    // Palaver server with TLS answers cleartext on its port with a plain 400, and the user
    // must never be told to drop encryption because of that.
    const qsizetype end = m_answer.indexOf("\r\n\r\n");
    const QByteArray head = (end < 0 ? m_answer : m_answer.left(end)).toLower();
    const bool refusedVersion =
        head.startsWith("http/") && head.contains("\nsec-websocket-version:");
    finish(refusedVersion ? Finding::SpeaksPlainHttp : Finding::Unknown);
}

void SchemeProbe::finish(Finding finding)
{
    if (m_done)
        return;
    m_done = true;
    m_socket->disconnect(this);
    m_socket->abort();
    emit finished(finding);
}

} // namespace palaver::client
