#pragma once

#include "client/core/workspace.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;

namespace palaver::client {

/// Settings > Notifications: what deserves a desktop notification, and do-not-disturb.
class NotificationsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)
public:
    explicit NotificationsPage(const NotificationPolicy &policy, QWidget *parent = nullptr);
    ~NotificationsPage() override;

    NotificationPolicy policy() const;
    void setPolicy(const NotificationPolicy &policy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QGroupBox *m_group;
    QCheckBox *m_mentions;
    QCheckBox *m_direct;
    QCheckBox *m_all;
    QLabel *m_explain;
    QCheckBox *m_doNotDisturb;
};

} // namespace palaver::client
