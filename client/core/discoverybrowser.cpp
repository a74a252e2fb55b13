#include "discoverybrowser.h"

#include "shared/discoverysocket.h"

#include <QLoggingCategory>
#include <QNetworkInterface>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBrowser, "palaver.client.discovery", QtInfoMsg)

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::milliseconds kQueryInterval{10'000};
/// Log lines about bad datagrams per minute at most: anyone on the LAN can send them.
constexpr int kLogLinesPerMinute = 10;

QHostAddress multicastGroup()
{
    return QHostAddress(QString::fromUtf16(protocol::kDiscoveryMulticastGroup));
}

bool isUp(const QNetworkInterface &interface)
{
    return interface.flags().testFlag(QNetworkInterface::IsUp);
}

bool hasIPv6(const QNetworkInterface &interface)
{
    const auto entries = interface.addressEntries();
    return std::any_of(entries.begin(), entries.end(), [](const QNetworkAddressEntry &entry) {
        return entry.ip().protocol() == QAbstractSocket::IPv6Protocol;
    });
}

} // namespace

DiscoveryBrowser::DiscoveryBrowser(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

DiscoveryBrowser::~DiscoveryBrowser() = default;

void DiscoveryBrowser::addQueryTarget(const QHostAddress &address, quint16 port)
{
    m_extraTargets.push_back({address, port});
}

std::unique_ptr<QUdpSocket> DiscoveryBrowser::bindSocket(const QHostAddress &any, quint16 port,
                                                         QUdpSocket::BindMode mode)
{
    auto socket = std::make_unique<QUdpSocket>();
    if (!socket->bind(any, port, mode)) {
        // No IPv6 on this machine, say: the other family still works.
        qCDebug(lcBrowser, "cannot bind UDP %s port %u: %s", qUtf8Printable(any.toString()),
                unsigned(port), qUtf8Printable(socket->errorString()));
        return nullptr;
    }
    QUdpSocket &ref = *socket;
    connect(&ref, &QUdpSocket::readyRead, this, [this, &ref] { onReadyRead(ref); });
    return socket;
}

void DiscoveryBrowser::start()
{
    if (m_running)
        return;
    m_running = true;
    m_query4 = bindSocket(QHostAddress(QHostAddress::AnyIPv4), 0, QUdpSocket::DefaultForPlatform);
    m_query6 = bindSocket(QHostAddress(QHostAddress::AnyIPv6), 0, QUdpSocket::DefaultForPlatform);
    if (m_discoveryPort != 0) {
        // Shared with servers and other clients on this machine: broadcasts reach them all.
        const auto shared = QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint;
        m_listen4 = bindSocket(QHostAddress(QHostAddress::AnyIPv4), m_discoveryPort, shared);
        m_listen6 = bindSocket(QHostAddress(QHostAddress::AnyIPv6), m_discoveryPort, shared);
    }
    queryNow();
    scheduleQuery();
}

void DiscoveryBrowser::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_queryAlarm.reset();
    m_expiryAlarm.reset();
    m_query4.reset();
    m_query6.reset();
    m_listen4.reset();
    m_listen6.reset();
    m_joined.clear();
    m_model.clear();
}

void DiscoveryBrowser::scheduleQuery()
{
    m_queryAlarm = m_clock.schedule(kQueryInterval, [this] {
        queryNow();
        scheduleQuery();
    });
}

void DiscoveryBrowser::queryNow()
{
    if (!m_running)
        return;
    const QByteArray query = protocol::encodeDiscovery(protocol::DiscoveryQuery{});
    const auto send = [this, &query](const QHostAddress &address, quint16 port) {
        QUdpSocket *socket =
            address.protocol() == QAbstractSocket::IPv4Protocol ? m_query4.get() : m_query6.get();
        // Lost datagrams are normal for UDP (no route on this interface, say): the next round
        // asks again.
        if (socket && socket->writeDatagram(query, address, port) < 0 && mayLog()) {
            qCDebug(lcBrowser, "could not ask %s port %u: %s", qUtf8Printable(address.toString()),
                    unsigned(port), qUtf8Printable(socket->errorString()));
        }
    };
    if (m_discoveryPort != 0) {
        joinGroupEverywhere();
        QSet<QHostAddress> broadcasts{QHostAddress(QHostAddress::Broadcast)};
        for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
            if (!isUp(interface))
                continue;
            for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
                if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol &&
                    !entry.broadcast().isNull())
                    broadcasts.insert(entry.broadcast());
            }
            if (interface.flags().testFlag(QNetworkInterface::CanMulticast) && hasIPv6(interface)) {
                QHostAddress group = multicastGroup();
                group.setScopeId(interface.name()); // link-local: the scope picks the interface
                send(group, m_discoveryPort);
            }
        }
        for (const QHostAddress &broadcast : std::as_const(broadcasts))
            send(broadcast, m_discoveryPort);
    }
    for (const Target &target : m_extraTargets)
        send(target.address, target.port);
}

void DiscoveryBrowser::joinGroupEverywhere()
{
    if (!m_listen6)
        return;
    const QHostAddress group = multicastGroup();
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!isUp(interface) || !interface.flags().testFlag(QNetworkInterface::CanMulticast) ||
            m_joined.contains(interface.index()) || !hasIPv6(interface))
            continue;
        if (m_listen6->joinMulticastGroup(group, interface)) {
            m_joined.insert(interface.index());
        } else {
            qCDebug(lcBrowser, "cannot join %s on %s: %s", qUtf8Printable(group.toString()),
                    qUtf8Printable(interface.name()), qUtf8Printable(m_listen6->errorString()));
        }
    }
}

void DiscoveryBrowser::onReadyRead(QUdpSocket &socket)
{
    while (const auto received = protocol::receiveDiscovery(socket)) {
        const auto &[sender, senderPort, decoded] = *received;
        if (!decoded.ok()) {
            ++m_ignored;
            if (mayLog()) {
                qCDebug(lcBrowser, "ignored a discovery datagram from %s port %d: %s",
                        qUtf8Printable(sender.toString()), int(senderPort),
                        qUtf8Printable(decoded.error));
            }
            continue;
        }
        if (const auto *announce = std::get_if<protocol::DiscoveryAnnounce>(&*decoded.datagram)) {
            m_model.heard(*announce, sender, m_clock.nowMs());
            scheduleExpiry();
        } else if (const auto *bye = std::get_if<protocol::DiscoveryBye>(&*decoded.datagram)) {
            m_model.forget(bye->id);
        }
        // Queries, ours and other clients', are for servers.
    }
}

void DiscoveryBrowser::scheduleExpiry()
{
    if (m_expiryAlarm)
        return; // it fires for the oldest, which a new announcement doesn't make older
    const qint64 oldest = m_model.oldestHeardMs();
    if (oldest < 0)
        return;
    const qint64 delay =
        std::max<qint64>(0, oldest + protocol::kDiscoveryExpiryMs - m_clock.nowMs());
    m_expiryAlarm = m_clock.schedule(std::chrono::milliseconds(delay), [this] { expireNow(); });
}

void DiscoveryBrowser::expireNow()
{
    m_expiryAlarm.reset();
    m_model.expire(m_clock.nowMs(), protocol::kDiscoveryExpiryMs);
    scheduleExpiry();
}

bool DiscoveryBrowser::mayLog()
{
    const qint64 now = m_clock.nowMs();
    if (m_logWindowMs < 0 || now - m_logWindowMs >= 60'000) {
        m_logWindowMs = now;
        m_logLines = 0;
    }
    return ++m_logLines <= kLogLinesPerMinute;
}

} // namespace palaver::client
