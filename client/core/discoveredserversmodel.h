#pragma once

#include "shared/discovery.h"

#include <QAbstractListModel>
#include <QHostAddress>
#include <QUrl>
#include <QUuid>

#include <vector>

namespace palaver::client {

/// A Palaver server heard on the local network.
struct DiscoveredServer
{
    QUuid id;             ///< random per server process
    QString name;         ///< as it announces itself
    QHostAddress address; ///< the best address it was heard at (IPv4 first)
    quint16 port = 0;     ///< of its WebSocket server
    bool tls = false;
    QString fingerprint;   ///< with tls: its certificate's SHA-256, "AB:CD:..."
    QString version;       ///< its software version
    qint64 lastSeenMs = 0; ///< Clock::nowMs() when last heard at `address`

    /// ws://address:port/ or wss://..., as parseServerAddress() reads it.
    QUrl url() const;
    /// "address:port", IPv6 addresses in brackets.
    QString hostPort() const;
};

/// The servers heard on the LAN, one row per server (per announced id), sorted by name. A
/// server heard at several addresses (IPv4 and IPv6, say) shows the best one: IPv4 (loopback
/// after the others), then IPv6 other than link-local, then link-local; each address is
/// forgotten on its own when not heard for the expiry time, the server when none is left.
class DiscoveredServersModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveredServersModel)
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        AddressRole,     ///< the URL as text, for the address field: "ws://192.168.1.10:7350/"
        UrlRole,         ///< the same as a QUrl
        HostPortRole,    ///< "192.168.1.10:7350"
        TlsRole,         ///< bool
        FingerprintRole, ///< empty without TLS
        VersionRole,
        IdRole,       ///< QUuid
        LastSeenRole, ///< Clock::nowMs() when last heard
    };
    Q_ENUM(Role)

    explicit DiscoveredServersModel(QObject *parent = nullptr);
    ~DiscoveredServersModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    /// Besides the roles above: the display text says name, host:port and "TLS" in words, the
    /// tool tip adds the version and the fingerprint.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    DiscoveredServer server(int row) const;

    /// Records `announce` as heard from `from` at `nowMs`. A different server (id) that was
    /// announced at the same address and port is replaced: it restarted without a goodbye.
    void heard(const protocol::DiscoveryAnnounce &announce, const QHostAddress &from, qint64 nowMs);
    /// The server said goodbye.
    void forget(const QUuid &id);
    /// Forgets every address not heard from since `nowMs - expiryMs`.
    void expire(qint64 nowMs, qint64 expiryMs);
    /// When the least recently heard address was heard, or -1 if there are none.
    qint64 oldestHeardMs() const;
    void clear();

private:
    struct Heard
    {
        QHostAddress address;
        qint64 lastMs = 0;
    };
    struct Entry
    {
        protocol::DiscoveryAnnounce announce;
        std::vector<Heard> addresses; // best first
    };

    int rowOf(const QUuid &id) const;
    /// Where an entry named `name` with `id` belongs in the sorted rows, ignoring `skip`.
    int sortedPosition(const Entry &entry, int skip) const;
    void insertEntry(Entry entry);
    void removeRow(int row);
    /// Puts row `row` where its (changed) name now sorts, and says its data changed.
    void resort(int row);
    /// Drops `address` and `port` from every server other than `id`.
    void dropStale(const QUuid &id, const QHostAddress &address, quint16 port);

    std::vector<Entry> m_entries;
};

} // namespace palaver::client
