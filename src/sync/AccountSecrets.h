#pragma once

#include <QString>
#include <memory>

namespace atrium::store {
class SecretStore;
}

namespace atrium::sync {

// Where an account's secrets are kept, decided the same way by the app and
// atrium-cli: the OS keychain, or a 0600 file in the data directory when
// asked (--no-keychain) or when the account was signed in that way.
struct AccountSecrets
{
    std::unique_ptr<store::SecretStore> store;
    bool inFile = false;

    static AccountSecrets forDataDir(const QString &dataDir, bool noKeychain);
};

} // namespace atrium::sync
