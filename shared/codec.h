#pragma once

#include "messages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace palaver::protocol {

/// Why a frame could not be decoded: the code to send back, a sentence for people, and the
/// field at fault (empty when the frame as a whole is wrong).
struct DecodeError
{
    ErrorCode code = ErrorCode::BadJson;
    QString message;
    QString field;
};

/// Either a decoded message or the reason there is none; decoding never throws.
class DecodeResult
{
public:
    DecodeResult(Message message)
        : m_value(std::move(message))
    {}
    DecodeResult(DecodeError error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<Message>(m_value); }
    const Message &message() const { return std::get<Message>(m_value); }
    const DecodeError &error() const { return std::get<DecodeError>(m_value); }

private:
    std::variant<Message, DecodeError> m_value;
};

/// Decodes one frame. `limits` bounds the size and nesting accepted before parsing.
DecodeResult decode(QByteArrayView utf8, const Limits &limits = {});
DecodeResult decode(const QString &text, const Limits &limits = {});
inline DecodeResult decode(const QByteArray &utf8, const Limits &limits = {})
{
    return decode(QByteArrayView(utf8), limits);
}

/// Encodes one message as compact JSON (UTF-8).
QByteArray encode(const Message &message);
/// The same as text, ready for QWebSocket::sendTextMessage.
QString encodeText(const Message &message);

/// Times go on the wire as ISO 8601 UTC with milliseconds, e.g. "2026-11-21T09:30:00.000Z".
QString formatTime(const QDateTime &time);

namespace detail {
/// encode() as it is for every type but the two the server sends most, `message` and `ack`,
/// which it writes field by field. Tests hold the two against each other.
QByteArray encodeThroughJsonObject(const Message &message);
} // namespace detail

} // namespace palaver::protocol
