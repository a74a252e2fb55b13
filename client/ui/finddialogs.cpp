#include "finddialogs.h"

#include "chatdelegate.h"
#include "client/core/workspace.h"
#include "emojifont.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

constexpr int kRoomRole = Qt::UserRole + 1;
constexpr int kSeqRole = Qt::UserRole + 2;

QListWidget *makeResultList(QWidget *parent, const QString &objectName, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setFont(withEmojiFallback(list->font()));     // messages, with their emoji
    list->setItemDelegate(new EmojiTextDelegate(list)); // ...in colour
    list->setObjectName(objectName);
    list->setAccessibleName(name);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setTextElideMode(Qt::ElideRight);
    return list;
}

/// A Close button that rejects `dialog`, named for tests and screen readers.
QDialogButtonBox *closeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAccessibleName(close->text().remove(u'&')); // the platform's translated word
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QListWidgetItem *resultItem(const QString &text, const QString &room, qint64 seq)
{
    auto *item = new QListWidgetItem(text);
    item->setData(kRoomRole, room);
    item->setData(kSeqRole, seq);
    item->setToolTip(text);
    return item;
}

} // namespace

QString describeMessage(const Workspace &workspace, const QString &room, const QString &nick,
                        const QDateTime &time, const QString &text)
{
    const QDateTime local = time.toLocalTime();
    const QString when = ChatDelegate::dayText(local.date(), QDate::currentDate()) + u' ' +
                         QLocale().toString(local.time(), QLocale::ShortFormat);
    const QString where = workspace.isDirect(room)
                              ? SearchDialog::tr("with %1").arg(workspace.displayName(room))
                              : u"#"_s + workspace.displayName(room);
    QString flat = text;
    flat.replace(u'\n', u' ');
    if (flat.size() > 300)
        flat = flat.left(300) + u'…';
    return u"%1 · %2 · %3: %4"_s.arg(where, nick, when, flat);
}

SearchDialog::SearchDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_query(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_results(makeResultList(this, u"searchResults"_s, tr("Search results")))
    , m_summary(new QLabel(this))
{
    setObjectName(u"searchDialog"_s);
    setWindowTitle(tr("Search Messages"));
    m_query->setObjectName(u"searchEdit"_s);
    m_query->setAccessibleName(tr("Words to find"));
    m_query->setPlaceholderText(tr("Words to find, e.g. lunch friday"));
    m_query->setClearButtonEnabled(true);
    m_scope->setObjectName(u"searchScope"_s);
    m_scope->setAccessibleName(tr("Where to search"));
    m_results->setAccessibleDescription(
        tr("Newest first. Press Enter or double-click to see a message in its room."));
    m_scope->addItem(tr("All my rooms"));
    m_scope->addItem(tr("This room only"));
    m_summary->setObjectName(u"searchSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Search status"));
    auto *find = new QPushButton(tr("&Find"), this);
    find->setObjectName(u"searchButton"_s);
    find->setAccessibleName(tr("Find"));
    find->setAccessibleDescription(tr("Asks the server for the messages with these words"));
    find->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(m_scope);
    row->addWidget(find);
    auto *buttons = closeButtons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(find, &QPushButton::clicked, this, &SearchDialog::start);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDialog::start);
    connect(m_results, &QListWidget::itemActivated, this, &SearchDialog::open);
    connect(
        &m_workspace, &Workspace::searchResults, this, [this](const protocol::Results &results) {
            if (results.query != m_pending)
                return; // an answer to an earlier search
            m_results->clear();
            for (const protocol::ChatMessage &message : results.messages) {
                m_results->addItem(
                    resultItem(describeMessage(m_workspace, message.room, message.nick,
                                               message.time, message.text),
                               message.room, message.seq));
            }
            if (results.messages.isEmpty())
                m_summary->setText(tr("Nothing found for “%1”.").arg(results.query));
            else if (results.hasMore)
                m_summary->setText(
                    tr("The newest %n messages with “%1” (there are more: add a word "
                       "to narrow it down). Double-click one to see it in its room.",
                       nullptr, int(results.messages.size()))
                        .arg(results.query));
            else
                m_summary->setText(tr("%n message(s) with “%1”. Double-click one to see it in its "
                                      "room.",
                                      nullptr, int(results.messages.size()))
                                       .arg(results.query));
            if (m_results->count() > 0)
                m_results->setCurrentRow(0);
        });
}

SearchDialog::~SearchDialog() = default;

void SearchDialog::search(const QString &query)
{
    m_query->setText(query);
    start();
}

void SearchDialog::start()
{
    const QString query = m_query->text().simplified();
    if (query.isEmpty())
        return;
    const QString room = m_scope->currentIndex() == 1 ? m_workspace.currentRoom() : QString();
    if (!m_workspace.search(query, room)) {
        m_summary->setText(tr("Not connected: searching needs the server. Try again when "
                              "connected."));
        return;
    }
    m_pending = query;
    m_summary->setText(tr("Searching…"));
}

void SearchDialog::open(QListWidgetItem *item)
{
    if (!item)
        return;
    m_workspace.jumpTo(item->data(kRoomRole).toString(), item->data(kSeqRole).toLongLong());
    accept();
}

MentionsDialog::MentionsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(makeResultList(this, u"mentionsList"_s, tr("Messages that mention you")))
    , m_summary(new QLabel(this))
{
    setObjectName(u"mentionsDialog"_s);
    setWindowTitle(tr("Mentions"));
    m_summary->setObjectName(u"mentionsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Mentions summary"));
    m_list->setAccessibleDescription(
        tr("Newest first. Press Enter or double-click to see a message in its room."));
    auto *buttons = closeButtons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    connect(&m_workspace, &Workspace::mentionsChanged, this, &MentionsDialog::refresh);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_workspace.jumpTo(item->data(kRoomRole).toString(), item->data(kSeqRole).toLongLong());
        accept();
    });
    refresh();
}

MentionsDialog::~MentionsDialog() = default;

void MentionsDialog::refresh()
{
    m_list->clear();
    const QList<Mention> &mentions = m_workspace.mentions();
    for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
        m_list->addItem(
            resultItem(describeMessage(m_workspace, it->room, it->nick, it->time, it->text),
                       it->room, it->seq));
    }
    m_summary->setText(mentions.isEmpty()
                           ? tr("Nobody has mentioned you yet. Messages that contain your "
                                "nickname appear here.")
                           : tr("%n message(s) mention you. Double-click one to see it in its "
                                "room.",
                                nullptr, int(mentions.size())));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace palaver::client
