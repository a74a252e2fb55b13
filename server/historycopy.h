#pragma once

#include "postgresconnection.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace palaver::server {

/// How much copySqliteToPostgres() copied: rows of each table.
struct CopyReport
{
    qint64 rooms = 0; ///< rooms and direct conversations (room_meta)
    qint64 messages = 0;
    qint64 members = 0;
    qint64 directRooms = 0;
    qint64 readMarkers = 0;
};

/// Copies the whole history of the SQLite file `sqlitePath` into the PostgreSQL database
/// `target`, for an admin moving from one server to several instances sharing PostgreSQL.
///
/// The SQLite file is opened (and so migrated to the current schema) by a SqliteStore first,
/// then read as one snapshot; the PostgreSQL schema is created or migrated by a PostgresStore.
/// It refuses a database that already has history (messages, members, rooms with seqs, direct
/// conversations or read markers): the copy is for an empty one. Everything is copied in one
/// PostgreSQL transaction, so that a failure leaves the database as it was. The epoch, the seqs
/// (and each room's last seq, even where trimming removed the newest messages) and the message
/// ids stay the same, so clients resume into the new store as if nothing had happened, and a
/// message sent again after the move is still recognised as a repeat.
///
/// `progress` (may be empty) is told what is happening, in words for an admin: each step, and
/// every 10,000 messages. Nothing, with `*error` in words an admin can act on, on failure.
std::optional<CopyReport> copySqliteToPostgres(const QString &sqlitePath,
                                               const PostgresTarget &target,
                                               const std::function<void(const QString &)> &progress,
                                               QString *error);

} // namespace palaver::server
