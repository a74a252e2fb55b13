#pragma once

#include <QString>
#include <QUrl>

namespace palaver::client {

/// The result of reading what a person typed as a server address.
struct ServerAddress
{
    QUrl url;      ///< ws:// or wss:// URL; empty when `error` is set
    QString error; ///< why the text is not an address, in the user's language
};

/// Accepts "host", "host:port", "[v6]:port", "ws://host:port/path" and "wss://..." and fills in
/// the default port. Anything else gets an error a person can act on.
ServerAddress parseServerAddress(const QString &text);

/// "host:port", or the whole URL when it has a path or uses TLS: what a person would type.
QString displayAddress(const QUrl &url);

} // namespace palaver::client
