#pragma once

#include "client/core/clock.h"
#include "client/core/discoverybrowser.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QStackedWidget;

namespace palaver::client {

/// Asks for the server and the nickname, and accepts only values that can work. While shown,
/// it lists the servers found on the local network: choosing one fills in its address.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setAddress(const QString &address);
    void setNick(const QString &nick);
    /// Shows why the previous attempt failed, so the user knows what to change.
    void setProblem(const QString &problem);

    QString addressText() const;
    /// The first address typed (usually the only one).
    QUrl url() const { return m_urls.value(0); }
    /// Every address typed: the instances of one server, to be tried in this order.
    QList<QUrl> urls() const { return m_urls; }
    QString nick() const;

    void accept() override;

    /// The browser behind the list of servers found, for tests: to point it at a server on
    /// loopback (addQueryTarget, setDiscoveryPort(0)) before the dialog is shown.
    DiscoveryBrowser &discovery() { return m_discovery; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateButton();
    void updateDiscoveredState();
    void useDiscovered(const QModelIndex &index);

    QLineEdit *m_address;
    QLineEdit *m_nick;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    SystemClock m_clock;
    DiscoveryBrowser m_discovery; // after m_clock, which it uses
    QStackedWidget *m_discoveredStack;
    QListView *m_discovered;
    QLabel *m_discoveredEmpty;
    QList<QUrl> m_urls;
};

} // namespace palaver::client
