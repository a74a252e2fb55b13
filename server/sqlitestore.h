#pragma once

#include "sqlstore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

namespace palaver::server {

/// The embedded default Store: one SQLite file in the data directory, in WAL mode, with an
/// explicit schema version. Each append() is one transaction, so a caller that batches the
/// messages of one event-loop turn pays for one fsync per batch, not per message. Search uses
/// SQLite's FTS5 full-text index when the SQLite it runs on has one.
class SqliteStore final : public SqlStore
{
public:
    /// How hard a commit pushes data to disk (SQLite's `synchronous`).
    enum class Sync
    {
        Full,   ///< survives power loss: the default, and what acks promise
        Normal, ///< survives a crash of the server, not of the machine
        Off,    ///< for benchmarks that measure what durability costs
    };

    /// Whether search uses the FTS5 index: when SQLite has FTS5, or never (which is what a
    /// SQLite without FTS5 gets; tests use it to check that way of searching).
    enum class FullText
    {
        IfAvailable,
        Never,
    };

    /// Opens (creating or migrating) `path`. Check errorString() after: empty means ready.
    explicit SqliteStore(const QString &path, Sync sync = Sync::Full,
                         FullText fullText = FullText::IfAvailable);
    ~SqliteStore() override;
    Q_DISABLE_COPY_MOVE(SqliteStore)

    bool isOpen() const { return m_error.isEmpty(); }
    int schemaVersion() const;
    /// The schema version this build creates and migrates to.
    static int currentSchemaVersion();
    /// True if search uses the FTS5 index; false if it matches words with LIKE.
    bool hasFullTextSearch() const { return m_fullText; }

    QString epoch() const override { return m_epoch; }
    std::optional<std::vector<AppendResult>> append(const std::vector<NewMessage> &batch) override;
    RoomRange range(const QString &room) override;
    QHash<QString, qint64> lastSeqs() override { return m_lastSeq; }
    qint64 trim(const Retention &retention, const QDateTime &now) override;

    SearchResult search(const QString &query, const QStringList &rooms, int limit) override;

private:
    bool open(const QString &path, Sync sync, FullText fullText);
    bool exec(const QString &sql);
    /// Deletes the messages `where` selects (with `values` bound), and their search entries.
    qint64 deleteMessages(const QString &where, const QVariantList &values);
    QSqlDatabase database() override;

    /// append()'s statements, prepared once: preparing them for every batch cost more than
    /// running them (docs/benchmarks.md).
    struct AppendStatements;
    AppendStatements &appendStatements();

    QString m_connectionName;
    QString m_epoch;
    bool m_fullText = false;
    QHash<QString, qint64> m_lastSeq; // per room; mirrors the rooms table
    std::unique_ptr<AppendStatements> m_appendStatements;
};

} // namespace palaver::server
