#include "historyreplies.h"

#include <algorithm>
#include <iterator>

namespace palaver::server {

HistoryReplies::HistoryReplies(Store &store, int recentCount)
    : m_store(store)
    , m_recentCount(recentCount)
{}

std::vector<protocol::History>
HistoryReplies::afterJoin(const QString &room, const std::optional<protocol::ResumePoint> &resume,
                          bool *resumeFailed)
{
    *resumeFailed = false;
    const RoomRange range = m_store.range(room);
    if (resume && resume->seq > 0) {
        // The client can resume if it knows this history and nothing it missed was trimmed.
        const bool sameHistory = resume->epoch == m_store.epoch() && resume->seq <= range.last;
        const bool nothingTrimmed =
            resume->seq == range.last || (range.first > 0 && resume->seq >= range.first - 1);
        if (sameHistory && nothingTrimmed) {
            std::vector<protocol::ChatMessage> missed;
            for (qint64 after = resume->seq; after < range.last;) {
                auto page = m_store.after(room, after, protocol::kMaxFetchLimit);
                if (page.empty())
                    break;
                after = page.back().seq;
                std::move(page.begin(), page.end(), std::back_inserter(missed));
            }
            // Only a complete, gap-free replay counts as recovered (a failed read or a hole
            // left by trimming must not pass for one).
            bool complete =
                missed.empty() ? resume->seq == range.last : missed.back().seq == range.last;
            for (size_t i = 0; complete && i < missed.size(); ++i)
                complete = missed[i].seq == resume->seq + 1 + qint64(i);
            if (complete)
                return frames(room, missed, range.first, true);
        }
        *resumeFailed = true;
    }
    const auto recent = m_store.before(room, range.last + 1, m_recentCount);
    return frames(room, recent, range.first,
                  *resumeFailed ? std::optional<bool>(false) : std::nullopt);
}

std::vector<protocol::History> HistoryReplies::older(const QString &room, qint64 before, int limit)
{
    const auto messages = m_store.before(room, before, std::min(limit, protocol::kMaxFetchLimit));
    return frames(room, messages, m_store.range(room).first, std::nullopt);
}

std::vector<protocol::History>
HistoryReplies::frames(const QString &room, const std::vector<protocol::ChatMessage> &messages,
                       qint64 firstStored, std::optional<bool> recovered)
{
    // Frames of at most about 256 KiB of text and kMaxFetchLimit messages.
    constexpr qsizetype kChunkChars = 256 * 1024;
    std::vector<protocol::History> result;
    protocol::History history{room, m_store.epoch(), {}, false, recovered};
    qsizetype chars = 0;
    const auto flush = [&] {
        history.hasMore = firstStored > 0 && !history.messages.isEmpty() &&
                          history.messages.constFirst().seq > firstStored;
        result.push_back(history);
        history.messages.clear();
        chars = 0;
    };
    for (const protocol::ChatMessage &message : messages) {
        history.messages.append(message);
        chars += message.text.size() + message.nick.size() + 128;
        if (chars >= kChunkChars || history.messages.size() >= protocol::kMaxFetchLimit)
            flush();
    }
    if (!history.messages.isEmpty() || messages.empty())
        flush();
    return result;
}

} // namespace palaver::server
