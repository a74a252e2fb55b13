#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace palaver::server {

// The SQLite history's schema: the numbered migrations, and the full-text search index, which
// exists only where SQLite has FTS5 and so is set up at every start rather than migrated.

/// The schema version this build creates and migrates to.
int sqliteSchemaVersion();

/// Takes `db` from its schema version (0 for a new file) to sqliteSchemaVersion(), each step
/// and its version number in one transaction. False, with `*error`, when it can't (a newer
/// schema, a failed step).
bool migrateSqliteSchema(QSqlDatabase &db, QString *error);

/// If this SQLite has FTS5, creates the search index `message_search` unless it exists, and
/// indexes every message not in it yet (those of a migrated database, or stored while the
/// index was not used). `*available` says whether there is an index. False, with `*error`,
/// only when indexing failed.
bool prepareSearchIndex(QSqlDatabase &db, bool *available, QString *error);

/// A text as bound to a statement: '' when empty, never NULL (an empty topic is a text).
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace palaver::server
