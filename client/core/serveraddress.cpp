#include "serveraddress.h"

#include "shared/limits.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("palaver::client::ServerAddress", text);
}

} // namespace

ServerAddress parseServerAddress(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {{}, tr("Enter the address of a Palaver server, for example 192.168.1.10.")};

    QString candidate = text;
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd < 0) {
        candidate = u"ws://"_s + text;
    } else {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme != u"ws" && scheme != u"wss") {
            return {{},
                    tr("Palaver addresses start with ws:// or wss://, not %1://.")
                        .arg(text.left(schemeEnd))};
        }
    }

    QUrl url(candidate, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return {{},
                tr("\"%1\" is not a server address. Use a name or IP address, optionally with "
                   ":port, for example 192.168.1.10:%2.")
                    .arg(text)
                    .arg(protocol::kDefaultPort)};
    }
    if (url.port() == 0) {
        return {{}, tr("Port 0 is not a valid port. Use a number from 1 to 65535.")};
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return {
            {},
            tr("\"%1\" has parts a server address can't have (a user name, ? or #).").arg(text)};
    }
    url.setScheme(url.scheme().toLower());
    if (url.port() < 0)
        url.setPort(protocol::kDefaultPort);
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    return {url, {}};
}

QString displayAddress(const QUrl &url)
{
    if (url.scheme() == u"ws" && (url.path().isEmpty() || url.path() == u"/")) {
        const QString host = url.host().contains(u':') ? u"[%1]"_s.arg(url.host()) : url.host();
        return u"%1:%2"_s.arg(host).arg(url.port(protocol::kDefaultPort));
    }
    return url.toDisplayString();
}

} // namespace palaver::client
