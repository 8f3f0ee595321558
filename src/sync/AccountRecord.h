#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace atrium::sync {

// Who is signed in, in a data directory: everything needed to resume the
// session except the secrets, which live in a SecretStore. The GUI and
// atrium-cli share this file, so a session started in one opens in the other.
struct AccountRecord
{
    QString userId;
    QString deviceId;
    QUrl homeserver;
    // Secrets kept in a file in the data directory (--no-keychain) rather
    // than in the OS keychain; remembered so later runs look in the same place.
    bool secretsInFile = false;

    static std::optional<AccountRecord> load(const QString &dataDir, QString *error);
    bool save(const QString &dataDir, QString *error) const;
    static bool erase(const QString &dataDir);

    static QString filePath(const QString &dataDir);
    // ~/.local/share/atrium on Linux; shared by the app and atrium-cli.
    static QString defaultDataDir();
    // The key under which the access token is kept in the SecretStore.
    QString accessTokenKey() const
    {
        return userId + QLatin1Char('/') + deviceId + QLatin1String("/access_token");
    }
    // The key that encrypts this device's Olm and Megolm state in the store.
    QString pickleKeyKey() const
    {
        return userId + QLatin1Char('/') + deviceId + QLatin1String("/pickle_key");
    }
};

} // namespace atrium::sync
