#pragma once

#include "shared/messages.h"
#include "store.h"

#include <QSqlDatabase>
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

/// For SQL: the highest message kind that people say (text, action, topic); the kinds after
/// it are the membership events, which are not searched nor unread.
QString saidKinds();

/// "?, ?, ?" for `count` values.
QString placeholders(qsizetype count);

/// Which of a batch's ids are stored already (sent again after a lost ack), in a few statements
/// for the whole batch rather than one per message. The lookups come in a few sizes; a batch
/// is looked up in chunks of the largest, and the rest with the smallest size that holds it,
/// padded by repeating its last id. Prepared once per connection.
class StoredIds
{
public:
    explicit StoredIds(const QSqlDatabase &db);
    bool isPrepared() const { return m_prepared; }
    /// The stored messages with ids of `batch` (marked duplicates). False on failure, with
    /// the statement that failed in `*failed`.
    bool find(const std::vector<NewMessage> &batch, std::vector<AppendResult> *known,
              const QSqlQuery **failed);

private:
    static constexpr size_t kSizes[] = {1, 8, 64, 500}; // 500: under SQLite's oldest limit
    QSqlQuery m_find[std::size(kSizes)];
    bool m_prepared = true;
};

} // namespace palaver::server
