#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace palaver::client {

class ChatModel;
class Connection;

/// Keeps the chat log in step with the connection (messages, notices, pending and failed
/// sends) and turns what the user typed into sends. Widget-free, so tests can drive it.
class ChatController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatController)
public:
    ChatController(Connection &connection, ChatModel &model, QObject *parent = nullptr);
    ~ChatController() override;

    /// Sends what the user typed, or says why it can't be sent. Blank input is ignored.
    std::optional<QString> submit(const QString &text);

    /// Asks the server for the page of history before the oldest message shown, unless one is
    /// on its way or the start of the history is already shown. True if it asked.
    bool loadOlder();
    /// True while older messages exist on the server that the log does not show yet.
    bool hasOlder() const { return m_hasOlder; }

signals:
    /// Older messages were put at the top of the log (the view keeps its place).
    void olderLoaded(int count);

private:
    Connection &m_connection;
    ChatModel &m_model;
    bool m_announcedDrop = false;
    bool m_hasOlder = false;
    bool m_loadingOlder = false;
    bool m_firstHistoryFrame = true; // of the current session
};

} // namespace palaver::client
