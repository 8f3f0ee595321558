#pragma once

#include "crypto/CryptoIdentity.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace atrium::crypto {
class SecretStorageKey;
}
namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class Database;
class StoreThread;
} // namespace atrium::store

namespace atrium::sync {

class KeyBackup;

// Where the account's secret storage stands (empty keyId: not set up).
struct SecretStorageStatus
{
    QString error;
    QString keyId;
    bool hasPassphrase = false; // the key can be typed as a passphrase too
    QStringList secrets;        // those of ours stored under the default key
};

struct SecretStorageResult
{
    QString error;       // empty on success
    QString recoveryKey; // setUp(): what the user keeps
    QStringList secrets; // stored (setUp) or restored (unlock)
    int roomKeys = 0;    // unlock(): room keys restored from the key backup
    QString notice;      // a part that could not be done, said to the user
};

// Secret storage (spec, "Secret storage"; m.secret_storage.*): the account's
// secrets — the cross-signing private keys and the key backup's key —
// encrypted in account data under one key that the user keeps as a
// recovery key or a passphrase. A new device unlocks it with either and so
// becomes a trusted session of the account (signed with the restored
// self-signing key) that reads the history in the key backup.
class SecretStorage : public QObject
{
    Q_OBJECT
public:
    // Element's and js-sdk's PBKDF2 rounds for a passphrase.
    static constexpr int PassphraseIterations = 500'000;
    static const QStringList SecretNames;

    SecretStorage(matrix::HttpClient *http, store::StoreThread *store,
                  const crypto::CryptoIdentity &identity, KeyBackup *backup,
                  QObject *parent = nullptr);

    QFuture<SecretStorageStatus> status();
    // A new default key, from `passphrase` when given, under which every
    // secret this device holds is stored; makes a key backup first if the
    // account has none. Refuses to replace an existing default key unless
    // `replace` (the secrets under it that are not held here would be lost).
    QFuture<SecretStorageResult> setUp(const QString &passphrase, bool replace = false,
                                       int iterations = PassphraseIterations);
    // Opens the default key with a recovery key or passphrase and restores
    // what it holds: cross-signing keys (this device is then signed), and
    // the key backup's history.
    QFuture<SecretStorageResult> unlock(const QString &recoveryKeyOrPassphrase);
    // Keeps secrets that came another way (m.secret.send from another of
    // our devices; name → the secret as stored, unpadded base64) as unlock()
    // keeps those it opens: cross-signing keys that match the published ones
    // (this device is then signed), and the key backup's history.
    QFuture<SecretStorageResult> keep(const QHash<QString, QByteArray> &secrets);
    // The secrets this device holds (name → unpadded base64), on the store thread.
    static QHash<QString, QByteArray> held(store::Database &db,
                                           const crypto::CryptoIdentity &identity);

signals:
    // Our cross-signing keys arrived from secret storage: trust has changed.
    void crossSigningRestored();

private:
    struct DefaultKey
    {
        QString error; // set when it could not be read; empty id: none
        QString id;
        QJsonObject description;
    };
    using Secrets = QHash<QString, QByteArray>;
    using Done = std::function<void(SecretStorageResult)>;

    void fetchDefaultKey(std::function<void(DefaultKey)> done);
    // The encrypted secrets under `keyId`, by name.
    void fetchSecrets(const QString &keyId, std::function<void(QHash<QString, QJsonObject>)> done,
                      int next = 0, QHash<QString, QJsonObject> found = {});
    void ensureBackup(std::function<void(QString notice)> done);
    void store(const crypto::SecretStorageKey &key, const QString &keyId,
               const QJsonObject &description, const Secrets &secrets, Done done);
    // Account data, one PUT after the other; `done` gets the first error.
    void putInOrder(QList<std::pair<QString, QJsonObject>> puts, std::function<void(QString)> done);
    void open(const DefaultKey &defaultKey, const crypto::SecretStorageKey &key, Done done);
    void restoreCrossSigning(const Secrets &secrets, SecretStorageResult result, Done done);
    void signThisDevice(const QJsonObject &signatures, SecretStorageResult result, Done done);
    void restoreBackup(const Secrets &secrets, SecretStorageResult result, Done done);

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    crypto::CryptoIdentity m_identity;
    KeyBackup *m_backup;
};

} // namespace atrium::sync
