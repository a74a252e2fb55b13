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

private:
    Connection &m_connection;
    ChatModel &m_model;
    bool m_announcedDrop = false;
};

} // namespace palaver::client
