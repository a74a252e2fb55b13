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

ServerAddress refused(const QString &error)
{
    return {{}, error, {}};
}

/// One address of the list, trimmed and not empty.
ServerAddress parseOne(const QString &text)
{
    QString candidate = text;
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd < 0) {
        candidate = u"ws://"_s + text;
    } else {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme != u"ws" && scheme != u"wss") {
            return refused(tr("Palaver addresses start with ws:// or wss://, not %1://.")
                               .arg(text.left(schemeEnd)));
        }
    }

    QUrl url(candidate, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return refused(tr("\"%1\" is not a server address. Use a name or IP address, optionally "
                          "with :port, for example 192.168.1.10:%2.")
                           .arg(text)
                           .arg(protocol::kDefaultPort));
    }
    if (url.port() == 0) {
        return refused(tr("Port 0 is not a valid port. Use a number from 1 to 65535."));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return refused(
            tr("\"%1\" has parts a server address can't have (a user name, ? or #).").arg(text));
    }
    url.setScheme(url.scheme().toLower());
    if (url.port() < 0)
        url.setPort(protocol::kDefaultPort);
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    return {url, {}, {url}};
}

} // namespace

ServerAddress parseServerAddress(const QString &input)
{
    QStringList entries;
    for (const QString &entry : input.split(u',')) {
        if (!entry.trimmed().isEmpty())
            entries.append(entry.trimmed());
    }
    if (entries.isEmpty())
        return refused(tr("Enter the address of a Palaver server, for example 192.168.1.10."));
    ServerAddress result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ServerAddress one = parseOne(entries.at(i));
        if (!one.error.isEmpty() && entries.size() > 1) {
            one.error =
                tr("Address %1 of %2: %3")
                    .arg(QString::number(i + 1), QString::number(entries.size()), one.error);
        }
        if (!one.error.isEmpty())
            return one;
        if (!result.urls.contains(one.url))
            result.urls.append(one.url);
    }
    result.url = result.urls.constFirst();
    return result;
}

QString displayAddress(const QUrl &url)
{
    if (url.scheme() == u"ws" && (url.path().isEmpty() || url.path() == u"/")) {
        const QString host = url.host().contains(u':') ? u"[%1]"_s.arg(url.host()) : url.host();
        return u"%1:%2"_s.arg(host).arg(url.port(protocol::kDefaultPort));
    }
    return url.toDisplayString();
}

QString displayAddresses(const QList<QUrl> &urls)
{
    QStringList shown;
    for (const QUrl &url : urls)
        shown.append(displayAddress(url));
    return shown.join(u", "_s);
}

void AddressRotation::setAddresses(const QList<QUrl> &addresses)
{
    m_addresses = addresses;
    m_round.clear();
    m_index = -1;
    m_resolvedThisRound.clear();
    m_lastResolved.clear();
    m_current = {};
    m_lastWorked.reset();
}

void AddressRotation::startRound(Start start)
{
    std::optional<Candidate> anchor;
    if (start == Start::Current && m_current.entry >= 0)
        anchor = m_current;
    else if (start == Start::AfterLast || start == Start::AfterDropped)
        anchor = m_lastWorked;
    m_round.clear();
    m_index = -1;
    m_resolvedThisRound.clear();
    const int n = int(m_addresses.size());
    if (!anchor) {
        for (int entry = 0; entry < n; ++entry)
            m_round.append(Item{entry, Part::All, {}, false});
        return;
    }
    if (anchor->ip.isNull()) {
        // An address opened as it is (not through one of several IP addresses of its name)
        // is one candidate: first or last in the round, or not in it at all after a drop.
        if (start == Start::Current)
            m_round.append(Item{anchor->entry, Part::All, {}, false});
        for (int i = 1; i < n; ++i)
            m_round.append(Item{(anchor->entry + i) % n, Part::All, {}, false});
        if (start == Start::AfterLast)
            m_round.append(Item{anchor->entry, Part::All, {}, false});
        return;
    }
    // A name with several IP addresses comes first and last: taken up after (or at) the
    // address that worked, and finished at the end of the round.
    const Part head = start == Start::Current ? Part::From : Part::After;
    const Part tail = start == Start::AfterLast ? Part::UpTo : Part::Before;
    m_round.append(Item{anchor->entry, head, anchor->ip, false});
    for (int i = 1; i < n; ++i)
        m_round.append(Item{(anchor->entry + i) % n, Part::All, {}, false});
    m_round.append(Item{anchor->entry, tail, anchor->ip, false});
}

bool AddressRotation::advance()
{
    ++m_index;
    while (m_index < m_round.size()) {
        const Item item = m_round.at(m_index); // a copy: expand() replaces it
        if (item.expanded) {
            m_current = Candidate{item.entry, item.anchor};
            return true;
        }
        m_current = Candidate{item.entry, {}};
        if (!needsLookup(item.entry)) {
            if (expand({QHostAddress()}))
                return true;
        } else if (const auto resolved = m_resolvedThisRound.constFind(item.entry);
                   resolved != m_resolvedThisRound.cend()) {
            if (expand(*resolved)) // the entry came up before in this round: no new lookup
                return true;
        } else {
            return true; // needsLookup()
        }
    }
    return false;
}

bool AddressRotation::needsLookup() const
{
    return m_index >= 0 && m_index < m_round.size() && !m_round.at(m_index).expanded;
}

bool AddressRotation::needsLookup(int entry) const
{
    // wss:// is opened by name, so that the certificate is checked against the name it was
    // issued for; Qt's socket then tries the name's addresses one after the other by itself.
    const QUrl &url = m_addresses.at(entry);
    return url.scheme() == u"ws" && QHostAddress(url.host()).isNull();
}

bool AddressRotation::resolved(const QList<QHostAddress> &ips)
{
    Q_ASSERT(needsLookup());
    const int entry = m_round.at(m_index).entry;
    QList<QHostAddress> usable;
    for (const QHostAddress &ip : ips) {
        if (!usable.contains(ip))
            usable.append(ip);
    }
    // A single address is opened by name, exactly as when lists did not exist: the request
    // keeps the name (in its Host header), and the usual one-server setup does not change.
    if (usable.size() == 1)
        usable = {QHostAddress()};
    m_resolvedThisRound.insert(entry, usable);
    if (!usable.isEmpty())
        m_lastResolved.insert(entry, usable);
    if (expand(usable))
        return true;
    --m_index; // so that advance() goes on with what came after
    return false;
}

bool AddressRotation::expand(const QList<QHostAddress> &ips)
{
    const Item item = m_round.takeAt(m_index);
    const qsizetype at = ips.indexOf(item.anchor);
    QList<QHostAddress> part;
    switch (item.part) {
    case Part::All:
        part = ips;
        break;
    case Part::After:
        part = at < 0 ? ips : ips.mid(at + 1);
        break;
    case Part::From:
        part = at < 0 ? ips : ips.mid(at);
        break;
    case Part::UpTo:
        part = at < 0 ? QList<QHostAddress>() : ips.first(at + 1);
        break;
    case Part::Before:
        part = at < 0 ? QList<QHostAddress>() : ips.first(at);
        break;
    }
    for (qsizetype i = 0; i < part.size(); ++i)
        m_round.insert(m_index + i, Item{item.entry, Part::All, part.at(i), true});
    if (part.isEmpty())
        return false;
    m_current = Candidate{item.entry, part.constFirst()};
    return true;
}

AddressRotation::Candidate AddressRotation::current() const
{
    return m_current;
}

QUrl AddressRotation::currentUrl() const
{
    return m_current.entry >= 0 ? m_addresses.at(m_current.entry) : QUrl();
}

QUrl AddressRotation::connectUrl() const
{
    QUrl url = currentUrl();
    if (!m_current.ip.isNull())
        url.setHost(m_current.ip.toString());
    return url;
}

void AddressRotation::worked()
{
    m_lastWorked = m_current;
}

QList<QHostAddress> AddressRotation::known(int entry) const
{
    return m_lastResolved.value(entry, {QHostAddress()});
}

int AddressRotation::position() const
{
    if (m_current.entry < 0)
        return 0;
    qsizetype before = 0;
    for (int entry = 0; entry < m_current.entry; ++entry)
        before += known(entry).size();
    return int(before + std::max<qsizetype>(0, known(m_current.entry).indexOf(m_current.ip))) + 1;
}

int AddressRotation::count() const
{
    qsizetype total = 0;
    for (int entry = 0; entry < m_addresses.size(); ++entry)
        total += known(entry).size();
    return int(total);
}

} // namespace palaver::client
