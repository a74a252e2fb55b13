#include "notificationspage.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QCheckBox *box(const QString &objectName, QWidget *parent)
{
    auto *check = new QCheckBox(parent);
    check->setObjectName(objectName);
    return check;
}

} // namespace

NotificationsPage::NotificationsPage(const NotificationPolicy &policy, QWidget *parent)
    : QWidget(parent)
    , m_group(new QGroupBox(this))
    , m_mentions(box(u"notifyMentions"_s, m_group))
    , m_direct(box(u"notifyDirect"_s, m_group))
    , m_all(box(u"notifyAll"_s, m_group))
    , m_explain(new QLabel(m_group))
    , m_doNotDisturb(box(u"doNotDisturb"_s, this))
{
    setObjectName(u"notificationsPage"_s);
    m_explain->setWordWrap(true);
    m_explain->setForegroundRole(QPalette::PlaceholderText);
    auto *groupLayout = new QVBoxLayout(m_group);
    groupLayout->addWidget(m_mentions);
    groupLayout->addWidget(m_direct);
    groupLayout->addWidget(m_all);
    groupLayout->addWidget(m_explain);
    connect(m_doNotDisturb, &QCheckBox::toggled, m_group, &QWidget::setDisabled);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_group);
    layout->addWidget(m_doNotDisturb);
    layout->addStretch(1);
    setPolicy(policy);
    retranslate();
}

NotificationsPage::~NotificationsPage() = default;

NotificationPolicy NotificationsPage::policy() const
{
    return NotificationPolicy{m_mentions->isChecked(), m_direct->isChecked(), m_all->isChecked(),
                              m_doNotDisturb->isChecked()};
}

void NotificationsPage::setPolicy(const NotificationPolicy &policy)
{
    m_mentions->setChecked(policy.mentions);
    m_direct->setChecked(policy.directMessages);
    m_all->setChecked(policy.allMessages);
    m_doNotDisturb->setChecked(policy.doNotDisturb);
    m_group->setDisabled(policy.doNotDisturb);
}

void NotificationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotificationsPage::retranslate()
{
    m_group->setTitle(tr("Show a desktop notification for"));
    m_mentions->setText(tr("Messages that &mention me"));
    m_direct->setText(tr("&Direct messages"));
    m_all->setText(tr("&Every message in every room"));
    m_explain->setText(tr("Only for what you can't see: nothing is shown for the room in front "
                          "of you while the Palaver window is active."));
    m_doNotDisturb->setText(
        tr("Do &not disturb: no notifications at all (unread counts still show)"));
}

} // namespace palaver::client
