#pragma once

#include "limits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUuid>

#include <optional>
#include <variant>

namespace palaver::protocol {

// LAN discovery: small JSON datagrams over UDP, apart from the WebSocket protocol (see
// "LAN discovery" in docs/protocol.md). Pure functions, so both ends and the tests share them.

/// The version in every discovery datagram's "v". Fields are only ever added; a datagram with
/// another version is ignored.
inline constexpr int kDiscoveryVersion = 1;

/// The largest datagram either end reads; anything longer is ignored unread.
inline constexpr qsizetype kMaxDiscoveryDatagramBytes = 2048;

/// The IPv6 link-local multicast group queries and announcements go to, on every interface
/// that can multicast. (IPv4 uses broadcast.)
inline constexpr char16_t kDiscoveryMulticastGroup[] = u"ff02::7350";

/// A server announces itself this often, and a client forgets one not heard from for this
/// long: three announcements missed, and some slack.
inline constexpr int kDiscoveryAnnounceIntervalMs = 30'000;
inline constexpr int kDiscoveryExpiryMs = 95'000;

/// The longest server name and software version an announcement carries, in UTF-16 code
/// units.
inline constexpr int kMaxDiscoveryNameLength = 100;
inline constexpr int kMaxDiscoveryVersionLength = 64;

/// Client -> anyone listening: "which Palaver servers are there?"
struct DiscoveryQuery
{
    friend bool operator==(const DiscoveryQuery &, const DiscoveryQuery &) = default;
};

/// Server -> clients: where its WebSocket is and how to recognise it.
struct DiscoveryAnnounce
{
    QString name{};        ///< the server's name, as in its `welcome`
    quint16 port = 0;      ///< of the WebSocket server, on the address the datagram came from
    bool tls = false;      ///< wss:// rather than ws://
    QString fingerprint{}; ///< with tls: the certificate's SHA-256, "AB:CD:..."; else empty
    QString version{};     ///< the server software's version
    QUuid id{};            ///< random per server process: tells restarts and duplicates apart

    friend bool operator==(const DiscoveryAnnounce &, const DiscoveryAnnounce &) = default;
};

/// Server -> clients: "I am stopping; forget me".
struct DiscoveryBye
{
    QUuid id{};

    friend bool operator==(const DiscoveryBye &, const DiscoveryBye &) = default;
};

using DiscoveryDatagram = std::variant<DiscoveryQuery, DiscoveryAnnounce, DiscoveryBye>;

/// Either a datagram or why there is none (a sentence for logs); decoding never throws.
struct DiscoveryDecodeResult
{
    std::optional<DiscoveryDatagram> datagram;
    QString error; ///< empty when `datagram` is set

    bool ok() const { return datagram.has_value(); }
};

/// Decodes one UDP datagram. Anything over kMaxDiscoveryDatagramBytes, not a JSON object, of
/// another type or version, or with a missing or bad field is refused.
DiscoveryDecodeResult decodeDiscovery(QByteArrayView datagram);

/// Encodes one datagram as compact JSON (UTF-8), well under kMaxDiscoveryDatagramBytes if its
/// fields are valid (see announceableName()).
QByteArray encodeDiscovery(const DiscoveryDatagram &datagram);

/// The server name as an announcement carries it: without control and invisible characters,
/// cut to kMaxDiscoveryNameLength, and "Palaver" if nothing is left.
QString announceableName(const QString &name);

/// Whether `fingerprint` has the form certificateFingerprint() gives: 32 hex pairs with colons.
bool isCertificateFingerprint(const QString &fingerprint);

} // namespace palaver::protocol
