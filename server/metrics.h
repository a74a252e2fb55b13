#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <array>
#include <memory>

class QHttpServer;

namespace palaver::server {

class ChatServer;

/// Health and metrics over HTTP, for monitoring: GET /health answers "ok" (503 "stopping"
/// while the server shuts down) and GET /metrics the Prometheus text format. Meant for a
/// loopback address: it tells who is connected in numbers, nothing else, and has no password.
class MetricsEndpoint final : public QObject
{
    Q_OBJECT
public:
    explicit MetricsEndpoint(ChatServer &server, QObject *parent = nullptr);
    ~MetricsEndpoint() override;

    /// False if the port can't be had (in use, or not this machine's address).
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

    /// The /metrics page as it would be served now.
    QByteArray metricsText();

private:
    void sample();

    ChatServer &m_server;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    /// Messages stored, sampled each second: the last ten seconds give the rate.
    QTimer m_sampler;
    std::array<qint64, 11> m_samples{};
    int m_sampleCount = 0;
};

} // namespace palaver::server
