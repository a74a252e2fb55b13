#pragma once

#include "peers.h"
#include "postgresconnection.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace palaver::server {

/// The server instances that share one PostgreSQL database, as this one takes part: each
/// keeps its row in `instances` fresh, records its clients' presence in `presence`, and tells
/// the others what its clients do with NOTIFY on kEventsChannel (JSON, one event each). It
/// LISTENs to that and to PostgresStore::kMessagesChannel, on a connection of its own.
///
/// An instance that stops refreshing its row (killed, cut off) is declared gone after
/// `expiry` by whichever instance notices first, and its clients go offline for everybody.
/// When this instance's own connection drops, it connects again, LISTENs again, and asks
/// (checkAll) for every room to be compared with the table, so no notification missed in
/// between stays missing; it also asks every `poll`, in case one was lost some other way.
class PostgresCluster final : public QObject, public Peers
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresCluster)
public:
    static constexpr auto kEventsChannel = "palaver_events";

    struct Options
    {
        QString name; ///< this instance's name, as the server announces it
        std::chrono::milliseconds heartbeat{2'000}; ///< how often the row is refreshed
        std::chrono::milliseconds expiry{10'000};   ///< silence after which an instance is gone
        std::chrono::milliseconds poll{5'000};      ///< how often every room is checked anyway
    };

    PostgresCluster(const PostgresTarget &target, Options options, QObject *parent = nullptr);
    ~PostgresCluster() override;

    /// Connects, registers this instance and starts listening. False, with `*error`, if the
    /// database can't be reached now; it is tried again by itself every second after that.
    bool start(QString *error);
    const QString &instanceId() const { return m_id; }
    bool isConnected() const;
    /// How its connection shows in pg_stat_activity.application_name.
    QString applicationName() const;
    /// Clients of other instances known to be connected.
    qsizetype remoteCount() const { return m_remote.size(); }

    Holder holderElsewhere(const QString &nickKey, const QString &token) override;
    void takeOver(const QString &nickKey) override;
    void online(const QString &nickKey, const QString &nick, protocol::Status status,
                const QString &token) override;
    bool claim(const QString &nickKey, const QString &nick, const QString &token) override;
    bool offline(const QString &nickKey) override;
    /// Deletes this instance's presence rows but those of `keptKeys` (its clients now, which
    /// it records again), telling the others of those that left unannounced.
    void forget(const QStringList &keptKeys);
    void statusChanged(const QString &nickKey, protocol::Status status) override;
    void renamed(const QString &oldKey, const QString &newNick) override;
    protocol::Status remoteStatus(const QString &nickKey) const override;
    void toRoom(const QString &room, const QString &encoded) override;
    void toSharing(const QString &subjectKey, const QString &encoded) override;
    void membersChanged(const QString &room) override;
    void added(const QString &room, const QString &nickKey) override;

signals:
    /// Some instance stored messages in `room` up to `seq`.
    void messagesStored(const QString &room, qint64 seq);
    /// Compare every room with the table: notifications may have been missed.
    void checkAll();
    /// This instance's presence rows were lost (it was declared gone while cut off): record
    /// every client again with online().
    void reclaim();
    /// From another instance: `encoded` for the local members of `room`.
    void roomFrame(const QString &room, const QString &encoded);
    /// From another instance: `encoded` for the local clients sharing a room with `subjectKey`.
    void sharingFrame(const QString &subjectKey, const QString &encoded);
    void roomMembersChanged(const QString &room);
    void addedToRoom(const QString &room, const QString &nickKey);
    /// The local client with this key was replaced by a connection to another instance.
    void replacedElsewhere(const QString &nickKey);
    /// A client of an instance that went away without a word is no longer connected.
    void goneWithInstance(const QString &nickKey, const QString &nick);

private:
    struct Remote
    {
        QString nick;
        protocol::Status status = protocol::Status::Online;
        QString instance;
    };

    bool connectNow(QString *error);
    void tick();
    void heartbeat();
    void reap();
    void publish(QJsonObject event);
    void onNotification(const QString &channel, const QString &payload);
    void onEvent(const QJsonObject &event);
    /// Runs `sql` with `values`; false (logged, at most once per outage) on failure.
    bool run(const QString &sql, const QVariantList &values, QSqlQuery *result = nullptr);
    QSqlDatabase database() const;
    static QString tokenHash(const QString &token);

    PostgresTarget m_target;
    Options m_options;
    QString m_id;
    QString m_connectionName;
    QHash<QString, Remote> m_remote;  // by nickname key
    QPointer<QSqlDriver> m_listening; // the driver whose notifications are connected
    QTimer m_timer;
    qint64 m_lastHeartbeat = 0;
    qint64 m_lastPoll = 0;
    bool m_failing = false; // the last statement failed: log again only when it works again
};

} // namespace palaver::server
