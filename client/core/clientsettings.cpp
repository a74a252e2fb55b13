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

} // namespace palaver::client
