#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace palaver::server {

/// Loads a PEM certificate (with any intermediate certificates after it) and its PEM private
/// key into a server TLS configuration. On failure returns nothing and says why in `error`, in
/// words an admin can act on.
std::optional<QSslConfiguration> loadTlsFiles(const QString &certificatePath,
                                              const QString &keyPath, QString *error);

} // namespace palaver::server
