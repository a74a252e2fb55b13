#include "discoveryannouncer.h"

#include "shared/discoverysocket.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QNetworkInterface>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAnnouncer, "palaver.server.discovery", QtInfoMsg)

namespace palaver::server {

using namespace Qt::StringLiterals;

namespace {

/// Queriers remembered for the goodbye; beyond this the oldest is forgotten.
constexpr std::size_t kMaxQueriers = 64;
/// How often the interfaces are read again when a query comes from an unknown network.
constexpr qint64 kSubnetRefreshMs = 5'000;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

DiscoveryAnnouncer::DiscoveryAnnouncer(Announcement announcement, QObject *parent)
    : QObject(parent)
    , m_announcement(std::move(announcement))
    , m_answers(200, 100, nowMs())
    , m_logLines(10, 10.0 / 60, nowMs())
{
    m_datagram = encode(m_announcement);
    m_timer.setInterval(std::chrono::milliseconds(protocol::kDiscoveryAnnounceIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        refreshNetwork();
        sendToNetwork(m_datagram);
    });
}

DiscoveryAnnouncer::~DiscoveryAnnouncer()
{
    stop();
}

QByteArray DiscoveryAnnouncer::encode(const Announcement &announcement) const
{
    protocol::DiscoveryAnnounce announce;
    announce.name = protocol::announceableName(announcement.name);
    announce.port = announcement.port;
    announce.tls = announcement.tls;
    announce.fingerprint = announcement.tls ? announcement.fingerprint.toUpper() : QString();
    announce.version = announcement.version.left(protocol::kMaxDiscoveryVersionLength);
    announce.id = m_id;
    return protocol::encodeDiscovery(announce);
}

QString DiscoveryAnnouncer::refusal(const Announcement &announcement,
                                    const QByteArray &datagram) const
{
    // A datagram clients would drop is a wiring mistake: say so rather than go unseen.
    const protocol::DiscoveryDecodeResult check = protocol::decodeDiscovery(datagram);
    if (check.ok())
        return {};
    return u"cannot announce this server for LAN discovery: %1"_s.arg(
        announcement.port == 0 ? u"no WebSocket port to announce (start the chat server first)"_s
                               : check.error);
}

bool DiscoveryAnnouncer::setAnnouncement(Announcement announcement)
{
    const QByteArray datagram = encode(announcement);
    if (const QString problem = refusal(announcement, datagram); !problem.isEmpty()) {
        m_errorString = problem;
        return false;
    }
    m_announcement = std::move(announcement);
    m_datagram = datagram;
    if (isRunning())
        sendToNetwork(m_datagram);
    return true;
}

std::unique_ptr<QUdpSocket> DiscoveryAnnouncer::bindSocket(const QHostAddress &any, quint16 port)
{
    auto socket = std::make_unique<QUdpSocket>();
    // Shared: several servers on one machine, and a client beside them, all hear broadcasts.
    if (!socket->bind(any, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        m_errorString +=
            (m_errorString.isEmpty() ? QString() : u"; "_s) +
            u"%1: %2"_s.arg(any == QHostAddress(QHostAddress::AnyIPv4) ? u"IPv4"_s : u"IPv6"_s,
                            socket->errorString());
        return nullptr;
    }
    QUdpSocket &ref = *socket;
    connect(&ref, &QUdpSocket::readyRead, this, [this, &ref] { onReadyRead(ref); });
    return socket;
}

bool DiscoveryAnnouncer::start(quint16 discoveryPort)
{
    if (isRunning())
        return true;
    m_errorString = refusal(m_announcement, m_datagram);
    if (!m_errorString.isEmpty())
        return false;
    const bool wantV4 = servesFamily(QAbstractSocket::IPv4Protocol);
    const bool wantV6 = servesFamily(QAbstractSocket::IPv6Protocol);
    if (wantV4)
        m_v4 = bindSocket(QHostAddress(QHostAddress::AnyIPv4), discoveryPort);
    // With port 0 the IPv4 socket picked one; IPv6 joins it so that port() means both.
    if (wantV6) {
        m_v6 = bindSocket(QHostAddress(QHostAddress::AnyIPv6),
                          m_v4 ? m_v4->localPort() : discoveryPort);
    }
    if (!isRunning()) {
        m_errorString = u"cannot use UDP port %1 for LAN discovery (%2)"_s.arg(discoveryPort)
                            .arg(m_errorString);
        return false;
    }
    if (wantV4 && wantV6 && (!m_v4 || !m_v6)) {
        qCInfo(lcAnnouncer, "LAN discovery over %s only: %s", m_v4 ? "IPv4" : "IPv6",
               qUtf8Printable(m_errorString));
    }
    if (const QHostAddress one = oneAddress(); !one.isNull()) {
        m_from = std::make_unique<QUdpSocket>();
        if (!m_from->bind(one, 0)) {
            m_errorString = u"cannot send from %1: %2"_s.arg(one.toString(), m_from->errorString());
            m_from.reset();
            m_v4.reset();
            m_v6.reset();
            return false;
        }
    }
    m_errorString.clear();
    m_port = m_v4 ? m_v4->localPort() : m_v6->localPort();
    m_joined.clear();
    m_subnetsReadMs = 0;
    refreshNetwork();
    sendToNetwork(m_datagram);
    m_timer.start();
    const QHostAddress one = oneAddress();
    qCInfo(lcAnnouncer, "announcing \"%s\" for LAN discovery on UDP port %u%s",
           qUtf8Printable(protocol::announceableName(m_announcement.name)), unsigned(m_port),
           one.isNull() ? ""
                        : qUtf8Printable(u", from %1 on its network only"_s.arg(one.toString())));
    return true;
}

void DiscoveryAnnouncer::stop()
{
    if (!isRunning())
        return;
    m_timer.stop();
    const QByteArray bye = protocol::encodeDiscovery(protocol::DiscoveryBye{m_id});
    sendToNetwork(bye);
    // Those who asked directly may be where broadcasts don't reach (another subnet, loopback).
    const qint64 now = nowMs();
    for (const Querier &querier : m_queriers) {
        if (now - querier.lastMs > protocol::kDiscoveryExpiryMs)
            continue;
        QUdpSocket *socket =
            querier.address.protocol() == QAbstractSocket::IPv4Protocol ? m_v4.get() : m_v6.get();
        if (socket)
            send(*socket, bye, querier.address, querier.port);
    }
    m_queriers.clear();
    m_v4.reset();
    m_v6.reset();
    m_from.reset();
    m_port = 0;
}

void DiscoveryAnnouncer::onReadyRead(QUdpSocket &socket)
{
    while (const auto received = protocol::receiveDiscovery(socket)) {
        const auto &[sender, senderPort, decoded] = *received;
        if (!decoded.ok()) {
            ++m_ignored;
            if (mayLog()) {
                qCWarning(lcAnnouncer, "ignored a discovery datagram from %s port %u: %s",
                          qUtf8Printable(sender.toString()), unsigned(senderPort),
                          qUtf8Printable(decoded.error));
            }
            continue;
        }
        // Announcements and goodbyes, ours and other servers', are for clients.
        if (!std::holds_alternative<protocol::DiscoveryQuery>(*decoded.datagram))
            continue;
        if (senderPort == 0 || !isOnLink(sender)) {
            if (mayLog()) {
                const QHostAddress one = oneAddress();
                qCWarning(lcAnnouncer, "not answering a discovery query from %s port %u: %s",
                          qUtf8Printable(sender.toString()), unsigned(senderPort),
                          one.isNull()
                              ? "not on a local network"
                              : qUtf8Printable(u"not on the network of %1, the address the "
                                               u"server listens on"_s.arg(one.toString())));
            }
            continue;
        }
        answer(socket, sender, senderPort);
    }
}

void DiscoveryAnnouncer::answer(QUdpSocket &socket, const QHostAddress &address, quint16 port)
{
    const qint64 now = nowMs();
    if (!m_answers.take(now)) {
        if (mayLog())
            qCWarning(lcAnnouncer, "too many discovery queries; some go unanswered");
        return;
    }
    rememberQuerier(address, port, now);
    send(socket, m_datagram, address, port);
}

void DiscoveryAnnouncer::rememberQuerier(const QHostAddress &address, quint16 port, qint64 now)
{
    const auto found = std::find_if(m_queriers.begin(), m_queriers.end(), [&](const Querier &q) {
        return q.port == port && q.address == address;
    });
    if (found != m_queriers.end()) {
        found->lastMs = now;
        return;
    }
    if (m_queriers.size() >= kMaxQueriers) {
        m_queriers.erase(std::min_element(
            m_queriers.begin(), m_queriers.end(),
            [](const Querier &a, const Querier &b) { return a.lastMs < b.lastMs; }));
    }
    m_queriers.push_back({address, port, now});
}

void DiscoveryAnnouncer::send(QUdpSocket &socket, const QByteArray &datagram,
                              const QHostAddress &address, quint16 port)
{
    // Clients connect to where a datagram came from: with one listen address, that address,
    // even where the interface has others or routing would pick another.
    // (QNetworkDatagram::setSender() can't say so on Linux: Qt 6 puts the address where the
    // kernel does not read it, so a socket bound to the address sends instead.)
    QUdpSocket &from = m_from ? *m_from : socket;
    const qint64 written = from.writeDatagram(datagram, address, port);
    // Lost datagrams are normal for UDP: the next announcement or query makes up for them.
    if (written < 0 && mayLog()) {
        qCDebug(lcAnnouncer, "could not send to %s port %u: %s", qUtf8Printable(address.toString()),
                unsigned(port), qUtf8Printable(from.errorString()));
    }
}

void DiscoveryAnnouncer::sendToNetwork(const QByteArray &datagram)
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    if (m_v4) {
        // 255.255.255.255 leaves by whichever interface routing picks: only when all serve.
        QSet<QHostAddress> targets;
        if (oneAddress().isNull())
            targets.insert(QHostAddress(QHostAddress::Broadcast));
        for (const QNetworkInterface &interface : interfaces) {
            if (!(interface.flags() & QNetworkInterface::IsUp) || !servesInterface(interface))
                continue;
            for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
                if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol &&
                    !entry.broadcast().isNull())
                    targets.insert(entry.broadcast());
            }
        }
        for (const QHostAddress &target : std::as_const(targets))
            send(*m_v4, datagram, target, m_port);
    }
    if (m_v6) {
        for (const QNetworkInterface &interface : interfaces) {
            if (!m_joined.contains(interface.index()))
                continue;
            QHostAddress group(QString::fromUtf16(protocol::kDiscoveryMulticastGroup));
            group.setScopeId(interface.name()); // link-local: the scope picks the interface
            send(*m_v6, datagram, group, m_port);
        }
    }
}

void DiscoveryAnnouncer::refreshNetwork()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    m_subnets.clear();
    const QHostAddress group(QString::fromUtf16(protocol::kDiscoveryMulticastGroup));
    for (const QNetworkInterface &interface : interfaces) {
        if (!(interface.flags() & QNetworkInterface::IsUp) || !servesInterface(interface))
            continue;
        bool hasIPv6 = false;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            m_subnets.push_back({entry.ip(), entry.prefixLength()});
            hasIPv6 |= entry.ip().protocol() == QAbstractSocket::IPv6Protocol;
        }
        if (m_v6 && hasIPv6 && (interface.flags() & QNetworkInterface::CanMulticast) &&
            !m_joined.contains(interface.index())) {
            if (m_v6->joinMulticastGroup(group, interface)) {
                m_joined.insert(interface.index());
            } else {
                qCDebug(lcAnnouncer, "cannot join %s on %s: %s", qUtf8Printable(group.toString()),
                        qUtf8Printable(interface.name()), qUtf8Printable(m_v6->errorString()));
            }
        }
    }
    m_subnetsReadMs = nowMs();
}

bool DiscoveryAnnouncer::isOnLink(const QHostAddress &address)
{
    if (address.isLoopback())
        return true;
    if (address.isLinkLocal()) {
        if (oneAddress().isNull())
            return true;
        // Only from the listen address's own link: the scope names the interface it came by.
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            return servesInterface(QNetworkInterface::interfaceFromName(address.scopeId()));
    }
    const auto inSubnets = [&] {
        return std::any_of(m_subnets.begin(), m_subnets.end(), [&](const Subnet &subnet) {
            return subnet.prefixLength >= 0 &&
                   address.isInSubnet(subnet.address, subnet.prefixLength);
        });
    };
    if (inSubnets())
        return true;
    // Perhaps a network joined since the interfaces were last read.
    if (nowMs() - m_subnetsReadMs < kSubnetRefreshMs)
        return false;
    refreshNetwork();
    return inSubnets();
}

QHostAddress DiscoveryAnnouncer::oneAddress() const
{
    const QHostAddress address = protocol::plainAddress(m_listen);
    if (address.isNull() || address.protocol() == QAbstractSocket::AnyIPProtocol)
        return {};
    const QHostAddress wildcard(address.protocol() == QAbstractSocket::IPv4Protocol
                                    ? QHostAddress::AnyIPv4
                                    : QHostAddress::AnyIPv6);
    return address.isEqual(wildcard, QHostAddress::StrictConversion) ? QHostAddress() : address;
}

bool DiscoveryAnnouncer::servesFamily(QAbstractSocket::NetworkLayerProtocol family) const
{
    const QHostAddress address = protocol::plainAddress(m_listen);
    return address.isNull() || address.protocol() == QAbstractSocket::AnyIPProtocol ||
           address.protocol() == family;
}

bool DiscoveryAnnouncer::servesInterface(const QNetworkInterface &interface) const
{
    QHostAddress one = oneAddress();
    if (one.isNull())
        return true;
    if (!one.scopeId().isEmpty() && one.scopeId() != interface.name() &&
        one.scopeId() != QString::number(interface.index()))
        return false;
    one.setScopeId({});
    const QList<QNetworkAddressEntry> entries = interface.addressEntries();
    return std::any_of(entries.begin(), entries.end(), [&one](const QNetworkAddressEntry &entry) {
        QHostAddress ip = entry.ip();
        ip.setScopeId({});
        return ip.isEqual(one, QHostAddress::StrictConversion);
    });
}

bool DiscoveryAnnouncer::mayLog()
{
    return m_logLines.take(nowMs());
}

} // namespace palaver::server
