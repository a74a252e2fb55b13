#pragma once

#include <QIcon>

namespace palaver::client {

/// Registers the compiled-in resources (icons, translations); a static library needs this
/// before the first ":/" path is used.
void initResources();

/// The application icon, from the SVG in resources/.
QIcon appIcon();

} // namespace palaver::client
