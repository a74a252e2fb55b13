#include "storerows.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <utility>

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

protocol::MessageKind kindFromColumn(const QVariant &value)
{
    const int kind = value.toInt();
    switch (kind) {
    case int(protocol::MessageKind::Action):
    case int(protocol::MessageKind::Topic):
        return protocol::MessageKind(kind);
    default:
        return protocol::MessageKind::Text;
    }
}

} // namespace

protocol::ChatMessage messageFromRow(const QSqlQuery &query)
{
    protocol::ChatMessage message;
    message.room = query.value(0).toString();
    message.seq = query.value(1).toLongLong();
    message.id = QUuid::fromString(query.value(2).toString());
    message.time = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::utc());
    message.nick = query.value(4).toString();
    message.text = query.value(5).toString();
    message.kind = kindFromColumn(query.value(6));
    return message;
}

QStringList searchWords(const QString &query)
{
    QStringList words;
    QString word;
    for (const QChar c : query) {
        if (c.isSpace()) {
            if (!word.isEmpty())
                words.append(std::exchange(word, {}));
        } else {
            word.append(c);
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

} // namespace palaver::server
