// MainWindow's menus: made once, with their connections, and given their texts by
// retranslateMenus(), again whenever the language changes.
#include "aboutdialog.h"
#include "chatview.h"
#include "client/core/clientsettings.h"
#include "client/core/connection.h"
#include "client/core/serveraddress.h"
#include "client/core/workspace.h"
#include "icons.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeySequence>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>

namespace palaver::client {

using namespace Qt::StringLiterals;

void MainWindow::createMenus()
{
    QMenu *chat = m_menus.chat = menuBar()->addMenu(QString());
    chat->setObjectName(u"chatMenu"_s);
    m_menus.connect = chat->addAction(QString(), this, [this] { askForServer(); });
    m_menus.connect->setObjectName(u"connectAction"_s);

    m_reconnectAction = chat->addAction(QString(), &m_connection, &Connection::reconnectNow);
    m_reconnectAction->setObjectName(u"reconnectAction"_s);
    m_reconnectAction->setShortcut(QKeySequence::Refresh);

    m_disconnectAction = chat->addAction(QString(), &m_connection, &Connection::close);
    m_disconnectAction->setObjectName(u"disconnectAction"_s);

    m_menus.forgetCertificate = chat->addAction(QString(), this, [this] {
        const QString server = displayAddress(m_connection.url());
        if (QMessageBox::question(this, tr("Forget Certificate"),
                                  tr("Forget the certificate you trusted for %1? The next "
                                     "connection will show its fingerprint and ask again.")
                                      .arg(server)) != QMessageBox::Yes)
            return;
        m_settings.setTrustedCertificate(server, {});
        m_connection.setTrustedCertificates(m_settings.trustedCertificates());
    });
    m_menus.forgetCertificate->setObjectName(u"forgetCertificateAction"_s);

    chat->addSeparator();
    m_menus.join = chat->addAction(QString(), this, &MainWindow::joinRoomDialog);
    m_menus.join->setObjectName(u"joinRoomAction"_s);
    m_menus.direct = chat->addAction(QString(), this, &MainWindow::directMessageDialog);
    m_menus.direct->setObjectName(u"directMessageAction"_s);
    m_leaveAction = chat->addAction(QString(), this, [this] {
        if (const auto problem = m_workspace.submit(u"/leave"_s))
            statusBar()->showMessage(*problem, 8000);
    });
    m_leaveAction->setObjectName(u"leaveRoomAction"_s);
    m_menus.next = chat->addAction(QString(), this, [this] { selectRoomOffset(1); });
    m_menus.next->setObjectName(u"nextRoomAction"_s);
    m_menus.previous = chat->addAction(QString(), this, [this] { selectRoomOffset(-1); });
    m_menus.previous->setObjectName(u"previousRoomAction"_s);

    chat->addSeparator();
    m_menus.search = chat->addAction(QString(), this, &MainWindow::showSearch);
    m_menus.search->setObjectName(u"searchAction"_s);
    m_menus.search->setShortcut(QKeySequence::Find);
    m_menus.mentions = chat->addAction(QString(), this, &MainWindow::showMentions);
    m_menus.mentions->setObjectName(u"mentionsAction"_s);
    m_menus.jumpToNew = chat->addAction(QString(), this, &MainWindow::jumpToNewMessages);
    m_menus.jumpToNew->setObjectName(u"jumpToNewMessagesAction"_s);
    m_menus.jumpToNew->setEnabled(false);

    chat->addSeparator();
    m_menus.copy = chat->addAction(QString(), this, [this] {
        QStringList lines;
        QModelIndexList selected = m_log->selectionModel()->selectedRows();
        std::sort(selected.begin(), selected.end());
        for (const QModelIndex &index : selected)
            lines.append(index.data(Qt::DisplayRole).toString());
        if (!lines.isEmpty())
            QApplication::clipboard()->setText(lines.join(u'\n'));
    });
    m_menus.copy->setObjectName(u"copyLinesAction"_s);
    m_menus.copy->setShortcut(QKeySequence::Copy);
    m_menus.copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_log->addAction(m_menus.copy);

    chat->addSeparator();
    // macOS moves it to the application menu, as "Settings…" (or "Preferences…").
    m_menus.settings = chat->addAction(QString(), this, [this] { showSettings(); });
    m_menus.settings->setObjectName(u"settingsAction"_s);
    m_menus.settings->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, where the platform has a key for it; Windows has none, so it gets the same.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_menus.settings->setShortcuts(preferences.isEmpty()
                                       ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                       : preferences);
    m_menus.quit = chat->addAction(QString(), this, &QWidget::close);
    m_menus.quit->setObjectName(u"quitAction"_s);
    m_menus.quit->setShortcut(QKeySequence::Quit);
    m_menus.quit->setMenuRole(QAction::QuitRole);

    QMenu *status = m_menus.status = menuBar()->addMenu(QString());
    status->setObjectName(u"statusMenu"_s);
    m_awayAction = status->addAction(QString());
    m_awayAction->setObjectName(u"awayAction"_s);
    m_awayAction->setCheckable(true);
    connect(m_awayAction, &QAction::triggered, this,
            [this](bool away) { m_workspace.setAway(away); });
    m_doNotDisturbAction = status->addAction(QString());
    m_doNotDisturbAction->setObjectName(u"doNotDisturbAction"_s);
    m_doNotDisturbAction->setCheckable(true);
    connect(m_doNotDisturbAction, &QAction::triggered, this, [this](bool on) {
        NotificationPolicy policy = m_settings.notificationPolicy();
        policy.doNotDisturb = on;
        m_settings.setNotificationPolicy(policy);
        m_workspace.setNotificationPolicy(policy);
        updateStatus();
    });
    status->addSeparator();
    // The notifications page of the settings: where people look for it, too.
    m_menus.notifications = status->addAction(QString(), this, [this] { showSettings(true); });
    m_menus.notifications->setObjectName(u"notificationsAction"_s);
    m_menus.notifications->setMenuRole(QAction::NoRole); // Settings… has PreferencesRole

    // The tray icon's menu: what people reach for without opening the window.
    m_menus.tray = new QMenu(this);
    m_menus.tray->setObjectName(u"trayMenu"_s);
    m_menus.show = m_menus.tray->addAction(QString(), this, [this] { bringToFront(this); });
    m_menus.show->setObjectName(u"showWindowAction"_s);
    m_menus.tray->addAction(m_awayAction);
    m_menus.tray->addAction(m_doNotDisturbAction);
    m_menus.tray->addSeparator();
    m_menus.tray->addAction(m_menus.quit);
    m_tray = new TrayIcon(m_menus.tray, this);
    connect(m_tray, &TrayIcon::activated, this, [this] { bringToFront(this); });
    connect(m_tray, &TrayIcon::notificationClicked, this, [this](const QString &room, qint64 seq) {
        bringToFront(this);
        if (!room.isEmpty())
            m_workspace.jumpTo(room, seq);
    });

    QMenu *help = m_menus.help = menuBar()->addMenu(QString());
    help->setObjectName(u"helpMenu"_s);
    m_menus.shortcuts = help->addAction(QString(), this, [this] {
        ShortcutsDialog dialog(*menuBar(), this); // every menu's actions, as they are now
        dialog.exec();
    });
    m_menus.shortcuts->setObjectName(u"shortcutsAction"_s);
    help->addSeparator();
    m_menus.about = help->addAction(QString(), this, [this] {
        const protocol::Welcome &welcome = m_connection.welcome();
        AboutDialog dialog(welcome.name, welcome.server,
                           m_connection.state() == Connection::State::Connected, this);
        dialog.exec();
    });
    m_menus.about->setObjectName(u"aboutAction"_s);
    m_menus.about->setMenuRole(QAction::AboutRole);
    m_menus.aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    m_menus.aboutQt->setObjectName(u"aboutQtAction"_s);
    m_menus.aboutQt->setMenuRole(QAction::AboutQtRole);

    // Icons drawn in the palette's text colour, so that they follow light and dark.
    const std::pair<QAction *, const char16_t *> icons[] = {
        {m_menus.connect, u"connect"},
        {m_reconnectAction, u"reconnect"},
        {m_disconnectAction, u"disconnect"},
        {m_menus.join, u"join-room"},
        {m_menus.direct, u"direct-message"},
        {m_leaveAction, u"leave"},
        {m_menus.search, u"search"},
        {m_menus.mentions, u"mentions"},
        {m_menus.copy, u"copy"},
        {m_menus.settings, u"settings"},
        {m_menus.quit, u"quit"},
        {m_awayAction, u"away"},
        {m_doNotDisturbAction, u"do-not-disturb"},
        {m_menus.notifications, u"notifications"},
        {m_menus.shortcuts, u"keyboard"},
        {m_menus.about, u"about"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(uiIcon(QString::fromUtf16(name)));

    retranslateMenus();
}

void MainWindow::retranslateMenus()
{
    m_menus.chat->setTitle(tr("&Chat"));
    m_menus.connect->setText(tr("&Connect to Server…"));
    m_menus.connect->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_reconnectAction->setText(tr("&Reconnect Now"));
    m_disconnectAction->setText(tr("&Disconnect"));
    m_menus.forgetCertificate->setText(tr("&Forget This Server's Certificate"));
    m_menus.join->setText(tr("&Join or Create Room…"));
    m_menus.join->setShortcut(QKeySequence(tr("Ctrl+J")));
    m_menus.direct->setText(tr("Ne&w Direct Message…"));
    m_menus.direct->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_leaveAction->setText(tr("&Leave Room"));
    m_menus.next->setText(tr("&Next Room"));
    m_menus.next->setShortcuts({QKeySequence(tr("Ctrl+PgDown")), QKeySequence(tr("Alt+Down"))});
    m_menus.previous->setText(tr("&Previous Room"));
    m_menus.previous->setShortcuts({QKeySequence(tr("Ctrl+PgUp")), QKeySequence(tr("Alt+Up"))});
    m_menus.search->setText(tr("&Search Messages…"));
    m_menus.mentions->setText(tr("&Mentions…"));
    m_menus.mentions->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_menus.jumpToNew->setText(tr("Jump to &New Messages"));
    m_menus.jumpToNew->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_menus.copy->setText(tr("C&opy Selected Lines"));
    m_menus.settings->setText(tr("S&ettings…"));
    m_menus.quit->setText(tr("&Quit"));

    m_menus.status->setTitle(tr("&Status"));
    m_awayAction->setText(tr("&Away"));
    m_awayAction->setToolTip(tr("Others see you as away. Palaver also sets this by itself after "
                                "10 minutes without activity."));
    m_doNotDisturbAction->setText(tr("&Do Not Disturb"));
    m_menus.notifications->setText(tr("&Notifications…"));

    m_menus.show->setText(tr("&Show Palaver"));

    m_menus.help->setTitle(tr("&Help"));
    m_menus.shortcuts->setText(tr("&Keyboard Shortcuts"));
    QList<QKeySequence> shortcutKeys = QKeySequence::keyBindings(QKeySequence::HelpContents);
    shortcutKeys.append(QKeySequence(tr("Ctrl+/")));
    m_menus.shortcuts->setShortcuts(shortcutKeys);
    m_menus.about->setText(tr("&About Palaver"));
    m_menus.aboutQt->setText(tr("About &Qt"));
}

} // namespace palaver::client
