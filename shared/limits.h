#pragma once

#include <QtGlobal>

namespace palaver::protocol {

/// The protocol version this build speaks. A server accepts a `hello` whose version it knows.
inline constexpr int kProtocolVersion = 1;

/// The TCP port a server listens on unless told otherwise (see docs/protocol.md).
inline constexpr quint16 kDefaultPort = 7350;

/// The UDP port servers announce themselves on and answer LAN discovery queries at (see
/// "LAN discovery" in docs/protocol.md and shared/discovery.h).
inline constexpr quint16 kDefaultDiscoveryPort = 7351;

/// The room every client is in until rooms arrive.
inline constexpr char16_t kDefaultRoom[] = u"general";

/// The most messages one `fetch` may ask for.
inline constexpr int kMaxFetchLimit = 500;

/// The most results one `search` may ask for, and the longest query.
inline constexpr int kMaxSearchLimit = 200;
inline constexpr int kMaxSearchQueryLength = 200;
/// The longest `tag` of a search, in UTF-16 code units.
inline constexpr int kMaxSearchTagLength = 64;

/// The most rooms and direct conversations one nickname may be in.
inline constexpr int kMaxRoomsPerNick = 200;

/// A room with more members than this is crowded: `welcome` and `joined` give its member count
/// instead of its members, and nobody is told of others joining, leaving or changing status
/// through it (in a room of 10,000 that would be 10,000 frames for each person who arrives).
/// Clients ask for the list with `members` when they show it.
inline constexpr int kCrowdedRoomMembers = 200;
/// The most members one `members` answer lists: online and away first, then by nickname.
inline constexpr int kMaxListedMembers = 500;

/// While typing, a client says so at most this often (milliseconds) ...
inline constexpr int kTypingIntervalMs = 3000;
/// ... and others stop showing "is typing" when nothing more came for this long.
inline constexpr int kTypingExpiryMs = 6000;

/// What a client accepts in one frame from a server. Larger than any client limit, as a
/// `history` frame carries many messages; servers keep their frames well below it.
inline constexpr qint64 kMaxServerFrameBytes = 16 * 1024 * 1024;

/// Sizes a server enforces and announces in its `welcome`, so clients can check before sending.
struct Limits
{
    qint64 maxMessageBytes = 64 * 1024; ///< one WebSocket message, UTF-8 encoded
    int maxTextLength = 4000;           ///< characters of chat text (UTF-16 code units)
    int maxNickLength = 32;             ///< characters of a nickname
    int maxJsonDepth = 16;              ///< nesting of arrays and objects in one message

    friend bool operator==(const Limits &, const Limits &) = default;
};

/// The limits a client decodes server frames with.
inline Limits serverFrameLimits()
{
    Limits limits;
    limits.maxMessageBytes = kMaxServerFrameBytes;
    return limits;
}

/// WebSocket close codes Palaver uses (RFC 6455 section 7.4 and the 4000 private range).
enum class CloseCode : quint16
{
    Normal = 1000,
    GoingAway = 1001,            ///< the server is shutting down or restarting
    ProtocolError = 1002,        ///< no `hello` first, or a `hello` that can't be accepted
    PolicyViolation = 1008,      ///< abuse: floods, refused origins
    TooBig = 1009,               ///< a message over `maxMessageBytes`
    InternalError = 1011,        ///< the server hit a bug; the client should reconnect later
    UnsupportedProtocol = 4001,  ///< the client's protocol version is not spoken here
    HandshakeTimeout = 4002,     ///< no `hello` in time
    AuthenticationFailed = 4003, ///< no password, or the wrong one
    ServerFull = 4004,           ///< at its connection limit; try later (1013 is not in Qt's list)
    Replaced = 4005,             ///< a new connection with the same nickname and token took over
    Kicked = 4006, ///< the server's administrator disconnected it; the reason says why
};

} // namespace palaver::protocol
