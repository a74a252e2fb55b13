#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <memory>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

// The translators this file installed are the application's children with these names, so a
// new language replaces them without any state kept elsewhere.
const QString kQtTranslator = u"palaverQtTranslator"_s;
const QString kOwnTranslator = u"palaverTranslator"_s;

void removeTranslator(const QString &name)
{
    const auto translators =
        QCoreApplication::instance()->findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

/// Installs a translator named `name`, as a child of the application, if `load` loads one.
void install(const QString &name, const std::function<bool(QTranslator &)> &load)
{
    auto translator = std::make_unique<QTranslator>();
    if (!load(*translator))
        return;
    translator->setObjectName(name);
    translator->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(translator.release());
}

QString capitalized(const QString &name, const QLocale &locale)
{
    return name.isEmpty() ? name : locale.toUpper(name.left(1)) + name.mid(1);
}

} // namespace

QList<Language> availableLanguages(const QString &directory)
{
    QList<Language> languages{{u"en"_s, u"English"_s}};
    const QStringList files =
        QDir(directory).entryList({u"palaver_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3); // between "palaver_" and ".qm"
        if (code == u"en" || code.isEmpty())
            continue;
        const QLocale locale(code);
        if (locale.language() == QLocale::C)
            continue;
        QString name = capitalized(locale.nativeLanguageName(), locale);
        // "Português (Brasil)": the country only where the file names one.
        if (code.contains(u'_'))
            name += u" ("_s + locale.nativeTerritoryName() + u')';
        languages.append({code, name});
    }
    std::sort(languages.begin(), languages.end(), [](const Language &a, const Language &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return languages;
}

QLocale applyLanguage(const QString &code, const QString &directory)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    removeTranslator(kQtTranslator);
    removeTranslator(kOwnTranslator);
    // Qt's own strings: the buttons of QDialogButtonBox, QMessageBox, the context menus of
    // text fields. Deployed builds carry them next to the program, installed Qt where
    // QLibraryInfo says.
    install(kQtTranslator, [&locale](QTranslator &translator) {
        return translator.load(locale, u"qtbase"_s, u"_"_s,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
               translator.load(locale, u"qtbase"_s, u"_"_s,
                               QCoreApplication::applicationDirPath() + u"/translations"_s);
    });
    // English is the source language, but its plural forms ("1 message", "2 messages") live in
    // palaver_en; it is also the fallback for languages without a translation yet.
    install(kOwnTranslator, [&locale, &directory](QTranslator &translator) {
        return translator.load(locale, u"palaver"_s, u"_"_s, directory) ||
               translator.load(u"palaver_en"_s, directory);
    });
    return locale;
}

} // namespace palaver::client
