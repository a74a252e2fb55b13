#pragma once

#include "client/core/workspace.h"

#include <QDialog>

class QCheckBox;

namespace palaver::client {

/// Settings > Notifications: what deserves a desktop notification, and do-not-disturb.
class NotificationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsDialog)
public:
    explicit NotificationsDialog(const NotificationPolicy &policy, QWidget *parent = nullptr);
    ~NotificationsDialog() override;

    NotificationPolicy policy() const;

private:
    QCheckBox *m_mentions;
    QCheckBox *m_direct;
    QCheckBox *m_all;
    QCheckBox *m_doNotDisturb;
};

} // namespace palaver::client
