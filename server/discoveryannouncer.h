#pragma once

#include "shared/discovery.h"
#include "tokenbucket.h"

#include <QByteArray>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUdpSocket>
#include <QUuid>

#include <chrono>
#include <memory>
#include <vector>

namespace palaver::server {

/// Makes a server findable on the local network without configuration: answers discovery
/// queries on a UDP port at once, announces itself every 30 s and says goodbye when stopped
/// (see "LAN discovery" in docs/protocol.md). Independent of ChatServer: when it cannot bind,
/// the chat server runs on and people type its address.
class DiscoveryAnnouncer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryAnnouncer)
public:
    /// What the server tells the network about itself.
    struct Announcement
    {
        QString name;        ///< cleaned with protocol::announceableName() before it is sent
        quint16 port = 0;    ///< the WebSocket server's port, as listening
        bool tls = false;    ///< it serves wss://
        QString fingerprint; ///< with tls: protocol::certificateFingerprint() of its certificate
        QString version;     ///< the server software's version, e.g. PALAVER_VERSION
    };

    explicit DiscoveryAnnouncer(Announcement announcement, QObject *parent = nullptr);
    /// Says goodbye if still running.
    ~DiscoveryAnnouncer() override;

    /// Where the chat server listens, set before start(). Clients connect to the address a
    /// datagram came from, so with one address (`--listen 192.168.1.20`) the server announces
    /// and answers only on that address's interface, from that address, and only in its
    /// family; a wildcard of one family (0.0.0.0, ::) limits the family. Everywhere by default.
    void setListenAddress(const QHostAddress &address) { m_listen = address; }

    /// Binds `discoveryPort` (0: a free one) on IPv4 and IPv6 (or the listen address's family),
    /// shared with other servers and clients on this machine, and announces at once. False,
    /// with errorString(), if no wanted family can bind or the announcement is incomplete.
    bool start(quint16 discoveryPort = protocol::kDefaultDiscoveryPort);
    /// Says goodbye (`palaver-bye`) and closes the sockets. Nothing happens if not running.
    void stop();

    bool isRunning() const { return m_v4 || m_v6; }
    QString errorString() const { return m_errorString; }
    /// The UDP port bound, once started; 0 before.
    quint16 port() const { return m_port; }
    /// This process's random id, sent in every announcement.
    QUuid id() const { return m_id; }

    /// Changes what is announced (a new certificate after a reload, say), and announces it at
    /// once if running. False, with errorString(), and nothing changed if clients would refuse
    /// it (no port, or TLS without a fingerprint).
    bool setAnnouncement(Announcement announcement);
    /// Every how often to announce unprompted; 30 s unless changed.
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    /// Datagrams received and ignored as malformed so far, for tests and diagnostics.
    int ignoredDatagrams() const { return m_ignored; }

private:
    /// Someone who asked recently, and so hears the goodbye even where broadcasts don't reach.
    struct Querier
    {
        QHostAddress address;
        quint16 port = 0;
        qint64 lastMs = 0;
    };

    std::unique_ptr<QUdpSocket> bindSocket(const QHostAddress &any, quint16 port);
    void onReadyRead(QUdpSocket &socket);
    void answer(QUdpSocket &socket, const QHostAddress &address, quint16 port);
    /// Sends `datagram` to every broadcast address and the multicast group on every interface.
    void sendToNetwork(const QByteArray &datagram);
    /// From the listen address when there is one, so that the client connects to it.
    void send(QUdpSocket &socket, const QByteArray &datagram, const QHostAddress &address,
              quint16 port);
    /// The listen address when it is one address; null when it is a wildcard (or none).
    QHostAddress oneAddress() const;
    /// Whether announcing and answering over this address family can reach the chat server.
    bool servesFamily(QAbstractSocket::NetworkLayerProtocol family) const;
    /// Whether this interface is one to announce on: any, or the one that has oneAddress().
    bool servesInterface(const QNetworkInterface &interface) const;
    /// Re-reads the interfaces: new subnets to answer and new ones to join the group on.
    void refreshNetwork();
    /// Whether a query from `address` comes from a network this machine is on.
    bool isOnLink(const QHostAddress &address);
    void rememberQuerier(const QHostAddress &address, quint16 port, qint64 now);
    bool mayLog();
    QByteArray encode(const Announcement &announcement) const;
    /// Why clients would refuse `datagram`, encoded from `announcement`; empty if they'd take it.
    QString refusal(const Announcement &announcement, const QByteArray &datagram) const;

    Announcement m_announcement;
    QHostAddress m_listen;
    QByteArray m_datagram; // the encoded announcement: encoded once, sent many times
    QUuid m_id = QUuid::createUuid();
    std::unique_ptr<QUdpSocket> m_v4;
    std::unique_ptr<QUdpSocket> m_v6;
    std::unique_ptr<QUdpSocket> m_from; // with one listen address: bound to it, sends everything
    quint16 m_port = 0;
    QString m_errorString;
    QTimer m_timer;
    QSet<int> m_joined; // interface indexes where m_v6 is in the multicast group
    struct Subnet
    {
        QHostAddress address;
        int prefixLength = 0;
    };
    std::vector<Subnet> m_subnets;
    qint64 m_subnetsReadMs = 0;
    std::vector<Querier> m_queriers;
    TokenBucket m_answers;  // a spoofed flood of queries must not make us flood the LAN
    TokenBucket m_logLines; // nor fill the log
    int m_ignored = 0;
};

} // namespace palaver::server
