#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

// A forced theme installs a Fusion style with this name, which also remembers the platform's
// style to go back to: the application itself holds the state, not a global here.
const QString kForcedStyle = u"palaverThemeStyle"_s;
constexpr char kSystemStyleProperty[] = "palaverSystemStyle";
constexpr char kThemeProperty[] = "palaverTheme";

QStyle *forcedStyle()
{
    QStyle *style = QApplication::style();
    return style && style->objectName() == kForcedStyle ? style : nullptr;
}

struct Colors
{
    QColor window, windowText, base, alternateBase, toolTipBase, toolTipText, placeholder, button,
        light, midlight, mid, dark, shadow, highlight, highlightedText, link, linkVisited,
        brightText, disabledText, disabledBase, disabledHighlight;
};

QPalette paletteFrom(const Colors &c)
{
    QPalette palette;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? c.disabledText : c.windowText;
        palette.setColor(group, QPalette::Window, c.window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, disabled ? c.disabledBase : c.base);
        palette.setColor(group, QPalette::AlternateBase, c.alternateBase);
        palette.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, c.toolTipText);
        palette.setColor(group, QPalette::PlaceholderText,
                         disabled ? c.disabledText : c.placeholder);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, c.button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, c.brightText);
        palette.setColor(group, QPalette::Light, c.light);
        palette.setColor(group, QPalette::Midlight, c.midlight);
        palette.setColor(group, QPalette::Mid, c.mid);
        palette.setColor(group, QPalette::Dark, c.dark);
        palette.setColor(group, QPalette::Shadow, c.shadow);
        palette.setColor(group, QPalette::Highlight, disabled ? c.disabledHighlight : c.highlight);
        palette.setColor(group, QPalette::HighlightedText,
                         disabled ? c.disabledText : c.highlightedText);
        palette.setColor(group, QPalette::Link, disabled ? c.disabledText : c.link);
        palette.setColor(group, QPalette::LinkVisited, disabled ? c.disabledText : c.linkVisited);
        palette.setColor(group, QPalette::NoRole, QColor());
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        palette.setColor(group, QPalette::Accent, disabled ? c.disabledHighlight : c.highlight);
#endif
    }
    return palette;
}

} // namespace

bool isDark(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // Light text on a dark window; the comparison keeps odd palettes (mid-grey windows) right.
    return window.lightnessF() < text.lightnessF() && window.lightnessF() < 0.5;
}

bool systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return true;
    case Qt::ColorScheme::Light:
        return false;
    case Qt::ColorScheme::Unknown:
        break;
    }
#endif
    // Before Qt 6.5 the palette is all there is: the platform's, unless a theme is forced.
    return isDark(QApplication::palette());
}

QPalette lightPalette()
{
    Colors c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.windowText = QColor(0x1b, 0x1b, 0x1b);
    c.base = Qt::white;
    c.alternateBase = QColor(0xf5, 0xf5, 0xf5);
    c.toolTipBase = QColor(0xff, 0xf8, 0xdc);
    c.toolTipText = QColor(0x1b, 0x1b, 0x1b);
    c.placeholder = QColor(0x6b, 0x6b, 0x6b); // 5.3:1 on white: readable, yet clearly muted
    c.button = QColor(0xef, 0xef, 0xef);
    c.light = Qt::white;
    c.midlight = QColor(0xe3, 0xe3, 0xe3);
    c.mid = QColor(0xb8, 0xb8, 0xb8);
    c.dark = QColor(0x9f, 0x9f, 0x9f);
    c.shadow = QColor(0x76, 0x76, 0x76);
    c.highlight = QColor(0x2f, 0x6f, 0xd0);
    c.highlightedText = Qt::white;
    c.link = QColor(0x0b, 0x57, 0xd0);
    c.linkVisited = QColor(0x6b, 0x3f, 0xa0);
    c.brightText = Qt::white;
    c.disabledText = QColor(0x9a, 0x9a, 0x9a);
    c.disabledBase = QColor(0xf5, 0xf5, 0xf5);
    c.disabledHighlight = QColor(0xb8, 0xb8, 0xb8);
    return paletteFrom(c);
}

QPalette darkPalette()
{
    Colors c;
    c.window = QColor(0x2d, 0x2d, 0x30);
    c.windowText = QColor(0xe6, 0xe6, 0xe6);
    c.base = QColor(0x1f, 0x1f, 0x21);
    c.alternateBase = QColor(0x29, 0x29, 0x2c);
    c.toolTipBase = QColor(0x3c, 0x3c, 0x41);
    c.toolTipText = QColor(0xf0, 0xf0, 0xf0);
    c.placeholder = QColor(0x9e, 0x9e, 0xa3); // 6.7:1 on the base colour
    c.button = QColor(0x3a, 0x3a, 0x3e);
    c.light = QColor(0x55, 0x55, 0x5a);
    c.midlight = QColor(0x47, 0x47, 0x4c);
    c.mid = QColor(0x26, 0x26, 0x29);
    c.dark = QColor(0x1a, 0x1a, 0x1c);
    c.shadow = QColor(0x0a, 0x0a, 0x0a);
    c.highlight = QColor(0x35, 0x74, 0xd4);
    c.highlightedText = Qt::white;
    c.link = QColor(0x7a, 0xb7, 0xff);
    c.linkVisited = QColor(0xc3, 0x9b, 0xf5);
    c.brightText = QColor(0xff, 0x6b, 0x6b);
    c.disabledText = QColor(0x78, 0x78, 0x7d);
    c.disabledBase = QColor(0x26, 0x26, 0x29);
    c.disabledHighlight = QColor(0x4a, 0x4a, 0x50);
    return paletteFrom(c);
}

namespace {

void forceFusion(Theme theme, const QPalette &palette)
{
    QStyle *style = forcedStyle();
    if (!style) {
        const QString systemStyle = QApplication::style()->name();
        style = QStyleFactory::create(u"Fusion"_s);
        if (!style)
            return;
        style->setObjectName(kForcedStyle);
        style->setProperty(kSystemStyleProperty, systemStyle);
        QApplication::setStyle(style);
    }
    style->setProperty(kThemeProperty, int(theme));
    QApplication::setPalette(palette);
}

} // namespace

void applyTheme(Theme theme)
{
    if (theme == Theme::System) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QGuiApplication::styleHints()->unsetColorScheme();
#endif
        if (QStyle *forced = forcedStyle()) {
            const QString systemStyle = forced->property(kSystemStyleProperty).toString();
            // A palette with no role set falls back to the platform's, and keeps following it
            // when the system switches between light and dark.
            QApplication::setPalette(QPalette());
            if (QStyle *style = QStyleFactory::create(systemStyle))
                QApplication::setStyle(style);
        }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        // The system is dark but the platform's style draws light (Windows' native style
        // before Qt 6.7): the dark Fusion look follows the system instead.
        if (systemPrefersDark() && !isDark(QApplication::palette()))
            forceFusion(Theme::System, darkPalette());
#endif
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Also the window frames, where the platform draws them (Windows, macOS).
    QGuiApplication::styleHints()->setColorScheme(theme == Theme::Dark ? Qt::ColorScheme::Dark
                                                                       : Qt::ColorScheme::Light);
#endif
    forceFusion(theme, theme == Theme::Dark ? darkPalette() : lightPalette());
}

Theme appliedTheme()
{
    const QStyle *style = forcedStyle();
    return style ? Theme(style->property(kThemeProperty).toInt()) : Theme::System;
}

} // namespace palaver::client
