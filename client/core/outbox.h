#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace palaver::client {

/// A message the user wrote that the server has not acknowledged yet.
struct OutgoingMessage
{
    QUuid id;
    QString room;
    QString text;
    QDateTime created;

    friend bool operator==(const OutgoingMessage &, const OutgoingMessage &) = default;
};

/// Messages waiting for their ack, oldest first. Each keeps its id for life, so sending it
/// again after a reconnect can't deliver it twice: the server recognises the id.
class Outbox
{
public:
    const OutgoingMessage &add(const QString &room, const QString &text);
    /// Forgets a message once it is acknowledged (or refused for good). False if unknown.
    bool remove(const QUuid &id);
    bool contains(const QUuid &id) const;
    const QList<OutgoingMessage> &pending() const { return m_pending; }
    bool isEmpty() const { return m_pending.isEmpty(); }
    qsizetype size() const { return m_pending.size(); }

private:
    QList<OutgoingMessage> m_pending;
};

} // namespace palaver::client
