#pragma once

#include "postgresconnection.h"
#include "sqlstore.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace palaver::server {

/// The Store for several server instances: one PostgreSQL database that all of them share.
/// Each room's seq is taken from its row in `rooms`, locked for the length of the append, so
/// every instance agrees on one order; a message id is unique in the whole database, so a
/// client that sends again through another instance still gets exactly-once. Every append
/// that stores something NOTIFYs the channel kMessagesChannel with "seq room" for each room,
/// when it commits (see PostgresCluster).
///
/// When the connection is lost, calls fail (errorString() says so) until the server is back:
/// the next call after that connects again.
class PostgresStore final : public SqlStore
{
public:
    /// The channel an append notifies; its payload is the new last seq, a space, the room.
    static constexpr auto kMessagesChannel = "palaver_messages";

    /// Connects to `target` and creates or migrates its schema. Check errorString() after:
    /// empty means ready.
    explicit PostgresStore(const PostgresTarget &target);
    ~PostgresStore() override;
    Q_DISABLE_COPY_MOVE(PostgresStore)

    bool isOpen() const { return m_error.isEmpty(); }
    int schemaVersion();
    static int currentSchemaVersion();
    const PostgresTarget &target() const { return m_target; }

    QString epoch() const override { return m_epoch; }
    std::optional<std::vector<AppendResult>> append(const std::vector<NewMessage> &batch) override;
    std::vector<protocol::ChatMessage> after(const QString &room, qint64 afterSeq,
                                             int limit) override;
    RoomRange range(const QString &room) override;
    QHash<QString, qint64> lastSeqs() override;
    qint64 trim(const Retention &retention, const QDateTime &now) override;

    SearchResult search(const QString &query, const QStringList &rooms, int limit) override;
    bool isAvailable() override;

private:
    /// Connects (again, after a lost connection); false with m_error if it can't.
    bool connect();
    /// The connection, connected again first if it was lost. Invalid if that failed.
    QSqlDatabase database() override;
    std::optional<std::vector<AppendResult>> appendOnce(const std::vector<NewMessage> &batch);
    std::vector<protocol::ChatMessage> afterOnce(const QString &room, qint64 afterSeq, int limit);
    struct AppendStatements;
    AppendStatements *appendStatements(QSqlDatabase &db);

    PostgresTarget m_target;
    QString m_connectionName;
    QString m_epoch;
    std::unique_ptr<AppendStatements> m_appendStatements;
};

} // namespace palaver::server
