#pragma once

#include "SecretStore.h"

namespace atrium::store {

// Secrets in the OS keychain (Secret Service, macOS Keychain, Windows
// Credential Store) through QtKeychain.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void write(const QString &key, const QString &value, Done done) override;
    void read(const QString &key, Loaded done) override;
    void remove(const QString &key, Done done) override;
    QString description() const override;

private:
    QString m_service;
};

} // namespace atrium::store
