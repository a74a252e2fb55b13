#pragma once

#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>

class QAction;
class QFrame;
class QLabel;
class QListView;
class QPushButton;

namespace palaver::client {

class ChatController;
class ChatDelegate;
class ChatModel;
class ClientSettings;
class PasswordStore;
class Connection;
class MessageInput;

/// The chat window: the log, the message box, and a status bar that always says in words
/// what the connection is doing.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Connection &connection, ChatModel &model, ChatController &controller,
               ClientSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Where remembered passwords go (by default the platform keychain, where available).
    void setPasswordStore(std::unique_ptr<PasswordStore> store);

    /// Shows the connect dialog; on success remembers the choice and connects.
    /// Returns false if the user cancelled.
    bool askForServer(const QString &problem = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void submitInput();
    void onPasswordRequired(const QString &hostPort, bool wrong);
    void askForPassword(const QString &hostPort, bool wrong);
    void askToTrust(const QString &hostPort, const QString &fingerprint, const QString &subject);
    void warnCertificateChanged(const QString &hostPort, const QString &trusted,
                                const QString &presented);
    void updateStatus();
    void updateTitle();
    void followNewLines(int first);
    void keepPlaceAfterOlderLines(int count);
    /// Fetches older history when the top of the log is in view (or the log isn't full).
    void maybeLoadOlder();
    void showLogMenu(const QPoint &position);
    void editAndResend(const QModelIndex &index);

    Connection &m_connection;
    ChatModel &m_model;
    ChatController &m_controller;
    ClientSettings &m_settings;
    std::unique_ptr<PasswordStore> m_passwords;
    QSet<QString> m_triedStoredPassword;

    QListView *m_log;
    ChatDelegate *m_delegate = nullptr;
    MessageInput *m_input;
    QPushButton *m_sendButton;
    QLabel *m_inputProblem;
    QLabel *m_status;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_reconnectButton;
    QAction *m_reconnectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QTimer m_countdown;
    QTimer m_olderCheck;
    QTimer m_follow;
    bool m_logAtBottom = true;
    bool m_keepingPlace = false;
};

} // namespace palaver::client
