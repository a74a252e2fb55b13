#include "newmessagesbar.h"

#include "chatview.h"
#include "client/core/chatmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace palaver::client {

using namespace Qt::StringLiterals;

NewMessagesBar::NewMessagesBar(ChatView &log, QWidget *parent)
    : QFrame(parent)
    , m_log(log)
    , m_text(new QLabel(this))
    , m_jump(new QPushButton(this))
    , m_markRead(new QPushButton(this))
{
    setObjectName(u"newMessagesBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Highlight);
    setForegroundRole(QPalette::HighlightedText);
    m_text->setObjectName(u"newMessagesText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::HighlightedText);
    m_jump->setObjectName(u"jumpToNewMessagesButton"_s);
    m_markRead->setObjectName(u"markNewMessagesReadButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_jump);
    layout->addWidget(m_markRead);
    connect(m_jump, &QPushButton::clicked, this, &NewMessagesBar::jumpRequested);
    connect(m_markRead, &QPushButton::clicked, this, &NewMessagesBar::markReadRequested);

    // Once per burst of changes, after the log has laid itself out.
    m_check.setSingleShot(true);
    m_check.setInterval(0);
    connect(&m_check, &QTimer::timeout, this, &NewMessagesBar::look);
    retranslate();
    hide();
}

NewMessagesBar::~NewMessagesBar() = default;

void NewMessagesBar::setModel(ChatModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &ChatModel::firstUnreadChanged, this, &NewMessagesBar::refresh);
        connect(model, &ChatModel::rowsInserted, this, &NewMessagesBar::refresh);
        connect(model, &ChatModel::rowsRemoved, this, &NewMessagesBar::refresh);
        connect(model, &ChatModel::modelReset, this, &NewMessagesBar::refresh);
    }
    refresh();
}

void NewMessagesBar::refresh()
{
    m_check.start();
}

void NewMessagesBar::retranslate()
{
    m_jump->setText(tr("Jump"));
    m_jump->setToolTip(tr("Show the first new message"));
    m_markRead->setText(tr("Mark as Read"));
    m_markRead->setToolTip(tr("Remove the \u201cNew messages\u201d line"));
    look();
}

bool NewMessagesBar::lineIsAbove(const ChatView &log, const ChatModel &model)
{
    const int row = model.rowOfSeq(model.firstUnread());
    if (row < 0 || log.model() != &model)
        return false;
    // The rule is drawn at the top of the line's band: hidden as soon as that top is.
    return log.visualRect(model.index(row)).top() < 0;
}

void NewMessagesBar::look()
{
    if (!m_model || !lineIsAbove(m_log, *m_model)) {
        hide();
        return;
    }
    const ChatLine &line = m_model->line(m_model->rowOfSeq(m_model->firstUnread()));
    const QDateTime since = line.time.toLocalTime();
    const QLocale locale;
    const QString when = since.date() == QDate::currentDate()
                             ? locale.toString(since.time(), QLocale::ShortFormat)
                             : locale.toString(since, QLocale::ShortFormat);
    const int count = m_model->unreadFromMarker();
    m_text->setText(tr("%n new message(s) since %1", nullptr, count).arg(when));
    setAccessibleName(m_text->text());
    show();
}

} // namespace palaver::client
