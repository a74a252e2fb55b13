#pragma once

#include "workspace.h"

#include <QHash>
#include <QSettings>
#include <QString>

namespace palaver::client {

/// How the app looks: as the system does (light or dark, following it as it changes), or
/// always light or always dark.
enum class Theme
{
    System,
    Light,
    Dark
};

/// The client's remembered choices, kept with QSettings in the platform's usual place.
class ClientSettings
{
public:
    ClientSettings() = default;

    QString server() const;
    void setServer(const QString &address);
    QString nick() const;
    void setNick(const QString &nick);
    /// Self-signed certificates the user chose to trust: SHA-256 fingerprint by "host:port".
    QHash<QString, QString> trustedCertificates() const;
    /// Stores `fingerprint` for `hostPort`; an empty one forgets it.
    void setTrustedCertificate(const QString &hostPort, const QString &fingerprint);
    /// What to show desktop notifications for.
    NotificationPolicy notificationPolicy() const;
    void setNotificationPolicy(const NotificationPolicy &policy);
    /// This client's secret for the server at `hostPort` (made on first use and kept), so a
    /// reconnect can take over its own nickname; see Connection::setToken().
    QString token(const QString &hostPort);
    /// The language chosen for the interface, as a locale name ("de", "pt_BR"); empty means
    /// the system's language.
    QString language() const;
    void setLanguage(const QString &code);
    Theme theme() const;
    void setTheme(Theme theme);
    /// The point size of the chat log and the message box; 0 means the system's font size.
    int fontSize() const;
    void setFontSize(int points);
    /// Where these settings are kept: a file, or on Windows a registry key.
    QString location() const { return m_settings.fileName(); }
    /// True when both a server and a nickname were remembered, so the app can connect at once.
    bool hasConnection() const { return !server().isEmpty() && !nick().isEmpty(); }

private:
    mutable QSettings m_settings;
};

} // namespace palaver::client
