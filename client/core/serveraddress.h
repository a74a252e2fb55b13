#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace palaver::client {

/// The result of reading what a person typed as a server address, or as a list of them.
struct ServerAddress
{
    QUrl url;         ///< the first address (usually the only one); empty when `error` is set
    QString error;    ///< why the text is not an address, in the user's language
    QList<QUrl> urls; ///< every address, in the order typed, each once; empty when `error` is set
};

/// Accepts "host", "host:port", "[v6]:port", "ws://host:port/path" and "wss://..." and fills in
/// the default port. Several instances of one server are typed as a list separated by commas
/// ("chat1.lan, chat2.lan:7400"); blank entries are skipped and repeats kept once. Anything else
/// gets an error a person can act on, which says which entry of a list is wrong.
ServerAddress parseServerAddress(const QString &text);

/// "host:port", or the whole URL when it has a path or uses TLS: what a person would type.
QString displayAddress(const QUrl &url);
/// The same for a list, separated by commas, as it could be typed again.
QString displayAddresses(const QList<QUrl> &urls);

/// The order in which Connection tries the addresses of one server (see "Several server
/// addresses" in docs/user-guide.md): each address typed, in turn, and for a ws:// name each IP
/// address it resolves to. A round tries every candidate once; only between rounds does the
/// connection back off. It knows nothing of sockets or DNS: the connection resolves names and
/// hands the answers in with resolved().
class AddressRotation
{
public:
    /// One address to connect to.
    struct Candidate
    {
        int entry = -1;  ///< which of addresses()
        QHostAddress ip; ///< a resolved address to connect to; null: connect to the URL's host
    };

    /// Where a round begins.
    enum class Start
    {
        First,        ///< with the first address: a new list
        AfterLast,    ///< after the one that worked last, which then comes last (after a backoff)
        AfterDropped, ///< after the one that worked last, which just failed and is left out
        Current,      ///< with the current one again, e.g. once the user gave the password
    };

    /// A new list: forgets which address worked. The first round starts with the first one.
    void setAddresses(const QList<QUrl> &addresses);
    const QList<QUrl> &addresses() const { return m_addresses; }

    /// Plans a round of attempts, each candidate once. Names are resolved again in each round.
    void startRound(Start start);
    /// Moves to the next candidate of the round; false when every one has been tried.
    bool advance();
    /// The current candidate is a ws:// name to resolve first; pass the answer to resolved().
    bool needsLookup() const;
    /// The current candidate's name resolved to `ips` (empty: not found). It then stands for
    /// those addresses, in that order, kept for the rest of the round. False when that leaves
    /// nothing to try here: call advance() again.
    bool resolved(const QList<QHostAddress> &ips);

    /// The candidate tried now; entry -1 before the first advance().
    Candidate current() const;
    /// The address as typed that the current candidate belongs to: its name is the one that
    /// TLS, trusted certificates and passwords go by.
    QUrl currentUrl() const;
    /// What to open: currentUrl() with the resolved IP address in place of the name, if any.
    QUrl connectUrl() const;
    /// The current candidate was welcomed: later rounds start after it.
    void worked();

    /// The current candidate's place (from 1) among every candidate known, in list order.
    int position() const;
    /// How many candidates are known: one per address typed, or per IP a name resolved to.
    int count() const;

private:
    /// Which of an entry's resolved addresses a planned item stands for, around `anchor`.
    enum class Part
    {
        All,
        After,
        From,
        UpTo,
        Before,
    };
    struct Item
    {
        int entry = -1;
        Part part = Part::All;
        QHostAddress anchor;
        bool expanded = false; ///< stands for one address to connect to, `anchor`
    };
    bool needsLookup(int entry) const;
    /// Replaces the item at m_index with the addresses it stands for; false if none.
    bool expand(const QList<QHostAddress> &ips);
    /// The addresses an entry stands for as far as known: one null address for a name that is
    /// connected to as it is.
    QList<QHostAddress> known(int entry) const;

    QList<QUrl> m_addresses;
    QList<Item> m_round;
    qsizetype m_index = -1;
    QHash<int, QList<QHostAddress>> m_resolvedThisRound; // by entry
    QHash<int, QList<QHostAddress>> m_lastResolved;      // by entry: for position() and count()
    Candidate m_current;
    std::optional<Candidate> m_lastWorked;
};

} // namespace palaver::client
