#include "SecretStorage.h"

#include "KeyBackup.h"
#include "crypto/AccountKeys.h"
#include "crypto/CrossSigningKey.h"
#include "crypto/CrossSigningKeyStore.h"
#include "crypto/CrossSigningTrust.h"
#include "crypto/CryptoStore.h"
#include "crypto/KeyBackupStore.h"
#include "crypto/OlmSupport.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecretStorageKey.h"
#include "matrix/CrossSigningRequests.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/Database.h"
#include "store/StoreThread.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcSecretStorage, "atrium.sync.secretstorage")

namespace atrium::sync {

using crypto::SecretStorageKey;

namespace {

const QString DefaultKeyType = QStringLiteral("m.secret_storage.default_key");
const QString KeyTypePrefix = QStringLiteral("m.secret_storage.key.");
const QString BackupSecret = QStringLiteral("m.megolm_backup.v1");

// Secret name → the cross-signing usage it holds the private key of.
const QList<std::pair<QString, QString>> CrossSigningSecrets{
    {QStringLiteral("m.cross_signing.master"), QStringLiteral("master")},
    {QStringLiteral("m.cross_signing.self_signing"), QStringLiteral("self_signing")},
    {QStringLiteral("m.cross_signing.user_signing"), QStringLiteral("user_signing")},
};

QByteArray unpaddedBase64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::OmitTrailingEquals);
}

template <typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template <typename T>
void settle(const std::shared_ptr<QPromise<T>> &promise, const T &value)
{
    promise->addResult(value);
    promise->finish();
}

SecretStorageResult failure(const QString &error)
{
    SecretStorageResult result;
    result.error = error;
    return result;
}

// A key id as other clients make them: 32 random alphanumerics.
QString newKeyId()
{
    static constexpr char Alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (char byte : crypto::olm::randomBytes(32))
        id += QLatin1Char(Alphabet[static_cast<unsigned char>(byte) % (sizeof(Alphabet) - 1)]);
    return id;
}

// The secrets this device holds, as secret storage keeps them: unpadded
// base64 of each private key.
QHash<QString, QByteArray> heldSecrets(store::Database &db, const crypto::CryptoIdentity &identity)
{
    QHash<QString, QByteArray> secrets;
    crypto::CryptoStore store(db, identity);
    QString error;
    for (const auto &[name, usage] : CrossSigningSecrets) {
        if (const auto key = store.crossSigningKey(usage, &error))
            secrets.insert(name, unpaddedBase64(key->seed()));
    }
    if (const auto backup = crypto::KeyBackupStore(db, identity).backup())
        secrets.insert(BackupSecret, unpaddedBase64(backup->key.privateKey()));
    return secrets;
}

struct DerivedKey
{
    std::optional<SecretStorageKey> key;
    QString error;
};

// A recovery key if the text is one, else a passphrase (the slow part:
// PBKDF2 with hundreds of thousands of rounds, so off the GUI thread).
DerivedKey deriveKey(const QString &text, const QJsonObject &description)
{
    DerivedKey derived;
    derived.key = SecretStorageKey::fromRecoveryKey(text, &derived.error);
    const QJsonObject passphrase = description.value("passphrase").toObject();
    if (!derived.key && !passphrase.isEmpty())
        derived.key = SecretStorageKey::fromPassphrase(text, passphrase, &derived.error);
    return derived;
}

struct RestoredCrossSigning
{
    QStringList secrets;
    QJsonObject signatures; // this device under the restored self-signing key
    QString error;
};

// Keeps the private keys that match what is published (a stale secret must
// not replace a key the account has moved on from) and signs this device.
RestoredCrossSigning keepCrossSigningKeys(store::Database &db,
                                          const crypto::CryptoIdentity &identity,
                                          const QHash<QString, QByteArray> &secrets,
                                          const QJsonObject &query)
{
    RestoredCrossSigning restored;
    const QString userId = identity.userId;
    QStringList errors;
    const auto published = crypto::CrossSigningKeys::parse(
        userId, query.value("master_keys").toObject().value(userId).toObject(),
        query.value("self_signing_keys").toObject().value(userId).toObject(),
        query.value("user_signing_keys").toObject().value(userId).toObject(), &errors);
    const QHash<QString, std::optional<crypto::CrossSigningPublicKey>> publishedByUsage{
        {QStringLiteral("master"), published.master},
        {QStringLiteral("self_signing"), published.selfSigning},
        {QStringLiteral("user_signing"), published.userSigning}};
    crypto::CryptoStore store(db, identity);
    std::optional<crypto::CrossSigningKey> selfSigning;
    for (const auto &[name, usage] : CrossSigningSecrets) {
        if (!secrets.contains(name))
            continue;
        QString error;
        const auto key =
            crypto::CrossSigningKey::fromSeed(QByteArray::fromBase64(secrets.value(name)), &error);
        const auto &publishedKey = publishedByUsage.value(usage);
        if (!key || !publishedKey || publishedKey->publicKey() != key->publicKey()) {
            qCWarning(lcSecretStorage) << name << "does not match the published key; not used";
            continue;
        }
        if (!store.saveCrossSigningKey(usage, *key)) {
            restored.error = QStringLiteral("the keys could not be saved");
            return restored;
        }
        restored.secrets.append(name);
        if (usage == QLatin1String("self_signing"))
            selfSigning = key;
    }
    crypto::CrossSigningKeyStore keys(db);
    keys.replace(userId, published);
    if (restored.secrets.contains(CrossSigningSecrets.first().first))
        keys.setVerifiedOwnMasterKey(published.master->publicKey());
    QString error;
    const auto account = store.loadAccount(&error);
    if (selfSigning && account) {
        restored.signatures.insert(
            userId,
            QJsonObject{{identity.deviceId,
                         selfSigning->signJson(crypto::AccountKeys::deviceKeys(*account, identity),
                                               userId)}});
    }
    return restored;
}

} // namespace

const QStringList SecretStorage::SecretNames{
    QStringLiteral("m.cross_signing.master"), QStringLiteral("m.cross_signing.self_signing"),
    QStringLiteral("m.cross_signing.user_signing"), BackupSecret};

SecretStorage::SecretStorage(matrix::HttpClient *http, store::StoreThread *store,
                             const crypto::CryptoIdentity &identity, KeyBackup *backup,
                             QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_identity(identity), m_backup(backup)
{}

QFuture<SecretStorageStatus> SecretStorage::status()
{
    auto promise = startedPromise<SecretStorageStatus>();
    fetchDefaultKey([this, promise](const DefaultKey &key) {
        SecretStorageStatus status;
        status.error = key.error;
        status.keyId = key.id;
        status.hasPassphrase = key.description.contains("passphrase");
        if (key.id.isEmpty())
            return settle(promise, status);
        fetchSecrets(key.id, [promise, status](const QHash<QString, QJsonObject> &found) mutable {
            for (const QString &name : SecretNames) {
                if (found.contains(name))
                    status.secrets.append(name);
            }
            settle(promise, status);
        });
    });
    return promise->future();
}

void SecretStorage::fetchDefaultKey(std::function<void(DefaultKey)> done)
{
    m_http->send(matrix::requests::accountData(m_identity.userId, DefaultKeyType), this,
                 [this, done](const matrix::ApiResponse &response) {
                     DefaultKey key;
                     if (response.error) {
                         if (response.error->errcode != QLatin1String("M_NOT_FOUND"))
                             key.error = response.error->describe();
                         return done(key);
                     }
                     key.id = response.json().value("key").toString();
                     if (key.id.isEmpty())
                         return done(key);
                     m_http->send(
                         matrix::requests::accountData(m_identity.userId, KeyTypePrefix + key.id),
                         this, [key, done](const matrix::ApiResponse &description) mutable {
                             if (description.error)
                                 key.error = description.error->describe();
                             key.description = description.json();
                             done(key);
                         });
                 });
}

void SecretStorage::fetchSecrets(const QString &keyId,
                                 std::function<void(QHash<QString, QJsonObject>)> done, int next,
                                 QHash<QString, QJsonObject> found)
{
    if (next == SecretNames.size())
        return done(found);
    const QString name = SecretNames.at(next);
    m_http->send(
        matrix::requests::accountData(m_identity.userId, name), this,
        [this, keyId, done, next, found, name](const matrix::ApiResponse &response) mutable {
            const QJsonObject encrypted =
                response.json().value("encrypted").toObject().value(keyId).toObject();
            if (response.ok() && !encrypted.isEmpty())
                found.insert(name, encrypted);
            fetchSecrets(keyId, done, next + 1, found);
        });
}

QFuture<SecretStorageResult> SecretStorage::setUp(const QString &passphrase, bool replace,
                                                  int iterations)
{
    auto promise = startedPromise<SecretStorageResult>();
    auto done = [promise](const SecretStorageResult &result) { settle(promise, result); };
    fetchDefaultKey([=, this](const DefaultKey &existing) {
        if (!existing.error.isEmpty())
            return done(failure(tr("Could not read secret storage: %1").arg(existing.error)));
        if (!existing.id.isEmpty() && !replace)
            return done(failure(tr("Secret storage is already set up for this account. Unlock "
                                   "it with its recovery key, or replace it.")));
        ensureBackup([=, this](const QString &notice) {
            m_store
                ->run([identity = m_identity](store::Database &db) {
                    return heldSecrets(db, identity);
                })
                .then(this, [=, this](const Secrets &secrets) {
                    const QJsonObject parameters =
                        passphrase.isEmpty()
                            ? QJsonObject()
                            : SecretStorageKey::newPassphraseParameters(iterations);
                    QtConcurrent::run([passphrase, parameters]() {
                        DerivedKey derived;
                        derived.key = parameters.isEmpty()
                                          ? SecretStorageKey::generate()
                                          : SecretStorageKey::fromPassphrase(passphrase, parameters,
                                                                             &derived.error);
                        return derived;
                    }).then(this, [=, this](const DerivedKey &derived) {
                        if (!derived.key)
                            return done(failure(derived.error));
                        const SecretStorageKey &key = *derived.key;
                        store(key, newKeyId(), key.description(QString(), parameters), secrets,
                              [done, notice](SecretStorageResult result) {
                                  if (result.error.isEmpty())
                                      result.notice = notice;
                                  done(result);
                              });
                    });
                });
        });
    });
    return promise->future();
}

void SecretStorage::ensureBackup(std::function<void(QString)> done)
{
    m_backup->status().then(this, [this, done](const KeyBackupStatus &status) {
        if (!status.localVersion.isEmpty())
            return done({});
        if (!status.error.isEmpty())
            return done(tr("The key backup could not be checked: %1").arg(status.error));
        if (!status.serverVersion.isEmpty())
            return done(tr("The key backup on the server was made by another session. Restore "
                           "it here, then set up secret storage again to keep its key."));
        m_backup->create().then(this, [done](const KeyBackupResult &result) {
            done(result.error.isEmpty() ? QString()
                                        : tr("No key backup was made: %1").arg(result.error));
        });
    });
}

void SecretStorage::store(const SecretStorageKey &key, const QString &keyId,
                          const QJsonObject &description, const Secrets &secrets, Done done)
{
    // The default key goes last: until then nothing points at a key whose
    // secrets are not all up.
    QList<std::pair<QString, QJsonObject>> puts{{KeyTypePrefix + keyId, description}};
    SecretStorageResult result;
    result.recoveryKey = key.recoveryKey();
    for (const QString &name : SecretNames) {
        if (!secrets.contains(name))
            continue;
        puts.append(
            {name, QJsonObject{{"encrypted",
                                QJsonObject{{keyId, key.encrypt(name, secrets.value(name))}}}}});
        result.secrets.append(name);
    }
    puts.append({DefaultKeyType, QJsonObject{{"key", keyId}}});
    putInOrder(puts, [result, done](const QString &error) {
        done(error.isEmpty() ? result
                             : failure(tr("Could not save secret storage: %1").arg(error)));
    });
}

void SecretStorage::putInOrder(QList<std::pair<QString, QJsonObject>> puts,
                               std::function<void(QString)> done)
{
    if (puts.isEmpty())
        return done({});
    const auto [type, content] = puts.takeFirst();
    m_http->send(matrix::requests::setAccountData(m_identity.userId, type, content), this,
                 [this, puts, done](const matrix::ApiResponse &response) {
                     if (response.error)
                         return done(response.error->describe());
                     putInOrder(puts, done);
                 });
}

QFuture<SecretStorageResult> SecretStorage::unlock(const QString &recoveryKeyOrPassphrase)
{
    auto promise = startedPromise<SecretStorageResult>();
    auto done = [promise](const SecretStorageResult &result) { settle(promise, result); };
    fetchDefaultKey([=, this](const DefaultKey &defaultKey) {
        if (!defaultKey.error.isEmpty())
            return done(failure(tr("Could not read secret storage: %1").arg(defaultKey.error)));
        if (defaultKey.id.isEmpty())
            return done(failure(tr("Secret storage is not set up for this account.")));
        QtConcurrent::run(deriveKey, recoveryKeyOrPassphrase, defaultKey.description)
            .then(this, [=, this](const DerivedKey &derived) {
                if (!derived.key || !derived.key->matches(defaultKey.description)) {
                    qCWarning(lcSecretStorage) << "secret storage key refused:" << derived.error;
                    return done(failure(tr("That recovery key or passphrase is wrong.")));
                }
                open(defaultKey, *derived.key, done);
            });
    });
    return promise->future();
}

QFuture<SecretStorageResult> SecretStorage::keep(const Secrets &secrets)
{
    auto promise = startedPromise<SecretStorageResult>();
    restoreCrossSigning(secrets, {},
                        [promise](const SecretStorageResult &result) { settle(promise, result); });
    return promise->future();
}

QHash<QString, QByteArray> SecretStorage::held(store::Database &db,
                                               const crypto::CryptoIdentity &identity)
{
    return heldSecrets(db, identity);
}

void SecretStorage::open(const DefaultKey &defaultKey, const SecretStorageKey &key, Done done)
{
    fetchSecrets(defaultKey.id, [this, key, done](const QHash<QString, QJsonObject> &found) {
        Secrets secrets;
        SecretStorageResult result;
        for (auto it = found.begin(); it != found.end(); ++it) {
            QString error;
            if (const auto secret = key.decrypt(it.key(), it.value(), &error))
                secrets.insert(it.key(), *secret);
            else
                qCWarning(lcSecretStorage) << it.key() << "refused:" << error;
        }
        if (secrets.size() < found.size())
            result.notice = tr("Some secrets could not be decrypted; they may have been changed.");
        restoreCrossSigning(secrets, result, done);
    });
}

void SecretStorage::restoreCrossSigning(const Secrets &secrets, SecretStorageResult result,
                                        Done done)
{
    const bool any = std::any_of(CrossSigningSecrets.begin(), CrossSigningSecrets.end(),
                                 [&](const auto &entry) { return secrets.contains(entry.first); });
    if (!any)
        return restoreBackup(secrets, result, done);
    m_http->send(
        matrix::requests::queryKeys({m_identity.userId}), this,
        [this, secrets, result, done](const matrix::ApiResponse &response) mutable {
            if (response.error)
                return done(failure(
                    tr("Could not read the published keys: %1").arg(response.error->describe())));
            m_store
                ->run(
                    [identity = m_identity, secrets, query = response.json()](store::Database &db) {
                        return keepCrossSigningKeys(db, identity, secrets, query);
                    })
                .then(this, [this, secrets, result, done](const RestoredCrossSigning &restored) {
                    if (!restored.error.isEmpty())
                        return done(failure(
                            tr("Could not keep the cross-signing keys: %1").arg(restored.error)));
                    SecretStorageResult next = result;
                    next.secrets += restored.secrets;
                    if (restored.secrets.isEmpty())
                        next.notice = tr("The cross-signing keys in secret storage are not the "
                                         "ones the account uses now.");
                    signThisDevice(restored.signatures, next,
                                   [this, secrets, done](const SecretStorageResult &signedResult) {
                                       if (!signedResult.error.isEmpty())
                                           return done(signedResult);
                                       restoreBackup(secrets, signedResult, done);
                                   });
                });
        });
}

void SecretStorage::signThisDevice(const QJsonObject &signatures, SecretStorageResult result,
                                   Done done)
{
    if (signatures.isEmpty()) {
        if (!result.secrets.isEmpty())
            emit crossSigningRestored();
        return done(result);
    }
    m_http->send(matrix::requests::uploadSignatures(signatures), this,
                 [this, result, done](const matrix::ApiResponse &response) {
                     const bool refused =
                         response.error || !response.json().value("failures").toObject().isEmpty();
                     if (refused)
                         return done(failure(tr("The server refused this session's signature.")));
                     emit crossSigningRestored();
                     done(result);
                 });
}

void SecretStorage::restoreBackup(const Secrets &secrets, SecretStorageResult result, Done done)
{
    if (!secrets.contains(BackupSecret))
        return done(result);
    const QString recoveryKey =
        crypto::RecoveryKey::encode(QByteArray::fromBase64(secrets.value(BackupSecret)));
    m_backup->restore(recoveryKey)
        .then(this, [result, done](const KeyBackupResult &restored) mutable {
            if (!restored.error.isEmpty()) {
                result.notice =
                    tr("History could not be restored from the key backup: %1").arg(restored.error);
                return done(result);
            }
            result.secrets.append(BackupSecret);
            result.roomKeys = restored.keys;
            done(result);
        });
}

} // namespace atrium::sync
