#pragma once

#include "shared/messages.h"

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
    protocol::MessageKind kind = protocol::MessageKind::Text;

    friend bool operator==(const OutgoingMessage &, const OutgoingMessage &) = default;
};

/// Messages waiting for their ack, oldest first. Each keeps its id for life, so sending it
/// again after a reconnect can't deliver it twice: the server recognises the id.
///
/// With a file, every change is written to it before the call returns (atomically, through
/// QSaveFile), so what was typed survives the app crashing or the machine losing power.
class Outbox
{
public:
    /// Keeps messages in memory only.
    Outbox() = default;

    /// Switches to `path` (empty: memory only) and loads what it holds. Messages in memory are
    /// dropped: they belong to the previous file. Returns false, with errorString(), if the
    /// file exists but can't be read; the outbox is then empty but still saves to `path`.
    bool setFile(const QString &path);
    QString file() const { return m_path; }
    QString errorString() const { return m_error; }

    const OutgoingMessage &add(const QString &room, const QString &text,
                               protocol::MessageKind kind = protocol::MessageKind::Text);
    /// Forgets a message once it is acknowledged (or refused for good). False if unknown.
    bool remove(const QUuid &id);
    bool contains(const QUuid &id) const;
    const QList<OutgoingMessage> &pending() const { return m_pending; }
    bool isEmpty() const { return m_pending.isEmpty(); }
    qsizetype size() const { return m_pending.size(); }

private:
    bool save();

    QList<OutgoingMessage> m_pending;
    QString m_path;
    QString m_error;
};

} // namespace palaver::client
