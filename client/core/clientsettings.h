#pragma once

#include "workspace.h"

#include <QHash>
#include <QSettings>
#include <QString>

namespace palaver::client {

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
    /// True when both a server and a nickname were remembered, so the app can connect at once.
    bool hasConnection() const { return !server().isEmpty() && !nick().isEmpty(); }

private:
    mutable QSettings m_settings;
};

} // namespace palaver::client
