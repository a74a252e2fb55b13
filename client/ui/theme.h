#pragma once

#include "client/core/clientsettings.h"

#include <QPalette>

namespace palaver::client {

/// Whether `palette` is a dark one: its window colour is closer to black than to white.
bool isDark(const QPalette &palette);

/// Whether the system asks for a dark look: QStyleHints::colorScheme() on Qt 6.5 and later
/// where the platform knows; else (and on Qt 6.4) the palette the platform gave the
/// application. Meaningful while the theme is Theme::System.
bool systemPrefersDark();

/// The palettes of the forced themes, for the Fusion style: every role of every group,
/// disabled included, with links, selections, placeholders and tooltips that read well.
QPalette lightPalette();
QPalette darkPalette();

/// Applies `theme` to the whole application. System gives back the platform's own style and
/// palette, which Qt keeps following as the system switches between light and dark; Light
/// and Dark use Fusion, the one style that draws any palette faithfully on every platform.
void applyTheme(Theme theme);

/// The theme applyTheme() last applied (System if it never ran).
Theme appliedTheme();

} // namespace palaver::client
