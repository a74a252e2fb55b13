#pragma once

#include "shared/messages.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace palaver::server {

/// A chat message accepted by the server and waiting to be stored.
struct NewMessage
{
    QUuid id;
    QString room;
    QString nick;
    QString text;
    QDateTime time;
};

/// What became of one NewMessage: stored now, or already stored earlier under the same id
/// (then `message` is the original, with its original seq and time).
struct AppendResult
{
    protocol::ChatMessage message;
    bool duplicate = false;
};

/// The stored part of a room: seqs from `first` to `last` (both 0 when nothing is stored).
/// `last` never goes down, even when trimming empties the room.
struct RoomRange
{
    qint64 first = 0;
    qint64 last = 0;
};

/// How much history to keep; 0 means no limit.
struct Retention
{
    int maxDays = 0;
    qint64 maxPerRoom = 0;
};

/// Where chat history lives. Every message that append() returns is durable: a crash or a
/// power cut after it returns loses none of them.
class Store
{
public:
    virtual ~Store() = default;

    /// Identifies this history. It changes only when history is lost (a new database), which
    /// tells resuming clients that their seqs no longer mean anything here.
    virtual QString epoch() const = 0;

    /// Stores a batch in one transaction, in order, giving each new message the next seq of its
    /// room. Nothing is stored if it fails: then it returns nothing and errorString() says why.
    virtual std::optional<std::vector<AppendResult>>
    append(const std::vector<NewMessage> &batch) = 0;

    /// Up to `limit` messages of `room` with seq < `beforeSeq` (the newest ones), oldest first.
    virtual std::vector<protocol::ChatMessage> before(const QString &room, qint64 beforeSeq,
                                                      int limit) = 0;
    /// Up to `limit` messages of `room` with seq > `afterSeq`, oldest first.
    virtual std::vector<protocol::ChatMessage> after(const QString &room, qint64 afterSeq,
                                                     int limit) = 0;
    virtual RoomRange range(const QString &room) = 0;

    /// Deletes what `retention` no longer keeps, as of `now`; returns how many messages went.
    virtual qint64 trim(const Retention &retention, const QDateTime &now) = 0;

    virtual QString errorString() const = 0;
};

} // namespace palaver::server
