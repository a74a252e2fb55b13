#include "notificationsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QCheckBox *box(const QString &text, const QString &objectName, bool checked, QWidget *parent)
{
    auto *check = new QCheckBox(text, parent);
    check->setObjectName(objectName);
    check->setChecked(checked);
    return check;
}

} // namespace

NotificationsDialog::NotificationsDialog(const NotificationPolicy &policy, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"notificationsDialog"_s);
    setWindowTitle(tr("Notifications"));
    auto *group = new QGroupBox(tr("Show a desktop notification for"), this);
    m_mentions = box(tr("Messages that &mention me"), u"notifyMentions"_s, policy.mentions, group);
    m_direct = box(tr("&Direct messages"), u"notifyDirect"_s, policy.directMessages, group);
    m_all = box(tr("&Every message in every room"), u"notifyAll"_s, policy.allMessages, group);
    auto *explain = new QLabel(tr("Only for what you can't see: nothing is shown for the room "
                                  "in front of you while the Palaver window is active."),
                               group);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_mentions);
    groupLayout->addWidget(m_direct);
    groupLayout->addWidget(m_all);
    groupLayout->addWidget(explain);
    m_doNotDisturb = box(tr("Do &not disturb: no notifications at all (unread counts still "
                            "show)"),
                         u"doNotDisturb"_s, policy.doNotDisturb, this);
    connect(m_doNotDisturb, &QCheckBox::toggled, group, &QWidget::setDisabled);
    group->setDisabled(policy.doNotDisturb);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(m_doNotDisturb);
    layout->addWidget(buttons);
}

NotificationsDialog::~NotificationsDialog() = default;

NotificationPolicy NotificationsDialog::policy() const
{
    return NotificationPolicy{m_mentions->isChecked(), m_direct->isChecked(), m_all->isChecked(),
                              m_doNotDisturb->isChecked()};
}

} // namespace palaver::client
