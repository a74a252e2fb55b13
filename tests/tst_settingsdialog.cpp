#include "client/core/autostart.h"
#include "client/core/clientsettings.h"
#include "client/core/clock.h"
#include "client/core/connection.h"
#include "client/core/workspace.h"
#include "client/ui/chatdelegate.h"
#include "client/ui/language.h"
#include "client/ui/mainwindow.h"
#include "client/ui/settingsdialog.h"
#include "client/ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <memory>

using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

/// A stand-in for a real translation: every string of Palaver comes back in «marks», so a test
/// sees which texts were set again after the language changed.
class MarkingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        if (!QByteArrayView(context).startsWith("palaver::"))
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(u"%n"_s, QString::number(n));
        return u"«"_s + text + u"»"_s;
    }
};

/// WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
               0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

/// The settings dialog, driven like a user would, offscreen: it shows what is stored, OK and
/// Apply store and apply each setting, Cancel changes nothing; and the main window follows a
/// change of language.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheCurrentSettings();
    void acceptingStoresAndAppliesEverySetting();
    void cancelChangesNothing();
    void lightDarkAndBackToTheSystem();
    void forcedPalettesAreReadable_data();
    void forcedPalettesAreReadable();
    void invalidNicknameIsRefused();
    void autostartWritesAndRemovesTheEntry();
    void languagesAreFoundNotListed();
    void languageChangeTranslatesQtsOwnStrings();
    void languageChangeRetranslatesTheWindow();
    void onlySettingsHasThePreferencesRole();
    void notificationsOpenTheirPage();
    void foldersOpen();
    void splitterIsRemembered();
    void aRefusedApplyStoresNothing();
    void doNotDisturbFromTheMenuSurvivesOk();
    void aLanguageWithoutTranslationIsKept();

private:
    template <typename T> T *find(QWidget *parent, const QString &name)
    {
        auto *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    void makeWindow();
    SettingsDialog *openSettings();
    /// Ticks or unticks `check` with the space bar, as a keyboard user does.
    static void toggle(QCheckBox *check)
    {
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
    }
    /// Picks the entry of `combo` whose data is `value`, with the arrow keys.
    static bool choose(QComboBox *combo, const QVariant &value);
    QString autostartFile() const
    {
        return m_config.path() + u"/autostart/org.palaver.Palaver.desktop"_s;
    }

    QTemporaryDir m_config; // XDG_CONFIG_HOME, where the autostart entry goes
    QPalette m_systemPalette;
    QString m_systemStyle;
    QFont m_systemFont;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    qunsetenv("APPIMAGE");
    m_systemPalette = QApplication::palette();
    m_systemStyle = QApplication::style()->name();
    m_systemFont = QApplication::font();
}

void tst_SettingsDialog::init()
{
    QSettings().clear();
    QFile::remove(autostartFile());
    applyTheme(Theme::System);
    applyLanguage(QString());
    m_settings = std::make_unique<ClientSettings>();
}

void tst_SettingsDialog::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_connection.reset();
    applyTheme(Theme::System);
    applyLanguage(QString());
}

void tst_SettingsDialog::makeWindow()
{
    m_window.reset();
    m_workspace.reset();
    m_connection.reset();
    m_clock = std::make_unique<SystemClock>();
    m_connection = std::make_unique<Connection>(*m_clock);
    m_workspace = std::make_unique<Workspace>(*m_connection, *m_clock);
    m_window = std::make_unique<MainWindow>(*m_connection, *m_workspace, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

SettingsDialog *tst_SettingsDialog::openSettings()
{
    auto *action = m_window->findChild<QAction *>(u"settingsAction"_s);
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>(u"settingsDialog"_s);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

bool tst_SettingsDialog::choose(QComboBox *combo, const QVariant &value)
{
    if (!combo)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != value; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentData() == value;
}

void tst_SettingsDialog::showsTheCurrentSettings()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Here the login item is the user's own (a registry value or a LaunchAgent): tests "
          "only write the XDG one, in a temporary XDG_CONFIG_HOME.");
#endif
    m_settings->setNick(u"alice"_s);
    m_settings->setServer(u"chat.example:7398"_s);
    m_settings->setTheme(Theme::Dark);
    m_settings->setFontSize(15);
    m_settings->setLanguage(u"en"_s);
    m_settings->setNotificationPolicy({.mentions = false, .allMessages = true});
    QCOMPARE(autostart::setEnabled(true), QString());

    SettingsDialog dialog(*m_settings);
    dialog.show();
    QCOMPARE(find<QLineEdit>(&dialog, u"nickEdit"_s)->text(), u"alice"_s);
    QCOMPARE(find<QLabel>(&dialog, u"serverLabel"_s)->text(), u"chat.example:7398"_s);
    QCOMPARE(find<QComboBox>(&dialog, u"themeCombo"_s)->currentData().toInt(), int(Theme::Dark));
    QCOMPARE(find<QSpinBox>(&dialog, u"fontSizeSpin"_s)->value(), 15);
    QCOMPARE(find<QComboBox>(&dialog, u"languageCombo"_s)->currentData().toString(), u"en"_s);
    QVERIFY(!find<QCheckBox>(&dialog, u"notifyMentions"_s)->isChecked());
    QVERIFY(find<QCheckBox>(&dialog, u"notifyDirect"_s)->isChecked());
    QVERIFY(find<QCheckBox>(&dialog, u"notifyAll"_s)->isChecked());
    QVERIFY(!find<QCheckBox>(&dialog, u"doNotDisturb"_s)->isChecked());
    QVERIFY(find<QCheckBox>(&dialog, u"autostartCheck"_s)->isChecked());
    QCOMPARE(find<QLabel>(&dialog, u"settingsPathLabel"_s)->text(),
             QDir::toNativeSeparators(QSettings().fileName()));
    QCOMPARE(find<QLabel>(&dialog, u"dataPathLabel"_s)->text(),
             QDir::toNativeSeparators(
                 QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    // Nothing changed yet: nothing to apply.
    QVERIFY(!find<QPushButton>(&dialog, u"applyButton"_s)->isEnabled());

    // Every control can be reached and named: an object name, and an accessible name or a
    // label that names it.
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&dialog) || widget->focusPolicy() == Qt::NoFocus ||
            widget->objectName().startsWith(u"qt_"_s) || !widget->objectName().size())
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty() || qobject_cast<QCheckBox *>(widget) ||
                     qobject_cast<QAbstractButton *>(widget),
                 qPrintable(widget->objectName()));
    }
}

void tst_SettingsDialog::acceptingStoresAndAppliesEverySetting()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Here the login item is the user's own (a registry value or a LaunchAgent): tests "
          "only write the XDG one, in a temporary XDG_CONFIG_HOME.");
#endif
    m_settings->setNick(u"alice"_s);
    makeWindow();
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);

    auto *nick = find<QLineEdit>(dialog, u"nickEdit"_s);
    nick->selectAll();
    QTest::keyClicks(nick, u"alicia"_s);
    QVERIFY(find<QPushButton>(dialog, u"applyButton"_s)->isEnabled());
    toggle(find<QCheckBox>(dialog, u"autostartCheck"_s));
    dialog->showPage(SettingsDialog::Page::Appearance);
    QVERIFY(choose(find<QComboBox>(dialog, u"themeCombo"_s), int(Theme::Dark)));
    QVERIFY(choose(find<QComboBox>(dialog, u"languageCombo"_s), u"en"_s));
    auto *fontSize = find<QSpinBox>(dialog, u"fontSizeSpin"_s);
    fontSize->setValue(m_systemFont.pointSize() + 7);
    dialog->showPage(SettingsDialog::Page::Notifications);
    toggle(find<QCheckBox>(dialog, u"notifyAll"_s));
    toggle(find<QCheckBox>(dialog, u"doNotDisturb"_s));

    QTest::mouseClick(find<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

    // Stored, where the next start reads it...
    const ClientSettings stored;
    QCOMPARE(stored.nick(), u"alicia"_s);
    QCOMPARE(stored.theme(), Theme::Dark);
    QCOMPARE(stored.language(), u"en"_s);
    QCOMPARE(stored.fontSize(), m_systemFont.pointSize() + 7);
    QVERIFY(stored.notificationPolicy().allMessages);
    QVERIFY(stored.notificationPolicy().doNotDisturb);
    QVERIFY(autostart::isEnabled());
    QVERIFY(QFile::exists(autostartFile()));

    // ...and in force now.
    QCOMPARE(find<QListView>(m_window.get(), u"chatLog"_s)->font().pointSize(),
             m_systemFont.pointSize() + 7);
    QCOMPARE(find<QPlainTextEdit>(m_window.get(), u"messageInput"_s)->font().pointSize(),
             m_systemFont.pointSize() + 7);
    QVERIFY(isDark(QApplication::palette()));
    QTRY_VERIFY(isDark(find<QListView>(m_window.get(), u"chatLog"_s)->palette()));
    QCOMPARE(appliedTheme(), Theme::Dark);
    QCOMPARE(QLocale().name(), u"en_US"_s);
    QVERIFY(m_workspace->notificationPolicy().allMessages);
    QVERIFY(m_workspace->notificationPolicy().doNotDisturb);
    QVERIFY(m_window->findChild<QAction *>(u"doNotDisturbAction"_s)->isChecked());

    // The system's font size again: nothing pinned.
    dialog = openSettings();
    find<QSpinBox>(dialog, u"fontSizeSpin"_s)->setValue(m_systemFont.pointSize());
    QTest::mouseClick(find<QPushButton>(dialog, u"applyButton"_s), Qt::LeftButton);
    QCOMPARE(ClientSettings().fontSize(), 0);
    QCOMPARE(find<QListView>(m_window.get(), u"chatLog"_s)->font().pointSize(),
             m_systemFont.pointSize());
    QVERIFY(!find<QPushButton>(dialog, u"applyButton"_s)->isEnabled());
}

void tst_SettingsDialog::cancelChangesNothing()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Here the login item is the user's own (a registry value or a LaunchAgent): tests "
          "only write the XDG one, in a temporary XDG_CONFIG_HOME.");
#endif
    m_settings->setNick(u"alice"_s);
    makeWindow();
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *nick = find<QLineEdit>(dialog, u"nickEdit"_s);
    nick->selectAll();
    QTest::keyClicks(nick, u"bob"_s);
    toggle(find<QCheckBox>(dialog, u"autostartCheck"_s));
    dialog->showPage(SettingsDialog::Page::Appearance);
    QVERIFY(choose(find<QComboBox>(dialog, u"themeCombo"_s), int(Theme::Light)));
    QVERIFY(choose(find<QComboBox>(dialog, u"languageCombo"_s), u"en"_s));
    find<QSpinBox>(dialog, u"fontSizeSpin"_s)->setValue(30);
    dialog->showPage(SettingsDialog::Page::Notifications);
    toggle(find<QCheckBox>(dialog, u"notifyMentions"_s));

    QTest::mouseClick(find<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

    const ClientSettings stored;
    QCOMPARE(stored.nick(), u"alice"_s);
    QCOMPARE(stored.theme(), Theme::System);
    QCOMPARE(stored.language(), QString());
    QCOMPARE(stored.fontSize(), 0);
    QVERIFY(stored.notificationPolicy().mentions);
    QVERIFY(!autostart::isEnabled());
    QCOMPARE(appliedTheme(), Theme::System);
    QCOMPARE(QApplication::palette(), m_systemPalette);
    QCOMPARE(QLocale(), QLocale::system());
    QCOMPARE(find<QListView>(m_window.get(), u"chatLog"_s)->font().pointSize(),
             m_systemFont.pointSize());
}

void tst_SettingsDialog::lightDarkAndBackToTheSystem()
{
    makeWindow();
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    dialog->showPage(SettingsDialog::Page::Appearance);
    auto *theme = find<QComboBox>(dialog, u"themeCombo"_s);
    auto *apply = find<QPushButton>(dialog, u"applyButton"_s);

    QVERIFY(choose(theme, int(Theme::Dark)));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(isDark(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
    QCOMPARE(QApplication::style()->name(), u"fusion"_s);
    // The window follows, down to its lists.
    QTRY_VERIFY(isDark(find<QListView>(m_window.get(), u"roomList"_s)->palette()));

    QVERIFY(choose(theme, int(Theme::Light)));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!isDark(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             lightPalette().color(QPalette::Window));
    QCOMPARE(ClientSettings().theme(), Theme::Light);

    // System: the platform's own style and palette again, exactly.
    QVERIFY(choose(theme, int(Theme::System)));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(appliedTheme(), Theme::System);
    QCOMPARE(QApplication::style()->name(), m_systemStyle);
    QCOMPARE(QApplication::palette(), m_systemPalette);
    QTRY_COMPARE(find<QListView>(m_window.get(), u"roomList"_s)->palette().color(QPalette::Base),
                 m_systemPalette.color(QPalette::Base));
    QCOMPARE(ClientSettings().theme(), Theme::System);
}

void tst_SettingsDialog::forcedPalettesAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void tst_SettingsDialog::forcedPalettesAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(isDark(palette), dark);
    // Every role of every group is set, so nothing of the platform's palette shows through.
    for (int group = QPalette::Active; group <= QPalette::Inactive; ++group)
        for (int role = 0; role < QPalette::NColorRoles; ++role)
            if (role != QPalette::NoRole)
                QVERIFY2(palette.isBrushSet(QPalette::ColorGroup(group), QPalette::ColorRole(role)),
                         qPrintable(u"group %1 role %2"_s.arg(group).arg(role)));

    const auto check = [&palette](QPalette::ColorRole fg, QPalette::ColorRole bg, double least) {
        const double ratio = contrast(palette.color(fg), palette.color(bg));
        if (ratio < least)
            qWarning("roles %d on %d: contrast %.2f", int(fg), int(bg), ratio);
        return ratio >= least;
    };
    QVERIFY(check(QPalette::Text, QPalette::Base, 7));
    QVERIFY(check(QPalette::WindowText, QPalette::Window, 7));
    QVERIFY(check(QPalette::ButtonText, QPalette::Button, 7));
    QVERIFY(check(QPalette::PlaceholderText, QPalette::Base, 4.5));
    QVERIFY(check(QPalette::PlaceholderText, QPalette::Window, 4.5));
    QVERIFY(check(QPalette::Link, QPalette::Base, 4.5));
    QVERIFY(check(QPalette::HighlightedText, QPalette::Highlight, 4.5));
    QVERIFY(check(QPalette::ToolTipText, QPalette::ToolTipBase, 7));
    // Disabled text is told apart from enabled text, and still seen.
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::Text);
    QVERIFY(contrast(disabled, palette.color(QPalette::Active, QPalette::Text)) > 1.5);
    QVERIFY(contrast(disabled, palette.color(QPalette::Disabled, QPalette::Base)) > 2);

    // The app's own colours on it: nicknames in the log stay readable.
    const QColor base = palette.color(QPalette::Base);
    for (const QString &nick : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"eve"_s, u"mallory"_s,
                                u"trent"_s, u"Ｚoë"_s})
        QVERIFY2(contrast(ChatDelegate::nickColor(nick, base), base) >= 3, qPrintable(nick));
}

void tst_SettingsDialog::invalidNicknameIsRefused()
{
    m_settings->setNick(u"alice"_s);
    SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *nick = find<QLineEdit>(&dialog, u"nickEdit"_s);
    nick->clear();
    QTest::keyClicks(nick, u"al"_s);
    nick->insert(u"\u200B"_s); // an invisible character, pasted in (no key types it)
    QTest::keyClicks(nick, u"ice"_s);
    QTest::mouseClick(find<QPushButton>(&dialog, u"okButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(find<QLabel>(&dialog, u"settingsProblem"_s)->isVisible());
    QCOMPARE(ClientSettings().nick(), u"alice"_s);
}

void tst_SettingsDialog::autostartWritesAndRemovesTheEntry()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Here the login item is the user's own (a registry value or a LaunchAgent): tests "
          "only write the XDG one, in a temporary XDG_CONFIG_HOME.");
#endif
    // Where the program is, quoted as the desktop entry specification wants.
    qputenv("APPIMAGE", "/opt/my apps/pa$l%.AppImage");
    SettingsDialog dialog(*m_settings);
    dialog.show();
    auto *check = find<QCheckBox>(&dialog, u"autostartCheck"_s);
    QVERIFY(!check->isChecked());
    toggle(check);
    QVERIFY(dialog.apply());
    qunsetenv("APPIMAGE");

    QFile file(autostartFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray entry = file.readAll();
    file.close();
    QVERIFY(entry.startsWith("[Desktop Entry]\n"));
    QVERIFY2(entry.contains("\nExec=\"/opt/my apps/pa\\\\$l%%.AppImage\"\n"), entry.constData());
    QVERIFY(entry.contains("\nType=Application\n"));
    QVERIFY(autostart::isEnabled());
    QCOMPARE(autostart::location(), autostartFile());

    toggle(check);
    QVERIFY(dialog.apply());
    QVERIFY(!QFile::exists(autostartFile()));
    QVERIFY(!autostart::isEnabled());

    // Switched off by the desktop's own settings: seen as off.
    QVERIFY(autostart::setEnabled(true).isEmpty());
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!autostart::isEnabled());
}

void tst_SettingsDialog::languagesAreFoundNotListed()
{
    QTemporaryDir translations;
    for (const char *name : {"palaver_de.qm", "palaver_pt_BR.qm", "palaver_en.qm", "other.qm"}) {
        QFile file(translations.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QList<Language> languages = availableLanguages(translations.path());
    QStringList codes;
    QStringList names;
    for (const Language &language : languages) {
        codes.append(language.code);
        names.append(language.name);
    }
    QCOMPARE(codes, (QStringList{u"de"_s, u"en"_s, u"pt_BR"_s}));
    QCOMPARE(names, (QStringList{u"Deutsch"_s, u"English"_s, u"Português (Brasil)"_s}));

    // The dialog offers them after the system's language.
    SettingsDialog dialog(*m_settings);
    dialog.setLanguageDirectory(translations.path());
    auto *combo = find<QComboBox>(&dialog, u"languageCombo"_s);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(1), u"Deutsch"_s);
}

void tst_SettingsDialog::languageChangeTranslatesQtsOwnStrings()
{
    QTranslator probe;
    if (!probe.load(u"qtbase_de"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QSKIP("Qt's German translation is not installed");
    QTemporaryDir translations;
    QFile(translations.filePath(u"palaver_de.qm"_s)).open(QIODevice::WriteOnly);

    SettingsDialog dialog(*m_settings);
    dialog.setLanguageDirectory(translations.path());
    dialog.show();
    auto *cancel = find<QPushButton>(&dialog, u"cancelButton"_s);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    dialog.showPage(SettingsDialog::Page::Appearance);
    QVERIFY(choose(find<QComboBox>(&dialog, u"languageCombo"_s), u"de"_s));
    QTest::mouseClick(find<QPushButton>(&dialog, u"applyButton"_s), Qt::LeftButton);

    QCOMPARE(ClientSettings().language(), u"de"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
    QTRY_COMPARE(cancel->text(), u"Abbrechen"_s); // LanguageChange is posted

    // Back to the system's language.
    QVERIFY(choose(find<QComboBox>(&dialog, u"languageCombo"_s), QString()));
    QTest::mouseClick(find<QPushButton>(&dialog, u"applyButton"_s), Qt::LeftButton);
    QCOMPARE(ClientSettings().language(), QString());
    QCOMPARE(QLocale(), QLocale::system());
    QTRY_COMPARE(cancel->text(), u"Cancel"_s);
}

void tst_SettingsDialog::languageChangeRetranslatesTheWindow()
{
    makeWindow();
    QAction *away = m_window->findChild<QAction *>(u"awayAction"_s);
    QAction *settings = m_window->findChild<QAction *>(u"settingsAction"_s);
    away->setChecked(true);
    const QList<QKeySequence> settingsKeys = settings->shortcuts();
    QVERIFY(!settingsKeys.isEmpty());
    QMenu *chat = find<QMenu>(m_window.get(), u"chatMenu"_s);
    auto *send = find<QPushButton>(m_window.get(), u"sendButton"_s);
    QCOMPARE(chat->title(), u"&Chat"_s);
    QCOMPARE(send->text(), u"Sen&d"_s);

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(chat->title(), u"«&Chat»"_s); // LanguageChange is posted
    QCOMPARE(find<QMenu>(m_window.get(), u"statusMenu"_s)->title(), u"«&Status»"_s);
    QCOMPARE(find<QMenu>(m_window.get(), u"helpMenu"_s)->title(), u"«&Help»"_s);
    QCOMPARE(send->text(), u"«Sen&d»"_s);
    QCOMPARE(send->accessibleName(), u"«Send message»"_s);
    QCOMPARE(settings->text(), u"«S&ettings…»"_s);
    QCOMPARE(find<QMenu>(m_window.get(), u"trayMenu"_s)->actions().constFirst()->text(),
             u"«&Show Palaver»"_s);
    QVERIFY(find<QPlainTextEdit>(m_window.get(), u"messageInput"_s)
                ->placeholderText()
                .startsWith(u"«"_s));
    QCOMPARE(find<QLabel>(m_window.get(), u"roomsHeader"_s)->text(), u"«Rooms»"_s);
    QCOMPARE(find<QLabel>(m_window.get(), u"connectionStatus"_s)->text(), u"«Not connected»"_s);
    QCOMPARE(m_window->windowTitle(), u"«Palaver»"_s);
    // The same actions: checked, with their keys and their connections.
    QVERIFY(away->isChecked());
    QCOMPARE(settings->shortcuts(), settingsKeys);
    // A dialog opened now speaks the new language.
    settings->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"«Settings»"_s);

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(chat->title(), u"&Chat"_s);
    QCOMPARE(send->text(), u"Sen&d"_s);
    QTRY_COMPARE(dialog->windowTitle(), u"Settings"_s);
}

void tst_SettingsDialog::onlySettingsHasThePreferencesRole()
{
    makeWindow();
    QStringList preferences;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->menuRole() == QAction::PreferencesRole)
            preferences.append(action->objectName());
    QCOMPARE(preferences, QStringList{u"settingsAction"_s});
}

void tst_SettingsDialog::notificationsOpenTheirPage()
{
    makeWindow();
    m_window->findChild<QAction *>(u"notificationsAction"_s)->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    auto *tabs = find<QTabWidget>(dialog, u"settingsTabs"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"notificationsPage"_s);
    // Do not disturb: the rest of the page does not apply, and the Status menu follows.
    auto *dnd = find<QCheckBox>(dialog, u"doNotDisturb"_s);
    toggle(dnd);
    QVERIFY(!find<QCheckBox>(dialog, u"notifyMentions"_s)->isEnabled());
    QTest::mouseClick(find<QPushButton>(dialog, u"applyButton"_s), Qt::LeftButton);
    QVERIFY(m_window->findChild<QAction *>(u"doNotDisturbAction"_s)->isChecked());
    QVERIFY(m_workspace->notificationPolicy().doNotDisturb);
    // Asking again brings the same dialog forward, at the page asked for.
    m_window->findChild<QAction *>(u"settingsAction"_s)->trigger();
    QCOMPARE(m_window->findChildren<SettingsDialog *>().size(), 1);
    QCOMPARE(tabs->currentWidget()->objectName(), u"generalPage"_s);
}

void tst_SettingsDialog::foldersOpen()
{
    SettingsDialog dialog(*m_settings);
    QList<QUrl> opened;
    dialog.setFolderOpener([&opened](const QUrl &url) { opened.append(url); });
    dialog.show();
    dialog.showPage(SettingsDialog::Page::Files);
    QTest::mouseClick(find<QPushButton>(&dialog, u"openSettingsFolderButton"_s), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(&dialog, u"openDataFolderButton"_s), Qt::LeftButton);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0), QUrl::fromLocalFile(QFileInfo(QSettings().fileName()).absolutePath()));
    QCOMPARE(opened.at(1), QUrl::fromLocalFile(SettingsDialog::dataDirectory()));
    QVERIFY(QFileInfo(SettingsDialog::dataDirectory()).isDir());
}

void tst_SettingsDialog::splitterIsRemembered()
{
    makeWindow();
    auto *splitter = find<QSplitter>(m_window.get(), u"mainSplitter"_s);
    QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 3);
    const int total = sizes[0] + sizes[1] + sizes[2];
    splitter->setSizes({250, total - 250 - 140, 140});
    sizes = splitter->sizes();
    QCOMPARE(sizes.constFirst(), 250);
    m_window->close();
    m_window.reset();

    makeWindow();
    splitter = find<QSplitter>(m_window.get(), u"mainSplitter"_s);
    QTRY_COMPARE(splitter->sizes(), sizes);
}

QTEST_MAIN(tst_SettingsDialog)
void tst_SettingsDialog::aRefusedApplyStoresNothing()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Here the login item is the user's own (a registry value or a LaunchAgent): tests "
          "only write the XDG one, in a temporary XDG_CONFIG_HOME.");
#endif
    m_settings->setNick(u"alice"_s);
    makeWindow();
    // A file where the autostart folder belongs: the entry cannot be written.
    const QString folder = m_config.path() + u"/autostart"_s;
    QVERIFY(QDir(folder).removeRecursively());
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    find<QLineEdit>(dialog, u"nickEdit"_s)->setText(u"bob"_s);
    toggle(find<QCheckBox>(dialog, u"autostartCheck"_s));
    QTest::mouseClick(find<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // refused, and says why
    QVERIFY(find<QLabel>(dialog, u"settingsProblem"_s)->isVisible());
    QCOMPARE(m_settings->nick(), u"alice"_s);
    QVERIFY(!autostart::isEnabled());
    QVERIFY(QFile::remove(folder));
}

void tst_SettingsDialog::doNotDisturbFromTheMenuSurvivesOk()
{
    makeWindow();
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    // Switched on in the Status menu while Settings is open, then Settings accepted untouched.
    m_window->findChild<QAction *>(u"doNotDisturbAction"_s)->trigger();
    QVERIFY(m_settings->notificationPolicy().doNotDisturb);
    QTest::mouseClick(find<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(m_settings->notificationPolicy().doNotDisturb);
    QVERIFY(m_window->findChild<QAction *>(u"doNotDisturbAction"_s)->isChecked());
}

void tst_SettingsDialog::aLanguageWithoutTranslationIsKept()
{
    // Chosen once (by another build, say) but not translated in this one.
    m_settings->setLanguage(u"it"_s);
    makeWindow();
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(find<QComboBox>(dialog, u"languageCombo"_s)->currentData().toString(), u"it"_s);
    QTest::mouseClick(find<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_settings->language(), u"it"_s);
}

#include "tst_settingsdialog.moc"
