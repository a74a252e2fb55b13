#include "discoverysocket.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace palaver::protocol {

QHostAddress plainAddress(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    // Only ::ffff:a.b.c.d: Qt also converts ::, the IPv6 wildcard, which must stay IPv6.
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    return QHostAddress(address.toIPv4Address());
}

std::optional<ReceivedDiscovery> receiveDiscovery(QUdpSocket &socket)
{
    while (socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket.receiveDatagram(kMaxDiscoveryDatagramBytes + 1);
        if (!datagram.isValid())
            continue;
        return ReceivedDiscovery{plainAddress(datagram.senderAddress()),
                                 quint16(datagram.senderPort()), decodeDiscovery(datagram.data())};
    }
    return std::nullopt;
}

} // namespace palaver::protocol
