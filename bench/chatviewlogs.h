#pragma once

#include "shared/messages.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <random>

class QAbstractScrollArea;

namespace palaver::bench {

/// Realistic chat for palaver-chatview-bench: a few dozen people, mostly short lines, some long
/// ones that wrap, some pasted multi-line text, some links, a few that mention the user. The
/// same seed gives the same messages in every process.
class MessageSource
{
public:
    explicit MessageSource(quint64 seed);

    protocol::ChatMessage next();

private:
    int pick(int low, int high);
    QString sentence(int words);

    std::mt19937_64 m_random;
    QDateTime m_time;
    qint64 m_seq = 0;
};

/// One way of showing the chat log: something to append to and something to scroll.
class ChatLog
{
public:
    virtual ~ChatLog() = default;

    /// One message arriving, as in live chat.
    virtual void append(const protocol::ChatMessage &message) = 0;
    /// `count` messages arriving together, as a page of history does.
    virtual void load(MessageSource &source, int count);
    virtual QAbstractScrollArea &view() = 0;
};

/// The configurations, by name: "palaver" (what the app ships) first, then the references.
const QStringList &chatLogNames();
/// "Palaver (…)", "QTextBrowser, …": what a configuration is, for tables.
QString chatLogDescription(const QString &name);
/// The log called `name`, shown in a window, its viewport as big as the app's; null if there
/// is no such configuration.
std::unique_ptr<ChatLog> makeChatLog(const QString &name);

} // namespace palaver::bench
