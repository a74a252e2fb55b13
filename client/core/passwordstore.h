#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace palaver::client {

/// Where remembered server passwords live. Loading may be asynchronous (a keychain asks its
/// daemon), so the answer comes through a callback.
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;

    virtual void load(const QString &server, std::function<void(std::optional<QString>)> done) = 0;
    virtual void save(const QString &server, const QString &password) = 0;
    virtual void forget(const QString &server) = 0;
    /// Said to the user next to "Remember", e.g. "in the system keychain".
    virtual QString whereText() const = 0;
};

/// The platform keychain through qtkeychain where Palaver was built with it, otherwise the
/// settings file (and whereText() says plainly that it is not encrypted there).
std::unique_ptr<PasswordStore> makePasswordStore();

/// The settings-file store, on its own: for platforms without a keychain, and for tests.
std::unique_ptr<PasswordStore> makeSettingsPasswordStore();

} // namespace palaver::client
