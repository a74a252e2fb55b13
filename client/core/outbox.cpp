#include "outbox.h"

#include <algorithm>

namespace palaver::client {

const OutgoingMessage &Outbox::add(const QString &room, const QString &text)
{
    m_pending.append(
        OutgoingMessage{QUuid::createUuid(), room, text, QDateTime::currentDateTimeUtc()});
    return m_pending.constLast();
}

bool Outbox::remove(const QUuid &id)
{
    return m_pending.removeIf([&id](const OutgoingMessage &m) { return m.id == id; }) > 0;
}

bool Outbox::contains(const QUuid &id) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [&id](const OutgoingMessage &m) { return m.id == id; });
}

} // namespace palaver::client
