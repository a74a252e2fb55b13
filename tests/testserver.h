#pragma once

#include "server/chatserver.h"
#include "server/sqlitestore.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace palaver::test {

/// A real ChatServer with a real SQLite history, listening on loopback. By default the history
/// lives in a temporary directory of its own; pass a directory to share it between restarts.
class TestServer final
{
    Q_DISABLE_COPY_MOVE(TestServer)
public:
    explicit TestServer(server::ServerOptions options = {}, const QString &dataDir = {});

    /// Listens on `port` (0: an ephemeral one). False, with errorString(), on failure.
    bool start(quint16 port = 0);
    QString errorString() const;
    quint16 port() const { return m_server->serverPort(); }
    QUrl url() const;
    QString dataDir() const { return m_dataDir; }

    server::ChatServer &server() { return *m_server; }
    server::SqliteStore &store() { return *m_store; }

private:
    std::unique_ptr<QTemporaryDir> m_ownDir;
    QString m_dataDir;
    std::unique_ptr<server::SqliteStore> m_store;
    std::unique_ptr<server::ChatServer> m_server;
};

} // namespace palaver::test
