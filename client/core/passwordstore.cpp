#include "passwordstore.h"

#include <QCoreApplication>
#include <QSettings>

#ifdef PALAVER_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("palaver::client::PasswordStore", text);
}

class SettingsPasswordStore final : public PasswordStore
{
public:
    void load(const QString &server, std::function<void(std::optional<QString>)> done) override
    {
        QSettings settings;
        const QVariant value = settings.value(key(server));
        done(value.isValid() ? std::optional<QString>(value.toString()) : std::nullopt);
    }
    void save(const QString &server, const QString &password) override
    {
        QSettings().setValue(key(server), password);
    }
    void forget(const QString &server) override { QSettings().remove(key(server)); }
    QString whereText() const override
    {
        return tr("in Palaver's settings file, NOT encrypted: anyone who can read your files "
                  "can read it");
    }

private:
    static QString key(const QString &server)
    {
        return u"passwords/"_s +
               QString::fromLatin1(server.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                            QByteArray::OmitTrailingEquals));
    }
};

#ifdef PALAVER_HAVE_QTKEYCHAIN
class KeychainPasswordStore final : public PasswordStore
{
public:
    void load(const QString &server, std::function<void(std::optional<QString>)> done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(server);
        QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            done(read->error() == QKeychain::NoError ? std::optional<QString>(read->textData())
                                                     : std::nullopt);
        });
        job->start(); // deletes itself when finished
    }
    void save(const QString &server, const QString &password) override
    {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setKey(server);
        job->setTextData(password);
        job->start();
    }
    void forget(const QString &server) override
    {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(server);
        job->start();
    }
    QString whereText() const override { return tr("in the system keychain"); }

private:
    static inline const QString kService = u"Palaver"_s;
};
#endif

} // namespace

std::unique_ptr<PasswordStore> makeSettingsPasswordStore()
{
    return std::make_unique<SettingsPasswordStore>();
}

std::unique_ptr<PasswordStore> makePasswordStore()
{
#ifdef PALAVER_HAVE_QTKEYCHAIN
    return std::make_unique<KeychainPasswordStore>();
#else
    return makeSettingsPasswordStore();
#endif
}

} // namespace palaver::client
