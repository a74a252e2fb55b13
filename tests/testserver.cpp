#include "testserver.h"

namespace palaver::test {

using namespace Qt::StringLiterals;

TestServer::TestServer(server::ServerOptions options, const QString &dataDir)
    : m_dataDir(dataDir)
{
    if (m_dataDir.isEmpty()) {
        m_ownDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownDir->path();
    }
    if (options.name.isEmpty())
        options.name = u"test server"_s;
    // Tests send faster than people type; the rate limit has tests of its own.
    if (options.framesPerSecond == server::ServerOptions{}.framesPerSecond) {
        options.framesPerSecond = 1e6;
        options.frameBurst = 1e6;
    }
    m_store = std::make_unique<server::SqliteStore>(m_dataDir + u"/palaver.sqlite3"_s);
    m_server = std::make_unique<server::ChatServer>(*m_store, std::move(options));
}

bool TestServer::start(quint16 port)
{
    return m_store->isOpen() && m_server->listen(QHostAddress::LocalHost, port);
}

QString TestServer::errorString() const
{
    return m_store->isOpen() ? m_server->errorString() : m_store->errorString();
}

QUrl TestServer::url() const
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->serverPort()));
}

} // namespace palaver::test
