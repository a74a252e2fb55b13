#include "discoverysocket.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace palaver::protocol {

QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4) : address;
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
