#include "errorcode.h"

#include <array>
#include <utility>

namespace palaver::protocol {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array<std::pair<ErrorCode, QStringView>, 26> kNames{{
    {ErrorCode::Unrecognized, u"unrecognized"},
    {ErrorCode::BadJson, u"bad-json"},
    {ErrorCode::InvalidUtf8, u"invalid-utf8"},
    {ErrorCode::TooLarge, u"too-large"},
    {ErrorCode::TooDeep, u"too-deep"},
    {ErrorCode::NotObject, u"not-object"},
    {ErrorCode::UnknownType, u"unknown-type"},
    {ErrorCode::MissingField, u"missing-field"},
    {ErrorCode::WrongType, u"wrong-type"},
    {ErrorCode::BadValue, u"bad-value"},
    {ErrorCode::HelloRequired, u"hello-required"},
    {ErrorCode::UnsupportedProtocol, u"unsupported-protocol"},
    {ErrorCode::InvalidNick, u"invalid-nick"},
    {ErrorCode::UnknownRoom, u"unknown-room"},
    {ErrorCode::EmptyText, u"empty-text"},
    {ErrorCode::TextTooLong, u"text-too-long"},
    {ErrorCode::UnexpectedMessage, u"unexpected-message"},
    {ErrorCode::Internal, u"internal"},
    {ErrorCode::StorageFailed, u"storage-failed"},
    {ErrorCode::RateLimited, u"rate-limited"},
    {ErrorCode::WrongPassword, u"wrong-password"},
    {ErrorCode::ServerFull, u"server-full"},
    {ErrorCode::TooManyConnections, u"too-many-connections"},
    {ErrorCode::NickTaken, u"nick-taken"},
    {ErrorCode::UnknownNick, u"unknown-nick"},
    {ErrorCode::TooManyRooms, u"too-many-rooms"},
}};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return name.toString();
    }
    return u"internal"_s;
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const auto &[value, spelling] : kNames) {
        if (spelling == name)
            return value;
    }
    return std::nullopt;
}

} // namespace palaver::protocol
