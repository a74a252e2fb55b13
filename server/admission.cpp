#include "admission.h"

#include <QCryptographicHash>

#include <algorithm>

namespace palaver::server {

namespace {

constexpr qint64 kForgetFailuresAfterMs = 15 * 60 * 1000;

/// IPv4 peers of a dual-stack socket arrive as ::ffff:a.b.c.d; count them as a.b.c.d.
QHostAddress canonical(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

Admission::Admission(Options options)
    : m_options(std::move(options))
{}

Admission::Verdict Admission::admit(const QHostAddress &address) const
{
    if (m_total >= m_options.maxConnections)
        return Verdict::ServerFull;
    if (m_perAddress.value(canonical(address)) >= m_options.maxConnectionsPerAddress)
        return Verdict::TooManyFromAddress;
    return Verdict::Accept;
}

void Admission::connected(const QHostAddress &address)
{
    ++m_perAddress[canonical(address)];
    ++m_total;
}

void Admission::disconnected(const QHostAddress &address)
{
    const QHostAddress key = canonical(address);
    if (--m_perAddress[key] <= 0)
        m_perAddress.remove(key);
    m_total = std::max(0, m_total - 1);
}

bool Admission::passwordMatches(const QString &candidate) const
{
    // Hashing first gives both sides the same length; then every byte is compared.
    const QByteArray expected =
        QCryptographicHash::hash(m_options.password.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray given =
        QCryptographicHash::hash(candidate.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return difference == 0;
}

std::chrono::milliseconds Admission::penalty(const QHostAddress &address, qint64 nowMs) const
{
    const Failures failures = m_failures.value(canonical(address));
    if (failures.count == 0 || nowMs - failures.lastMs > kForgetFailuresAfterMs)
        return std::chrono::milliseconds(0);
    const qint64 delay = 250LL << std::min(failures.count - 1, 7); // 250 ms ... 32 s
    return std::chrono::milliseconds(std::min<qint64>(delay, 30'000));
}

void Admission::recordFailure(const QHostAddress &address, qint64 nowMs)
{
    Failures &failures = m_failures[canonical(address)];
    if (nowMs - failures.lastMs > kForgetFailuresAfterMs)
        failures.count = 0;
    ++failures.count;
    failures.lastMs = nowMs;
    if (m_failures.size() > 10'000) { // bounded memory, whatever an attacker does
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            it = nowMs - it->lastMs > kForgetFailuresAfterMs ? m_failures.erase(it) : std::next(it);
        }
    }
}

void Admission::recordSuccess(const QHostAddress &address)
{
    m_failures.remove(canonical(address));
}

} // namespace palaver::server
