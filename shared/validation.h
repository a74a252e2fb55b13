#pragma once

#include "errorcode.h"
#include "limits.h"

#include <QString>

#include <optional>

namespace palaver::protocol {

/// A rule a value broke: the code for the wire and a sentence for people.
struct Violation
{
    ErrorCode code;
    QString message;
};

/// Puts a nickname in the form the server keeps: Unicode NFKC (so full-width letters and
/// ligatures become plain ones), surrounding spaces removed.
QString normalizedNick(const QString &nick);

/// The form two nicknames are compared in: normalized and case-folded, so "Alice", "ALICE"
/// and "Ａｌｉｃｅ" are one nickname.
QString nickKey(const QString &nick);

/// Checks a normalized nickname: not empty, not too long, no control or invisible characters,
/// and letters of one alphabet only (no Latin "a" swapped for a Cyrillic "а").
std::optional<Violation> checkNick(const QString &nick, const Limits &limits);

/// Checks a room name (normalized like a nickname): 1 to 64 characters, no control or
/// invisible characters, letters of one alphabet, not starting with "@" (which names direct
/// conversations).
std::optional<Violation> checkRoomName(const QString &room);

/// Control, format (zero-width, bidi overrides), private-use, unassigned and surrogate code
/// points, and line or paragraph separators: what no name may hold.
bool isInvisibleOrControl(char32_t ucs4);

/// The name the server's administrator speaks under (/say): nobody may take it.
inline constexpr char16_t kServerNick[] = u"server";
/// A Violation if `nick` (normalized) is kServerNick, in any case or width.
std::optional<Violation> checkNotReserved(const QString &nick);

/// Puts chat text in the form the server keeps: NFC, CR LF and lone CR become LF.
QString normalizedText(const QString &text);

/// Checks normalized chat text: not blank, not too long, no control characters but LF and TAB.
std::optional<Violation> checkText(const QString &text, const Limits &limits);

/// A certificate's SHA-256 fingerprint as people compare it: "AB:CD:...", from its DER bytes.
QString certificateFingerprint(const QByteArray &der);

} // namespace palaver::protocol
