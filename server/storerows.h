#pragma once

#include "shared/messages.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace palaver::server {

// What the SQL stores have in common: how a message row reads, and how a search is split.

/// The columns messageFromRow() reads, in its order.
inline constexpr auto kMessageColumns = "room, seq, id, time_ms, nick, text, kind";
/// The same columns of `messages` under the alias m.
inline constexpr auto kMessageColumnsOfM = "m.room, m.seq, m.id, m.time_ms, m.nick, m.text, m.kind";

/// The message in the current row of `query`, selected as kMessageColumns.
protocol::ChatMessage messageFromRow(const QSqlQuery &query);

/// The words of a search, split at white space.
QStringList searchWords(const QString &query);

/// "?, ?, ?" for `count` values.
QString placeholders(qsizetype count);

} // namespace palaver::server
