#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class QAbstractSocket;

namespace palaver::client {

/// Finds out whether a port speaks TLS, after an attempt failed in a way a wrong scheme
/// explains: ws:// to a TLS server is dropped at once, wss:// to a plain one goes unanswered
/// (or its handshake breaks). It only asks what any web client may ask: a TLS handshake that
/// verifies nothing and sends nothing, or a WebSocket upgrade no server accepts. Nothing of the
/// chat (hello, password) goes out.
class SchemeProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeProbe)
public:
    enum class Finding
    {
        Unknown,         ///< neither: something else is wrong
        SpeaksTls,       ///< the port completed a TLS handshake
        SpeaksPlainHttp, ///< the port answered the WebSocket upgrade in the clear
    };
    Q_ENUM(Finding)

    explicit SchemeProbe(QObject *parent = nullptr);
    ~SchemeProbe() override;

    /// Asks `url`'s host and port whether they speak the other scheme than `url` names: TLS
    /// for ws://, WebSocket in the clear for wss://. finished() follows, once.
    void start(const QUrl &url);

signals:
    void finished(palaver::client::SchemeProbe::Finding finding);

private:
    /// The answer to the wss:// probe's request, whole or as far as it came.
    void judgeAnswer();
    void finish(Finding finding);

    std::unique_ptr<QAbstractSocket> m_socket;
    QByteArray m_answer;
    bool m_done = false;
};

} // namespace palaver::client
