#include "chatviewlogs.h"

#include "client/core/chatmodel.h"
#include "client/core/clientsettings.h"
#include "client/core/clock.h"
#include "client/core/connection.h"
#include "client/core/linkfinder.h"
#include "client/core/workspace.h"
#include "client/ui/chatdelegate.h"
#include "client/ui/mainwindow.h"

#include <QApplication>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QTextBrowser>

namespace palaver::bench {

using namespace palaver::client;
using namespace Qt::StringLiterals;

namespace {

/// The user of the Palaver log, whom a few messages mention.
constexpr QStringView kOwnNick = u"sam";

} // namespace

MessageSource::MessageSource(quint64 seed)
    : m_random(seed)
    , m_time(QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC))
{}

int MessageSource::pick(int low, int high)
{
    return std::uniform_int_distribution(low, high)(m_random);
}

protocol::ChatMessage MessageSource::next()
{
    static const QStringList nicks = {
        u"alice"_s,    u"bob"_s,         u"carol"_s,        u"dmitri"_s, u"eve"_s,
        u"françois"_s, u"grace_h"_s,     u"heinrich"_s,     u"inès"_s,   u"jürgen"_s,
        u"kim"_s,      u"leonardo_da"_s, u"mallory"_s,      u"nadia"_s,  u"oscar"_s,
        u"pat"_s,      u"quentin"_s,     u"rosalind"_s,     u"sam"_s,    u"tomasz"_s,
        u"ursula"_s,   u"viktor"_s,      u"wendy"_s,        u"xiang"_s,  u"yusuf"_s,
        u"zoë"_s,      u"build-bot"_s,   u"margaret_ham"_s, u"jo"_s,     u"the_new_intern"_s};
    protocol::ChatMessage message;
    message.room = u"general"_s;
    message.seq = ++m_seq;
    message.id = QUuid(quint32(m_random()), quint16(m_random()), quint16(m_random()),
                       uchar(m_random()), uchar(m_random()), uchar(m_random()), uchar(m_random()),
                       uchar(m_random()), uchar(m_random()), uchar(m_random()), uchar(m_random()));
    m_time = m_time.addSecs(pick(1, 120));
    message.time = m_time;
    // A string of its own, as when decoded from a frame, not one shared with the list.
    const QString &nick = nicks[pick(0, int(nicks.size()) - 1)];
    message.nick = QString(nick.constData(), nick.size());
    const int shape = pick(0, 99);
    if (shape < 10) { // pasted lines: a log excerpt, a snippet of code
        QStringList lines;
        for (int i = pick(2, 6); i > 0; --i)
            lines.append(sentence(pick(2, 10)));
        message.text = lines.join(u'\n');
    } else if (shape < 20) { // long enough to wrap over several lines
        message.text = sentence(pick(40, 120));
    } else if (shape < 45) {
        message.text = sentence(pick(12, 40));
    } else {
        message.text = sentence(pick(1, 12));
    }
    if (pick(0, 99) < 3)
        message.text = kOwnNick + u": "_s + message.text;
    return message;
}

QString MessageSource::sentence(int words)
{
    static const QStringList vocabulary = {
        u"the"_s,     u"build"_s,  u"is"_s,       u"green"_s,    u"again"_s,    u"can"_s,
        u"someone"_s, u"review"_s, u"my"_s,       u"patch"_s,    u"for"_s,      u"the"_s,
        u"server"_s,  u"lunch"_s,  u"at"_s,       u"noon"_s,     u"?"_s,        u"yes"_s,
        u"no"_s,      u"thanks"_s, u"I"_s,        u"think"_s,    u"we"_s,       u"should"_s,
        u"ship"_s,    u"it"_s,     u"tomorrow"_s, u"meeting"_s,  u"moved"_s,    u"to"_s,
        u"room"_s,    u"4"_s,      u"ok"_s,       u"👍"_s,        u"the"_s,      u"printer"_s,
        u"on"_s,      u"floor"_s,  u"two"_s,      u"jammed"_s,   u"deploy"_s,   u"failed"_s,
        u"because"_s, u"of"_s,     u"a"_s,        u"timeout"_s,  u"retrying"_s, u"now"_s,
        u"über"_s,    u"naïve"_s,  u"coffee"_s,   u"machine"_s,  u"fixed"_s,    u"😀"_s,
        u"and"_s,     u"then"_s,   u"nothing"_s,  u"happened"_s, u"weird"_s,    u"right"_s};
    static const QStringList links = {
        u"https://git.example.org/palaver/palaver/-/merge_requests/1234"_s,
        u"http://intranet.local/wiki/Release_checklist"_s,
        u"https://example.com/search?q=qt+list+view&lang=en"_s, u"www.example.org/menu"_s,
        u"mailto:helpdesk@example.org"_s};
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += u' ';
        text += pick(0, 99) < 2 ? links[pick(0, int(links.size()) - 1)]
                                : vocabulary[pick(0, int(vocabulary.size()) - 1)];
    }
    return text;
}

void ChatLog::load(MessageSource &source, int count)
{
    for (int i = 0; i < count; ++i)
        append(source.next());
}

namespace {

/// What users get: the real MainWindow, offline, showing the default room's ChatModel in the
/// ChatView with the ChatDelegate exactly as the app sets them up, and following new lines the
/// way the app does. Messages go straight into the model, as Workspace puts them there.
class PalaverLog final : public ChatLog
{
public:
    PalaverLog()
        : m_connection(m_clock)
        , m_workspace(m_connection, m_clock)
        , m_window(m_connection, m_workspace, m_settings)
        , m_model(*m_workspace.chat(m_workspace.currentRoom()))
    {
        // Connected, the user has a nickname, and every line is checked for mentions of it.
        m_model.setOwnNick(kOwnNick.toString());
        m_window.show();
    }
    void append(const protocol::ChatMessage &message) override { m_model.addMessage(message); }
    QAbstractScrollArea &view() override { return *m_window.findChild<QListView *>(u"chatLog"_s); }

private:
    SystemClock m_clock;
    ClientSettings m_settings;
    Connection m_connection;
    Workspace m_workspace;
    MainWindow m_window;
    ChatModel &m_model;
};

QString timeText(const protocol::ChatMessage &message)
{
    return QLocale().toString(message.time.toLocalTime().time(), QLocale::ShortFormat);
}

/// The usual tutorial chat window: a read-only rich-text log, one append() of HTML per message
/// (time in grey, the nickname in bold and in colour, links as anchors), which scrolls itself
/// to the bottom when it was there.
class TextBrowserLog final : public ChatLog
{
public:
    explicit TextBrowserLog(QSize size)
    {
        m_log.setOpenExternalLinks(true);
        m_log.resize(size);
        m_log.show();
    }
    void append(const protocol::ChatMessage &message) override
    {
        QString body;
        qsizetype done = 0;
        for (const Link &link : findLinks(message.text)) {
            body += message.text.mid(done, link.start - done).toHtmlEscaped();
            body += u"<a href=\"%1\">%2</a>"_s.arg(
                link.url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                message.text.mid(link.start, link.length).toHtmlEscaped());
            done = link.start + link.length;
        }
        body += message.text.mid(done).toHtmlEscaped();
        body.replace(u'\n', u"<br>"_s);
        const QColor nickColor =
            ChatDelegate::nickColor(message.nick, m_log.palette().base().color());
        m_log.append(
            u"<span style=\"color:gray\">%1</span>&nbsp; <b style=\"color:%2\">%3</b>: %4"_s.arg(
                timeText(message), nickColor.name(), message.nick.toHtmlEscaped(), body));
    }
    QAbstractScrollArea &view() override { return m_log; }

private:
    QTextBrowser m_log;
};

/// The other common one: a QListWidget with word wrap, an item per message, scrolled to the
/// bottom after each.
class ListWidgetLog final : public ChatLog
{
public:
    explicit ListWidgetLog(QSize size)
    {
        m_log.setWordWrap(true);
        m_log.resize(size);
        m_log.show();
    }
    void append(const protocol::ChatMessage &message) override
    {
        m_log.addItem(lineText(message));
        m_log.scrollToBottom();
    }
    void load(MessageSource &source, int count) override
    {
        for (int i = 0; i < count; ++i)
            m_log.addItem(lineText(source.next()));
        m_log.scrollToBottom(); // once: scrolling after each would lay out the list each time
    }
    QAbstractScrollArea &view() override { return m_log; }

private:
    static QString lineText(const protocol::ChatMessage &message)
    {
        return u"%1  %2: %3"_s.arg(timeText(message), message.nick, message.text);
    }

    QListWidget m_log;
};

} // namespace

const QStringList &chatLogNames()
{
    static const QStringList names = {u"palaver"_s, u"textbrowser"_s, u"listwidget"_s};
    return names;
}

QString chatLogDescription(const QString &name)
{
    if (name == u"palaver"_s)
        return u"Palaver: ChatModel, ChatView, ChatDelegate (the app's MainWindow)"_s;
    if (name == u"textbrowser"_s)
        return u"QTextBrowser, append(html) per message"_s;
    return u"QListWidget, an item per message"_s;
}

std::unique_ptr<ChatLog> makeChatLog(const QString &name)
{
    if (name == u"palaver"_s)
        return std::make_unique<PalaverLog>();
    // The references get the size of the log in the app's window, so that all show as much.
    QSize size;
    {
        PalaverLog probe;
        QApplication::processEvents();
        size = probe.view().size();
    }
    if (name == u"textbrowser"_s)
        return std::make_unique<TextBrowserLog>(size);
    if (name == u"listwidget"_s)
        return std::make_unique<ListWidgetLog>(size);
    return {};
}

} // namespace palaver::bench
