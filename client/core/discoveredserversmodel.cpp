#include "discoveredserversmodel.h"

#include <algorithm>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

/// Which address to show when a server is heard at several: IPv4 works most widely, the
/// LAN address before loopback (a server on this machine answers at both, and the LAN address
/// is the one others use too), and a link-local IPv6 address needs its zone ("%eth0") to work.
int rank(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.isLoopback() ? 1 : 0;
    return address.isLinkLocal() ? 3 : 2;
}

} // namespace

QUrl DiscoveredServer::url() const
{
    QUrl url;
    url.setScheme(tls ? u"wss"_s : u"ws"_s);
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(u"/"_s);
    return url;
}

QString DiscoveredServer::hostPort() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(address.toString())
                             : address.toString();
    return u"%1:%2"_s.arg(host).arg(port);
}

DiscoveredServersModel::DiscoveredServersModel(QObject *parent)
    : QAbstractListModel(parent)
{}

DiscoveredServersModel::~DiscoveredServersModel() = default;

int DiscoveredServersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

DiscoveredServer DiscoveredServersModel::server(int row) const
{
    const Entry &entry = m_entries.at(std::size_t(row));
    const Heard &best = entry.addresses.front();
    return DiscoveredServer{entry.announce.id,      entry.announce.name, best.address,
                            entry.announce.port,    entry.announce.tls,  entry.announce.fingerprint,
                            entry.announce.version, best.lastMs};
}

QVariant DiscoveredServersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiscoveredServer server = this->server(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // "TLS" in words, not only a padlock that a font may lack or a reader may not say.
        return server.tls ? tr("%1 — %2 — 🔒 TLS").arg(server.name, server.hostPort())
                          : tr("%1 — %2").arg(server.name, server.hostPort());
    case Qt::AccessibleTextRole:
        return server.tls ? tr("%1 at %2, encrypted with TLS").arg(server.name, server.hostPort())
                          : tr("%1 at %2, not encrypted").arg(server.name, server.hostPort());
    case Qt::ToolTipRole:
        if (server.tls) {
            return tr("%1 at %2\nPalaver %3, encrypted (TLS)\nCertificate SHA-256 fingerprint:\n%4")
                .arg(server.name, server.hostPort(), server.version, server.fingerprint);
        }
        return tr("%1 at %2\nPalaver %3, not encrypted")
            .arg(server.name, server.hostPort(), server.version);
    case NameRole:
        return server.name;
    case AddressRole:
        return server.url().toString();
    case UrlRole:
        return server.url();
    case HostPortRole:
        return server.hostPort();
    case TlsRole:
        return server.tls;
    case FingerprintRole:
        return server.fingerprint;
    case VersionRole:
        return server.version;
    case IdRole:
        return server.id;
    case LastSeenRole:
        return server.lastSeenMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> DiscoveredServersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{NameRole, "name"},
                  {AddressRole, "address"},
                  {UrlRole, "url"},
                  {HostPortRole, "hostPort"},
                  {TlsRole, "tls"},
                  {FingerprintRole, "fingerprint"},
                  {VersionRole, "version"},
                  {IdRole, "id"},
                  {LastSeenRole, "lastSeen"}});
    return names;
}

int DiscoveredServersModel::rowOf(const QUuid &id) const
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [&id](const Entry &entry) { return entry.announce.id == id; });
    return found == m_entries.end() ? -1 : int(found - m_entries.begin());
}

int DiscoveredServersModel::sortedPosition(const Entry &entry, int skip) const
{
    const auto before = [&entry](const Entry &other) {
        const int byName = other.announce.name.compare(entry.announce.name, Qt::CaseInsensitive);
        return byName < 0 || (byName == 0 && other.announce.id < entry.announce.id);
    };
    int position = 0;
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (row != skip && before(m_entries[std::size_t(row)]))
            ++position;
    }
    return position;
}

void DiscoveredServersModel::insertEntry(Entry entry)
{
    const int row = sortedPosition(entry, -1);
    beginInsertRows({}, row, row);
    m_entries.insert(m_entries.begin() + row, std::move(entry));
    endInsertRows();
}

void DiscoveredServersModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

void DiscoveredServersModel::resort(int row)
{
    const int target = sortedPosition(m_entries[std::size_t(row)], row);
    if (target != row) {
        // beginMoveRows counts the destination before the move: one more when moving down.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        Entry entry = std::move(m_entries[std::size_t(row)]);
        m_entries.erase(m_entries.begin() + row);
        m_entries.insert(m_entries.begin() + target, std::move(entry));
        endMoveRows();
    }
    emit dataChanged(index(target), index(target));
}

void DiscoveredServersModel::dropStale(const QUuid &id, const QHostAddress &address, quint16 port)
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        Entry &entry = m_entries[std::size_t(row)];
        if (entry.announce.id == id || entry.announce.port != port)
            continue;
        const auto stale =
            std::find_if(entry.addresses.begin(), entry.addresses.end(),
                         [&address](const Heard &heard) { return heard.address == address; });
        if (stale == entry.addresses.end())
            continue;
        // A row keeps an address until it is removed: views read it while it goes.
        if (entry.addresses.size() == 1) {
            removeRow(row);
        } else {
            entry.addresses.erase(stale);
            emit dataChanged(index(row), index(row));
        }
    }
}

void DiscoveredServersModel::heard(const protocol::DiscoveryAnnounce &announce,
                                   const QHostAddress &from, qint64 nowMs)
{
    dropStale(announce.id, from, announce.port);
    const int row = rowOf(announce.id);
    if (row < 0) {
        insertEntry(Entry{announce, {Heard{from, nowMs}}});
        return;
    }
    Entry &entry = m_entries[std::size_t(row)];
    const bool renamed = entry.announce.name != announce.name;
    entry.announce = announce;
    auto known = std::find_if(entry.addresses.begin(), entry.addresses.end(),
                              [&from](const Heard &heard) { return heard.address == from; });
    if (known != entry.addresses.end()) {
        known->lastMs = nowMs;
    } else {
        entry.addresses.push_back(Heard{from, nowMs});
        // Stable: among addresses of one rank the first heard stays shown, so rows don't flicker.
        std::stable_sort(
            entry.addresses.begin(), entry.addresses.end(),
            [](const Heard &a, const Heard &b) { return rank(a.address) < rank(b.address); });
    }
    if (renamed)
        resort(row);
    else
        emit dataChanged(index(row), index(row));
}

void DiscoveredServersModel::forget(const QUuid &id)
{
    if (const int row = rowOf(id); row >= 0)
        removeRow(row);
}

void DiscoveredServersModel::expire(qint64 nowMs, qint64 expiryMs)
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        auto &addresses = m_entries[std::size_t(row)].addresses;
        const auto expired = [&](const Heard &heard) { return nowMs - heard.lastMs >= expiryMs; };
        // A row keeps its addresses until it is removed: views read them while it goes.
        if (std::all_of(addresses.begin(), addresses.end(), expired))
            removeRow(row);
        else if (std::erase_if(addresses, expired) > 0)
            emit dataChanged(index(row), index(row));
    }
}

qint64 DiscoveredServersModel::oldestHeardMs() const
{
    qint64 oldest = -1;
    for (const Entry &entry : m_entries) {
        for (const Heard &heard : entry.addresses) {
            if (oldest < 0 || heard.lastMs < oldest)
                oldest = heard.lastMs;
        }
    }
    return oldest;
}

void DiscoveredServersModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace palaver::client
