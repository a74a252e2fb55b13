#include "trayicon.h"

#include "client/core/workspace.h"
#include "resources.h"

#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace palaver::client {

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(QMenu *menu, QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason why) {
                if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                    emit activated();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] { emit notificationClicked(m_lastRoom, m_lastSeq); });
    updateIcon();
    m_tray->show();
}

TrayIcon::~TrayIcon() = default;

QString TrayIcon::toolTip() const
{
    if (m_unread == 0)
        return tr("Palaver");
    const int unread = int(std::min<qint64>(m_unread, 1 << 30));
    // The badge's red says "mention" only to those who see colours: the tip says it in words.
    if (m_mentioned)
        return tr("Palaver: %n unread message(s), with a mention of you", nullptr, unread);
    return tr("Palaver: %n unread message(s)", nullptr, unread);
}

void TrayIcon::setUnread(qint64 unread, bool mentioned)
{
    if (unread == m_unread && mentioned == m_mentioned)
        return;
    m_unread = unread;
    m_mentioned = mentioned;
    updateIcon();
}

void TrayIcon::updateIcon()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(toolTip());
    m_tray->setIcon(badgedIcon(m_unread, m_mentioned));
}

QIcon TrayIcon::badgedIcon(qint64 unread, bool mentioned)
{
    if (unread <= 0)
        return appIcon();
    QPixmap pixmap = appIcon().pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(26, 26, 38, 38);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mentioned ? QColor(0xd0, 0x21, 0x21) : QColor(0x3b, 0x6e, 0xd8));
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setPixelSize(unread > 99 ? 16 : 24);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, unread > 99 ? u"99+"_s : QString::number(unread));
    painter.end();
    return QIcon(pixmap);
}

void TrayIcon::show(const Notification &notification)
{
    if (!m_tray)
        return;
    m_lastRoom = notification.room;
    m_lastSeq = notification.seq;
    m_tray->showMessage(notification.title, notification.body, appIcon(), 8000);
}

} // namespace palaver::client
