#include "clientsettings.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

namespace palaver::client {

using namespace Qt::StringLiterals;

QString ClientSettings::server() const
{
    return m_settings.value(u"connection/server"_s).toString();
}

void ClientSettings::setServer(const QString &address)
{
    m_settings.setValue(u"connection/server"_s, address);
}

QString ClientSettings::nick() const
{
    return m_settings.value(u"connection/nick"_s).toString();
}

void ClientSettings::setNick(const QString &nick)
{
    m_settings.setValue(u"connection/nick"_s, nick);
}

QHash<QString, QString> ClientSettings::trustedCertificates() const
{
    QHash<QString, QString> trusted;
    const int count = m_settings.beginReadArray(u"trustedCertificates"_s);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        trusted.insert(m_settings.value(u"server"_s).toString(),
                       m_settings.value(u"sha256"_s).toString());
    }
    m_settings.endArray();
    return trusted;
}

void ClientSettings::setTrustedCertificate(const QString &hostPort, const QString &fingerprint)
{
    QHash<QString, QString> trusted = trustedCertificates();
    if (fingerprint.isEmpty())
        trusted.remove(hostPort);
    else
        trusted.insert(hostPort, fingerprint);
    m_settings.remove(u"trustedCertificates"_s);
    m_settings.beginWriteArray(u"trustedCertificates"_s, int(trusted.size()));
    int i = 0;
    for (auto it = trusted.cbegin(); it != trusted.cend(); ++it, ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"server"_s, it.key());
        m_settings.setValue(u"sha256"_s, it.value());
    }
    m_settings.endArray();
}

NotificationPolicy ClientSettings::notificationPolicy() const
{
    NotificationPolicy defaults;
    NotificationPolicy policy;
    policy.mentions = m_settings.value(u"notify/mentions"_s, defaults.mentions).toBool();
    policy.directMessages =
        m_settings.value(u"notify/directMessages"_s, defaults.directMessages).toBool();
    policy.allMessages = m_settings.value(u"notify/allMessages"_s, defaults.allMessages).toBool();
    policy.doNotDisturb =
        m_settings.value(u"notify/doNotDisturb"_s, defaults.doNotDisturb).toBool();
    return policy;
}

void ClientSettings::setNotificationPolicy(const NotificationPolicy &policy)
{
    m_settings.setValue(u"notify/mentions"_s, policy.mentions);
    m_settings.setValue(u"notify/directMessages"_s, policy.directMessages);
    m_settings.setValue(u"notify/allMessages"_s, policy.allMessages);
    m_settings.setValue(u"notify/doNotDisturb"_s, policy.doNotDisturb);
}

QString ClientSettings::language() const
{
    return m_settings.value(u"appearance/language"_s).toString();
}

void ClientSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(u"appearance/language"_s);
    else
        m_settings.setValue(u"appearance/language"_s, code);
}

Theme ClientSettings::theme() const
{
    const QString theme = m_settings.value(u"appearance/theme"_s).toString();
    if (theme == u"light")
        return Theme::Light;
    if (theme == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void ClientSettings::setTheme(Theme theme)
{
    switch (theme) {
    case Theme::System:
        m_settings.remove(u"appearance/theme"_s);
        break;
    case Theme::Light:
        m_settings.setValue(u"appearance/theme"_s, u"light"_s);
        break;
    case Theme::Dark:
        m_settings.setValue(u"appearance/theme"_s, u"dark"_s);
        break;
    }
}

int ClientSettings::fontSize() const
{
    return std::max(0, m_settings.value(u"appearance/fontSize"_s, 0).toInt());
}

void ClientSettings::setFontSize(int points)
{
    if (points <= 0)
        m_settings.remove(u"appearance/fontSize"_s);
    else
        m_settings.setValue(u"appearance/fontSize"_s, points);
}

QString ClientSettings::token(const QString &hostPort)
{
    m_settings.beginGroup(u"tokens"_s);
    // QSettings keys can't hold every character of an address: use a hash of it.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(hostPort.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    QString token = m_settings.value(key).toString();
    if (token.isEmpty()) {
        token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings.setValue(key, token);
    }
    m_settings.endGroup();
    return token;
}

} // namespace palaver::client
