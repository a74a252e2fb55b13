#include "client/core/chatmodel.h"
#include "client/core/emoji.h"
#include "client/ui/chatdelegate.h"
#include "client/ui/chatview.h"
#include "client/ui/emojifont.h"
#include "client/ui/messageinput.h"
#include "client/ui/sidebar.h"

#include <QImage>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace palaver;
using namespace palaver::client;
using namespace Qt::StringLiterals;

/// Which stretches of a message are emoji, and that the log draws them in colour.
class tst_Emoji : public QObject
{
    Q_OBJECT

private slots:
    void findsEmoji_data();
    void findsEmoji();
    void logDrawsEmojiInColour_data();
    void logDrawsEmojiInColour();
    void typedTextKeepsItsFont();
    void everyPlaceDrawsEmojiInColour_data();
    void everyPlaceDrawsEmojiInColour();
    void topicStaysPlainText();
};

namespace {

using Runs = QList<EmojiRun>;

/// How far a pixel is from grey: 0 for black, white and every grey between.
int colourfulness(QRgb pixel)
{
    const int r = qRed(pixel), g = qGreen(pixel), b = qBlue(pixel);
    return std::max({r, g, b}) - std::min({r, g, b});
}

/// The most colourful pixel of `image`.
int mostColourful(const QImage &image)
{
    int most = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            most = std::max(most, colourfulness(image.pixel(x, y)));
    }
    return most;
}

/// Black on white, so that only the emoji can bring colour.
void blackOnWhite(QWidget &widget)
{
    QPalette palette = widget.palette();
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window})
        palette.setColor(role, Qt::white);
    for (const QPalette::ColorRole role :
         {QPalette::Text, QPalette::WindowText, QPalette::PlaceholderText})
        palette.setColor(role, Qt::black);
    widget.setPalette(palette);
}

} // namespace

void tst_Emoji::findsEmoji_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Runs>("runs");

    QTest::newRow("plain text") << u"hello, world 123 #1 *"_s << Runs{};
    QTest::newRow("empty") << QString() << Runs{};
    QTest::newRow("a face") << u"hi 😀"_s << Runs{{3, 2}};
    QTest::newRow("two together are one run") << u"😀😀!"_s << Runs{{0, 4}};
    QTest::newRow("apart, two runs") << u"😀 😀"_s << Runs{{0, 2}, {3, 2}};
    QTest::newRow("heart with emoji selector") << u"I ❤️ it"_s << Runs{{2, 2}};
    QTest::newRow("heart alone stays text") << u"I ❤ it"_s << Runs{};
    QTest::newRow("text selector keeps a pictograph text") << u"a 😀\uFE0E"_s << Runs{};
    QTest::newRow("check mark with selector") << u"done ✔️"_s << Runs{{5, 2}};
    QTest::newRow("skin tone belongs to the hand") << u"👍🏽 ok"_s << Runs{{0, 4}};
    QTest::newRow("family joined by ZWJ")
        << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << Runs{{0, 8}};
    QTest::newRow("joiner with nothing after it") << u"\U0001F468\u200D x"_s << Runs{{0, 2}};
    QTest::newRow("rainbow flag") << u"\U0001F3F3\uFE0F\u200D\U0001F308"_s << Runs{{0, 6}};
    QTest::newRow("country flag") << u"🇩🇪!"_s << Runs{{0, 4}};
    QTest::newRow("keycap") << u"press 1️⃣"_s << Runs{{6, 3}};
    QTest::newRow("keycap without selector") << u"1\u20E3"_s << Runs{{0, 2}};
    QTest::newRow("digit with selector, no keycap") << u"1\uFE0F"_s << Runs{};
    QTest::newRow("ASCII with selector stays text") << u"a\uFE0F"_s << Runs{};
    QTest::newRow("subdivision flag with tags")
        << u"\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"_s
        << Runs{{0, 14}};
    QTest::newRow("lone surrogate is not an emoji") << QString(QChar(0xD83D)) + u"x"_s << Runs{};
    QTest::newRow("Chinese is text") << u"你好"_s << Runs{};
    QTest::newRow("coffee is an emoji by itself") << u"a ☕ b"_s << Runs{{2, 1}};
    QTest::newRow("coffee as text") << u"a ☕\uFE0E"_s << Runs{};
    QTest::newRow("star and check mark") << u"⭐✅"_s << Runs{{0, 2}};
}

void tst_Emoji::findsEmoji()
{
    QFETCH(QString, text);
    QFETCH(Runs, runs);
    const Runs found = findEmoji(text);
    if (found != runs) {
        QStringList shown;
        for (const EmojiRun &run : found)
            shown.append(u"{%1, %2}"_s.arg(run.start).arg(run.length));
        QFAIL(qPrintable(u"found "_s + shown.join(u", "_s)));
    }
}

void tst_Emoji::logDrawsEmojiInColour_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("colour");

    QTest::newRow("face") << u"😀"_s << true;
    // Text fonts (DejaVu Sans on Linux) have a black heart: without the emoji font in the
    // format, this one would be drawn in black.
    QTest::newRow("heart with selector") << u"❤️"_s << true;
    QTest::newRow("heart without selector") << u"❤"_s << false;
    // DejaVu Sans has a black cup too: an emoji by default, so in colour all the same.
    QTest::newRow("coffee") << u"☕"_s << true;
    QTest::newRow("letters") << u"OK"_s << false;
}

void tst_Emoji::logDrawsEmojiInColour()
{
    QFETCH(QString, text);
    QFETCH(bool, colour);
    // Windows and macOS always have one; Linux gets Noto Color Emoji from
    // packaging/install-deps.sh (and the .deb recommends it).
    if (colourEmojiFamily().isEmpty())
        QFAIL("No colour emoji font is installed: install fonts-noto-color-emoji");

    ChatModel model;
    protocol::ChatMessage message;
    message.room = u"general"_s;
    message.seq = 1;
    message.id = QUuid::createUuid();
    message.time = QDateTime::currentDateTimeUtc();
    message.nick = u"bo"_s;
    message.text = text;
    model.addMessage(message);
    ChatView view;
    view.resize(400, 100);
    view.setModel(&model);
    // Black text on white: the nickname has a colour of its own, so look only right of it.
    QPalette palette = view.palette();
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    view.setPalette(palette);

    const QModelIndex index = model.index(0);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = view.font();
    option.widget = &view;
    option.rect = QRect(QPoint(0, 0), view.chatDelegate().exactSizeHint(option, index));
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        view.chatDelegate().paint(&painter, option, index);
    }
    const QString lead =
        QLocale().toString(message.time.toLocalTime().time(), QLocale::ShortFormat) + u"  bo: "_s;
    const int bodyX = QFontMetrics(option.font).horizontalAdvance(lead) + 8;
    int most = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = bodyX; x < image.width(); ++x)
            most = std::max(most, colourfulness(image.pixel(x, y)));
    }
    if (colour)
        QVERIFY2(most > 40, qPrintable(u"most colourful pixel: %1"_s.arg(most)));
    else
        QVERIFY2(most < 20, qPrintable(u"most colourful pixel: %1"_s.arg(most)));
}

void tst_Emoji::typedTextKeepsItsFont()
{
    // The message box and the topic fall back to the emoji font for emoji only: spaces and
    // digits keep the text font, also when the font was asked for by a generic name.
    if (colourEmojiFamily().isEmpty())
        QFAIL("No colour emoji font is installed: install fonts-noto-color-emoji");
    for (const QString &asked : {QFont().family(), u"Sans Serif"_s, u"Monospace"_s}) {
        QFont font(asked);
        const QFont withEmoji = withEmojiFallback(font);
        QCOMPARE(withEmoji.families().size(), 2);
        QCOMPARE(withEmoji.families().constLast(), colourEmojiFamily());
        const QString text = u"Lunch orders by 11:30"_s;
        QCOMPARE(QFontMetricsF(withEmoji).horizontalAdvance(text),
                 QFontMetricsF(font).horizontalAdvance(text));
    }
}

void tst_Emoji::everyPlaceDrawsEmojiInColour_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("colour");
    for (const QString &place :
         {u"message box"_s, u"topic"_s, u"result list"_s, u"room list"_s, u"people list"_s}) {
        QTest::addRow("%s, emoji", qPrintable(place)) << place << u"lunch 😀 ☕"_s << true;
        QTest::addRow("%s, text", qPrintable(place)) << place << u"lunch at noon"_s << false;
    }
}

void tst_Emoji::everyPlaceDrawsEmojiInColour()
{
    // Outside the log, Qt 6.4 drew every emoji in grey: a fallback font draws no colour.
    QFETCH(QString, place);
    QFETCH(QString, text);
    QFETCH(bool, colour);
    if (colourEmojiFamily().isEmpty())
        QFAIL("No colour emoji font is installed: install fonts-noto-color-emoji");
    QImage image;
    if (place == u"message box") {
        MessageInput input;
        blackOnWhite(input);
        input.setFont(withEmojiFallback(input.font()));
        input.setPlainText(text);
        input.resize(300, 60);
        image = input.grab().toImage();
    } else if (place == u"topic") {
        QLabel topic;
        blackOnWhite(topic);
        topic.setTextFormat(Qt::RichText);
        topic.setText(emojiRichText(text));
        topic.resize(300, 40);
        QCOMPARE(QTextDocumentFragment::fromHtml(topic.text()).toPlainText(), text);
        image = topic.grab().toImage();
    } else if (place == u"result list") {
        QListWidget list;
        blackOnWhite(list);
        list.setItemDelegate(new EmojiTextDelegate(&list));
        list.setWordWrap(true);
        list.addItem(text);
        list.resize(300, 60);
        image = list.grab().toImage();
    } else { // the side lists, with their own delegates
        QStandardItemModel model;
        model.appendRow(new QStandardItem(text));
        QListView list;
        blackOnWhite(list);
        list.setModel(&model);
        if (place == u"room list")
            list.setItemDelegate(new RoomDelegate(&list));
        else
            list.setItemDelegate(new MemberDelegate(&list));
        list.resize(300, 40);
        image = list.grab().toImage();
        // The people list's status dot is coloured: look right of it.
        image = image.copy(QRect(QPoint(2 * list.fontMetrics().height(), 0), image.size()));
    }
    const int most = mostColourful(image);
    if (colour)
        QVERIFY2(most > 40, qPrintable(u"most colourful pixel: %1"_s.arg(most)));
    else
        QVERIFY2(most < 20, qPrintable(u"most colourful pixel: %1"_s.arg(most)));
}

void tst_Emoji::topicStaysPlainText()
{
    // The topic and the room title are rich text now, for their emoji: what people typed must
    // still show as typed, never as markup, links or images.
    const QString typed =
        u"<a href=\"https://evil.example\">click</a> & <img src=\"x.png\"> <b>1 < 2</b>\n"
        u"  two spaces 😀 %1 &amp;"_s;
    QLabel label;
    label.setTextFormat(Qt::RichText);
    label.setText(emojiRichText(typed));
    QTextDocument document;
    document.setHtml(label.text());
    QCOMPARE(document.toPlainText(), typed);
    QVERIFY(!label.text().contains(u"<a "_s));
    QVERIFY(!label.text().contains(u"<img"_s));
    QVERIFY(!label.text().contains(u"<b>"_s));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY(!it.fragment().charFormat().isAnchor());
            QVERIFY(!it.fragment().charFormat().isImageFormat());
        }
    }
}

QTEST_MAIN(tst_Emoji)
#include "tst_emoji.moc"
