#pragma once

#include "store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace palaver::server {

/// What the SQL backends share: the tables that are the same in each (see sqliteschema.cpp
/// and postgresschema.cpp), and the statements on them in the SQL that both SQLite and
/// PostgreSQL take. A backend adds how it connects, how it numbers what it appends, how it
/// trims, and how it searches.
class SqlStore : public Store
{
public:
    std::vector<protocol::ChatMessage> before(const QString &room, qint64 beforeSeq,
                                              int limit) override;
    std::vector<protocol::ChatMessage> after(const QString &room, qint64 afterSeq,
                                             int limit) override;
    std::optional<RoomRecord> room(const QString &name) override;
    std::optional<RoomRecord> createRoom(const QString &name, const QDateTime &now) override;
    std::vector<protocol::RoomSummary> roomDirectory() override;
    std::vector<MemberRecord> members(const QString &room) override;
    qint64 memberCount(const QString &room) override;
    bool addMember(const QString &room, const QString &nick) override;
    bool removeMember(const QString &room, const QString &nickKey) override;
    QStringList roomsOf(const QString &nickKey) override;
    QString nickOf(const QString &nickKey) override;
    bool renameNick(const QString &oldKey, const QString &newNick) override;
    QString directRoom(const QString &keyA, const QString &keyB, bool create,
                       const QDateTime &now) override;
    QStringList directParticipants(const QString &room) override;
    bool setReadMarker(const QString &nickKey, const QString &room, qint64 seq) override;
    qint64 readMarker(const QString &nickKey, const QString &room) override;
    qint64 unreadCount(const QString &room, qint64 afterSeq,
                       const QString &excludingNickKey) override;

    QString errorString() const override { return m_error; }

protected:
    /// Where the backends' SQL differs.
    struct Dialect
    {
        QString like;      ///< matching that ignores the case of (at least) ASCII letters
        QString byteOrder; ///< appended to ORDER BY a text, to sort it by its bytes
    };
    explicit SqlStore(Dialect dialect)
        : m_dialect(std::move(dialect))
    {}

    /// The connection, ready for a statement; invalid if there is none (m_error says why).
    virtual QSqlDatabase database() = 0;
    /// Runs `sql` with `values` bound in order. Nothing (and errorString()) on failure.
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &values);
    /// The first column of the first row of `sql`, or `fallback`.
    QVariant value(const QString &sql, const QVariantList &values, const QVariant &fallback = {});
    /// The messages `sql` selects (as kMessageColumns).
    std::vector<protocol::ChatMessage> messages(const QString &sql, const QVariantList &values);
    void failed(const QString &what, const QSqlQuery &query);
    /// Closes and forgets the connection `name`; every statement on it must be gone.
    static void closeConnection(const QString &name);
    /// Messages of `rooms` holding every word of `query` anywhere in their text, newest first.
    SearchResult searchAnywhere(const QString &query, const QStringList &rooms, int limit);

    QString m_error;

private:
    Dialect m_dialect;
};

} // namespace palaver::server
