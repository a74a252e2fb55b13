#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;

namespace palaver::client {

class ChatModel;
class ChatView;

/// The strip above the chat log that says "12 new messages since 14:05" while the "New
/// messages" line is scrolled out of view above, with a button to jump to it and one to mark
/// them read (which removes the line). Slack, Mattermost and Element show the same.
class NewMessagesBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewMessagesBar)
public:
    explicit NewMessagesBar(ChatView &log, QWidget *parent = nullptr);
    ~NewMessagesBar() override;

    /// The log's model: the bar follows its "New messages" line.
    void setModel(ChatModel *model);
    /// Looks again, once the log has been laid out: after scrolling, new lines, a resize.
    void refresh();
    void retranslate();

    /// Whether the "New messages" line is above the part of the log on screen.
    static bool lineIsAbove(const ChatView &log, const ChatModel &model);

signals:
    void jumpRequested();
    void markReadRequested();

private:
    /// Shows the bar, with the count and the time, or hides it: as the log is now.
    void look();

    ChatView &m_log;
    QPointer<ChatModel> m_model;
    QLabel *m_text;
    QPushButton *m_jump;
    QPushButton *m_markRead;
    QTimer m_check;
};

} // namespace palaver::client
