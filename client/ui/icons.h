#pragma once

#include <QIcon>
#include <QPalette>
#include <QStringList>

namespace palaver::client {

/// The names of the UI icons in resources/icons/ui/ (each `<name>.svg`): "send", "room",
/// "direct-message", "join-room", "search", "mentions", "settings", "connect", "reconnect",
/// "disconnect", "leave", "away", "do-not-disturb", "notifications", "copy", "quit", "about",
/// "keyboard".
QStringList uiIconNames();

/// A UI icon by name (see uiIconNames()); a null icon, with a warning, for an unknown name.
/// The drawings are monochrome: each pixmap is drawn when it is asked for, in the colour the
/// application palette has at that moment (see uiIconColor()), so icons follow a switch
/// between light and dark themes without being created again.
QIcon uiIcon(const QString &name);

/// The colour a UI icon is drawn in for `mode` with `palette`: the window text colour, its
/// disabled variant for QIcon::Disabled, the highlighted text colour for QIcon::Selected.
QColor uiIconColor(const QPalette &palette, QIcon::Mode mode);

} // namespace palaver::client
