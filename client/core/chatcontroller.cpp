#include "chatcontroller.h"

#include "chatmodel.h"
#include "connection.h"
#include "shared/validation.h"

#include <QLocale>

namespace palaver::client {

using namespace Qt::StringLiterals;

ChatController::ChatController(Connection &connection, ChatModel &model, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_model(model)
{
    connect(&connection, &Connection::welcomed, this, [this](const protocol::Welcome &welcome) {
        m_announcedDrop = false;
        m_firstHistoryFrame = true;
        m_loadingOlder = false;
        QStringList nicks;
        for (const protocol::Member &member : welcome.members)
            nicks.append(member.nick);
        m_model.addNotice(
            tr("Connected to %1 as %2. In the room: %3.")
                .arg(welcome.name, welcome.nick, QLocale().createSeparatedList(nicks)));
    });
    connect(&connection, &Connection::messageReceived, &model, &ChatModel::addMessage);
    connect(&connection, &Connection::historyReceived, this,
            [this](const protocol::History &history, Connection::HistoryKind kind) {
                if (kind == Connection::HistoryKind::Older) {
                    const int before = m_model.rowCount();
                    m_model.prependOlder(history.messages);
                    m_hasOlder = history.hasMore;
                    m_loadingOlder = false;
                    emit olderLoaded(m_model.rowCount() - before);
                    return;
                }
                if (history.recovered == false) {
                    m_model.addNotice(tr("Some messages sent while you were away could not be "
                                         "recovered: the server's history was reset or has "
                                         "been trimmed. Shown below is the latest history."));
                }
                if (kind == Connection::HistoryKind::Recent && m_firstHistoryFrame)
                    m_hasOlder = history.hasMore;
                m_firstHistoryFrame = false;
                for (const protocol::ChatMessage &message : history.messages)
                    m_model.addMessage(message);
            });
    connect(&connection, &Connection::outboxRestored, this,
            [this](const QList<OutgoingMessage> &messages) {
                for (const OutgoingMessage &message : messages)
                    m_model.addPending(message.id, m_connection.nick(), message.text,
                                       message.created);
            });
    connect(&connection, &Connection::presenceReceived, this,
            [this](const protocol::Presence &presence) {
                if (presence.nick == m_connection.nick() &&
                    presence.event == protocol::Presence::Event::Join)
                    return; // the welcome notice already said so
                m_model.addNotice(presence.event == protocol::Presence::Event::Join
                                      ? tr("%1 joined.").arg(presence.nick)
                                      : tr("%1 left.").arg(presence.nick),
                                  presence.time);
            });
    connect(&connection, &Connection::sendFailed, &model, &ChatModel::markFailed);
    connect(&connection, &Connection::serverError, this, [this](const protocol::Error &error) {
        m_model.addNotice(tr("The server reported a problem: %1").arg(error.message));
    });
    connect(&connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Reconnecting && !m_announcedDrop) {
            m_announcedDrop = true;
            m_model.addNotice(tr("Connection lost: %1 Messages you write are kept and sent when "
                                 "the connection is back.")
                                  .arg(m_connection.lastProblem()));
        } else if (state == Connection::State::Offline && !m_connection.lastProblem().isEmpty()) {
            m_model.addNotice(tr("Disconnected: %1").arg(m_connection.lastProblem()));
        }
    });
}

ChatController::~ChatController() = default;

bool ChatController::loadOlder()
{
    if (!m_hasOlder || m_loadingOlder)
        return false;
    const qint64 oldest = m_model.oldestSeq();
    if (oldest <= 1 || !m_connection.fetchOlder(oldest))
        return false;
    m_loadingOlder = true;
    return true;
}

std::optional<QString> ChatController::submit(const QString &typed)
{
    const QString text = protocol::normalizedText(typed);
    if (text.trimmed().isEmpty())
        return std::nullopt;
    if (const auto violation = protocol::checkText(text, m_connection.welcome().limits)) {
        if (violation->code == protocol::ErrorCode::TextTooLong) {
            return tr("The message is %n characters too long.", nullptr,
                      int(text.size()) - m_connection.welcome().limits.maxTextLength);
        }
        return tr("The message can't be sent: it contains a control character.");
    }
    const OutgoingMessage &message = m_connection.send(text);
    m_model.addPending(message.id, m_connection.nick(), message.text, message.created);
    return std::nullopt;
}

} // namespace palaver::client
