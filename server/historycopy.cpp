#include "historycopy.h"

#include "postgresstore.h"
#include "shared/limits.h"
#include "sqliteschema.h"
#include "sqlitestore.h"

#include <QFileInfo>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <utility>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

// The schemas this copy knows, table by table. When either store's schema grows, the tables
// below must grow with it: until then, a copy from or to another version is refused rather
// than done half.
constexpr int kSqliteSchema = 2;
constexpr int kPostgresSchema = 1;

/// Rows per INSERT: few round trips for a large history, and far below PostgreSQL's limit of
/// 65,535 values in one statement.
constexpr int kBatchRows = 500;
constexpr qint64 kProgressEvery = 10'000;

const QString kGeneral = QString::fromUtf16(protocol::kDefaultRoom);

/// A connection of its own name, closed and removed when it goes: declare it before anything
/// that uses it (queries, QSqlDatabase handles), so that those are gone first.
class Connection
{
    Q_DISABLE_COPY_MOVE(Connection)
public:
    explicit Connection(const QString &prefix)
        : m_name(prefix + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}
    ~Connection()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QString name() const { return m_name; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

/// How a column's SQLite value is bound for PostgreSQL.
enum class Column
{
    Text,         ///< never NULL (an empty text stays a text)
    NullableText, ///< NULL stays NULL
    Integer,
    Boolean, ///< 0 or 1 in SQLite, boolean in PostgreSQL
};

/// A table copied as it is: the same name and columns on both sides.
struct Table
{
    QString name;
    QList<std::pair<QString, Column>> columns;
    QString orderBy;    ///< for a copy in a stable order (a primary key)
    QString onConflict; ///< appended to the INSERT; empty for none
    QString what;       ///< what the rows are, for progress
    qint64 CopyReport::*count = nullptr;
};

const QList<Table> &tables()
{
    using enum Column;
    static const QList<Table> list{
        // general is there already (every new PostgreSQL history has it): the copy's wins.
        {u"room_meta"_s,
         {{u"key"_s, Text},
          {u"name"_s, Text},
          {u"topic"_s, Text},
          {u"direct"_s, Boolean},
          {u"created_ms"_s, Integer}},
         u"key"_s,
         u"ON CONFLICT (key) DO UPDATE SET name = excluded.name, topic = excluded.topic, "
         u"direct = excluded.direct, created_ms = excluded.created_ms"_s,
         u"rooms"_s,
         &CopyReport::rooms},
        // Each room's last seq as it is, which may be past its newest message (trimmed ones):
        // seqs are never given out twice.
        {u"rooms"_s, {{u"name"_s, Text}, {u"last_seq"_s, Integer}}, u"name"_s, {}, {}, nullptr},
        {u"messages"_s,
         {{u"room"_s, Text},
          {u"seq"_s, Integer},
          {u"id"_s, Text}, // a uuid, which PostgreSQL reads from its text
          {u"time_ms"_s, Integer},
          {u"nick"_s, Text},
          {u"text"_s, Text},
          {u"kind"_s, Integer},
          {u"nick_key"_s, NullableText}},
         u"room, seq"_s,
         {},
         u"messages"_s,
         &CopyReport::messages},
        {u"members"_s,
         {{u"room"_s, Text}, {u"nick_key"_s, Text}, {u"nick"_s, Text}},
         u"room, nick_key"_s,
         {},
         u"memberships"_s,
         &CopyReport::members},
        {u"direct_rooms"_s,
         {{u"key_a"_s, Text}, {u"key_b"_s, Text}, {u"room"_s, Text}},
         u"key_a, key_b"_s,
         {},
         u"direct conversations"_s,
         &CopyReport::directRooms},
        {u"read_markers"_s,
         {{u"nick_key"_s, Text}, {u"room"_s, Text}, {u"seq"_s, Integer}},
         u"nick_key, room"_s,
         {},
         u"read markers"_s,
         &CopyReport::readMarkers},
    };
    return list;
}

QVariant bindable(const QVariant &value, Column column)
{
    switch (column) {
    case Column::Text:
        return sqlText(value.toString());
    case Column::NullableText:
        return value.isNull() ? QVariant(QMetaType::fromType<QString>())
                              : sqlText(value.toString());
    case Column::Integer:
        return value.toLongLong();
    case Column::Boolean:
        return value.toLongLong() != 0;
    }
    return value;
}

/// Inserts the rows of one table, kBatchRows to a statement. The statement for a full batch
/// is prepared once; the rest at the end gets one of its own size.
class BatchInsert
{
    Q_DISABLE_COPY_MOVE(BatchInsert)
public:
    BatchInsert(const QSqlDatabase &db, const Table &table)
        : m_db(db)
        , m_table(table)
        , m_full(db)
        , m_rest(db)
    {
        m_pending.reserve(kBatchRows * table.columns.size());
    }

    /// Adds the current row of `from` (selected as the table's columns); false, with *error,
    /// when the batch it completes could not be stored.
    bool add(const QSqlQuery &from, QString *error)
    {
        for (qsizetype i = 0; i < m_table.columns.size(); ++i)
            m_pending.append(bindable(from.value(int(i)), m_table.columns.at(i).second));
        if (m_pending.size() < kBatchRows * m_table.columns.size())
            return true;
        if (!m_fullPrepared && !(m_fullPrepared = m_full.prepare(sql(kBatchRows))))
            return failed(m_full, error);
        return insert(m_full, error);
    }

    /// Stores what is left; false, with *error, when that failed.
    bool finish(QString *error)
    {
        if (m_pending.isEmpty())
            return true;
        if (!m_rest.prepare(sql(int(m_pending.size() / m_table.columns.size()))))
            return failed(m_rest, error);
        return insert(m_rest, error);
    }

    qint64 rows() const { return m_rows; }

private:
    QString sql(int rows) const
    {
        QStringList names;
        for (const auto &column : m_table.columns)
            names.append(column.first);
        QStringList marks(m_table.columns.size(), u"?"_s);
        const QString row = u'(' + marks.join(u", "_s) + u')';
        QStringList values(rows, row);
        return u"INSERT INTO %1 (%2) VALUES %3 %4"_s.arg(m_table.name, names.join(u", "_s),
                                                         values.join(u", "_s), m_table.onConflict);
    }

    bool insert(QSqlQuery &query, QString *error)
    {
        for (const QVariant &value : std::as_const(m_pending))
            query.addBindValue(value);
        if (!query.exec())
            return failed(query, error);
        m_rows += m_pending.size() / m_table.columns.size();
        m_pending.clear();
        query.finish();
        return true;
    }

    bool failed(const QSqlQuery &query, QString *error) const
    {
        *error = u"cannot copy into the PostgreSQL table %1: %2"_s.arg(
            m_table.name, query.lastError().text().trimmed());
        return false;
    }

    QSqlDatabase m_db;
    const Table &m_table;
    // Members, not locals, so that a failed one is freed after the rollback: PostgreSQL
    // refuses to free a statement in a failed transaction.
    QSqlQuery m_full;
    QSqlQuery m_rest;
    bool m_fullPrepared = false;
    QVariantList m_pending;
    qint64 m_rows = 0;
};

/// The first column of the first row of `sql` on `db`; invalid, with *error, on failure.
QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    *error = query.lastError().text().trimmed();
    return {};
}

/// Copies from the open SQLite connection `from` into the open PostgreSQL connection `to`, in
/// one transaction on each: a snapshot of the SQLite history, and all or nothing in
/// PostgreSQL.
std::optional<CopyReport> copy(QSqlDatabase from, QSqlDatabase to, const QString &sqlitePath,
                               const QString &postgres,
                               const std::function<void(const QString &)> &tell, QString *error)
{
    // Read as one snapshot, even if a server still writes to the file.
    if (!from.transaction()) {
        *error =
            u"cannot read the SQLite history %1: %2"_s.arg(sqlitePath, from.lastError().text());
        return std::nullopt;
    }
    if (!to.transaction()) {
        from.rollback();
        *error = u"cannot start a transaction in %1: %2"_s.arg(postgres, to.lastError().text());
        return std::nullopt;
    }
    const auto fail = [&](const QString &why) -> std::optional<CopyReport> {
        *error = why;
        to.rollback();
        from.rollback();
        return std::nullopt;
    };

    QString why;
    const QString epoch =
        scalar(from, u"SELECT value FROM meta WHERE key = 'epoch'"_s, &why).toString();
    if (epoch.isEmpty())
        return fail(u"the SQLite history %1 has no epoch: %2"_s.arg(sqlitePath, why));
    const QVariant total = scalar(from, u"SELECT COUNT(*) FROM messages"_s, &why);
    if (!total.isValid())
        return fail(u"cannot read the SQLite history %1: %2"_s.arg(sqlitePath, why));

    // Whoever else uses the database (an instance started too early) waits until the copy
    // is in; no history can appear between the check and the copy.
    QSqlQuery query(to);
    if (!query.exec(u"LOCK TABLE meta, rooms, messages, room_meta, members, direct_rooms, "
                    u"read_markers IN EXCLUSIVE MODE"_s))
        return fail(u"cannot lock the tables of %1: %2"_s.arg(postgres,
                                                              query.lastError().text().trimmed()));
    const QVariant hasHistory =
        scalar(to,
               u"SELECT EXISTS (SELECT 1 FROM messages) OR EXISTS (SELECT 1 FROM members) "
               u"OR EXISTS (SELECT 1 FROM rooms) OR EXISTS (SELECT 1 FROM direct_rooms) "
               u"OR EXISTS (SELECT 1 FROM read_markers) "
               u"OR EXISTS (SELECT 1 FROM room_meta WHERE key <> '%1')"_s.arg(kGeneral),
               &why);
    if (!hasHistory.isValid())
        return fail(u"cannot read %1: %2"_s.arg(postgres, why));
    if (hasHistory.toBool()) {
        return fail(
            u"the PostgreSQL database already has history; copy into an empty one (%1)"_s.arg(
                postgres));
    }

    // A server already running on it read the epoch when it started, and would go on serving
    // the copied history under the old one.
    const QVariant running = scalar(
        to, u"SELECT COUNT(*) FROM instances WHERE seen > now() - interval '1 minute'"_s, &why);
    if (!running.isValid())
        return fail(u"cannot read %1: %2"_s.arg(postgres, why));
    if (running.toLongLong() > 0) {
        return fail(u"%1 palaver-server instance(s) are running on %2: stop them, copy, then "
                    u"start them again"_s.arg(running.toString(), postgres));
    }

    tell(u"copying %1 messages from %2 to %3"_s.arg(total.toString(), sqlitePath, postgres));
    // The same epoch: clients resume into the new store with the seqs they know.
    query.prepare(u"UPDATE meta SET value = ? WHERE key = 'epoch'"_s);
    query.addBindValue(epoch);
    if (!query.exec() || query.numRowsAffected() != 1)
        return fail(
            u"cannot set the epoch of %1: %2"_s.arg(postgres, query.lastError().text().trimmed()));
    query.finish();

    CopyReport report;
    for (const Table &table : tables()) {
        QStringList columns;
        for (const auto &column : table.columns)
            columns.append(column.first);
        QSqlQuery select(from);
        select.setForwardOnly(true); // a million messages are streamed, not held
        if (!select.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table.name,
                                                                table.orderBy))) {
            return fail(u"cannot read the table %1 of %2: %3"_s.arg(table.name, sqlitePath,
                                                                    select.lastError().text()));
        }
        BatchInsert insert(to, table);
        qint64 rows = 0;
        while (select.next()) {
            if (!insert.add(select, &why))
                return fail(why);
            if (++rows % kProgressEvery == 0 && table.count == &CopyReport::messages)
                tell(u"%1 of %2 messages copied"_s.arg(QString::number(rows), total.toString()));
        }
        if (select.lastError().isValid()) {
            return fail(u"cannot read the table %1 of %2: %3"_s.arg(table.name, sqlitePath,
                                                                    select.lastError().text()));
        }
        if (!insert.finish(&why))
            return fail(why);
        if (table.count) {
            report.*table.count = insert.rows();
            tell(u"%1 %2 copied"_s.arg(QString::number(insert.rows()), table.what));
        }
    }

    tell(u"committing"_s);
    if (!to.commit())
        return fail(u"cannot commit the copy into %1: %2"_s.arg(postgres, to.lastError().text()));
    from.rollback(); // it only read
    return report;
}

} // namespace

std::optional<CopyReport> copySqliteToPostgres(const QString &sqlitePath,
                                               const PostgresTarget &target,
                                               const std::function<void(const QString &)> &progress,
                                               QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const auto fail = [&why](const QString &message) -> std::optional<CopyReport> {
        why = message;
        return std::nullopt;
    };
    const auto tell = [&progress](const QString &message) {
        if (progress)
            progress(message);
    };

    // Opening a path that isn't there would make a new, empty history: refuse instead.
    const QFileInfo file(sqlitePath);
    if (!file.exists())
        return fail(u"the SQLite history %1 does not exist"_s.arg(sqlitePath));
    if (!file.isFile())
        return fail(u"the SQLite history %1 is not a file"_s.arg(sqlitePath));

    // Every connection is declared here, before what uses it, so that it goes last.
    Connection sqliteConnection(u"palaver-copy-sqlite-"_s);
    Connection postgresConnection(u"palaver-copy-postgres-"_s);
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return fail(u"Qt's SQLite driver (QSQLITE) is not installed; on Debian or Ubuntu "
                    u"install libqt6sql6-sqlite."_s);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, sqliteConnection.name());
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    // A look before SqliteStore opens it, since that would make any SQLite database (someone
    // else's) a Palaver history by adding its tables.
    {
        QSqlDatabase db = sqliteConnection.database();
        if (!db.open()) {
            return fail(
                u"cannot open the SQLite history %1: %2"_s.arg(sqlitePath, db.lastError().text()));
        }
        QString whyNot;
        const QVariant version = scalar(db, u"PRAGMA user_version"_s, &whyNot);
        db.close();
        if (!version.isValid()) {
            return fail(u"cannot read %1 as an SQLite database: %2"_s.arg(sqlitePath, whyNot));
        }
        if (version.toInt() <= 0)
            return fail(
                u"%1 is not a Palaver history (it has no schema version)"_s.arg(sqlitePath));
    }

    // Migrated to the current schema by the store, and kept open (with its WAL files) while
    // the copy reads; the copy reads through a connection of its own, read-only.
    tell(u"opening %1"_s.arg(sqlitePath));
    SqliteStore sqlite(sqlitePath, SqliteStore::Sync::Full, SqliteStore::FullText::Never);
    if (!sqlite.isOpen())
        return fail(
            u"cannot open the SQLite history %1: %2"_s.arg(sqlitePath, sqlite.errorString()));
    if (sqlite.schemaVersion() != kSqliteSchema) {
        return fail(
            u"the SQLite history %1 has schema version %2; this copy knows version %3 only"_s
                .arg(sqlitePath)
                .arg(sqlite.schemaVersion())
                .arg(kSqliteSchema));
    }
    if (!sqliteConnection.database().open()) {
        return fail(u"cannot open the SQLite history %1: %2"_s.arg(
            sqlitePath, sqliteConnection.database().lastError().text()));
    }

    tell(u"opening %1"_s.arg(target.display()));
    {
        PostgresStore postgres(target); // creates or migrates the schema
        if (!postgres.isOpen())
            return fail(postgres.errorString());
        if (const int version = postgres.schemaVersion(); version != kPostgresSchema) {
            return fail(u"the database %1 has schema version %2; this copy knows version %3 only"_s
                            .arg(target.display())
                            .arg(version)
                            .arg(kPostgresSchema));
        }
    }
    if (!openPostgres(target, postgresConnection.name(), &why))
        return std::nullopt;

    return copy(sqliteConnection.database(), postgresConnection.database(), sqlitePath,
                target.display(), tell, &why);
}

} // namespace palaver::server
