#pragma once

#include <QFont>
#include <QString>

namespace palaver::client {

/// The family of a colour emoji font installed on this computer: Segoe UI Emoji on Windows,
/// Apple Color Emoji on macOS, Noto Color Emoji (or another one fontconfig knows) on Linux.
/// Empty if there is none; then emoji come from whatever font Qt falls back to.
QString colourEmojiFamily();

/// `font` with the colour emoji font after its own family, for what people type in.
QFont withEmojiFallback(QFont font);

} // namespace palaver::client
