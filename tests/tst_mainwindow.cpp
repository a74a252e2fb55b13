#include "client/core/chatmodel.h"
#include "client/core/clientsettings.h"
#include "client/core/clock.h"
#include "client/core/connection.h"
#include "client/core/passwordstore.h"
#include "client/core/serveraddress.h"
#include "client/core/workspace.h"
#include "client/ui/chatdelegate.h"
#include "client/ui/chatview.h"
#include "client/ui/connectdialog.h"
#include "client/ui/finddialogs.h"
#include "client/ui/mainwindow.h"
#include "client/ui/trayicon.h"
#include "server/tlsfiles.h"
#include "testclient.h"
#include "testserver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolTip>

#include <memory>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

/// The main window and the connect dialog, driven like a user would, offscreen.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enterSendsAndTheLineAppears();
    void shiftEnterAddsALine();
    void statusSaysWhatIsHappening();
    void connectDialogExplainsBadInput();
    void refusedMessageCanBeEditedAndSentAgain();
    void scrollingToTheTopLoadsOlderHistory();
    void lostHistoryIsSaidNotSkipped();
    void selfSignedServerIsTrustedOnceAsked();
    void passwordIsAskedForAndRemembered();
    void takenNicknameAsksForAnotherOne();
    void clickingALinkOpensItAndNothingElse();
    void linkAddressCanBeCopied();
    void linksOpenFromTheKeyboard();
    void roomListShowsRoomsAndUnreadCounts();
    void nicknameChangeIsRememberedForNextTime();
    void memberListShowsWhoIsHereAndAway();
    void mentionsAreCountedAndListed();
    void searchFindsAndJumpsToTheMessage();
    void newMessagesLineIsShownAfterARestart();
    void aLongHistoryIsShownFromTheBottom();
    void manyNewMessagesOpenAtTheNewMessagesLine();
    void aFewNewMessagesOpenAtTheBottom();

private:
    template <typename T> T *find(const QString &name)
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    /// Types `text` into the message box, sends it, and waits until the server has it.
    QModelIndex say(const QString &text)
    {
        auto *input = find<QPlainTextEdit>(u"messageInput"_s);
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
        const auto lastRow = [this] { return model()->index(model()->rowCount() - 1); };
        if (!QTest::qWaitFor([&] {
                return lastRow().data(ChatModel::TextRole).toString() == text &&
                       lastRow().data(ChatModel::StatusRole).toInt() ==
                           int(ChatLine::Status::Delivered);
            }))
            return {};
        // In view, since the log follows new lines.
        auto *log = find<QListView>(u"chatLog"_s);
        if (!QTest::qWaitFor(
                [&] { return log->viewport()->rect().contains(log->visualRect(lastRow())); }))
            return {};
        return lastRow();
    }
    /// Link `n` of the line at `index`, where the view draws it.
    QRect linkRect(const QModelIndex &index, int n)
    {
        auto *log = find<QListView>(u"chatLog"_s);
        auto *delegate = qobject_cast<ChatDelegate *>(log->itemDelegate());
        QStyleOptionViewItem option;
        option.initFrom(log);
        option.font = log->font();
        option.rect = log->visualRect(index);
        return delegate->linkRect(option, index, n);
    }
    /// Alice is away (her window active, her connection closed) while bob says `texts`;
    /// then she connects again.
    void awayWhileBobSays(test::TestClient &bob, const QStringList &texts)
    {
        m_window->activateWindow();
        m_connection->close();
        QTRY_COMPARE(m_server->server().sessionCount(), 1);
        for (const QString &text : texts)
            QVERIFY(bob.waitForAck(bob.say(text)));
        m_connection->open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->port())), u"alice"_s);
        QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
    }
    QStringList logLines()
    {
        QStringList lines;
        for (int row = 0; row < model()->rowCount(); ++row)
            lines.append(model()->data(model()->index(row)).toString());
        return lines;
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Workspace> m_workspace;
    ChatModel m_noModel; // stands in until the workspace has the room
    /// The log of the default room, where these tests chat.
    ChatModel *model()
    {
        ChatModel *general = m_workspace ? m_workspace->chat(u"general"_s) : nullptr;
        return general ? general : &m_noModel;
    }
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
}

void tst_MainWindow::init()
{
    // Test mode keeps the settings out of the user's, but they still outlive the run: start each
    // test from none, or a password remembered by an earlier run for the same port answers for
    // the user.
    QSettings().clear();
    server::ServerOptions options;
    options.name = u"testserver"_s;
    options.recordMembership = false; // the tests read the log's last lines
    m_server = std::make_unique<test::TestServer>(options);
    QVERIFY(m_server->start());
    m_clock = std::make_unique<SystemClock>();
    m_connection = std::make_unique<Connection>(*m_clock);
    m_workspace = std::make_unique<Workspace>(*m_connection, *m_clock);
    m_settings = std::make_unique<ClientSettings>();
    m_window = std::make_unique<MainWindow>(*m_connection, *m_workspace, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_connection->open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->port())), u"alice"_s);
    QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_connection.reset();
    m_server.reset();
}

void tst_MainWindow::enterSendsAndTheLineAppears()
{
    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    QVERIFY(input);
    input->setFocus();
    QTest::keyClicks(input, u"hello <b>world</b>"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(input->toPlainText(), QString());
    QTRY_VERIFY(logLines().size() >= 2);
    QTRY_VERIFY2(logLines().last().endsWith(u"alice: hello <b>world</b>"_s),
                 qPrintable(logLines().join(u'\n')));
    QTRY_COMPARE(
        model()->data(model()->index(model()->rowCount() - 1), ChatModel::StatusRole).toInt(),
        int(ChatLine::Status::Delivered));

    // The send button does the same.
    QTest::keyClicks(input, u"second"_s);
    QTest::mouseClick(find<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QTRY_VERIFY(logLines().last().endsWith(u"alice: second"_s));
}

void tst_MainWindow::shiftEnterAddsALine()
{
    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    const int before = model()->rowCount();
    QTest::keyClicks(input, u"first line"_s);
    QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(input, u"second line"_s);
    QCOMPARE(input->toPlainText(), u"first line\nsecond line"_s);
    QCOMPARE(model()->rowCount(), before);
    QTest::keyClick(input, Qt::Key_Enter); // the keypad's Enter sends too
    QTRY_VERIFY(logLines().last().endsWith(u"alice: first line\nsecond line"_s));
}

void tst_MainWindow::statusSaysWhatIsHappening()
{
    auto *status = find<QLabel>(u"connectionStatus"_s);
    QVERIFY(status);
    QVERIFY2(status->text().contains(u"Connected to testserver"_s), qPrintable(status->text()));
    QVERIFY(m_window->windowTitle().contains(u"alice"_s));
    auto *reconnect = find<QPushButton>(u"reconnectButton"_s);
    QVERIFY(!reconnect->isVisible());

    m_server->server().shutdown();
    QTRY_VERIFY2(status->text().startsWith(u"Reconnecting to 127.0.0.1:"_s),
                 qPrintable(status->text()));
    auto *problem = find<QLabel>(u"connectionProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"shut down"_s), qPrintable(problem->text()));
    QVERIFY(reconnect->isVisible());

    // Typed while offline: shown as waiting, and counted in the status bar.
    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    QTest::keyClicks(input, u"offline words"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(logLines().last().contains(u"offline words"_s));
    QVERIFY(logLines().last().contains(u"sending"_s));
    QTRY_VERIFY2(status->text().contains(u"1 message"_s), qPrintable(status->text()));
}

void tst_MainWindow::connectDialogExplainsBadInput()
{
    ConnectDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *server = dialog.findChild<QLineEdit *>(u"serverEdit"_s);
    auto *nick = dialog.findChild<QLineEdit *>(u"nickEdit"_s);
    auto *connectButton = dialog.findChild<QPushButton *>(u"connectButton"_s);
    auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
    QVERIFY(server && nick && connectButton && problem);
    QVERIFY(!connectButton->isEnabled()); // nothing typed yet

    QTest::keyClicks(server, u"http://chat.local"_s);
    QTest::keyClicks(nick, u"bob"_s);
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(problem->isVisible() && problem->text().contains(u"ws://"_s),
             qPrintable(problem->text()));

    server->clear();
    QTest::keyClicks(server, u"chat.local:9000"_s);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.url(), QUrl(u"ws://chat.local:9000/"_s));
    QCOMPARE(dialog.nick(), u"bob"_s);
}

void tst_MainWindow::refusedMessageCanBeEditedAndSentAgain()
{
    // Offline, then back to a server whose limit is stricter than the last one announced: the
    // message is refused by the server, not by the client.
    m_connection->close();
    const quint16 port = m_server->port();
    m_server.reset();
    server::ServerOptions strict;
    strict.limits.maxTextLength = 10;
    m_server = std::make_unique<test::TestServer>(strict);
    QVERIFY(m_server->start(port));

    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    QTest::keyClicks(input, u"far too long for it"_s);
    QTest::keyClick(input, Qt::Key_Return);
    m_connection->reconnectNow();
    const auto failedRow = [this] {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->data(model()->index(row), ChatModel::StatusRole).toInt() ==
                int(ChatLine::Status::Failed))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(failedRow() >= 0);
    const int row = failedRow();
    const int rowsBefore = model()->rowCount();
    QVERIFY(logLines().last().contains(u"not sent"_s));

    // Something else is being written meanwhile.
    QTest::keyClicks(input, u"a draft"_s);
    auto *log = find<QListView>(u"chatLog"_s);
    log->setFocus();
    log->setCurrentIndex(model()->index(row));
    QTest::keyClick(log, Qt::Key_Return);
    QCOMPARE(input->toPlainText(), u"far too long for it"_s);
    QCOMPARE(model()->rowCount(), rowsBefore - 1); // the failed line gave way to the input
    QCOMPARE(failedRow(), -1);
    QVERIFY(input->hasFocus());
    // The draft it replaced is one undo away, and the status bar says so.
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"get it back"_s));
    QTest::keySequence(input, QKeySequence::Undo);
    QCOMPARE(input->toPlainText(), u"a draft"_s);

    input->setPlainText(u"shorter"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(logLines().last().endsWith(u"alice: shorter"_s));
}

void tst_MainWindow::scrollingToTheTopLoadsOlderHistory()
{
    // A server with a long history that sends only the last 40 lines on joining.
    m_window.reset();
    m_workspace.reset();
    m_connection.reset();
    server::ServerOptions options;
    options.historyOnJoin = 40;
    options.recordMembership = false; // the test reads the log's last lines
    m_server = std::make_unique<test::TestServer>(options);
    QVERIFY(m_server->start());
    {
        test::TestClient writer(m_server->url(), u"writer"_s);
        QVERIFY(writer.waitForWelcome());
        QUuid last;
        for (int i = 1; i <= 300; ++i)
            last = writer.say(u"line %1"_s.arg(i));
        QVERIFY(writer.waitForAck(last));
    }
    m_connection = std::make_unique<Connection>(*m_clock);
    m_workspace = std::make_unique<Workspace>(*m_connection, *m_clock);
    m_window = std::make_unique<MainWindow>(*m_connection, *m_workspace, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_connection->open(m_server->url(), u"alice"_s);
    QTRY_VERIFY(model()->rowCount() >= 40);
    // The newest message is last, then the notice of the connection that brought them.
    QTRY_VERIFY(logLines().last().contains(u"Connected to "_s));
    QVERIFY(logLines().at(logLines().size() - 2).endsWith(u"writer: line 300"_s));

    auto *log = find<QListView>(u"chatLog"_s);
    QTRY_VERIFY(log->verticalScrollBar()->maximum() > 0);
    const qint64 oldestBefore = model()->oldestSeq();
    QCOMPARE(oldestBefore, 261);
    log->verticalScrollBar()->setValue(0);
    QTRY_COMPARE(model()->oldestSeq(), 161); // one page of 100 older lines
    // Reading goes on where it was: the line that was on top is still in view.
    const QModelIndex previousTop = model()->index(100);
    QTRY_VERIFY(log->viewport()->rect().intersects(log->visualRect(previousTop)));
    QVERIFY(m_workspace->hasOlder(u"general"_s));
}

void tst_MainWindow::lostHistoryIsSaidNotSkipped()
{
    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    QTest::keyClicks(input, u"before the server lost its database"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(m_connection->outbox().isEmpty());

    // The same address, a new database: the client's place in the old history means nothing.
    const quint16 port = m_server->port();
    m_server.reset();
    QTRY_COMPARE(m_connection->state(), Connection::State::Reconnecting);
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->start(port));
    QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
    QTRY_VERIFY2(logLines().join(u'\n').contains(u"could not be recovered"_s),
                 qPrintable(logLines().join(u'\n')));
}

void tst_MainWindow::clickingALinkOpensItAndNothingElse()
{
    auto *log = find<QListView>(u"chatLog"_s);
    auto *delegate = qobject_cast<ChatDelegate *>(log->itemDelegate());
    QVERIFY(delegate);
    QList<QUrl> opened;
    delegate->setLinkHandler([&opened](const QUrl &url) { opened.append(url); });

    const QModelIndex index = say(u"docs (see https://example.org/a_(b)). javascript:alert(1)"_s);
    QVERIFY(index.isValid());
    const QRect link = linkRect(index, 0);
    QVERIFY(!link.isEmpty());
    QVERIFY(log->visualRect(index).contains(link));
    QVERIFY(linkRect(index, 1).isEmpty()); // javascript: is no link
    QWidget *viewport = log->viewport();

    // Beside the link: the text before it, the ")." after it, the nickname, the javascript:.
    const int y = link.center().y();
    for (const QPoint elsewhere :
         {QPoint(link.left() - 6, y), QPoint(link.right() + 4, y),
          QPoint(log->visualRect(index).left() + 60, y), QPoint(link.right() + 60, y)}) {
        QTest::mouseClick(viewport, Qt::LeftButton, {}, elsewhere);
        QVERIFY(delegate->linkAt(elsewhere).isEmpty());
        QCOMPARE(opened, QList<QUrl>());
    }

    QTest::mouseClick(viewport, Qt::LeftButton, {}, link.center());
    QCOMPARE(opened, QList<QUrl>{QUrl(u"https://example.org/a_(b)"_s)});
    QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(link.left() + 1, y));
    QCOMPARE(opened.size(), 2);

    // A press on the link and a release beside it is not a click on it.
    QTest::mousePress(viewport, Qt::LeftButton, {}, link.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(link.left() - 6, y));
    QCOMPARE(opened.size(), 2);

    // Hovering shows a pointing hand and the address.
    QTest::mouseMove(viewport, link.center());
    QTRY_COMPARE(viewport->cursor().shape(), Qt::PointingHandCursor);
    QHelpEvent help(QEvent::ToolTip, link.center(), viewport->mapToGlobal(link.center()));
    QApplication::sendEvent(viewport, &help);
    QVERIFY2(QToolTip::text().contains(u"https://example.org/a_(b)"_s),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
    QTest::mouseMove(viewport, QPoint(link.left() - 6, y));
    QTRY_COMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
}

void tst_MainWindow::linkAddressCanBeCopied()
{
    const QModelIndex index = say(u"write to mailto:alice@example.org, or not"_s);
    QVERIFY(index.isValid());
    const QRect link = linkRect(index, 0);
    QVERIFY(!link.isEmpty());

    // The context menu runs its own event loop: act on it from inside that loop.
    QStringList actions;
    QTimer inMenu;
    inMenu.setSingleShot(true);
    connect(&inMenu, &QTimer::timeout, this, [&actions] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction *action : menu->actions())
            actions.append(action->objectName());
        if (auto *copy = menu->findChild<QAction *>(u"copyLinkAction"_s))
            copy->trigger();
        menu->close();
    });
    inMenu.start(0);
    QWidget *viewport = find<QListView>(u"chatLog"_s)->viewport();
    QContextMenuEvent event(QContextMenuEvent::Mouse, link.center(),
                            viewport->mapToGlobal(link.center()));
    QApplication::sendEvent(viewport, &event);
    QCOMPARE(actions, (QStringList{u"openLinkAction"_s, u"copyLinkAction"_s}));
    QCOMPARE(QApplication::clipboard()->text(), u"mailto:alice@example.org"_s);
}

void tst_MainWindow::linksOpenFromTheKeyboard()
{
    const QModelIndex index = say(u"notes at https://wiki.lan/notes before noon"_s);
    QVERIFY(index.isValid());
    auto *log = find<ChatView>(u"chatLog"_s);
    QList<QUrl> opened;
    log->chatDelegate().setLinkHandler([&opened](const QUrl &url) { opened.append(url); });
    log->setCurrentIndex(index);

    // The menu key: the menu opens where the current line is, wherever the link is on it.
    QStringList actions;
    QTimer inMenu;
    inMenu.setSingleShot(true);
    connect(&inMenu, &QTimer::timeout, this, [&actions] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction *action : menu->actions())
            actions.append(action->objectName());
        if (auto *open = menu->findChild<QAction *>(u"openLinkAction"_s))
            open->trigger();
        menu->close();
    });
    inMenu.start(0);
    const QRect line = log->visualRect(index);
    const QPoint start(line.left() + 2, line.center().y()); // the time, not the link
    QVERIFY(log->chatDelegate().linkAt(start).isEmpty());
    QContextMenuEvent event(QContextMenuEvent::Keyboard, start,
                            log->viewport()->mapToGlobal(start));
    QApplication::sendEvent(log->viewport(), &event);
    QCOMPARE(actions, (QStringList{u"openLinkAction"_s, u"copyLinkAction"_s}));
    QCOMPARE(opened, QList<QUrl>{QUrl(u"https://wiki.lan/notes"_s)});
}

void tst_MainWindow::selfSignedServerIsTrustedOnceAsked()
{
    QString problem;
    const QString data = QStringLiteral(PALAVER_SOURCE_DIR) + u"/tests/data/"_s;
    server::ServerOptions options;
    options.tls = server::loadTlsFiles(data + u"test-a.crt"_s, data + u"test-a.key"_s, &problem);
    QVERIFY2(options.tls, qPrintable(problem));
    test::TestServer secure(options);
    QVERIFY(secure.start());

    // The dialog runs its own event loop: answer it from a timer that fires inside that loop.
    QString seenName, seenText;
    Connection::State stateWhileAsking = Connection::State::Connected;
    bool clicked = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        auto *trust = dialog ? dialog->findChild<QPushButton *>(u"trustButton"_s) : nullptr;
        if (!trust)
            return;
        seenName = dialog->objectName();
        seenText = dialog->informativeText();
        stateWhileAsking = m_connection->state();
        answer.stop();
        clicked = true;
        QTest::mouseClick(trust, Qt::LeftButton);
    });
    answer.start();

    const QUrl url(u"wss://127.0.0.1:%1/"_s.arg(secure.port()));
    m_connection->open(url, u"alice"_s);
    QTRY_VERIFY(clicked);
    QCOMPARE(seenName, u"trustDialog"_s);
    QVERIFY(seenText.contains(u"SHA-256"_s));
    QCOMPARE(stateWhileAsking, Connection::State::Offline);
    QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
    QVERIFY(m_settings->trustedCertificates().contains(displayAddress(url)));
}

void tst_MainWindow::takenNicknameAsksForAnotherOne()
{
    // Somebody is "bob" already: connecting as Bob asks for another name, with a free one
    // filled in, and connects with what the user chose, which is remembered.
    test::TestClient bob(m_server->url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    QString label, offered;
    bool answered = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"nickTakenDialog"_s)
            return;
        answer.stop();
        label = dialog->labelText();
        offered = dialog->textValue();
        dialog->setTextValue(u"Bobby"_s);
        dialog->accept();
        answered = true;
    });
    answer.start();
    m_connection->close();
    m_connection->open(m_server->url(), u"Bob"_s);
    QTRY_VERIFY(answered);
    QVERIFY2(label.contains(u"uses the nickname Bob"_s), qPrintable(label));
    QCOMPARE(offered, u"Bob2"_s);
    QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
    QCOMPARE(m_connection->nick(), u"Bobby"_s);
    QCOMPARE(m_settings->nick(), u"Bobby"_s);
    QVERIFY(bob.isConnected());
}

void tst_MainWindow::passwordIsAskedForAndRemembered()
{
    server::ServerOptions options;
    options.admission.password = u"open sesame"_s;
    test::TestServer guarded(options);
    QVERIFY(guarded.start());
    m_window->setPasswordStore(makeSettingsPasswordStore());

    int dialogs = 0;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != u"passwordDialog"_s)
            return;
        ++dialogs;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), u"open sesame"_s);
        dialog->findChild<QCheckBox *>(u"rememberPassword"_s)->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"passwordConnectButton"_s),
                          Qt::LeftButton);
    });
    answer.start();

    m_connection->open(guarded.url(), u"alice"_s);
    QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
    QCOMPARE(dialogs, 1);

    // Next time (a new app, no password in memory) the remembered one is used without asking.
    m_connection->setPassword({});
    m_connection->close();
    m_connection->reconnectNow();
    QTRY_COMPARE(m_connection->state(), Connection::State::Connected);
    QCOMPARE(dialogs, 1);
}

namespace {

/// What a label shows, as plain text (the room title is rich text, for its emoji).
QString shownText(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

/// The rows of a list view as the user reads them, by display text.
QStringList rowsOf(const QListView *view)
{
    QStringList rows;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; model && row < model->rowCount(); ++row)
        rows.append(model->index(row, 0).data().toString());
    return rows;
}

int rowNamed(const QListView *view, const QString &text)
{
    return int(rowsOf(view).indexOf(text));
}

} // namespace

void tst_MainWindow::roomListShowsRoomsAndUnreadCounts()
{
    auto *rooms = find<QListView>(u"roomList"_s);
    QCOMPARE(rowsOf(rooms), QStringList{u"general"_s});

    // Joined with the command in the message box: the room appears and becomes the current one.
    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    input->setPlainText(u"/join random"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(rowsOf(rooms), (QStringList{u"general"_s, u"random"_s}));
    QTRY_COMPARE(shownText(find<QLabel>(u"roomTitle"_s)), u"# random"_s);

    // Back in general, what bob writes in random counts as unread there, not here.
    rooms->setCurrentIndex(rooms->model()->index(rowNamed(rooms, u"general"_s), 0));
    QTRY_COMPARE(shownText(find<QLabel>(u"roomTitle"_s)), u"# general"_s);
    test::TestClient bob(m_server->url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    bob.send(protocol::Join{u"random"_s});
    QVERIFY(bob.waitForAck(bob.say(u"anyone here?"_s, u"random"_s)));
    const auto unread = [rooms](const QString &room) {
        return rooms->model()
            ->index(rowNamed(rooms, room), 0)
            .data(RoomListModel::UnreadRole)
            .toLongLong();
    };
    QTRY_COMPARE(unread(u"random"_s), 1);
    QCOMPARE(unread(u"general"_s), 0);
    // The tray icon counts it too (its badge is tested in tst_uiparts).
    auto *tray = m_window->findChild<TrayIcon *>();
    QVERIFY(tray);
    QTRY_COMPARE(tray->unread(), 1);

    // Opening the room reads it.
    rooms->setCurrentIndex(rooms->model()->index(rowNamed(rooms, u"random"_s), 0));
    QTRY_COMPARE(unread(u"random"_s), 0);
    QTRY_COMPARE(tray->unread(), 0);
    const QAbstractItemModel *shown = find<QListView>(u"chatLog"_s)->model();
    QTRY_COMPARE(shown->index(shown->rowCount() - 1, 0).data(ChatModel::TextRole).toString(),
                 u"anyone here?"_s);
}

void tst_MainWindow::nicknameChangeIsRememberedForNextTime()
{
    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    input->setPlainText(u"/nick alicia"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(m_connection->nick(), u"alicia"_s);
    QTRY_COMPARE(m_settings->nick(), u"alicia"_s);
    QCOMPARE(ClientSettings().nick(), u"alicia"_s); // in the settings file, too
}

void tst_MainWindow::memberListShowsWhoIsHereAndAway()
{
    auto *members = find<QListView>(u"memberList"_s);
    QTRY_COMPARE(rowsOf(members), QStringList{u"alice"_s});
    test::TestClient bob(m_server->url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    QTRY_COMPARE(rowsOf(members), (QStringList{u"alice"_s, u"bob"_s}));
    const auto statusOf = [members](const QString &nick) {
        return protocol::Status(members->model()
                                    ->index(rowNamed(members, nick), 0)
                                    .data(MemberListModel::StatusRole)
                                    .toInt());
    };
    QCOMPARE(statusOf(u"bob"_s), protocol::Status::Online);
    bob.send(protocol::SetStatus{protocol::Status::Away});
    QTRY_COMPARE(statusOf(u"bob"_s), protocol::Status::Away);
    QTRY_COMPARE(find<QLabel>(u"membersLabel"_s)->text(), u"People: 2 of 2 online"_s);
    bob.close();
    QTRY_COMPARE(statusOf(u"bob"_s), protocol::Status::Offline);
    QTRY_COMPARE(find<QLabel>(u"membersLabel"_s)->text(), u"People: 1 of 2 online"_s);
}

void tst_MainWindow::mentionsAreCountedAndListed()
{
    auto *rooms = find<QListView>(u"roomList"_s);
    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    input->setPlainText(u"/join random"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(shownText(find<QLabel>(u"roomTitle"_s)), u"# random"_s);

    test::TestClient bob(m_server->url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    QVERIFY(bob.waitForAck(bob.say(u"lunch is here"_s)));
    QVERIFY(bob.waitForAck(bob.say(u"@Alice, yours is the soup"_s)));
    const QModelIndex general = rooms->model()->index(rowNamed(rooms, u"general"_s), 0);
    QTRY_COMPARE(general.data(RoomListModel::UnreadRole).toLongLong(), 2);
    QCOMPARE(general.data(RoomListModel::MentionsRole).toLongLong(), 1);

    // The Mentions dialog lists it; activating it shows the message in its room.
    m_window->findChild<QAction *>(u"mentionsAction"_s)->trigger();
    QTRY_VERIFY(m_window->findChild<MentionsDialog *>());
    auto *list = m_window->findChild<QListWidget *>(u"mentionsList"_s);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(u"yours is the soup"_s),
             qPrintable(list->item(0)->text()));
    emit list->itemActivated(list->item(0));
    QTRY_COMPARE(shownText(find<QLabel>(u"roomTitle"_s)), u"# general"_s);
    auto *log = find<QListView>(u"chatLog"_s);
    QTRY_VERIFY(log->currentIndex().data(ChatModel::TextRole).toString() ==
                u"@Alice, yours is the soup"_s);
    QVERIFY(log->currentIndex().data(ChatModel::MentionRole).toBool());
}

void tst_MainWindow::searchFindsAndJumpsToTheMessage()
{
    test::TestClient bob(m_server->url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    QVERIFY(bob.waitForAck(bob.say(u"The printer on floor 2 is jammed"_s)));
    QVERIFY(bob.waitForAck(bob.say(u"Fixed it"_s)));

    // Ctrl+F, as a user presses it, from the message box.
    auto *input = find<QPlainTextEdit>(u"messageInput"_s);
    input->setFocus();
    QTest::keyClick(input, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<SearchDialog *>());
    auto *query = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QTest::keyClicks(query, u"print"_s);
    QTest::keyClick(query, Qt::Key_Return);
    auto *results = m_window->findChild<QListWidget *>(u"searchResults"_s);
    QTRY_COMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().contains(u"printer on floor 2"_s));
    emit results->itemActivated(results->item(0));
    auto *log = find<QListView>(u"chatLog"_s);
    QTRY_COMPARE(log->currentIndex().data(ChatModel::TextRole).toString(),
                 u"The printer on floor 2 is jammed"_s);
}

void tst_MainWindow::newMessagesLineIsShownAfterARestart()
{
    test::TestClient bob(m_server->url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    QVERIFY(bob.waitForAck(bob.say(u"read before"_s)));
    auto *log = find<QListView>(u"chatLog"_s);
    QTRY_COMPARE(log->model()->rowCount() > 0 && log->model()
                                                         ->index(log->model()->rowCount() - 1, 0)
                                                         .data(ChatModel::TextRole)
                                                         .toString() == u"read before"_s,
                 true);
    awayWhileBobSays(bob, {u"new one"_s, u"new two"_s});
    if (QTest::currentTestFailed())
        return;
    const auto rowOf = [log](const QString &text) {
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            if (log->model()->index(row, 0).data(ChatModel::TextRole).toString() == text)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(rowOf(u"new two"_s) >= 0);
    const QModelIndex first = log->model()->index(rowOf(u"new one"_s), 0);
    QVERIFY(first.data(ChatModel::FirstUnreadRole).toBool());
    const QModelIndex second = log->model()->index(rowOf(u"new two"_s), 0);
    // The line above the first new message is drawn: that line is taller than the next.
    QTRY_VERIFY(log->visualRect(first).height() > log->visualRect(second).height());
}

void tst_MainWindow::aLongHistoryIsShownFromTheBottom()
{
    // A long history arriving at once, then live lines: most heights are estimates, and the
    // window still shows the newest line in full at the bottom, laid out exactly. Lines with
    // tabs are taller than estimated: the estimates leave tab stops out.
    auto *log = find<QListView>(u"chatLog"_s);
    auto *delegate = qobject_cast<ChatDelegate *>(log->itemDelegate());
    QVERIFY(delegate);
    QTRY_VERIFY(model()->rowCount() > 0); // "Connected to …": the log is at its bottom
    qint64 seq = 1'000'000;
    const auto arrive = [this, &seq](int count) {
        for (int i = 0; i < count; ++i) {
            protocol::ChatMessage message;
            message.room = u"general"_s;
            message.seq = ++seq;
            message.id = QUuid::createUuid();
            message.time = QDateTime::currentDateTimeUtc();
            message.nick = u"bob"_s;
            // The newest and every third line before it.
            message.text = (count - 1 - i) % 3 == 0 ? u"column\t"_s.repeated(30) : u"a line"_s;
            model()->addMessage(message); // as the workspace does
        }
    };
    const auto newestInFull = [this, log, delegate] {
        const QModelIndex newest = model()->index(model()->rowCount() - 1);
        QStyleOptionViewItem option;
        option.initFrom(log);
        option.font = log->font();
        option.widget = log;
        const QRect rect = log->visualRect(newest);
        return rect.bottom() == log->viewport()->rect().bottom() &&
               rect.height() == delegate->exactSizeHint(option, newest).height();
    };
    arrive(3000);
    QTRY_VERIFY(newestInFull());
    {
        // The newest line's estimate was off: else this tests nothing.
        ChatView fresh;
        fresh.resize(log->size());
        fresh.setModel(model());
        fresh.doItemsLayout();
        QCOMPARE(fresh.viewport()->width(), log->viewport()->width());
        const QModelIndex newest = model()->index(model()->rowCount() - 1);
        QCOMPARE_NE(fresh.visualRect(newest).height(), log->visualRect(newest).height());
    }
    for (int i = 0; i < 5; ++i) {
        arrive(1);
        QTRY_VERIFY(newestInFull());
    }
}

void tst_MainWindow::manyNewMessagesOpenAtTheNewMessagesLine()
{
    // More came while the user was away than fits on screen: the log opens at the "New
    // messages" line, not at the newest line; scrolled down, a bar says how many are new
    // since when and jumps back there; "Mark as Read" removes the line and the bar.
    test::TestClient bob(m_server->url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    QVERIFY(bob.waitForAck(bob.say(u"read before"_s)));
    auto *log = find<QListView>(u"chatLog"_s);
    auto *bar = find<QWidget>(u"newMessagesBar"_s);
    auto *jumpAction = find<QAction>(u"jumpToNewMessagesAction"_s);
    QVERIFY(log && bar && jumpAction);
    QTRY_VERIFY(model()->rowOfSeq(model()->newestSeq()) >= 0 &&
                model()->line(model()->rowOfSeq(model()->newestSeq())).text == u"read before"_s);
    constexpr int kNew = 60;
    QStringList texts;
    for (int i = 1; i <= kNew; ++i)
        texts.append(u"new %1"_s.arg(i));
    awayWhileBobSays(bob, texts);
    if (QTest::currentTestFailed())
        return;
    const auto rowOf = [this](const QString &text) {
        for (int row = model()->rowCount() - 1; row >= 0; --row) {
            if (model()->line(row).text == text)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(rowOf(u"new %1"_s.arg(kNew)) >= 0);
    const QModelIndex first = model()->index(rowOf(u"new 1"_s));
    QVERIFY(first.data(ChatModel::FirstUnreadRole).toBool());
    QCOMPARE(model()->unreadFromMarker(), kNew);
    // The line is at the top of the log, and the newest message is below the screen.
    QTRY_COMPARE(log->visualRect(first).top(), 0);
    QVERIFY(log->visualRect(model()->index(rowOf(u"new %1"_s.arg(kNew)))).top() >
            log->viewport()->height());
    QVERIFY(jumpAction->isEnabled());
    QTRY_VERIFY(!bar->isVisible());

    log->scrollToBottom();
    QTRY_VERIFY(bar->isVisible());
    const QString text = find<QLabel>(u"newMessagesText"_s)->text();
    QVERIFY2(text.contains(QString::number(kNew)), qPrintable(text));
    QVERIFY2(text.contains(u"since"_s), qPrintable(text));
    find<QPushButton>(u"jumpToNewMessagesButton"_s)->click();
    QTRY_COMPARE(log->visualRect(first).top(), 0);
    QTRY_VERIFY(!bar->isVisible());

    log->scrollToBottom();
    QTRY_VERIFY(bar->isVisible());
    jumpAction->trigger(); // the menu item and its shortcut do the same
    QTRY_COMPARE(log->visualRect(first).top(), 0);

    log->scrollToBottom();
    QTRY_VERIFY(bar->isVisible());
    find<QPushButton>(u"markNewMessagesReadButton"_s)->click();
    QTRY_VERIFY(!bar->isVisible());
    QCOMPARE(model()->firstUnread(), 0);
    QVERIFY(!first.data(ChatModel::FirstUnreadRole).toBool());
    QVERIFY(!jumpAction->isEnabled());
}

void tst_MainWindow::aFewNewMessagesOpenAtTheBottom()
{
    // When everything new fits on screen, the log shows the newest line, with the "New
    // messages" line in view above it and no bar.
    test::TestClient bob(m_server->url(), u"bob"_s);
    QVERIFY(bob.waitForWelcome());
    for (int i = 1; i < 40; ++i) // more than fits on screen
        QVERIFY(bob.waitForAck(bob.say(u"old %1"_s.arg(i))));
    QVERIFY(bob.waitForAck(bob.say(u"read before"_s)));
    auto *log = find<QListView>(u"chatLog"_s);
    auto *bar = find<QWidget>(u"newMessagesBar"_s);
    QTRY_VERIFY(model()->rowOfSeq(model()->newestSeq()) >= 0 &&
                model()->line(model()->rowOfSeq(model()->newestSeq())).text == u"read before"_s);
    awayWhileBobSays(bob, {u"new 1"_s, u"new 2"_s});
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(model()->rowOfSeq(model()->newestSeq()) >= 0 &&
                model()->line(model()->rowOfSeq(model()->newestSeq())).text == u"new 2"_s);
    const QModelIndex newest = model()->index(model()->rowCount() - 1);
    QTRY_COMPARE(log->visualRect(newest).bottom(), log->viewport()->rect().bottom());
    const int first = model()->rowOfSeq(model()->firstUnread());
    QVERIFY(first >= 0);
    QCOMPARE(model()->line(first).text, u"new 1"_s);
    QVERIFY(log->visualRect(model()->index(first)).top() >= 0);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
