#pragma once

#include <QString>
#include <QStringView>

namespace palaver::client {

/// True if `text` names `nick` as a word of its own, ignoring case and width: "alice:",
/// "@Alice", "thanks alice!" do; "malice" and "alice2" don't. Blank nicknames never match.
bool mentions(QStringView text, const QString &nick);

} // namespace palaver::client
