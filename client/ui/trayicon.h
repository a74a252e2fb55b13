#pragma once

#include <QIcon>
#include <QObject>
#include <QString>

class QMenu;
class QSystemTrayIcon;

namespace palaver::client {

struct Notification;

/// The icon in the system tray (notification area, menu bar): shows the unread count as a
/// badge and in its tooltip, and shows desktop notifications. Does nothing where the
/// platform has no tray.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    explicit TrayIcon(QMenu *menu, QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void setUnread(qint64 unread, bool mentioned);
    qint64 unread() const { return m_unread; }
    QString toolTip() const;
    void show(const Notification &notification);
    /// The app's icon with the unread count on a badge in the corner ("99+" past 99): red
    /// when something names the user, blue otherwise; the plain icon when nothing is unread.
    static QIcon badgedIcon(qint64 unread, bool mentioned);

signals:
    /// The user clicked the icon: bring the window forward.
    void activated();
    /// The user clicked the last notification shown.
    void notificationClicked(const QString &room, qint64 seq);

private:
    void updateIcon();

    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_unread = 0;
    bool m_mentioned = false;
    QString m_lastRoom;
    qint64 m_lastSeq = 0;
};

} // namespace palaver::client
