#pragma once

#include <QSqlDatabase>
#include <QString>

namespace palaver::server {

// The PostgreSQL history's schema: the same tables as SQLite's (so that history copies across
// table by table), plus those that let several server instances share it: `instances`, which
// each running server keeps fresh, and `presence`, who is connected to which of them.

/// The schema version this build creates and migrates to.
int postgresSchemaVersion();

/// Takes `db` from its schema version (0 for an empty database) to postgresSchemaVersion(),
/// each step with its version number in one transaction, under an advisory lock so that
/// instances starting together migrate once. False, with `*error`, when it can't (a newer
/// schema, a failed step).
bool migratePostgresSchema(QSqlDatabase &db, QString *error);

/// The schema version of `db`: 0 when it has none yet, -1 when it can't be read.
int postgresSchemaVersionOf(QSqlDatabase &db);

} // namespace palaver::server
