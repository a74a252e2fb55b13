#pragma once

#include "shared/messages.h"
#include "store.h"

#include <optional>
#include <vector>

namespace palaver::server {

/// Decides what history a client gets: the recent messages on joining, exactly what it missed
/// when it resumes (or the recent ones with recovered:false when that can't be done), and
/// pages of older messages on request. Answers are cut into frames of bounded size.
class HistoryReplies
{
public:
    HistoryReplies(Store &store, int recentCount);

    /// The frames that follow a welcome. `resumeFailed` is set when a resume point was given
    /// but could not be honoured.
    std::vector<protocol::History> afterJoin(const QString &room,
                                             const std::optional<protocol::ResumePoint> &resume,
                                             bool *resumeFailed);
    /// The answer to a fetch: up to `limit` messages before seq `before`.
    std::vector<protocol::History> older(const QString &room, qint64 before, int limit);
    void setRecentCount(int count) { m_recentCount = count; }

private:
    std::vector<protocol::History> frames(const QString &room,
                                          const std::vector<protocol::ChatMessage> &messages,
                                          qint64 firstStored, std::optional<bool> recovered);

    Store &m_store;
    int m_recentCount;
};

} // namespace palaver::server
