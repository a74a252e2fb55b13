// libFuzzer target for the protocol decoder, the code that reads every untrusted frame. Besides
// "no crash, no sanitizer report" it checks a property: whatever decode() accepts, encode()
// writes back in a form that decodes to the same message, and the validation rules run on
// every nickname and text it yields. See docs/fuzzing.md.
#include "shared/protocol.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <type_traits>

using namespace palaver::protocol;

namespace {

/// Stops the run so libFuzzer saves the input. qFatal prints why and then aborts.
[[noreturn]] void violated(const char *property, const QByteArray &encoded)
{
    qFatal("fuzz_decode: %s\n  re-encoded as: %s", property, encoded.left(2000).constData());
}

void checkNickField(const QString &nick, const Limits &limits)
{
    const QString normalized = normalizedNick(nick);
    if (normalizedNick(normalized) != normalized)
        violated("normalizedNick is not idempotent", normalized.toUtf8());
    (void)checkNick(normalized, limits);
    (void)checkNick(nick, limits); // the raw value too: the checks must not rely on normalizing
}

void checkTextField(const QString &text, const Limits &limits)
{
    const QString normalized = normalizedText(text);
    if (normalizedText(normalized) != normalized)
        violated("normalizedText is not idempotent", normalized.toUtf8());
    (void)checkText(normalized, limits);
    (void)checkText(text, limits);
}

/// Runs validation on every nickname and chat text a message carries.
void validateFields(const Message &message, const Limits &limits)
{
    const auto chatMessage = [&limits](const ChatMessage &m) {
        checkNickField(m.nick, limits);
        checkTextField(m.text, limits);
    };
    std::visit(
        [&](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, Hello> || std::is_same_v<T, Presence>) {
                checkNickField(m.nick, limits);
            } else if constexpr (std::is_same_v<T, Welcome>) {
                checkNickField(m.nick, limits);
                for (const Member &member : m.members)
                    checkNickField(member.nick, limits);
            } else if constexpr (std::is_same_v<T, Send>) {
                checkTextField(m.text, limits);
            } else if constexpr (std::is_same_v<T, ChatMessage>) {
                chatMessage(m);
            } else if constexpr (std::is_same_v<T, History>) {
                for (const ChatMessage &entry : m.messages)
                    chatMessage(entry);
            }
        },
        message);
}

void fuzzWith(QByteArrayView input, const Limits &limits)
{
    const DecodeResult first = decode(input, limits);
    if (!first.ok()) {
        if (first.error().message.isEmpty())
            violated("a decode error without a message for people", {});
        return;
    }
    validateFields(first.message(), limits);

    const QByteArray encoded = encode(first.message());
    // encode() may legitimately write more bytes than it read ("1e15" is written out in full,
    // times gain ".000"), so only the size limit is widened for the second decode.
    Limits again = limits;
    again.maxMessageBytes = qMax(limits.maxMessageBytes, qint64(encoded.size()));
    const DecodeResult second = decode(QByteArrayView(encoded), again);
    if (!second.ok()) {
        const QByteArray why =
            errorCodeName(second.error().code).toUtf8() + ": " + second.error().message.toUtf8();
        qFatal("fuzz_decode: the re-encoded message does not decode (%s)\n  re-encoded as: %s",
               why.constData(), encoded.left(2000).constData());
    }
    if (!(second.message() == first.message()))
        violated("the re-encoded message decodes to a different message", encoded);
    if (encode(second.message()) != encoded)
        violated("encoding is not stable after one round trip", encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzzWith(input, Limits{});            // what a server accepts from clients
    fuzzWith(input, serverFrameLimits()); // what a client accepts from servers
    return 0;
}
