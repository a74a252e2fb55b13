#pragma once

#include "store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace palaver::server {

/// The embedded default Store: one SQLite file in the data directory, in WAL mode, with an
/// explicit schema version. Each append() is one transaction, so a caller that batches the
/// messages of one event-loop turn pays for one fsync per batch, not per message.
class SqliteStore final : public Store
{
public:
    /// How hard a commit pushes data to disk (SQLite's `synchronous`).
    enum class Sync
    {
        Full,   ///< survives power loss: the default, and what acks promise
        Normal, ///< survives a crash of the server, not of the machine
        Off,    ///< for benchmarks that measure what durability costs
    };

    /// Opens (creating or migrating) `path`. Check errorString() after: empty means ready.
    explicit SqliteStore(const QString &path, Sync sync = Sync::Full);
    ~SqliteStore() override;
    Q_DISABLE_COPY_MOVE(SqliteStore)

    bool isOpen() const { return m_error.isEmpty(); }
    int schemaVersion() const;
    /// The schema version this build creates and migrates to.
    static int currentSchemaVersion();

    QString epoch() const override { return m_epoch; }
    std::optional<std::vector<AppendResult>> append(const std::vector<NewMessage> &batch) override;
    std::vector<protocol::ChatMessage> before(const QString &room, qint64 beforeSeq,
                                              int limit) override;
    std::vector<protocol::ChatMessage> after(const QString &room, qint64 afterSeq,
                                             int limit) override;
    RoomRange range(const QString &room) override;
    qint64 trim(const Retention &retention, const QDateTime &now) override;
    QString errorString() const override { return m_error; }

private:
    bool open(const QString &path, Sync sync);
    bool migrate();
    bool exec(const QString &sql);
    std::vector<protocol::ChatMessage> select(const QString &sql, const QString &room, qint64 seq,
                                              int limit);

    QString m_connectionName;
    QString m_epoch;
    QString m_error;
    QHash<QString, qint64> m_lastSeq; // per room; mirrors the rooms table
};

} // namespace palaver::server
