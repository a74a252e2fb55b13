#pragma once

#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>

class QAction;
class QFrame;
class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QSplitter;

namespace palaver::client {

class ChatDelegate;
class ChatModel;
class ChatView;
class ClientSettings;
class PasswordStore;
class Connection;
class MessageInput;
class NewMessagesBar;
class SettingsDialog;
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
    /// Connects to the server at `urls` (one address, or several of its instances) as `nick`,
    /// with this computer's token for that server.
    void openConnection(const QList<QUrl> &urls, const QString &nick);
    /// Opens the settings dialog (or brings the open one forward), at its notifications page
    /// if `notifications`.
    SettingsDialog *showSettings(bool notifications = false);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Makes the menus and their actions once (mainwindowmenus.cpp); retranslateMenus() gives
    /// them their texts, again whenever the language changes.
    void createMenus();
    void retranslateMenus();
    /// Sets every text the window shows itself, again whenever the language changes.
    void retranslateUi();
    /// Applies what the settings say about this window: the font size, the notifications.
    void applySettings();
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
    /// Shows the "New messages" line at the top of the log.
    void jumpToNewMessages();
    /// The "New messages" line of the room shown moved: if the log was following the newest
    /// line and the new ones don't all fit on screen, open at the line instead.
    void onNewMessagesLineMoved(qint64 seq);
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
    QMetaObject::Connection m_markerMoved;
    ClientSettings &m_settings;
    std::unique_ptr<PasswordStore> m_passwords;
    QSet<QString> m_triedStoredPassword;

    ChatView *m_log;
    NewMessagesBar *m_newMessages;
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
    /// The menus and the actions not kept above, for retranslateMenus().
    struct Menus
    {
        QMenu *chat = nullptr;
        QMenu *status = nullptr;
        QMenu *help = nullptr;
        QMenu *tray = nullptr;
        QAction *connect = nullptr;
        QAction *forgetCertificate = nullptr;
        QAction *join = nullptr;
        QAction *direct = nullptr;
        QAction *next = nullptr;
        QAction *previous = nullptr;
        QAction *search = nullptr;
        QAction *mentions = nullptr;
        QAction *jumpToNew = nullptr;
        QAction *copy = nullptr;
        QAction *settings = nullptr;
        QAction *quit = nullptr;
        QAction *notifications = nullptr;
        QAction *show = nullptr;
        QAction *shortcuts = nullptr;
        QAction *about = nullptr;
        QAction *aboutQt = nullptr;
    } m_menus;
    QLabel *m_roomsHeader = nullptr;
    QPushButton *m_joinButton = nullptr;
    QSplitter *m_splitter = nullptr;
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
