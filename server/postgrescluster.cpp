#include "postgrescluster.h"

#include "postgresstore.h"
#include "shared/validation.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCluster, "palaver.cluster", QtInfoMsg)

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

/// NOTIFY takes payloads under 8000 bytes.
constexpr qsizetype kMaxPayload = 7900;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

QString messagesChannel()
{
    return QString::fromLatin1(PostgresStore::kMessagesChannel);
}

QString eventsChannel()
{
    return QString::fromLatin1(PostgresCluster::kEventsChannel);
}

} // namespace

PostgresCluster::PostgresCluster(const PostgresTarget &target, Options options, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_options(std::move(options))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_connectionName(u"palaver-cluster-"_s + m_id)
{
    m_timer.setInterval(
        std::min<std::chrono::milliseconds>(std::chrono::seconds(1), m_options.heartbeat));
    connect(&m_timer, &QTimer::timeout, this, &PostgresCluster::tick);
}

PostgresCluster::~PostgresCluster()
{
    if (database().isOpen()) {
        // Going away properly: the others hear at once that its clients are offline, rather
        // than after the expiry.
        {
            QSqlQuery gone;
            if (run(u"DELETE FROM presence WHERE instance = ? RETURNING nick_key, nick"_s, {m_id},
                    &gone)) {
                while (gone.next()) {
                    publish(QJsonObject{{u"kind"_s, u"gone"_s},
                                        {u"key"_s, gone.value(0).toString()},
                                        {u"nick"_s, gone.value(1).toString()}});
                }
            }
            run(u"DELETE FROM instances WHERE id = ?"_s, {m_id});
        }
        database().close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PostgresCluster::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString PostgresCluster::applicationName() const
{
    return u"palaver-server cluster %1"_s.arg(m_id);
}

bool PostgresCluster::isConnected() const
{
    return database().isOpen();
}

bool PostgresCluster::start(QString *error)
{
    m_timer.start();
    return connectNow(error);
}

bool PostgresCluster::connectNow(QString *error)
{
    if (QSqlDatabase::contains(m_connectionName))
        database().close();
    if (!openPostgres(m_target, m_connectionName, error, applicationName()))
        return false;
    QSqlDatabase db = database();
    QSqlDriver *driver = db.driver();
    if (driver != m_listening) {
        m_listening = driver;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource,
                       const QVariant &payload) { onNotification(channel, payload.toString()); });
    }
    // Listen first, then look: nothing stored in between can be missed.
    if (!driver->subscribeToNotification(messagesChannel()) ||
        !driver->subscribeToNotification(eventsChannel())) {
        *error = u"cannot LISTEN on %1: %2"_s.arg(m_target.display(), driver->lastError().text());
        db.close();
        return false;
    }
    if (!run(u"INSERT INTO instances (id, name) VALUES (?, ?) "
             u"ON CONFLICT (id) DO UPDATE SET seen = now()"_s,
             {m_id, m_options.name.isNull() ? u""_s : m_options.name})) {
        *error = u"cannot register this instance in %1"_s.arg(m_target.display());
        return false;
    }
    m_remote.clear();
    QSqlQuery query;
    if (run(u"SELECT p.nick_key, p.nick, p.status, p.instance FROM presence p "
            u"JOIN instances i ON i.id = p.instance "
            u"WHERE p.instance <> ? AND i.seen > now() - ? * interval '1 millisecond'"_s,
            {m_id, qint64(m_options.expiry.count())}, &query)) {
        while (query.next()) {
            m_remote.insert(query.value(0).toString(),
                            Remote{query.value(1).toString(),
                                   protocol::Status(query.value(2).toInt()),
                                   query.value(3).toString()});
        }
    }
    m_lastHeartbeat = nowMs();
    m_lastPoll = nowMs();
    qCInfo(lcCluster, "instance %s joined the cluster on %s (%lld client(s) on other instances)",
           qUtf8Printable(m_id), qUtf8Printable(m_target.display()),
           static_cast<long long>(m_remote.size()));
    return true;
}

bool PostgresCluster::run(const QString &sql, const QVariantList &values, QSqlQuery *result)
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (!m_failing) {
            qCWarning(lcCluster, "the database refused \"%s\": %s", qUtf8Printable(sql),
                      qUtf8Printable(query.lastError().text().trimmed()));
        }
        m_failing = true;
        return false;
    }
    m_failing = false;
    if (result)
        *result = std::move(query);
    return true;
}

void PostgresCluster::tick()
{
    if (!database().isOpen()) {
        QString error;
        if (!connectNow(&error)) {
            if (!m_failing)
                qCWarning(lcCluster, "%s; trying again every second", qUtf8Printable(error));
            m_failing = true;
            return;
        }
        m_failing = false;
        // Our presence may have expired meanwhile, and notifications were surely missed.
        emit reclaim();
        emit checkAll();
        return;
    }
    const qint64 now = nowMs();
    if (now - m_lastHeartbeat >= m_options.heartbeat.count()) {
        m_lastHeartbeat = now;
        heartbeat();
        reap();
    }
    if (now - m_lastPoll >= m_options.poll.count()) {
        m_lastPoll = now;
        emit checkAll();
    }
}

void PostgresCluster::heartbeat()
{
    QSqlQuery query;
    if (!run(u"UPDATE instances SET seen = now() WHERE id = ?"_s, {m_id}, &query))
        return;
    if (query.numRowsAffected() > 0)
        return;
    // Declared gone while cut off: back, with every client recorded again.
    qCWarning(lcCluster, "the other instances had given this one up; registering it again");
    if (run(u"INSERT INTO instances (id, name) VALUES (?, ?) "
            u"ON CONFLICT (id) DO UPDATE SET seen = now()"_s,
            {m_id, m_options.name.isNull() ? u""_s : m_options.name}))
        emit reclaim();
}

void PostgresCluster::reap()
{
    const QVariantList stale{m_id, qint64(m_options.expiry.count())};
    QSqlQuery gone;
    if (!run(u"DELETE FROM presence WHERE instance IN (SELECT id FROM instances "
             u"WHERE id <> ? AND seen < now() - ? * interval '1 millisecond') "
             u"RETURNING nick_key, nick, instance"_s,
             stale, &gone))
        return;
    while (gone.next()) {
        const QString key = gone.value(0).toString();
        const QString nick = gone.value(1).toString();
        publish(QJsonObject{{u"kind"_s, u"gone"_s}, {u"key"_s, key}, {u"nick"_s, nick}});
        m_remote.remove(key);
        emit goneWithInstance(key, nick);
    }
    QSqlQuery instances;
    if (!run(u"DELETE FROM instances WHERE id <> ? AND seen < now() - ? * interval '1 millisecond' "
             u"RETURNING id, name"_s,
             stale, &instances))
        return;
    while (instances.next()) {
        qCWarning(lcCluster, "instance %s (\"%s\") stopped answering; its clients are offline",
                  qUtf8Printable(instances.value(0).toString()),
                  qUtf8Printable(instances.value(1).toString()));
    }
}

QString PostgresCluster::tokenHash(const QString &token)
{
    if (token.isEmpty())
        return u""_s; // nobody can show it
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void PostgresCluster::publish(QJsonObject event)
{
    event.insert(u"from"_s, m_id);
    const QString payload = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
    if (payload.toUtf8().size() > kMaxPayload) {
        qCWarning(lcCluster, "an event of %lld bytes is too big to tell the other instances",
                  static_cast<long long>(payload.toUtf8().size()));
        return;
    }
    run(u"SELECT pg_notify(?, ?)"_s, {eventsChannel(), payload});
}

void PostgresCluster::onNotification(const QString &channel, const QString &payload)
{
    if (channel == messagesChannel()) {
        const qsizetype space = payload.indexOf(u' ');
        bool ok = false;
        const qint64 seq = payload.left(space).toLongLong(&ok);
        if (space > 0 && ok)
            emit messagesStored(payload.mid(space + 1), seq);
        return;
    }
    if (channel != eventsChannel())
        return;
    const QJsonObject event = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (event.value(u"from"_s).toString() == m_id)
        return; // done here already
    onEvent(event);
}

void PostgresCluster::onEvent(const QJsonObject &event)
{
    const QString kind = event.value(u"kind"_s).toString();
    const QString key = event.value(u"key"_s).toString();
    if (kind == u"presence"_s) {
        if (const QString was = event.value(u"was"_s).toString(); !was.isEmpty())
            m_remote.remove(was);
        const auto status = protocol::Status(event.value(u"status"_s).toInt());
        if (status == protocol::Status::Offline) {
            // Only the instance that has the nickname now may say it left.
            if (m_remote.value(key).instance == event.value(u"from"_s).toString())
                m_remote.remove(key);
        } else
            m_remote.insert(key, Remote{event.value(u"nick"_s).toString(), status,
                                        event.value(u"from"_s).toString()});
    } else if (kind == u"room"_s) {
        emit roomFrame(event.value(u"room"_s).toString(), event.value(u"frame"_s).toString());
    } else if (kind == u"sharing"_s) {
        emit sharingFrame(key, event.value(u"frame"_s).toString());
    } else if (kind == u"members"_s) {
        emit roomMembersChanged(event.value(u"room"_s).toString());
    } else if (kind == u"added"_s) {
        emit addedToRoom(event.value(u"room"_s).toString(), key);
    } else if (kind == u"replace"_s) {
        if (event.value(u"instance"_s).toString() == m_id)
            emit replacedElsewhere(key);
        m_remote.remove(key);
    } else if (kind == u"gone"_s) {
        m_remote.remove(key);
        emit goneWithInstance(key, event.value(u"nick"_s).toString());
    }
}

Peers::Holder PostgresCluster::holderElsewhere(const QString &nickKey, const QString &token)
{
    QSqlQuery query;
    if (!run(u"SELECT p.token_hash FROM presence p JOIN instances i ON i.id = p.instance "
             u"WHERE p.nick_key = ? AND p.instance <> ? "
             u"AND i.seen > now() - ? * interval '1 millisecond'"_s,
             {nickKey, m_id, qint64(m_options.expiry.count())}, &query) ||
        !query.next()) {
        return Holder::Nobody;
    }
    const QString hash = query.value(0).toString();
    return !hash.isEmpty() && hash == tokenHash(token) ? Holder::SameClient : Holder::SomebodyElse;
}

void PostgresCluster::takeOver(const QString &nickKey)
{
    QSqlQuery query;
    if (!run(u"SELECT instance FROM presence WHERE nick_key = ?"_s, {nickKey}, &query) ||
        !query.next())
        return;
    publish(QJsonObject{{u"kind"_s, u"replace"_s},
                        {u"key"_s, nickKey},
                        {u"instance"_s, query.value(0).toString()}});
    m_remote.remove(nickKey);
}

void PostgresCluster::online(const QString &nickKey, const QString &nick, protocol::Status status,
                             const QString &token)
{
    run(u"INSERT INTO presence (nick_key, nick, status, instance, token_hash) "
        u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (nick_key) DO UPDATE SET nick = excluded.nick, "
        u"status = excluded.status, instance = excluded.instance, "
        u"token_hash = excluded.token_hash"_s,
        {nickKey, nick, int(status), m_id, tokenHash(token)});
    publish(QJsonObject{{u"kind"_s, u"presence"_s},
                        {u"key"_s, nickKey},
                        {u"nick"_s, nick},
                        {u"status"_s, int(status)}});
}

bool PostgresCluster::claim(const QString &nickKey, const QString &nick, const QString &token)
{
    // Ours already, or the same client's (the token), or its instance went silent: take it.
    QSqlQuery query;
    if (!run(u"INSERT INTO presence (nick_key, nick, status, instance, token_hash) "
             u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (nick_key) DO UPDATE SET nick = excluded.nick, "
             u"instance = excluded.instance, token_hash = excluded.token_hash "
             u"WHERE presence.instance = excluded.instance "
             u"OR (presence.token_hash <> '' AND presence.token_hash = excluded.token_hash) "
             u"OR NOT EXISTS (SELECT 1 FROM instances i WHERE i.id = presence.instance "
             u"AND i.seen > now() - ? * interval '1 millisecond') "
             u"RETURNING 1"_s,
             {nickKey, nick, int(protocol::Status::Online), m_id, tokenHash(token),
              qint64(m_options.expiry.count())},
             &query)) {
        return true; // the database is out of reach: this instance decides alone meanwhile
    }
    return query.next();
}

void PostgresCluster::forget(const QStringList &keptKeys)
{
    QSqlQuery gone;
    if (!run(u"DELETE FROM presence WHERE instance = ? RETURNING nick_key, nick"_s, {m_id}, &gone))
        return;
    while (gone.next()) {
        const QString key = gone.value(0).toString();
        if (!keptKeys.contains(key)) {
            // Left while the database was out of reach: the others never heard.
            publish(QJsonObject{
                {u"kind"_s, u"gone"_s}, {u"key"_s, key}, {u"nick"_s, gone.value(1).toString()}});
        }
    }
}

bool PostgresCluster::offline(const QString &nickKey)
{
    QSqlQuery query;
    if (!run(u"DELETE FROM presence WHERE nick_key = ? AND instance = ? RETURNING 1"_s,
             {nickKey, m_id}, &query)) {
        return true; // out of reach: told as well as can be, and forget() cleans up later
    }
    if (!query.next())
        return false; // taken over elsewhere
    publish(QJsonObject{{u"kind"_s, u"presence"_s},
                        {u"key"_s, nickKey},
                        {u"status"_s, int(protocol::Status::Offline)}});
    return true;
}

void PostgresCluster::statusChanged(const QString &nickKey, protocol::Status status)
{
    QSqlQuery query;
    run(u"UPDATE presence SET status = ? WHERE nick_key = ? AND instance = ? RETURNING nick"_s,
        {int(status), nickKey, m_id}, &query);
    publish(QJsonObject{{u"kind"_s, u"presence"_s},
                        {u"key"_s, nickKey},
                        {u"nick"_s, query.next() ? query.value(0).toString() : QString()},
                        {u"status"_s, int(status)}});
}

void PostgresCluster::renamed(const QString &oldKey, const QString &newNick)
{
    const QString newKey = protocol::nickKey(newNick);
    QSqlQuery query;
    run(u"UPDATE presence SET nick_key = ?, nick = ? WHERE nick_key = ? AND instance = ? "
        u"RETURNING status"_s,
        {newKey, newNick, oldKey, m_id}, &query);
    publish(QJsonObject{
        {u"kind"_s, u"presence"_s},
        {u"key"_s, newKey},
        {u"was"_s, oldKey},
        {u"nick"_s, newNick},
        {u"status"_s, query.next() ? query.value(0).toInt() : int(protocol::Status::Online)}});
}

protocol::Status PostgresCluster::remoteStatus(const QString &nickKey) const
{
    const auto it = m_remote.constFind(nickKey);
    return it == m_remote.cend() ? protocol::Status::Offline : it->status;
}

void PostgresCluster::toRoom(const QString &room, const QString &encoded)
{
    publish(QJsonObject{{u"kind"_s, u"room"_s}, {u"room"_s, room}, {u"frame"_s, encoded}});
}

void PostgresCluster::toSharing(const QString &subjectKey, const QString &encoded)
{
    publish(QJsonObject{{u"kind"_s, u"sharing"_s}, {u"key"_s, subjectKey}, {u"frame"_s, encoded}});
}

void PostgresCluster::membersChanged(const QString &room)
{
    publish(QJsonObject{{u"kind"_s, u"members"_s}, {u"room"_s, room}});
}

void PostgresCluster::added(const QString &room, const QString &nickKey)
{
    if (m_remote.contains(nickKey))
        publish(QJsonObject{{u"kind"_s, u"added"_s}, {u"room"_s, room}, {u"key"_s, nickKey}});
}

} // namespace palaver::server
