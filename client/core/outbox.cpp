#include "outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {
constexpr int kFormatVersion = 1;
}

bool Outbox::setFile(const QString &path)
{
    m_path = path;
    m_pending.clear();
    m_error.clear();
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || document.object().value("version"_L1).toInt() != kFormatVersion) {
        m_error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                               : u"unknown format"_s;
        return false;
    }
    const QJsonArray messages = document.object().value("messages"_L1).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject o = value.toObject();
        OutgoingMessage message{
            QUuid::fromString(o.value("id"_L1).toString()), o.value("room"_L1).toString(),
            o.value("text"_L1).toString(),
            QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODateWithMs),
            protocol::MessageKind(
                std::clamp(o.value("kind"_L1).toInt(), 0, int(protocol::MessageKind::Topic)))};
        // An empty topic clears it; any other empty message is junk.
        if (!message.id.isNull() &&
            (!message.text.isEmpty() || message.kind == protocol::MessageKind::Topic))
            m_pending.append(message);
    }
    return true;
}

bool Outbox::save()
{
    if (m_path.isEmpty())
        return true;
    QJsonArray messages;
    for (const OutgoingMessage &m : std::as_const(m_pending)) {
        messages.append(QJsonObject{{"id"_L1, m.id.toString(QUuid::WithoutBraces)},
                                    {"room"_L1, m.room},
                                    {"text"_L1, m.text},
                                    {"created"_L1, m.created.toString(Qt::ISODateWithMs)},
                                    {"kind"_L1, int(m.kind)}});
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // QSaveFile writes a temporary file and renames it over the old one: a crash mid-write
    // leaves the previous outbox, never half of one.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(
            QJsonDocument(QJsonObject{{"version"_L1, kFormatVersion}, {"messages"_L1, messages}})
                .toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

const OutgoingMessage &Outbox::add(const QString &room, const QString &text,
                                   protocol::MessageKind kind)
{
    m_pending.append(
        OutgoingMessage{QUuid::createUuid(), room, text, QDateTime::currentDateTimeUtc(), kind});
    save();
    return m_pending.constLast();
}

bool Outbox::remove(const QUuid &id)
{
    if (m_pending.removeIf([&id](const OutgoingMessage &m) { return m.id == id; }) == 0)
        return false;
    save();
    return true;
}

bool Outbox::contains(const QUuid &id) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [&id](const OutgoingMessage &m) { return m.id == id; });
}

} // namespace palaver::client
