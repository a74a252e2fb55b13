#pragma once

#include "shared/messages.h"

#include <QString>

namespace palaver::server {

/// The other server instances that share this one's store, as Rooms sees them: what it tells
/// them about its own clients, and what it knows about theirs. A server that runs alone has
/// none. Everything here is best effort: when the database is unreachable, the instance goes on
/// serving its own clients, and what the others missed is caught up or expires.
class Peers
{
public:
    virtual ~Peers() = default;

    enum class Holder
    {
        Nobody,       ///< no client of another (live) instance uses the nickname
        SameClient,   ///< one does, and shows the same token: this is its new connection
        SomebodyElse, ///< somebody else uses it there
    };
    /// Who uses the nickname with this key at another instance.
    virtual Holder holderElsewhere(const QString &nickKey, const QString &token) = 0;
    /// Takes the nickname with this key for a client of this instance, unless a client of
    /// another live instance that shows another token has it: all in one statement, so that
    /// two instances letting in the same nickname at the same moment can't both have it.
    virtual bool claim(const QString &nickKey, const QString &nick, const QString &token) = 0;
    /// A client of another instance that showed the same token was replaced by one here.
    virtual void takeOver(const QString &nickKey) = 0;

    /// Presence of this instance's clients, for the others.
    virtual void online(const QString &nickKey, const QString &nick, protocol::Status status,
                        const QString &token) = 0;
    /// The client with this key left this instance. False if its nickname was not this
    /// instance's any more (it was taken over at another one): then the others must not hear
    /// that it went offline.
    virtual bool offline(const QString &nickKey) = 0;
    virtual void statusChanged(const QString &nickKey, protocol::Status status) = 0;
    virtual void renamed(const QString &oldKey, const QString &newNick) = 0;
    /// The status of the nickname with this key at another instance; Offline when it is not
    /// connected to any.
    virtual protocol::Status remoteStatus(const QString &nickKey) const = 0;

    /// Sends `encoded` to the members of `room` connected to other instances.
    virtual void toRoom(const QString &room, const QString &encoded) = 0;
    /// Sends `encoded` to the clients of other instances that share a room that is not
    /// crowded with `subjectKey`.
    virtual void toSharing(const QString &subjectKey, const QString &encoded) = 0;
    /// Somebody joined or left `room`: what the others know of its members is out of date.
    virtual void membersChanged(const QString &room) = 0;
    /// `nickKey`, if it is connected to another instance, became a member of `room` there.
    virtual void added(const QString &room, const QString &nickKey) = 0;
};

} // namespace palaver::server
