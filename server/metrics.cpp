#include "metrics.h"

#include "chatserver.h"

#include <QHttpServer>
#include <QHttpServerResponse>

namespace palaver::server {

using namespace Qt::StringLiterals;

MetricsEndpoint::MetricsEndpoint(ChatServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->route(u"/health"_s, [this] {
        if (m_server.isShuttingDown()) {
            return QHttpServerResponse("text/plain", "stopping\n",
                                       QHttpServerResponse::StatusCode::ServiceUnavailable);
        }
        return QHttpServerResponse("text/plain", "ok\n");
    });
    m_http->route(u"/metrics"_s, [this] {
        return QHttpServerResponse("text/plain; version=0.0.4", metricsText());
    });
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this, &MetricsEndpoint::sample);
    sample();
    m_sampler.start();
}

MetricsEndpoint::~MetricsEndpoint() = default;

bool MetricsEndpoint::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_http->listen(address, port);
    return m_port != 0;
}

void MetricsEndpoint::sample()
{
    // A ring of the last samples, oldest first once full.
    const qint64 stored = m_server.statistics().messagesStored;
    if (m_sampleCount < int(m_samples.size())) {
        m_samples[size_t(m_sampleCount++)] = stored;
    } else {
        std::rotate(m_samples.begin(), m_samples.begin() + 1, m_samples.end());
        m_samples.back() = stored;
    }
}

QByteArray MetricsEndpoint::metricsText()
{
    const ChatServer::Statistics &s = m_server.statistics();
    const double seconds = std::max(1, m_sampleCount - 1);
    const double perSecond =
        m_sampleCount > 1 ? double(m_samples[size_t(m_sampleCount - 1)] - m_samples[0]) / seconds
                          : 0.0;
    QByteArray text;
    const auto metric = [&text](const char *name, const char *type, const char *help,
                                double value) {
        text += "# HELP " + QByteArray(name) + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' +
                name + ' ' + QByteArray::number(value, 'g', 12) + '\n';
    };
    metric("palaver_up", "gauge", "1 while the server runs, 0 while it shuts down.",
           m_server.isShuttingDown() ? 0 : 1);
    metric("palaver_connections", "gauge", "Open connections, handshakes under way included.",
           m_server.connectionCount());
    metric("palaver_clients", "gauge", "Connected clients that have said hello.",
           double(m_server.connected().size()));
    metric("palaver_rooms", "gauge", "Rooms and direct conversations in the store.",
           m_server.roomCount());
    metric("palaver_clients_accepted_total", "counter", "Hellos accepted since the start.",
           double(s.connectionsAccepted));
    metric("palaver_messages_total", "counter", "Messages stored and delivered since the start.",
           double(s.messagesStored));
    metric("palaver_messages_per_second", "gauge",
           "Messages stored per second, over the last 10 seconds.", perSecond);
    metric("palaver_store_commits_total", "counter", "Store transactions since the start.",
           double(s.commits));
    metric("palaver_store_commit_seconds_total", "counter",
           "Time spent in store transactions since the start.", s.commitSeconds);
    metric("palaver_store_commit_seconds_max", "gauge",
           "The slowest store transaction since the start.", s.slowestCommitSeconds);
    return text;
}

} // namespace palaver::server
