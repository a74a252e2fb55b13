#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace palaver::protocol {

/// Machine-readable error codes carried in `error` messages. The numbers are never reused or
/// renumbered and new codes are only appended, so old clients keep understanding new servers.
enum class ErrorCode : int
{
    Unrecognized = 0, ///< a code from a newer peer; never sent
    BadJson = 1,
    InvalidUtf8 = 2,
    TooLarge = 3,
    TooDeep = 4,
    NotObject = 5,
    UnknownType = 6,
    MissingField = 7,
    WrongType = 8,
    BadValue = 9,
    HelloRequired = 10,
    UnsupportedProtocol = 11,
    InvalidNick = 12,
    UnknownRoom = 13,
    EmptyText = 14,
    TextTooLong = 15,
    UnexpectedMessage = 16,
    Internal = 17,
    StorageFailed = 18,
    RateLimited = 19,
    WrongPassword = 20,
    ServerFull = 21,
    TooManyConnections = 22,
    NickTaken = 23,   ///< somebody else online uses the nickname; see the error's `suggestion`
    UnknownNick = 24, ///< a direct message to a nickname the server has never seen
    TooManyRooms = 25,
};

/// The wire spelling of a code, e.g. "unknown-type".
QString errorCodeName(ErrorCode code);

/// The code for a wire spelling, or nothing if this build does not know it (a newer peer).
std::optional<ErrorCode> errorCodeFromName(QStringView name);

} // namespace palaver::protocol
