#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <chrono>

namespace palaver::server {

/// Who gets in: caps on connections (in total and per remote address) and the server
/// password, with a delay that grows with every wrong password from one address.
class Admission
{
public:
    struct Options
    {
        int maxConnections = 500;
        int maxConnectionsPerAddress = 16;
        QString password; ///< empty: no password
    };

    enum class Verdict
    {
        Accept,
        ServerFull,
        TooManyFromAddress
    };

    explicit Admission(Options options);

    Verdict admit(const QHostAddress &address) const;
    void connected(const QHostAddress &address);
    void disconnected(const QHostAddress &address);
    int connections() const { return m_total; }

    bool passwordRequired() const { return !m_options.password.isEmpty(); }
    /// New caps and password; connections already in stay, and count against the new caps.
    void setOptions(Options options) { m_options = std::move(options); }
    /// Compares in constant time, so the answer's timing says nothing about the password.
    bool passwordMatches(const QString &candidate) const;
    /// How long to make `address` wait before it hears the verdict on its password: nothing
    /// at first, then doubling with each recent failure, up to 30 s.
    std::chrono::milliseconds penalty(const QHostAddress &address, qint64 nowMs) const;
    void recordFailure(const QHostAddress &address, qint64 nowMs);
    void recordSuccess(const QHostAddress &address);

private:
    struct Failures
    {
        int count = 0;
        qint64 lastMs = 0;
    };

    Options m_options;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
    QHash<QHostAddress, Failures> m_failures;
};

} // namespace palaver::server
