#include "settingsdialog.h"

#include "client/core/autostart.h"
#include "language.h"
#include "notificationspage.h"
#include "shared/validation.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMinFontSize = 6;
constexpr int kMaxFontSize = 36;

QLabel *mutedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// A path people can select and copy, shown the platform's way.
QLabel *pathLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // so keyboard and screen-reader users reach it
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(ClientSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languageDirectory(u":/i18n"_s)
    , m_openFolder([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_tabs(new QTabWidget(this))
    , m_notifications(new NotificationsPage(settings.notificationPolicy(), m_tabs))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(createGeneralPage(), QString());
    m_tabs->addTab(createAppearancePage(), QString());
    m_tabs->addTab(m_notifications, QString());
    m_tabs->addTab(createFilesPage(), QString());

    m_problem->setObjectName(u"settingsProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_buttons->setObjectName(u"settingsButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(u"applyButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // Apply is there for what has changed.
    const auto modified = [this] { setModified(); };
    connect(m_nick, &QLineEdit::textEdited, this, modified);
    connect(m_autostart, &QCheckBox::toggled, this, modified);
    connect(m_language, &QComboBox::activated, this, modified);
    connect(m_theme, &QComboBox::activated, this, modified);
    connect(m_fontSize, &QSpinBox::valueChanged, this, modified);
    for (QCheckBox *check : m_notifications->findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, modified);

    fillLanguages();
    retranslate();
    load();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(u"generalPage"_s);
    m_nickLabel = new QLabel(page);
    m_nick = new QLineEdit(page);
    m_nick->setObjectName(u"nickEdit"_s);
    m_nick->setMaxLength(protocol::Limits{}.maxNickLength);
    m_nickLabel->setBuddy(m_nick);

    m_serverLabel = new QLabel(page);
    m_server = pathLabel(u"serverLabel"_s, page);
    m_changeServer = new QPushButton(page);
    m_changeServer->setObjectName(u"changeServerButton"_s);
    m_serverLabel->setBuddy(m_changeServer);
    connect(m_changeServer, &QPushButton::clicked, this, [this] {
        emit changeServerRequested();
        // The connect dialog remembers what it connected to: show it.
        m_server->setText(m_settings.server());
        m_nick->setText(m_settings.nick());
    });
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_changeServer);

    m_autostart = new QCheckBox(page);
    m_autostart->setObjectName(u"autostartCheck"_s);
    m_autostartWhere = mutedLabel(u"autostartLocation"_s, page);
    m_autostartWhere->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(page);
    form->addRow(m_nickLabel, m_nick);
    form->addRow(m_serverLabel, serverRow);
    form->addRow(m_autostart);
    form->addRow(m_autostartWhere);
    return page;
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(u"appearancePage"_s);
    m_languageLabel = new QLabel(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"languageCombo"_s);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = mutedLabel(u"languageNote"_s, page);

    m_themeLabel = new QLabel(page);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->addItem(QString(), int(Theme::System));
    m_theme->addItem(QString(), int(Theme::Light));
    m_theme->addItem(QString(), int(Theme::Dark));
    m_themeLabel->setBuddy(m_theme);

    m_fontSizeLabel = new QLabel(page);
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(u"fontSizeSpin"_s);
    m_fontSize->setRange(kMinFontSize, kMaxFontSize);
    m_fontSizeLabel->setBuddy(m_fontSize);

    auto *form = new QFormLayout(page);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_fontSizeLabel, m_fontSize);
    return page;
}

QWidget *SettingsDialog::createFilesPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(u"filesPage"_s);
    m_settingsFileLabel = new QLabel(page);
    m_settingsFile = pathLabel(u"settingsPathLabel"_s, page);
    m_openSettingsFolder = new QPushButton(page);
    m_openSettingsFolder->setObjectName(u"openSettingsFolderButton"_s);
    m_settingsFileLabel->setBuddy(m_settingsFile);
    const QString settingsPath = m_settings.location();
    // Windows keeps settings in the registry: there is no folder to open.
    const bool inRegistry = settingsPath.startsWith(u"\\HKEY"_s);
    m_settingsFile->setText(inRegistry ? settingsPath : QDir::toNativeSeparators(settingsPath));
    m_openSettingsFolder->setEnabled(!inRegistry);
    connect(m_openSettingsFolder, &QPushButton::clicked, this,
            [this] { openFolder(QFileInfo(m_settings.location()).absolutePath()); });

    m_dataLabel = new QLabel(page);
    m_dataPath = pathLabel(u"dataPathLabel"_s, page);
    m_dataPath->setText(QDir::toNativeSeparators(dataDirectory()));
    m_openDataFolder = new QPushButton(page);
    m_openDataFolder->setObjectName(u"openDataFolderButton"_s);
    m_dataLabel->setBuddy(m_dataPath);
    connect(m_openDataFolder, &QPushButton::clicked, this, [this] { openFolder(dataDirectory()); });

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_settingsFileLabel);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_settingsFile, 1);
    settingsRow->addWidget(m_openSettingsFolder, 0, Qt::AlignTop);
    layout->addLayout(settingsRow);
    layout->addSpacing(12);
    layout->addWidget(m_dataLabel);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataPath, 1);
    dataRow->addWidget(m_openDataFolder, 0, Qt::AlignTop);
    layout->addLayout(dataRow);
    layout->addStretch(1);
    return page;
}

QString SettingsDialog::dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

void SettingsDialog::openFolder(const QString &path)
{
    QDir().mkpath(path); // the data folder appears with the first message that waits
    m_openFolder(QUrl::fromLocalFile(path));
}

void SettingsDialog::setFolderOpener(std::function<void(const QUrl &)> opener)
{
    m_openFolder = std::move(opener);
}

void SettingsDialog::setLanguageDirectory(const QString &directory)
{
    m_languageDirectory = directory;
    fillLanguages();
    retranslate();
    load();
}

void SettingsDialog::fillLanguages()
{
    m_language->clear();
    m_language->addItem(QString(), QString()); // the system's: its text comes with retranslate()
    for (const Language &language : availableLanguages(m_languageDirectory))
        m_language->addItem(language.name, language.code);
}

int SettingsDialog::defaultFontSize()
{
    const int size = QApplication::font().pointSize();
    return size > 0 ? size : 10; // a font given in pixels: a common size instead
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SettingsDialog::load()
{
    m_nick->setText(m_settings.nick());
    m_server->setText(m_settings.server());
    {
        const QSignalBlocker blocker(m_autostart);
        m_autostart->setChecked(autostart::isEnabled());
    }
    const QString language = m_settings.language();
    if (!language.isEmpty() && m_language->findData(language) < 0) {
        // Chosen earlier, but this build has no translation for it: kept, not reset on OK.
        m_language->addItem(QLocale(language).nativeLanguageName(), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(m_settings.theme()))));
    {
        const QSignalBlocker blocker(m_fontSize);
        m_fontSize->setValue(m_settings.fontSize() > 0 ? m_settings.fontSize() : defaultFontSize());
    }
    m_notifications->setPolicy(m_settings.notificationPolicy());
    m_loadedDoNotDisturb = m_settings.notificationPolicy().doNotDisturb;
    setModified(false);
}

void SettingsDialog::setModified(bool modified)
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified);
}

bool SettingsDialog::apply()
{
    m_problem->hide();
    const QString nick = protocol::normalizedNick(m_nick->text());
    if (nick != m_settings.nick()) {
        if (nick.isEmpty() && m_settings.nick().isEmpty()) {
            // Nothing chosen yet, nothing to check.
        } else if (const auto violation = protocol::checkNick(nick, protocol::Limits{})) {
            m_problem->setText(
                u"⚠ "_s +
                tr("Choose another nickname: a nickname is 1 to %1 characters of one alphabet, "
                   "with no invisible characters.")
                    .arg(protocol::Limits{}.maxNickLength));
            m_problem->show();
            showPage(Page::General);
            m_nick->setFocus();
            return false;
        }
    }

    // What can fail goes first, so that a refusal leaves everything as it was.
    if (m_autostart->isChecked() != autostart::isEnabled()) {
        const QString problem = autostart::setEnabled(m_autostart->isChecked());
        if (!problem.isEmpty()) {
            m_problem->setText(u"⚠ "_s + problem);
            m_problem->show();
            showPage(Page::General);
            return false;
        }
    }
    if (nick != m_settings.nick() && !nick.isEmpty()) {
        m_settings.setNick(nick);
        emit nickChosen(nick);
    }

    const auto theme = Theme(m_theme->currentData().toInt());
    m_settings.setTheme(theme);
    if (appliedTheme() != theme)
        applyTheme(theme);

    const int fontSize = m_fontSize->value();
    m_settings.setFontSize(fontSize == defaultFontSize() ? 0 : fontSize);
    NotificationPolicy policy = m_notifications->policy();
    // Do Not Disturb is in the Status menu too: switched there while this dialog was open,
    // the dialog's stale box must not switch it back.
    if (policy.doNotDisturb == m_loadedDoNotDisturb)
        policy.doNotDisturb = m_settings.notificationPolicy().doNotDisturb;
    m_loadedDoNotDisturb = policy.doNotDisturb;
    m_settings.setNotificationPolicy(policy);

    // Last: the language change retranslates this dialog, too.
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        applyLanguage(language, m_languageDirectory);
    }
    setModified(false);
    emit applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->setTabText(int(Page::General), tr("&General"));
    m_tabs->setTabText(int(Page::Appearance), tr("&Appearance"));
    m_tabs->setTabText(int(Page::Notifications), tr("N&otifications"));
    m_tabs->setTabText(int(Page::Files), tr("&Files"));

    m_nickLabel->setText(tr("Nic&kname:"));
    m_nick->setPlaceholderText(tr("Your name in the chat"));
    m_nick->setAccessibleName(tr("Nickname"));
    m_nick->setAccessibleDescription(
        tr("Used from the next connection on; when connected, Palaver asks the server for it "
           "at once"));
    m_serverLabel->setText(tr("&Server:"));
    m_server->setAccessibleName(tr("Server"));
    m_changeServer->setText(tr("C&hange Server…"));
    m_changeServer->setAccessibleName(tr("Change server"));
    m_changeServer->setAccessibleDescription(tr("Opens the connect dialog"));
    m_autostart->setText(tr("S&tart Palaver when I log in"));
    m_autostart->setAccessibleName(tr("Start Palaver when I log in"));
    m_autostartWhere->setText(
        tr("Kept by the system, in %1").arg(QDir::toNativeSeparators(autostart::location())));
    m_autostart->setAccessibleDescription(m_autostartWhere->text());

    m_languageLabel->setText(tr("&Language:"));
    // The system's language by its own name, where the system has one (not in the C locale).
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->setItemText(0, systemLanguage.isEmpty()
                                   ? tr("Same as the system")
                                   : tr("Same as the system (%1)").arg(systemLanguage));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setText(tr("Palaver also shows dates and numbers the way this language "
                               "does."));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Same as the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_fontSizeLabel->setText(tr("Font si&ze of the chat:"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Font size of the chat"));
    m_fontSize->setAccessibleDescription(
        tr("The size of the messages and of the box you write in, in points"));

    m_settingsFileLabel->setText(tr("&Settings are kept in:"));
    m_settingsFile->setAccessibleName(tr("Settings file"));
    m_openSettingsFolder->setText(tr("Open Fo&lder"));
    m_openSettingsFolder->setAccessibleName(tr("Open the folder of the settings file"));
    m_dataLabel->setText(tr("Messages waiting to be sent and other &data are kept in:"));
    m_dataPath->setAccessibleName(tr("Data folder"));
    m_openDataFolder->setText(tr("Op&en Folder"));
    m_openDataFolder->setAccessibleName(tr("Open the data folder"));
}

} // namespace palaver::client
