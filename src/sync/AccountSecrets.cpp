#include "AccountSecrets.h"

#include "AccountRecord.h"
#include "store/FileSecretStore.h"
#include "store/KeychainSecretStore.h"

#include <QDir>

namespace atrium::sync {

AccountSecrets AccountSecrets::forDataDir(const QString &dataDir, bool noKeychain)
{
    QString error;
    const auto account = AccountRecord::load(dataDir, &error);
    // A later run without the flag must still look where the secrets went.
    const bool inFile = noKeychain || (account && account->secretsInFile);
    AccountSecrets secrets;
    secrets.inFile = inFile;
    if (inFile)
        secrets.store =
            std::make_unique<store::FileSecretStore>(QDir(dataDir).filePath("secrets.json"));
    else
        secrets.store = std::make_unique<store::KeychainSecretStore>(QStringLiteral("atrium"));
    return secrets;
}

} // namespace atrium::sync
