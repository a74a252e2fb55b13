#pragma once

#include "discovery.h"

#include <QHostAddress>

#include <optional>

class QUdpSocket;

namespace palaver::protocol {

// What the server's announcer and the client's browser both do with their UDP sockets. Kept
// out of palaver_protocol, which stays QtCore only for the fuzzer.

/// An IPv4 peer can appear as ::ffff:a.b.c.d; answers, lists and comparisons want it plain.
/// Any other IPv6 address, the wildcard :: too, stays as it is.
QHostAddress plainAddress(const QHostAddress &address);

/// One discovery datagram read from a socket: who sent it, and what it says (or why not).
struct ReceivedDiscovery
{
    QHostAddress sender; ///< plain (see plainAddress)
    quint16 senderPort = 0;
    DiscoveryDecodeResult decoded;
};

/// Reads and decodes the next datagram waiting on `socket`; nothing when none is waiting.
/// One byte over kMaxDiscoveryDatagramBytes is read, enough to refuse a datagram too big.
std::optional<ReceivedDiscovery> receiveDiscovery(QUdpSocket &socket);

} // namespace palaver::protocol
