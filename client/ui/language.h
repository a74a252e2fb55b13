#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace palaver::client {

/// A language the interface can be shown in.
struct Language
{
    QString code; ///< a locale name: "en", "de", "pt_BR"
    QString name; ///< in the language itself: "Deutsch", "Português (Brasil)"
};

/// The translations Palaver has: the palaver_<code>.qm files in `directory` (the resources
/// lupdate/lrelease put them in), and English, the language of the sources. Sorted by name.
QList<Language> availableLanguages(const QString &directory = QStringLiteral(":/i18n"));

/// Shows the interface in the language `code`, or in the system's when it is empty: replaces
/// the translators installed before with Qt's own (for the buttons of standard dialogs) and
/// Palaver's, and makes it the default locale for dates and numbers. Every widget then gets a
/// QEvent::LanguageChange. A language without a translation falls back to English. Returns
/// the locale chosen.
QLocale applyLanguage(const QString &code, const QString &directory = QStringLiteral(":/i18n"));

} // namespace palaver::client
