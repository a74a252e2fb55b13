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

class ChatDelegate;
class ChatModel;
class ChatView;
class ClientSettings;
class PasswordStore;
class Connection;
class MessageInput;
class TrayIcon;
class Workspace;

/// The chat window: the rooms on the left, the log of the current room with its topic and who
/// is typing, the message box, the room's members on the right, and a status bar that always
/// says in words what the connection is doing. A tray icon counts unread messages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Connection &connection, Workspace &workspace, ClientSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Where remembered passwords go (by default the platform keychain, where available).
    void setPasswordStore(std::unique_ptr<PasswordStore> store);

    /// Shows the connect dialog; on success remembers the choice and connects.
    /// Returns false if the user cancelled.
    bool askForServer(const QString &problem = {});
    /// Connects to `url` as `nick` with this computer's token for that server.
    void openConnection(const QUrl &url, const QString &nick);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void createSidebars();
    void showRoom(const QString &room);
    void updateRoomHeader();
    void updateTyping();
    void updateMembersLabel();
    /// Asks `question`; runs `command` with the answer as its argument.
    void askAndRun(const QString &title, const QString &question, const QString &command);
    void joinRoomDialog();
    void directMessageDialog();
    template <typename Dialog> void showOnce();
    static void bringToFront(QWidget *widget);
    void showSearch();
    void showMentions();
    void editNotifications();
    void selectRoomOffset(int offset);
    void onNickTaken(const QString &nick, const QString &suggestion, const QString &message);
    void scrollToSeq(const QString &room, qint64 seq);
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
    Workspace &m_workspace;
    ChatModel *m_model = nullptr; // of the room shown
    QString m_room;               // the room shown
    QMetaObject::Connection m_modelInserted;
    ClientSettings &m_settings;
    std::unique_ptr<PasswordStore> m_passwords;
    QSet<QString> m_triedStoredPassword;

    ChatView *m_log;
    QListView *m_roomList = nullptr;
    QListView *m_memberList = nullptr;
    QLabel *m_roomTitle = nullptr;
    QLabel *m_topic = nullptr;
    QLabel *m_typing = nullptr;
    QLabel *m_membersLabel = nullptr;
    TrayIcon *m_tray = nullptr;
    QAction *m_awayAction = nullptr;
    QAction *m_doNotDisturbAction = nullptr;
    QAction *m_leaveAction = nullptr;
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
