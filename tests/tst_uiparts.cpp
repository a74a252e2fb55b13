#include "client/core/chatmodel.h"
#include "client/core/connection.h"
#include "client/core/workspace.h"
#include "client/ui/aboutdialog.h"
#include "client/ui/chatview.h"
#include "client/ui/connectdialog.h"
#include "client/ui/finddialogs.h"
#include "client/ui/icons.h"
#include "client/ui/resources.h"
#include "client/ui/shortcutsdialog.h"
#include "client/ui/sidebar.h"
#include "client/ui/trayicon.h"
#include "manualclock.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf6, 0xf6, 0xf6));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x24, 0x30));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x72, 0x78));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

struct Coverage
{
    int drawn = 0;      ///< pixels with any alpha
    int opaque = 0;     ///< fully opaque pixels
    int wrongColor = 0; ///< opaque pixels not of the expected colour
};

/// How much of `pixmap` is drawn, and whether its opaque pixels are all `color`.
Coverage coverage(const QPixmap &pixmap, const QColor &color)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Coverage result;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 0)
                continue;
            ++result.drawn;
            if (qAlpha(pixel) < 255)
                continue;
            ++result.opaque;
            if (QColor::fromRgb(pixel).rgb() != color.rgb())
                ++result.wrongColor;
        }
    }
    return result;
}

/// The widgets of `root` that take keyboard focus but have no accessible name.
QStringList focusableWithoutName(const QWidget &root)
{
    QStringList missing;
    const QList<QWidget *> widgets = root.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (widget->accessibleName().trimmed().isEmpty()) {
            missing.append(u"%1 (%2)"_s.arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
        }
    }
    return missing;
}

protocol::ChatMessage chatMessage(qint64 seq, const QString &nick, const QString &text,
                                  const QTime &time)
{
    protocol::ChatMessage message;
    message.room = u"general"_s;
    message.seq = seq;
    message.id = QUuid::createUuid();
    message.time = QDateTime(QDate::currentDate(), time);
    message.nick = nick;
    message.text = text;
    return message;
}

QImage statusDot(int status)
{
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintStatusDot(&painter, QRectF(0, 0, 32, 32), status);
    painter.end();
    return image;
}

/// The shape of a picture without its colours: which pixels are mostly covered.
QBitArray shapeOf(const QImage &image)
{
    QBitArray shape(image.width() * image.height());
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            shape.setBit(y * image.width() + x, qAlpha(image.pixel(x, y)) >= 128);
    return shape;
}

} // namespace

class tst_UiParts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void iconIsDrawnInThePaletteTextColour();
    void iconFollowsHighDpi();
    void everyIconLoads_data();
    void everyIconLoads();
    void everyIconFileIsNamed();
    void unknownIconIsNull();

    void aboutShowsVersionAndServer();
    void aboutWithoutConnection();

    void shortcutsListEveryAction();
    void shortcutsFilter();

    void dialogsNameEveryControl();
    void statusIsNotColourAlone();
    void chatLogReadsInWords();
    void trayIconCountsUnread();

private:
    QPalette m_originalPalette;
};

void tst_UiParts::initTestCase()
{
    initResources();
    m_originalPalette = QApplication::palette();
}

void tst_UiParts::cleanup()
{
    QApplication::setPalette(m_originalPalette);
}

void tst_UiParts::iconIsDrawnInThePaletteTextColour()
{
    QApplication::setPalette(lightPalette());
    const QIcon icon = uiIcon(u"send"_s);
    const QColor light = lightPalette().color(QPalette::WindowText);
    Coverage drawn = coverage(icon.pixmap(QSize(24, 24), 1.0), light);
    QVERIFY2(drawn.opaque > 20, qPrintable(QString::number(drawn.opaque)));
    QCOMPARE(drawn.wrongColor, 0);

    // The same QIcon, asked again after the switch to a dark theme: the dark theme's colour.
    QApplication::setPalette(darkPalette());
    const QColor dark = darkPalette().color(QPalette::WindowText);
    drawn = coverage(icon.pixmap(QSize(24, 24), 1.0), dark);
    QVERIFY(drawn.opaque > 20);
    QCOMPARE(drawn.wrongColor, 0);

    // Painted straight by a widget (QIcon::paint) too.
    QImage painted(24, 24, QImage::Format_ARGB32_Premultiplied);
    painted.fill(Qt::transparent);
    QPainter painter(&painted);
    icon.paint(&painter, painted.rect());
    painter.end();
    drawn = coverage(QPixmap::fromImage(painted), dark);
    QVERIFY(drawn.opaque > 20);
    QCOMPARE(drawn.wrongColor, 0);

    // Disabled: the palette's disabled text colour, not a washed-out copy of the normal one.
    const QColor disabled = darkPalette().color(QPalette::Disabled, QPalette::WindowText);
    drawn = coverage(icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled), disabled);
    QVERIFY(drawn.opaque > 20);
    QCOMPARE(drawn.wrongColor, 0);
    QCOMPARE(uiIconColor(darkPalette(), QIcon::Disabled), disabled);
}

void tst_UiParts::iconFollowsHighDpi()
{
    // At twice the pixel density the drawing has twice the pixels, not a blown-up 24 px one.
    const QIcon icon = uiIcon(u"search"_s);
    const QPixmap pixmap = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(pixmap.size(), QSize(48, 48));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    const Coverage sharp = coverage(pixmap, text);
    const Coverage small = coverage(icon.pixmap(QSize(24, 24), 1.0), text);
    QVERIFY2(sharp.opaque > 3 * small.opaque,
             qPrintable(u"%1 vs %2"_s.arg(sharp.opaque).arg(small.opaque)));

    // Painted by a widget on a high-density screen: the same sharp drawing, not a scaled one.
    QImage painted(48, 48, QImage::Format_ARGB32_Premultiplied);
    painted.setDevicePixelRatio(2.0);
    painted.fill(Qt::transparent);
    QPainter painter(&painted);
    icon.paint(&painter, QRect(0, 0, 24, 24));
    painter.end();
    QImage expected = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    expected.setDevicePixelRatio(2.0);
    QCOMPARE(painted, expected);
}

void tst_UiParts::everyIconLoads_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : uiIconNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_UiParts::everyIconLoads()
{
    QFETCH(QString, name);
    const QIcon icon = uiIcon(name);
    QVERIFY(!icon.isNull());
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    for (const int size : {16, 24, 48}) {
        const Coverage drawn = coverage(icon.pixmap(QSize(size, size), 1.0), text);
        // Something is drawn, in strokes rather than a filled square, all in one colour.
        QVERIFY2(drawn.drawn > size, qPrintable(u"%1 px"_s.arg(size)));
        QVERIFY2(drawn.drawn < size * size * 7 / 10, qPrintable(u"%1 px"_s.arg(size)));
        QCOMPARE(drawn.wrongColor, 0);
    }
}

void tst_UiParts::everyIconFileIsNamed()
{
    QStringList files = QDir(u":/icons/ui"_s).entryList({u"*.svg"_s}, QDir::Files);
    for (QString &file : files)
        file.chop(4);
    QStringList names = uiIconNames();
    files.sort();
    names.sort();
    QCOMPARE(files, names);
}

void tst_UiParts::unknownIconIsNull()
{
    QTest::ignoreMessage(QtWarningMsg, "No UI icon named no-such-icon");
    QVERIFY(uiIcon(u"no-such-icon"_s).isNull());
}

void tst_UiParts::aboutShowsVersionAndServer()
{
    AboutDialog dialog(u"Office chat"_s, u"palaver-server 0.1.0"_s, true);
    const auto *title = dialog.findChild<QLabel *>(u"aboutTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"Palaver "_s + QStringLiteral(PALAVER_VERSION));
    const auto *server = dialog.findChild<QLabel *>(u"aboutServer"_s);
    QVERIFY(server);
    QVERIFY2(server->text().contains(u"palaver-server 0.1.0"_s), qPrintable(server->text()));
    QVERIFY(server->text().contains(u"Office chat"_s));
    const auto *qt = dialog.findChild<QLabel *>(u"aboutQtVersion"_s);
    QVERIFY(qt && qt->text().contains(QString::fromLatin1(qVersion())));

    // The licence by its name, and its full text on request.
    const auto *licence = dialog.findChild<QLabel *>(u"aboutLicence"_s);
    QVERIFY(licence);
    QVERIFY2(licence->text().contains(u"MIT License"_s), qPrintable(licence->text()));
    auto *toggle = dialog.findChild<QPushButton *>(u"licenceToggle"_s);
    const auto *text = dialog.findChild<QPlainTextEdit *>(u"licenceText"_s);
    QVERIFY(toggle && text);
    dialog.show();
    QVERIFY(!text->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(text->isVisible());
    QVERIFY(text->toPlainText().contains(u"Permission is hereby granted"_s));

    auto *close = dialog.findChild<QPushButton *>(u"closeButton"_s);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void tst_UiParts::aboutWithoutConnection()
{
    AboutDialog dialog(u"Office chat"_s, u"palaver-server 0.1.0"_s, false);
    const auto *server = dialog.findChild<QLabel *>(u"aboutServer"_s);
    QVERIFY(server);
    QCOMPARE(server->text(), u"Not connected to a server."_s);
}

void tst_UiParts::shortcutsListEveryAction()
{
    QMenuBar bar;
    QMenu *chat = bar.addMenu(u"&Chat"_s);
    QAction *join = chat->addAction(u"&Join or Create Room…"_s);
    join->setShortcut(QKeySequence(u"Ctrl+J"_s));
    chat->addSeparator();
    QAction *next = chat->addAction(u"&Next Room"_s);
    next->setShortcuts({QKeySequence(u"Ctrl+PgDown"_s), QKeySequence(u"Alt+Down"_s)});
    QAction *leave = chat->addAction(u"&Leave Room"_s); // no shortcut
    QAction *quit = chat->addAction(u"&Quit"_s);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *more = chat->addMenu(u"&More"_s);
    QAction *find = more->addAction(u"Tom && &Jerry"_s);
    find->setShortcut(QKeySequence::Find);
    QMenu *help = bar.addMenu(u"&Help"_s);
    QAction *keys = help->addAction(u"&Keyboard Shortcuts"_s);
    keys->setShortcut(QKeySequence::HelpContents);

    ShortcutsDialog dialog(bar);
    const auto *tree = dialog.findChild<QTreeWidget *>(u"shortcutsList"_s);
    QVERIFY(tree);
    QCOMPARE(tree->headerItem()->text(0), u"Command"_s);
    QCOMPARE(tree->headerItem()->text(1), u"Shortcut"_s);

    // group title -> rows of (command, keys)
    QMap<QString, QList<QStringList>> shown;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r)
            shown[group->text(0)].append({group->child(r)->text(0), group->child(r)->text(1)});
    }
    const auto native = [](const QKeySequence &keys) {
        return keys.toString(QKeySequence::NativeText);
    };
    const QList<QStringList> chatRows{
        {u"Join or Create Room"_s, native(QKeySequence(u"Ctrl+J"_s))},
        {u"Next Room"_s,
         native(QKeySequence(u"Ctrl+PgDown"_s)) + u", "_s + native(QKeySequence(u"Alt+Down"_s))},
        {u"Leave Room"_s, QString()},
        {u"Quit"_s, native(QKeySequence(QKeySequence::Quit))},
    };
    QCOMPARE(shown.value(u"Chat"_s), chatRows);
    QCOMPARE(shown.value(u"Chat › More"_s),
             (QList<QStringList>{{u"Tom & Jerry"_s, native(QKeySequence(QKeySequence::Find))}}));
    QCOMPARE(shown.value(u"Help"_s),
             (QList<QStringList>{
                 {u"Keyboard Shortcuts"_s, native(QKeySequence(QKeySequence::HelpContents))}}));
    Q_UNUSED(leave);

    // The keys that are not actions, under their own headings.
    QVERIFY(shown.value(u"Message box"_s)
                .contains(QStringList{u"Send the message"_s, native(QKeySequence(u"Return"_s))}));
    QVERIFY(
        shown.value(u"Message box"_s)
            .contains(QStringList{u"Start a new line"_s, native(QKeySequence(u"Shift+Return"_s))}));
}

void tst_UiParts::shortcutsFilter()
{
    QAction join(u"&Join or Create Room…"_s);
    join.setShortcut(QKeySequence(u"Ctrl+J"_s));
    QAction quit(u"&Quit"_s);
    quit.setShortcut(QKeySequence(u"Ctrl+Q"_s));
    QAction away(u"&Away"_s);
    ShortcutsDialog dialog({{u"Chat"_s, {&join, &quit}}, {u"Status"_s, {&away}}});
    dialog.show();
    const auto *tree = dialog.findChild<QTreeWidget *>(u"shortcutsList"_s);
    auto *filter = dialog.findChild<QLineEdit *>(u"shortcutsFilter"_s);
    const auto *nothing = dialog.findChild<QLabel *>(u"shortcutsNothing"_s);
    QVERIFY(tree && filter && nothing);
    const auto visibleRows = [tree] {
        QStringList rows;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = tree->topLevelItem(g);
            for (int r = 0; r < group->childCount(); ++r) {
                if (!group->isHidden() && !group->child(r)->isHidden())
                    rows.append(group->child(r)->text(0));
            }
        }
        return rows;
    };
    QVERIFY(visibleRows().contains(u"Quit"_s));
    QVERIFY(visibleRows().contains(u"Send the message"_s));

    QTest::keyClicks(filter, u"qui"_s);
    QCOMPARE(visibleRows(), QStringList{u"Quit"_s});
    QVERIFY(!nothing->isVisible());

    // By the key, as it is written on this platform.
    dialog.setFilter(QKeySequence(u"Ctrl+J"_s).toString(QKeySequence::NativeText));
    QCOMPARE(visibleRows(), QStringList{u"Join or Create Room"_s});

    // By the menu: all of it.
    dialog.setFilter(u"status"_s);
    QCOMPARE(visibleRows(), QStringList{u"Away"_s});

    dialog.setFilter(u"xyzzy"_s);
    QVERIFY(visibleRows().isEmpty());
    QVERIFY(nothing->isVisible());

    filter->clear();
    QVERIFY(visibleRows().size() > 3);
    QVERIFY(!nothing->isVisible());
}

void tst_UiParts::dialogsNameEveryControl()
{
    test::ManualClock clock;
    Connection connection(clock);
    Workspace workspace(connection, clock);

    ConnectDialog connect;
    QVERIFY2(focusableWithoutName(connect).isEmpty(),
             qPrintable(focusableWithoutName(connect).join(u", "_s)));
    SearchDialog search(workspace);
    QVERIFY2(focusableWithoutName(search).isEmpty(),
             qPrintable(focusableWithoutName(search).join(u", "_s)));
    MentionsDialog mentions(workspace);
    QVERIFY2(focusableWithoutName(mentions).isEmpty(),
             qPrintable(focusableWithoutName(mentions).join(u", "_s)));
    AboutDialog about(u"Office chat"_s, u"palaver-server 0.1.0"_s, true);
    QVERIFY2(focusableWithoutName(about).isEmpty(),
             qPrintable(focusableWithoutName(about).join(u", "_s)));
    QAction quit(u"&Quit"_s);
    ShortcutsDialog shortcuts({{u"Chat"_s, {&quit}}});
    QVERIFY2(focusableWithoutName(shortcuts).isEmpty(),
             qPrintable(focusableWithoutName(shortcuts).join(u", "_s)));
}

void tst_UiParts::statusIsNotColourAlone()
{
    // The dots differ in shape (filled, ringed, hollow), not only in colour.
    const QBitArray online = shapeOf(statusDot(int(protocol::Status::Online)));
    const QBitArray away = shapeOf(statusDot(int(protocol::Status::Away)));
    const QBitArray offline = shapeOf(statusDot(int(protocol::Status::Offline)));
    QVERIFY(online != away);
    QVERIFY(away != offline);
    QVERIFY(online != offline);

    // And the lists say the status in words, to screen readers and in tooltips.
    MemberListModel members;
    members.upsert({u"alice"_s, protocol::Status::Away});
    QCOMPARE(members.data(members.index(0), Qt::AccessibleTextRole).toString(), u"alice (away)"_s);
    RoomListModel rooms;
    rooms.upsert({.name = u"@alice"_s,
                  .display = u"alice"_s,
                  .direct = true,
                  .peerStatus = protocol::Status::Away});
    QCOMPARE(rooms.data(rooms.index(0), Qt::AccessibleTextRole).toString(),
             u"alice, direct conversation, away"_s);
    QCOMPARE(rooms.data(rooms.index(0), Qt::ToolTipRole).toString(), u"alice is away"_s);
}

void tst_UiParts::chatLogReadsInWords()
{
    ChatModel model;
    model.setOwnNick(u"carol"_s);
    model.addMessage(chatMessage(1, u"bob"_s, u"hi"_s, QTime(9, 30)));
    model.addMessage(chatMessage(2, u"bob"_s, u"carol: lunch?"_s, QTime(9, 31)));
    model.addPending(QUuid::createUuid(), u"carol"_s, u"on my way"_s,
                     QDateTime(QDate::currentDate(), QTime(9, 32)));
    const QUuid failed = QUuid::createUuid();
    model.addPending(failed, u"carol"_s, u"oops"_s, QDateTime(QDate::currentDate(), QTime(9, 33)));
    model.markFailed(failed, u"too long"_s);
    model.setFirstUnread(2);

    const auto time = [](int h, int m) {
        return QLocale().toString(QTime(h, m), QLocale::ShortFormat);
    };
    const QStringList expected{
        u"bob, %1: hi"_s.arg(time(9, 30)),
        u"bob, %1: carol: lunch? (first new message, mentions you)"_s.arg(time(9, 31)),
        u"carol, %1: on my way (sending)"_s.arg(time(9, 32)),
        u"carol, %1: oops (not sent: too long)"_s.arg(time(9, 33)),
    };
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model.data(model.index(row), Qt::AccessibleTextRole).toString(), expected[row]);

    // What a screen reader gets from the log itself: the same words for each line.
    ChatView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QAccessibleInterface *log = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(log);
    QStringList read;
    for (int i = 0; i < log->childCount(); ++i) {
        QAccessibleInterface *child = log->child(i);
        if (child && child->role() == QAccessible::ListItem)
            read.append(child->text(QAccessible::Name));
    }
    QCOMPARE(read, expected);
}

void tst_UiParts::trayIconCountsUnread()
{
    // What the tray shows: the count on a badge, red for a mention, and the same in words.
    TrayIcon tray(nullptr);
    QCOMPARE(tray.toolTip(), u"Palaver"_s);
    tray.setUnread(3, false);
    QCOMPARE(tray.unread(), 3);
    // (English plurals come from palaver_en.qm, which this test does not load.)
    QVERIFY2(tray.toolTip().startsWith(u"Palaver: 3 unread message"_s), qPrintable(tray.toolTip()));
    QVERIFY(!tray.toolTip().contains(u"mention"_s));
    tray.setUnread(1, true);
    QVERIFY2(tray.toolTip().startsWith(u"Palaver: 1 unread message"_s), qPrintable(tray.toolTip()));
    QVERIFY(tray.toolTip().endsWith(u"with a mention of you"_s));

    // Sampled inside the badge, above the digits.
    const auto badge = [](qint64 unread, bool mentioned) {
        return TrayIcon::badgedIcon(unread, mentioned).pixmap(64, 64).toImage().pixelColor(45, 29);
    };
    QCOMPARE(badge(3, false), QColor(0x3b, 0x6e, 0xd8));
    QCOMPARE(badge(3, true), QColor(0xd0, 0x21, 0x21));
    QCOMPARE(badge(250, true), QColor(0xd0, 0x21, 0x21));
    QCOMPARE(TrayIcon::badgedIcon(0, true).pixmap(64, 64).toImage(),
             appIcon().pixmap(64, 64).toImage());
    // The digits are drawn: "99+" and "3" differ.
    QVERIFY(TrayIcon::badgedIcon(250, false).pixmap(64, 64).toImage() !=
            TrayIcon::badgedIcon(3, false).pixmap(64, 64).toImage());
}

QTEST_MAIN(tst_UiParts)
#include "tst_uiparts.moc"
