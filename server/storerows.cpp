#include "storerows.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>
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
    case int(protocol::MessageKind::Join):
    case int(protocol::MessageKind::Leave):
    case int(protocol::MessageKind::Nick):
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

QString saidKinds()
{
    return QString::number(int(protocol::MessageKind::Topic));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

StoredIds::StoredIds(const QSqlDatabase &db)
{
    for (size_t i = 0; i < std::size(kSizes); ++i) {
        m_find[i] = QSqlQuery(db);
        m_find[i].setForwardOnly(true);
        m_prepared = m_find[i].prepare(u"SELECT %1 FROM messages WHERE id IN (%2)"_s.arg(
                         QLatin1StringView(kMessageColumns), placeholders(qsizetype(kSizes[i])))) &&
                     m_prepared;
    }
}

bool StoredIds::find(const std::vector<NewMessage> &batch, std::vector<AppendResult> *known,
                     const QSqlQuery **failed)
{
    for (size_t from = 0; from < batch.size();) {
        const size_t left = batch.size() - from;
        size_t which = 0;
        while (which + 1 < std::size(kSizes) && kSizes[which] < left)
            ++which;
        const size_t count = std::min(kSizes[which], left);
        QSqlQuery &find = m_find[which];
        for (size_t i = 0; i < kSizes[which]; ++i)
            find.addBindValue(
                batch[from + std::min(i, count - 1)].id.toString(QUuid::WithoutBraces));
        if (!find.exec()) {
            *failed = &find;
            return false;
        }
        while (find.next())
            known->push_back(AppendResult{messageFromRow(find), true});
        find.finish();
        from += count;
    }
    return true;
}

} // namespace palaver::server
