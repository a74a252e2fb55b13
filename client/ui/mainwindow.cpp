#include "mainwindow.h"

#include "chatdelegate.h"
#include "chatview.h"
#include "client/core/chatmodel.h"
#include "client/core/clientsettings.h"
#include "client/core/connection.h"
#include "client/core/linkfinder.h"
#include "client/core/passwordstore.h"
#include "client/core/serveraddress.h"
#include "client/core/workspace.h"
#include "connectdialog.h"
#include "emojifont.h"
#include "finddialogs.h"
#include "icons.h"
#include "messageinput.h"
#include "newmessagesbar.h"
#include "resources.h"
#include "settingsdialog.h"
#include "sidebar.h"
#include "theme.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleHints>
#include <QVBoxLayout>

#include <cmath>

namespace palaver::client {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Connection &connection, Workspace &workspace, ClientSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_passwords(makePasswordStore())
    , m_log(new ChatView(this))
    , m_newMessages(new NewMessagesBar(*m_log, this))
    , m_input(new MessageInput(this))
    , m_sendButton(new QPushButton(this))
    , m_inputProblem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_reconnectButton(new QPushButton(m_banner))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());

    m_log->setObjectName(u"chatLog"_s);
    m_delegate = &m_log->chatDelegate();
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log->setTextElideMode(Qt::ElideNone);
    m_log->setFocusPolicy(Qt::StrongFocus);

    m_input->setObjectName(u"messageInput"_s);

    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setIcon(uiIcon(u"send"_s));
    m_sendButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    m_inputProblem->setObjectName(u"inputProblem"_s);
    m_inputProblem->setTextFormat(Qt::PlainText);
    m_inputProblem->setWordWrap(true);
    m_inputProblem->hide();

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_sendButton);

    // While not connected, a banner above the message box says why, in full, with the way out.
    m_banner->setObjectName(u"connectionBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_bannerText->setObjectName(u"connectionProblem"_s);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setForegroundRole(QPalette::ToolTipText);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_reconnectButton);
    m_banner->hide();

    // Above the log: the room's name and topic; below it, who is typing.
    m_roomTitle = new QLabel(this);
    m_roomTitle->setObjectName(u"roomTitle"_s);
    m_roomTitle->setTextFormat(Qt::RichText); // only from emojiRichText()
    QFont titleFont = m_roomTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_roomTitle->setFont(titleFont);
    m_topic = new QLabel(this);
    m_topic->setObjectName(u"topicLabel"_s);
    m_topic->setTextFormat(Qt::RichText); // only from emojiRichText(): escaped, emoji in colour
    m_topic->setWordWrap(true);
    m_topic->setFont(withEmojiFallback(m_topic->font()));
    m_topic->setForegroundRole(QPalette::PlaceholderText);
    m_topic->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_typing = new QLabel(this);
    m_typing->setObjectName(u"typingLabel"_s);
    m_typing->setTextFormat(Qt::PlainText);
    m_typing->setForegroundRole(QPalette::PlaceholderText);
    QFont typingFont = m_typing->font();
    typingFont.setItalic(true);
    m_typing->setFont(typingFont);
    // Always there, so the layout does not jump when somebody starts typing.
    m_typing->setMinimumHeight(m_typing->fontMetrics().height());

    auto *chatPane = new QWidget(this);
    auto *layout = new QVBoxLayout(chatPane);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_roomTitle);
    layout->addWidget(m_topic);
    layout->addWidget(m_newMessages);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_typing);
    layout->addWidget(m_banner);
    layout->addWidget(m_inputProblem);
    layout->addLayout(inputRow);
    createSidebars();
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_roomList->parentWidget());
    m_splitter->addWidget(chatPane);
    m_splitter->addWidget(m_memberList->parentWidget());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({170, 560, 170});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_reconnectButton->setObjectName(u"reconnectButton"_s);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);

    createMenus();

    connect(m_input, &MessageInput::submitted, this, &MainWindow::submitInput);
    connect(m_sendButton, &QPushButton::clicked, this, &MainWindow::submitInput);
    connect(m_reconnectButton, &QPushButton::clicked, &m_connection, &Connection::reconnectNow);
    connect(&m_connection, &Connection::stateChanged, this, [this] {
        updateStatus();
        updateTitle();
    });
    connect(&m_connection, &Connection::addressChanged, this, [this] {
        updateStatus();
        updateTitle();
    });
    connect(&m_connection, &Connection::welcomed, this, &MainWindow::updateTitle);
    connect(&m_connection, &Connection::outboxChanged, this, &MainWindow::updateStatus);
    // Queued: a dialog's event loop must not run inside the socket's signal.
    connect(&m_connection, &Connection::trustRequested, this, &MainWindow::askToTrust,
            Qt::QueuedConnection);
    connect(&m_connection, &Connection::passwordRequired, this, &MainWindow::onPasswordRequired,
            Qt::QueuedConnection);
    connect(&m_connection, &Connection::welcomed, this, [this] { m_triedStoredPassword.clear(); });
    // A nickname changed with /nick is the one to come back with next time.
    connect(&m_connection, &Connection::presenceReceived, this,
            [this](const protocol::Presence &presence) {
                if (presence.event == protocol::Presence::Event::Nick &&
                    presence.newNick == m_connection.nick())
                    m_settings.setNick(presence.newNick);
            });
    connect(&m_connection, &Connection::certificateTrusted, this,
            [this](const QString &hostPort, const QString &fingerprint) {
                m_settings.setTrustedCertificate(hostPort, fingerprint);
            });
    connect(&m_connection, &Connection::certificateChanged, this,
            &MainWindow::warnCertificateChanged, Qt::QueuedConnection);
    connect(&m_connection, &Connection::nickTaken, this, &MainWindow::onNickTaken,
            Qt::QueuedConnection);

    connect(&m_workspace, &Workspace::currentRoomChanged, this, &MainWindow::showRoom);
    connect(&m_workspace, &Workspace::typingChanged, this, [this](const QString &room) {
        if (room == m_room)
            updateTyping();
    });
    connect(&m_workspace, &Workspace::topicChanged, this, [this](const QString &room) {
        if (room == m_room)
            updateRoomHeader();
    });
    connect(&m_workspace, &Workspace::unreadChanged, this, [this](qint64 total) {
        qint64 mentions = 0;
        const RoomListModel &rooms = m_workspace.rooms();
        for (int row = 0; row < rooms.rowCount(); ++row)
            mentions += rooms.index(row).data(RoomListModel::MentionsRole).toLongLong();
        m_tray->setUnread(total, mentions > 0);
        updateTitle();
    });
    connect(&m_workspace, &Workspace::notify, this, [this](const Notification &notification) {
        m_tray->show(notification);
        QApplication::alert(this); // the taskbar entry flashes or bounces
    });
    connect(&m_workspace, &Workspace::awayChanged, this, [this](bool away) {
        m_awayAction->setChecked(away);
        updateStatus();
    });
    connect(&m_workspace, &Workspace::jumpReady, this, &MainWindow::scrollToSeq);
    connect(&m_workspace, &Workspace::jumpFailed, this,
            [this](const QString &, qint64, const QString &reason) {
                statusBar()->showMessage(reason, 8000);
            });
    connect(&m_workspace, &Workspace::olderLoaded, this, [this](const QString &room, int count) {
        if (room == m_room)
            keepPlaceAfterOlderLines(count);
    });
    connect(m_input, &MessageInput::textChanged, this, [this] {
        m_workspace.inputChanged(m_input->toPlainText());
        m_workspace.userActive();
    });
    qApp->installEventFilter(this); // any key or click in the app counts as activity

    // Keep the newest line in view, unless the user scrolled up to read; at the top, fetch the
    // page of history before it.
    connect(m_log->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_logAtBottom = value >= m_log->verticalScrollBar()->maximum() - 4;
        maybeLoadOlder();
        m_newMessages->refresh();
    });
    connect(m_log->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        maybeLoadOlder();
        m_newMessages->refresh();
    });
    connect(m_newMessages, &NewMessagesBar::jumpRequested, this, &MainWindow::jumpToNewMessages);
    connect(m_newMessages, &NewMessagesBar::markReadRequested, this, [this] {
        if (m_model)
            m_model->setFirstUnread(0);
    });

    // A message the server refused can be edited and sent again: from the context menu, or
    // with Enter or a double click on it. The context menu also copies a link's address.
    m_log->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_log, &QListView::customContextMenuRequested, this, &MainWindow::showLogMenu);
    connect(m_log, &QListView::activated, this, &MainWindow::editAndResend);

    m_follow.setSingleShot(true);
    m_follow.setInterval(0);
    connect(&m_follow, &QTimer::timeout, m_log, &QListView::scrollToBottom);
    m_olderCheck.setSingleShot(true);
    m_olderCheck.setInterval(0);
    connect(&m_olderCheck, &QTimer::timeout, this, &MainWindow::maybeLoadOlder);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &MainWindow::updateStatus);

    QSettings window;
    restoreGeometry(window.value(u"window/geometry"_s).toByteArray());
    if (!window.contains(u"window/geometry"_s))
        resize(1000, 640);
    m_splitter->restoreState(window.value(u"window/splitter"_s).toByteArray());

    retranslateUi();
    applySettings();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Qt follows the system's palette by itself; this is for where the platform's style can't
    // draw dark (see applyTheme()).
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_settings.theme() == Theme::System)
            applyTheme(Theme::System);
    });
#endif
    showRoom(m_workspace.currentRoom());
    updateStatus();
    updateTitle();
    m_input->setFocus();
}

void MainWindow::createSidebars()
{
    // Left: the rooms and direct conversations, with unread counts.
    auto *roomPane = new QWidget(this);
    m_roomsHeader = new QLabel(roomPane);
    m_roomsHeader->setObjectName(u"roomsHeader"_s);
    QFont bold = m_roomsHeader->font();
    bold.setBold(true);
    m_roomsHeader->setFont(bold);
    m_roomList = new QListView(roomPane);
    m_roomList->setObjectName(u"roomList"_s);
    m_roomList->setModel(&m_workspace.rooms());
    m_roomList->setItemDelegate(new RoomDelegate(m_roomList));
    m_roomList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roomList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_joinButton = new QPushButton(roomPane);
    m_joinButton->setObjectName(u"joinRoomButton"_s);
    connect(m_joinButton, &QPushButton::clicked, this, &MainWindow::joinRoomDialog);
    auto *roomLayout = new QVBoxLayout(roomPane);
    roomLayout->setContentsMargins(6, 6, 0, 6);
    roomLayout->addWidget(m_roomsHeader);
    roomLayout->addWidget(m_roomList, 1);
    roomLayout->addWidget(m_joinButton);
    connect(m_roomList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_workspace.setCurrentRoom(current.data(RoomListModel::NameRole).toString());
            });
    // A room that appears or goes keeps the selection on the room shown.
    connect(&m_workspace.rooms(), &QAbstractItemModel::rowsInserted, this,
            [this] { showRoom(m_workspace.currentRoom()); });
    connect(&m_workspace.rooms(), &QAbstractItemModel::rowsRemoved, this,
            [this] { showRoom(m_workspace.currentRoom()); });

    // Right: the people in the room, online first.
    auto *memberPane = new QWidget(this);
    m_membersLabel = new QLabel(memberPane);
    m_membersLabel->setObjectName(u"membersLabel"_s);
    m_membersLabel->setFont(bold);
    m_memberList = new QListView(memberPane);
    m_memberList->setObjectName(u"memberList"_s);
    m_memberList->setItemDelegate(new MemberDelegate(m_memberList));
    m_memberList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_memberList, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString nick = index.data(MemberListModel::NickRole).toString();
        if (nick != m_connection.nick())
            m_workspace.submit(u"/msg "_s + nick);
    });
    auto *memberLayout = new QVBoxLayout(memberPane);
    memberLayout->setContentsMargins(0, 6, 6, 6);
    memberLayout->addWidget(m_membersLabel);
    memberLayout->addWidget(m_memberList, 1);
}

void MainWindow::showRoom(const QString &room)
{
    ChatModel *model = m_workspace.chat(room);
    const int row = m_workspace.rooms().rowOf(room);
    if (row >= 0 && m_roomList->currentIndex().row() != row)
        m_roomList->setCurrentIndex(m_workspace.rooms().index(row));
    if (model == m_model && room == m_room) {
        updateRoomHeader();
        return;
    }
    m_room = room;
    disconnect(m_modelInserted);
    disconnect(m_markerMoved);
    m_model = model;
    m_log->setModel(model);
    m_newMessages->setModel(model);
    m_memberList->setModel(m_workspace.members(room));
    if (MemberListModel *members = m_workspace.members(room)) {
        connect(members, &QAbstractItemModel::modelReset, this, &MainWindow::updateMembersLabel,
                Qt::UniqueConnection);
        connect(members, &QAbstractItemModel::dataChanged, this, &MainWindow::updateMembersLabel,
                Qt::UniqueConnection);
        connect(members, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateMembersLabel,
                Qt::UniqueConnection);
        connect(members, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateMembersLabel,
                Qt::UniqueConnection);
    }
    if (model) {
        m_modelInserted = connect(model, &ChatModel::rowsInserted, this,
                                  [this](const QModelIndex &, int first, int) {
                                      followNewLines(first);
                                      m_olderCheck.start(); // once per burst of lines
                                  });
        m_markerMoved = connect(model, &ChatModel::firstUnreadChanged, this,
                                &MainWindow::onNewMessagesLineMoved);
        // Open at the "New messages" line if there is one, else at the bottom.
        m_logAtBottom = model->rowOfSeq(model->firstUnread()) < 0;
        if (!m_logAtBottom)
            QTimer::singleShot(0, m_log, [this, model] {
                if (m_model == model)
                    jumpToNewMessages();
            });
        else
            m_follow.start();
    }
    m_menus.jumpToNew->setEnabled(model && model->firstUnread() > 0);
    m_leaveAction->setEnabled(room != QString::fromUtf16(protocol::kDefaultRoom));
    updateRoomHeader();
    updateTyping();
    updateMembersLabel();
    m_olderCheck.start();
}

void MainWindow::updateRoomHeader()
{
    if (m_room.isEmpty()) {
        m_roomTitle->clear();
        m_topic->hide();
        return;
    }
    const QString name = m_workspace.displayName(m_room);
    m_roomTitle->setText(emojiRichText(m_workspace.isDirect(m_room) ? name : u"# "_s + name));
    const QString topic = m_workspace.topic(m_room);
    m_topic->setText(emojiRichText(topic));
    m_topic->setVisible(!topic.isEmpty());
    updateTitle();
}

void MainWindow::updateTyping()
{
    m_typing->setText(Workspace::typingText(m_workspace.typing(m_room)));
}

void MainWindow::updateMembersLabel()
{
    const MemberListModel *members = m_workspace.members(m_room);
    if (!members) {
        m_membersLabel->setText(tr("People"));
        return;
    }
    const int total = int(std::min<qint64>(members->total(), INT_MAX));
    if (!members->onlineKnown()) {
        m_membersLabel->setText(tr("People: %n", nullptr, total));
    } else if (members->members().size() < members->total()) {
        // A crowded room: the server lists some of them, those who are here first.
        m_membersLabel->setText(tr("People: %1 of %n online, %2 shown", nullptr, total)
                                    .arg(members->onlineCount())
                                    .arg(members->members().size()));
    } else {
        m_membersLabel->setText(
            tr("People: %1 of %n online", nullptr, total).arg(members->onlineCount()));
    }
}

void MainWindow::scrollToSeq(const QString &room, qint64 seq)
{
    if (room != m_room)
        showRoom(room);
    if (!m_model)
        return;
    const int row = m_model->rowOfSeq(seq);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_logAtBottom = false;
    m_log->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_log->setCurrentIndex(index);
    m_log->setFocus();
}

void MainWindow::selectRoomOffset(int offset)
{
    const int count = m_workspace.rooms().rowCount();
    if (count == 0)
        return;
    const int row = m_workspace.rooms().rowOf(m_room);
    const int next = ((row < 0 ? 0 : row) + offset + count) % count;
    m_workspace.setCurrentRoom(m_workspace.rooms().roomAt(next));
}

void MainWindow::askAndRun(const QString &title, const QString &question, const QString &command)
{
    // The menu items are the slash commands with a question in front: one way to do each.
    bool ok = false;
    const QString answer =
        QInputDialog::getText(this, title, question, QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || answer.isEmpty())
        return;
    if (const auto problem = m_workspace.submit(command + u' ' + answer))
        QMessageBox::information(this, title, *problem);
}

void MainWindow::joinRoomDialog()
{
    askAndRun(tr("Join or Create Room"),
              tr("Name of the room to join (it is created if it does not exist yet):"), u"/join"_s);
}

void MainWindow::directMessageDialog()
{
    askAndRun(tr("New Direct Message"), tr("Nickname of the person to write to:"), u"/msg"_s);
}

template <typename Dialog> void MainWindow::showOnce()
{
    // One of each at a time: asking again brings the open one forward.
    auto *dialog = findChild<Dialog *>();
    if (!dialog) {
        dialog = new Dialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    bringToFront(dialog);
}

void MainWindow::bringToFront(QWidget *widget)
{
    if (widget->isMinimized())
        widget->showNormal();
    else
        widget->show();
    widget->raise();
    widget->activateWindow();
}

void MainWindow::showSearch()
{
    showOnce<SearchDialog>();
}

void MainWindow::showMentions()
{
    showOnce<MentionsDialog>();
}

SettingsDialog *MainWindow::showSettings(bool notifications)
{
    // One at a time: asking again brings the open one forward.
    auto *dialog = findChild<SettingsDialog *>();
    if (!dialog) {
        dialog = new SettingsDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
        connect(dialog, &SettingsDialog::nickChosen, this, [this](const QString &nick) {
            // Connected: ask the server for it now (the answer is remembered, see above).
            if (m_connection.state() == Connection::State::Connected && nick != m_connection.nick())
                m_workspace.submit(u"/nick "_s + nick);
        });
        connect(dialog, &SettingsDialog::changeServerRequested, this, [this] { askForServer(); });
    }
    dialog->showPage(notifications ? SettingsDialog::Page::Notifications
                                   : SettingsDialog::Page::General);
    bringToFront(dialog);
    return dialog;
}

void MainWindow::applySettings()
{
    // The chat log and the message box: the two places people read and write at length.
    // Without a size of its own, an empty font: both keep following the system's font.
    QFont font;
    if (m_settings.fontSize() > 0) {
        font = QApplication::font();
        font.setPointSize(m_settings.fontSize());
    }
    m_log->setFont(font);
    m_input->setFont(withEmojiFallback(font));
    const NotificationPolicy policy = m_settings.notificationPolicy();
    m_workspace.setNotificationPolicy(policy);
    m_doNotDisturbAction->setChecked(policy.doNotDisturb);
    updateStatus();
}

void MainWindow::retranslateUi()
{
    m_newMessages->retranslate();
    m_log->setAccessibleName(tr("Chat log"));
    m_log->setAccessibleDescription(tr("Messages in the room, oldest first"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setAccessibleDescription(tr("Enter sends the message, Shift+Enter starts a new line"));
    m_input->setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter adds a line)"));
    m_sendButton->setText(tr("Sen&d"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_bannerText->setAccessibleName(tr("Connection problem"));
    m_reconnectButton->setText(tr("&Reconnect Now"));
    m_reconnectButton->setAccessibleName(tr("Reconnect now"));
    m_topic->setAccessibleName(tr("Topic"));
    m_typing->setAccessibleName(tr("Who is typing"));
    m_status->setAccessibleName(tr("Connection status"));
    m_roomsHeader->setText(tr("Rooms"));
    m_roomList->setAccessibleName(tr("Rooms and direct conversations"));
    m_joinButton->setText(tr("&Join or Create Room…"));
    m_joinButton->setAccessibleName(tr("Join or create a room"));
    m_roomTitle->setAccessibleName(tr("Room"));
    m_membersLabel->setAccessibleName(tr("People in this room, and how many are online"));
    m_inputProblem->setAccessibleName(tr("Problem with the message"));
    m_memberList->setAccessibleName(tr("People in this room"));
    m_memberList->setAccessibleDescription(tr("Double-click somebody to write to them directly"));
    m_memberList->setToolTip(tr("Double-click somebody to write to them directly"));
}

void MainWindow::onNickTaken(const QString &nick, const QString &suggestion, const QString &)
{
    if (m_connection.state() == Connection::State::Connected)
        return; // a /nick that was refused: the workspace says so in the log
    QInputDialog dialog(this);
    dialog.setObjectName(u"nickTakenDialog"_s);
    dialog.setWindowTitle(tr("Nickname Taken"));
    dialog.setLabelText(
        tr("Somebody else connected to this server uses the nickname %1. Choose another one:")
            .arg(nick));
    dialog.setTextValue(suggestion.isEmpty() ? nick : suggestion);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.textValue();
    if (chosen.trimmed().isEmpty())
        return;
    m_settings.setNick(chosen.trimmed());
    openConnection(m_connection.addresses(), chosen.trimmed());
}

void MainWindow::openConnection(const QList<QUrl> &urls, const QString &nick)
{
    m_connection.setToken(m_settings.token(displayAddresses(urls)));
    m_connection.open(urls, nick);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Texts made on the fly (the status, the title, the log's "New messages") are made
        // again; the rest is set again here and in retranslateMenus().
        retranslateUi();
        retranslateMenus();
        updateStatus();
        updateTitle();
        updateMembersLabel();
        updateTyping();
        // Times and states are written in the new language: every line may change height.
        m_delegate->forgetHeights();
        m_log->doItemsLayout();
    }
    if (event->type() == QEvent::ActivationChange) {
        m_workspace.setWindowActive(isActiveWindow());
        if (isActiveWindow())
            m_workspace.userActive();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (isActiveWindow())
            m_workspace.userActive();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow() = default;

void MainWindow::setPasswordStore(std::unique_ptr<PasswordStore> store)
{
    m_passwords = std::move(store);
}

bool MainWindow::askForServer(const QString &problem)
{
    ConnectDialog dialog(this);
    dialog.setAddress(m_settings.server());
    dialog.setNick(m_settings.nick());
    dialog.setProblem(problem);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_settings.setServer(dialog.addressText());
    m_settings.setNick(dialog.nick());
    openConnection(dialog.urls(), dialog.nick());
    return true;
}

void MainWindow::onPasswordRequired(const QString &hostPort, bool wrong)
{
    // First try what was remembered, once; ask only if there is none or it was refused.
    if (!wrong && !m_triedStoredPassword.contains(hostPort)) {
        m_triedStoredPassword.insert(hostPort);
        m_passwords->load(hostPort, [this, hostPort](std::optional<QString> password) {
            if (password && !password->isEmpty()) {
                m_connection.setPassword(*password);
                m_connection.reconnectNow();
            } else {
                askForPassword(hostPort, false);
            }
        });
        return;
    }
    askForPassword(hostPort, wrong);
}

void MainWindow::askForPassword(const QString &hostPort, bool wrong)
{
    QDialog dialog(this);
    dialog.setObjectName(u"passwordDialog"_s);
    dialog.setWindowTitle(tr("Server Password"));
    auto *text = new QLabel(wrong ? tr("The server at %1 did not accept the password. Enter it "
                                       "again:")
                                        .arg(hostPort)
                                  : tr("The server at %1 needs a password.").arg(hostPort),
                            &dialog);
    text->setWordWrap(true);
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(u"passwordEdit"_s);
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(tr("Password"));
    auto *remember = new QCheckBox(tr("&Remember it %1").arg(m_passwords->whereText()), &dialog);
    remember->setObjectName(u"rememberPassword"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"passwordConnectButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(password);
    layout->addWidget(remember);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || password->text().isEmpty())
        return;
    m_connection.setPassword(password->text());
    if (remember->isChecked())
        m_passwords->save(hostPort, password->text());
    else
        m_passwords->forget(hostPort);
    m_connection.reconnectNow();
}

void MainWindow::askToTrust(const QString &hostPort, const QString &fingerprint,
                            const QString &subject)
{
    QMessageBox box(QMessageBox::Question, tr("Trust This Server?"),
                    tr("The server at %1 uses a certificate that no authority vouches for, as "
                       "servers on a local network usually do.")
                        .arg(hostPort),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"trustDialog"_s);
    box.setInformativeText(
        tr("Certificate: %1\nSHA-256 fingerprint:\n%2\n\nCompare the fingerprint with the one "
           "in the server's log, or ask its administrator. If they match, trust it: Palaver "
           "will remember it and warn you loudly if it ever changes.")
            .arg(subject, fingerprint));
    QPushButton *trust = box.addButton(tr("&Trust and Connect"), QMessageBox::AcceptRole);
    trust->setObjectName(u"trustButton"_s);
    box.addButton(tr("&Don't Connect"), QMessageBox::RejectRole)
        ->setObjectName(u"distrustButton"_s);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.buttons().constLast()));
    box.exec();
    if (box.clickedButton() == trust)
        m_connection.trustCertificate(fingerprint);
}

void MainWindow::warnCertificateChanged(const QString &hostPort, const QString &trusted,
                                        const QString &presented)
{
    QMessageBox box(QMessageBox::Critical, tr("Certificate Changed"),
                    tr("WARNING: the certificate of %1 is not the one you trusted before. "
                       "Someone may be impersonating the server. Palaver did not connect.")
                        .arg(hostPort),
                    QMessageBox::Ok, this);
    box.setObjectName(u"certificateChangedDialog"_s);
    box.setInformativeText(
        tr("Trusted fingerprint:\n%1\n\nPresented fingerprint:\n%2").arg(trusted, presented));
    box.exec();
}

void MainWindow::submitInput()
{
    const QString text = m_input->toPlainText();
    if (const auto problem = m_workspace.submit(text)) {
        m_inputProblem->setText(u"⚠ "_s + *problem);
        m_inputProblem->show();
        return; // keep the text so the user can shorten it
    }
    m_inputProblem->hide();
    m_input->clear();
    m_logAtBottom = true;
    m_log->scrollToBottom();
}

void MainWindow::followNewLines(int first)
{
    if (m_logAtBottom && first > 0)
        m_follow.start(); // once per burst of lines
}

void MainWindow::jumpToNewMessages()
{
    if (!m_model)
        return;
    const int row = m_model->rowOfSeq(m_model->firstUnread());
    if (row < 0)
        return;
    m_follow.stop();
    m_log->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
}

void MainWindow::onNewMessagesLineMoved(qint64 seq)
{
    m_menus.jumpToNew->setEnabled(seq > 0);
    if (seq <= 0 || !m_logAtBottom)
        return; // the reader is somewhere else in the log: the bar above it says so
    // After the new lines are in and the log has followed them (m_follow, started first).
    ChatModel *model = m_model;
    QTimer::singleShot(0, m_log, [this, model] {
        if (m_model != model || !m_logAtBottom)
            return;
        m_log->scrollToBottom();
        if (NewMessagesBar::lineIsAbove(*m_log, *model))
            jumpToNewMessages();
    });
}

void MainWindow::maybeLoadOlder()
{
    // Only when the reader is at the top, or the log does not fill the view: a log that is
    // following new lines can pass through the top for a moment while it is laid out.
    const QScrollBar *bar = m_log->verticalScrollBar();
    if (m_keepingPlace || m_connection.state() != Connection::State::Connected ||
        bar->value() != bar->minimum())
        return;
    if (bar->maximum() == 0) {
        // "Does not fill the view" must not be judged from a layout still pending: lay out
        // now (cheap: everything fits on one screen) and look again.
        m_log->doItemsLayout();
        if (bar->maximum() > 0)
            return;
    } else if (m_logAtBottom) {
        return;
    }
    m_workspace.loadOlder(m_room);
}

void MainWindow::keepPlaceAfterOlderLines(int count)
{
    if (count <= 0)
        return;
    // The line that was at the top is now `count` rows down: show it there again, so reading
    // goes on where it was instead of jumping.
    if (!m_model)
        return;
    const QPersistentModelIndex previousTop = m_model->index(count);
    m_keepingPlace = true; // until then the view sits at the top: that is no request for more
    QTimer::singleShot(0, m_log, [this, previousTop] {
        m_log->scrollTo(previousTop, QAbstractItemView::PositionAtTop);
        m_keepingPlace = false;
    });
}

void MainWindow::showLogMenu(const QPoint &position)
{
    const QModelIndex index = m_log->indexAt(position);
    const bool failed = index.data(ChatModel::StatusRole).toInt() == int(ChatLine::Status::Failed);
    // The link under the pointer; from the keyboard (the menu key), or off the links, every
    // link of the line, so that links can be opened without a mouse.
    QList<QUrl> links;
    if (const QUrl link = m_delegate->linkAt(position); !link.isEmpty()) {
        links.append(link);
    } else {
        for (const Link &found : findLinks(index.data(ChatModel::TextRole).toString()))
            links.append(found.url);
    }
    if (!index.isValid() || (links.isEmpty() && !failed))
        return;
    QMenu menu(this);
    const auto addLinkActions = [this](QMenu &to, const QUrl &link) {
        QAction *open = to.addAction(tr("&Open Link"));
        open->setObjectName(u"openLinkAction"_s);
        connect(open, &QAction::triggered, this, [this, link] { m_delegate->openLink(link); });
        QAction *copyLink = to.addAction(tr("Copy &Link Address"));
        copyLink->setObjectName(u"copyLinkAction"_s);
        connect(copyLink, &QAction::triggered, this,
                [link] { QApplication::clipboard()->setText(link.toString()); });
    };
    if (links.size() == 1) {
        addLinkActions(menu, links.constFirst());
    } else {
        for (const QUrl &link : std::as_const(links)) // a menu of its own for each
            addLinkActions(*menu.addMenu(link.toDisplayString().replace(u'&', u"&&"_s)), link);
    }
    if (failed) {
        QAction *edit = menu.addAction(tr("&Edit and Send Again"));
        edit->setObjectName(u"editFailedAction"_s);
        connect(edit, &QAction::triggered, this, [this, index] { editAndResend(index); });
    }
    menu.exec(m_log->viewport()->mapToGlobal(position));
}

void MainWindow::editAndResend(const QModelIndex &index)
{
    if (index.data(ChatModel::StatusRole).toInt() != int(ChatLine::Status::Failed))
        return;
    if (!m_model)
        return;
    const QString text = m_model->takeFailed(index.data(ChatModel::IdRole).toUuid());
    if (text.isEmpty())
        return;
    // Through the cursor, not setPlainText(): a draft it replaces stays in the undo history.
    QTextCursor cursor(m_input->document());
    cursor.select(QTextCursor::Document);
    const bool hadDraft = cursor.hasSelection();
    cursor.insertText(text);
    m_input->setTextCursor(cursor);
    m_input->setFocus();
    if (hadDraft) {
        statusBar()->showMessage(
            tr("What you were writing was replaced: press %1 to get it back.")
                .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            10000);
    }
}

void MainWindow::updateStatus()
{
    const QString where = m_connection.where();
    const Connection::State state = m_connection.state();
    QString text;
    switch (state) {
    case Connection::State::Connecting:
        text = tr("Connecting to %1…").arg(where);
        break;
    case Connection::State::Connected:
        text = tr("Connected to %1 (%2) as %3")
                   .arg(m_connection.welcome().name, where, m_connection.nick());
        break;
    case Connection::State::Reconnecting: {
        const int seconds = int(std::ceil(double(m_connection.msecsUntilRetry()) / 1000.0));
        text = tr("Reconnecting to %1 in %n s…", nullptr, seconds).arg(where);
        break;
    }
    case Connection::State::Offline:
        text = m_connection.url().isEmpty() ? tr("Not connected") : tr("Offline");
        break;
    }
    const qsizetype waiting = m_connection.outbox().size();
    if (waiting > 0 && state != Connection::State::Connected)
        text += u" · "_s + tr("%n message(s) waiting to be sent", nullptr, int(waiting));
    m_status->setText(text);

    const QString problem = m_connection.lastProblem();
    const bool showBanner =
        (state == Connection::State::Reconnecting || state == Connection::State::Offline) &&
        !problem.isEmpty();
    m_bannerText->setText(u"⚠ "_s + problem);
    m_banner->setVisible(showBanner);
    m_status->setToolTip(showBanner ? problem : text);

    const bool canRetry = state == Connection::State::Reconnecting ||
                          (state == Connection::State::Offline && !m_connection.url().isEmpty());
    m_reconnectButton->setVisible(canRetry);
    m_reconnectAction->setEnabled(canRetry);
    m_disconnectAction->setEnabled(state != Connection::State::Offline);
    if (state == Connection::State::Reconnecting)
        m_countdown.start();
    else
        m_countdown.stop();
}

void MainWindow::updateTitle()
{
    if (m_connection.url().isEmpty()) {
        setWindowTitle(tr("Palaver"));
        return;
    }
    const qint64 unread = m_workspace.rooms().totalUnread();
    QString room;
    if (!m_room.isEmpty())
        room = m_workspace.isDirect(m_room) ? m_workspace.displayName(m_room)
                                            : u"#"_s + m_workspace.displayName(m_room);
    QString title =
        room.isEmpty()
            ? tr("%1 @ %2 — Palaver").arg(m_connection.nick(), displayAddress(m_connection.url()))
            : tr("%1 — %2 @ %3 — Palaver")
                  .arg(room, m_connection.nick(), displayAddress(m_connection.url()));
    if (unread > 0)
        title.prepend(u"(%1) "_s.arg(unread));
    setWindowTitle(title);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings window;
    window.setValue(u"window/geometry"_s, saveGeometry());
    window.setValue(u"window/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace palaver::client
