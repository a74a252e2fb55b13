#pragma once

// What Workspace keeps per room, shared by the files it is written in (workspace*.cpp).

#include "chatmodel.h"
#include "workspace.h"

#include <QSet>

#include <map>

namespace palaver::client {

/// Everything kept per room or direct conversation.
struct Workspace::Room
{
    protocol::RoomInfo info; // name, topic, peer; members live in `members`
    ChatModel chat;
    MemberListModel members;
    bool member = false; // confirmed by a welcome or `joined` (not just made for the outbox)
    qint64 lastRead = 0; // the newest seq the user has seen (the server's, or ours if ahead)
    qint64 unread = 0;   // messages from others after lastRead
    QSet<qint64> unreadMentions;
    bool awaitingHistory = false; // the first frame of a welcome's or `joined`'s history is due
    bool awaitingMarker = false;  // ... and the "unread from here" line is to be placed
    bool hasOlder = false;
    int olderInFlight = 0;            // fetches asked for whose answer has not begun
    qint64 olderAnswerLastSeq = -1;   // the last seq of the previous `Older` frame, to spot a
                                      // continuation of the same answer
    std::map<QString, qint64> typing; // nick -> when it stops showing (clock ms)
    qint64 membersAskedAt = -1;       // clock ms of the last `members` sent for a crowded room
    // "Connected to …", held back until the history is in, so that it follows what it
    // brought rather than sitting above messages older than itself.
    QString connectedNotice;
    QDateTime connectedAt;
};

} // namespace palaver::client
