#pragma once

#include "clock.h"
#include "discoveredserversmodel.h"
#include "shared/discovery.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QUdpSocket>

#include <memory>
#include <vector>

namespace palaver::client {

/// Finds Palaver servers on the local network (see "LAN discovery" in docs/protocol.md): asks
/// by broadcast and multicast on start() and every 10 s while running, listens for the
/// announcements servers make unprompted, and keeps what it hears in model(). A server not
/// heard from for 95 s is dropped, and one that says goodbye at once.
class DiscoveryBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryBrowser)
public:
    /// `clock` times the queries and the expiry, and must outlive the browser.
    explicit DiscoveryBrowser(Clock &clock, QObject *parent = nullptr);
    ~DiscoveryBrowser() override;

    /// The UDP port servers are asked at and heard on (7351 unless changed). 0: only the
    /// targets given with addQueryTarget() are asked, and nothing is listened for. Call before
    /// start().
    void setDiscoveryPort(quint16 port) { m_discoveryPort = port; }
    quint16 discoveryPort() const { return m_discoveryPort; }
    /// Also asks `address` at `port` directly, with every query: for a server in another
    /// subnet, or one on loopback (tests).
    void addQueryTarget(const QHostAddress &address, quint16 port);

    /// Opens the sockets and asks at once. Does nothing if already running.
    void start();
    /// Stops asking and listening, and forgets what was found.
    void stop();
    bool isRunning() const { return m_running; }
    /// Asks again now, without waiting for the next round.
    void queryNow();

    DiscoveredServersModel &model() { return m_model; }
    const DiscoveredServersModel &model() const { return m_model; }

    /// Datagrams received and ignored as malformed so far, for tests and diagnostics.
    int ignoredDatagrams() const { return m_ignored; }

private:
    struct Target
    {
        QHostAddress address;
        quint16 port = 0;
    };

    std::unique_ptr<QUdpSocket> bindSocket(const QHostAddress &any, quint16 port,
                                           QUdpSocket::BindMode mode);
    void onReadyRead(QUdpSocket &socket);
    void scheduleQuery();
    /// Sets the expiry alarm for the least recently heard address, unless one is set.
    void scheduleExpiry();
    void expireNow();
    /// Joins the multicast group on interfaces that came up since the last time.
    void joinGroupEverywhere();
    bool mayLog();

    Clock &m_clock;
    DiscoveredServersModel m_model;
    quint16 m_discoveryPort = protocol::kDefaultDiscoveryPort;
    std::vector<Target> m_extraTargets;
    bool m_running = false;
    std::unique_ptr<QUdpSocket> m_query4; // asks, and hears the answers
    std::unique_ptr<QUdpSocket> m_query6;
    std::unique_ptr<QUdpSocket> m_listen4; // hears announcements on the discovery port
    std::unique_ptr<QUdpSocket> m_listen6;
    QSet<int> m_joined; // interface indexes where m_listen6 is in the multicast group
    std::unique_ptr<Alarm> m_queryAlarm;
    std::unique_ptr<Alarm> m_expiryAlarm;
    int m_ignored = 0;
    qint64 m_logWindowMs = -1; // start of the minute the last log lines count against
    int m_logLines = 0;
};

} // namespace palaver::client
