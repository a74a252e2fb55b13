#pragma once

// What the store tests share: a test database as the server reaches it, and stored messages
// and members written down for comparing.

#include "server/postgresconnection.h"
#include "server/store.h"
#include "testdatabase.h"

#include <QDebug>
#include <QStringList>

#include <optional>
#include <vector>

namespace palaver::test {

/// `database` as palaver-server reaches it, password included; nothing (and a warning) if
/// its URL does not read.
inline std::optional<server::PostgresTarget> postgresTarget(const TestDatabase &database)
{
    QString error;
    auto target = server::parsePostgresUrl(database.url, {}, &error);
    if (!target) {
        qWarning() << error;
        return std::nullopt;
    }
    target->password = database.password;
    return target;
}

inline QStringList texts(const std::vector<protocol::ChatMessage> &messages)
{
    QStringList result;
    for (const auto &m : messages)
        result.append(m.text);
    return result;
}

/// "key=nick" for each member.
inline QStringList keys(const std::vector<server::MemberRecord> &members)
{
    QStringList result;
    for (const server::MemberRecord &m : members)
        result.append(m.nickKey + u'=' + m.nick);
    return result;
}

} // namespace palaver::test
