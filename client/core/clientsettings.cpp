#include "clientsettings.h"

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

} // namespace palaver::client
