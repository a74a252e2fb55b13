#pragma once

#include <QString>

namespace palaver::client::autostart {

// Starting Palaver when the user logs in, the way each platform does it: an XDG autostart entry
// on Linux and the BSDs (autostart_xdg.cpp), a value under HKCU\...\Run on Windows
// (autostart_win.cpp), a LaunchAgent on macOS (autostart_mac.cpp). The platform's own record is
// the truth, so nothing about it is kept in the settings: removing the entry by hand is seen.

/// Whether Palaver starts when the user logs in.
bool isEnabled();
/// Adds the entry (pointing at this executable) or removes it. Returns an empty string on
/// success, else what went wrong, in words for the user.
QString setEnabled(bool enabled);
/// Where the entry lives (a file, or a registry value), to show the user.
QString location();

namespace detail {
/// For the platforms whose entry is a file (autostart_file.cpp): writes `contents` to `path`
/// when `enabled`, else removes the file. As setEnabled() returns.
QString writeOrRemove(const QString &path, bool enabled, const QByteArray &contents);
} // namespace detail

} // namespace palaver::client::autostart
