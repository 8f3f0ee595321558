#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace atrium::store {

namespace {

QString keychainError(const QKeychain::Job *job)
{
    return QObject::tr("the system keychain refused: %1 (start a keyring such as gnome-keyring, "
                       "or run with --no-keychain)")
        .arg(job->errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}

void KeychainSecretStore::write(const QString &key, const QString &value, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString() : keychainError(finished));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Loaded done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (finished->error() == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else if (finished->error() != QKeychain::NoError)
            done(std::nullopt, keychainError(finished));
        else
            done(readJob->textData(), {});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError ||
                        finished->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : keychainError(finished));
    });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

} // namespace atrium::store
