#pragma once

#include "client/core/clientsettings.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace palaver::client {

class NotificationsPage;

/// Everything a user may want to change, in one place: the nickname and the server, the
/// language, the theme and the font size, notifications, starting with the system, and where
/// Palaver keeps its files. OK and Apply store the changes in ClientSettings and apply them at
/// once (the theme and the language to the whole application); Cancel changes nothing that
/// was not applied already.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    enum class Page
    {
        General,
        Appearance,
        Notifications,
        Files
    };

    explicit SettingsDialog(ClientSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    /// Where the translations are looked for (the resources by default); for tests.
    void setLanguageDirectory(const QString &directory);
    /// What opens a folder for "Open Folder" (QDesktopServices by default); for tests.
    void setFolderOpener(std::function<void(const QUrl &)> opener);
    /// The folder with the outbox and other data.
    static QString dataDirectory();

    /// Stores what changed and applies it. Returns false (and says why) if something could
    /// not be applied, such as an invalid nickname.
    bool apply();
    void accept() override;

signals:
    /// After apply(): the main window applies what it owns (the font size, notifications).
    void applied();
    /// The nickname changed: the main window asks the server for it if connected.
    void nickChosen(const QString &nick);
    /// "Change Server…": the main window shows its connect dialog; this one shows the result.
    void changeServerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createGeneralPage();
    QWidget *createAppearancePage();
    QWidget *createFilesPage();
    void retranslate();
    /// Shows the settings as stored.
    void load();
    void fillLanguages();
    void setModified(bool modified = true);
    void openFolder(const QString &path);
    static int defaultFontSize();

    ClientSettings &m_settings;
    QString m_languageDirectory;
    std::function<void(const QUrl &)> m_openFolder;
    QTabWidget *m_tabs;
    NotificationsPage *m_notifications;
    bool m_loadedDoNotDisturb = false; ///< as the page showed it when loaded
    QDialogButtonBox *m_buttons;
    QLabel *m_problem;

    // General
    QLabel *m_nickLabel = nullptr;
    QLineEdit *m_nick = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_server = nullptr;
    QPushButton *m_changeServer = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_autostartWhere = nullptr;
    // Appearance
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_fontSizeLabel = nullptr;
    QSpinBox *m_fontSize = nullptr;
    // Files
    QLabel *m_settingsFileLabel = nullptr;
    QLabel *m_settingsFile = nullptr;
    QPushButton *m_openSettingsFolder = nullptr;
    QLabel *m_dataLabel = nullptr;
    QLabel *m_dataPath = nullptr;
    QPushButton *m_openDataFolder = nullptr;
};

} // namespace palaver::client
