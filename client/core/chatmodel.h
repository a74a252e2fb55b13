#pragma once

#include "shared/messages.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <deque>
#include <vector>

namespace palaver::client {

/// One line of the chat log.
struct ChatLine
{
    enum class Kind
    {
        Message,
        Notice
    };
    enum class Status
    {
        Delivered,
        Pending,
        Failed
    };

    Kind kind = Kind::Message;
    Status status = Status::Delivered;
    QUuid id;       ///< the sender's message id; null for notices
    qint64 seq = 0; ///< the server's number in the room; 0 until delivered
    QDateTime time; ///< server time when delivered, local creation time while pending
    QString nick;
    QString text;
    QString problem; ///< why a Failed message was refused
    protocol::MessageKind messageKind = protocol::MessageKind::Text;
};

/// The chat log as a list model: delivered messages and notices in order, then the user's own
/// messages still waiting for the server, which move up into place when they are delivered.
/// Appending is amortised O(1) and there is no per-row widget, so 100,000 lines stay cheap.
class ChatModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatModel)
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        StatusRole,
        NickRole,
        TextRole,
        TimeRole,
        SeqRole,
        IdRole,
        ProblemRole,
        MessageKindRole, ///< protocol::MessageKind, as int
        MentionRole,     ///< the message names the user (see setOwnNick)
        FirstUnreadRole, ///< the first message the user has not read (see setFirstUnread)
    };
    Q_ENUM(Role)

    explicit ChatModel(QObject *parent = nullptr);
    ~ChatModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ChatLine &line(int row) const;

    /// Adds a delivered message. A message already shown (same id) is not shown again; one of
    /// ours that was pending leaves the pending block and takes its place in order.
    void addMessage(const protocol::ChatMessage &message);
    /// Shows a message the user typed that is not yet acknowledged.
    void addPending(const QUuid &id, const QString &nick, const QString &text,
                    const QDateTime &created,
                    protocol::MessageKind kind = protocol::MessageKind::Text);
    /// Marks a pending message as refused by the server.
    void markFailed(const QUuid &id, const QString &problem);
    /// Removes a failed message from the log and returns its text, so it can be edited and
    /// sent again. Empty if `id` is not a failed message.
    QString takeFailed(const QUuid &id);
    /// Puts older messages (a page fetched from the server) above everything else, in order;
    /// the next frame of the same answer goes right below the previous one.
    void prependOlder(const QList<protocol::ChatMessage> &messages);
    /// The seq of the oldest message shown, 0 if none: where the next older page ends.
    qint64 oldestSeq() const;
    /// The server lost its history: its seqs start again from 1. The lines shown stay, as a
    /// record of the history that was, but no longer have a seq: nothing new is taken for
    /// one of them, nor they for something new.
    void forgetSeqs();
    /// Empties the log, as when the user connects to another server.
    void clear();
    /// Adds a line such as "alice joined" or "Connection lost".
    void addNotice(const QString &text, const QDateTime &time = QDateTime::currentDateTimeUtc());

    /// The user's nickname: messages from others that name it are mentions (MentionRole).
    void setOwnNick(const QString &nick);
    /// Marks the message with this seq as the first unread one (0: none), for the "new
    /// messages" line.
    void setFirstUnread(qint64 seq);
    qint64 firstUnread() const { return m_firstUnread; }
    /// How many messages from others there are from the first unread one down: what the
    /// "New messages" line stands for. 0 when there is no such line.
    int unreadFromMarker() const;
    /// The row of the delivered message with this seq, or -1 if it is not loaded.
    int rowOfSeq(qint64 seq) const;
    /// The seq of the newest delivered message, 0 if none.
    qint64 newestSeq() const;

    /// "12:03 alice: hello" with the time in this computer's time zone and locale; actions
    /// read "12:03 * alice waves".
    static QString displayText(const ChatLine &line);
    /// The text of a message as shown after the nickname: "waves" for an action reads
    /// "* alice waves", a topic "alice set the topic to “…”".
    static QString bodyText(const ChatLine &line);
    /// Whether a delivered message reads like a notice: a topic change, or a membership event
    /// the server recorded (joined, left, changed nickname). These stay in the history.
    static bool readsAsNotice(const ChatLine &line)
    {
        return line.kind == ChatLine::Kind::Message &&
               (line.messageKind == protocol::MessageKind::Topic ||
                protocol::isEventKind(line.messageKind));
    }

signals:
    /// The "New messages" line moved, appeared (seq > 0) or went away (0).
    void firstUnreadChanged(qint64 seq);

private:
    /// What a screen reader says for a line: "bob, 09:30: hi", with its state in words
    /// ("mentions you", "sending", "not sent: …"), which the delegate shows by colour and marks.
    QString accessibleText(const QModelIndex &index) const;
    int pendingRow(const QUuid &id) const;
    void appendDelivered(ChatLine line);

    void seqChanged(qint64 seq);

    QString m_ownNick;
    qint64 m_firstUnread = 0;
    std::deque<ChatLine> m_lines;    // delivered messages and notices, in order
    std::vector<ChatLine> m_pending; // ours, not yet delivered, after m_lines
    QSet<QUuid> m_shownIds;
};

} // namespace palaver::client
