#include "KeyPublisher.h"

#include "EncryptionStage.h"
#include "crypto/AccountKeys.h"
#include "crypto/CryptoStore.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/Database.h"
#include "store/StoreThread.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeyPublisher, "atrium.sync.encryption")

namespace atrium::sync {

using crypto::CryptoStore;

namespace {

struct KeyUpload
{
    QJsonObject body;
    QString error;
};

// Generates what the server lacks and returns the /keys/upload body.
KeyUpload prepareKeyUpload(store::Database &db, const crypto::CryptoIdentity &identity,
                           int serverKeyCount)
{
    CryptoStore store(db, identity);
    KeyUpload upload;
    auto account = store.loadAccount(&upload.error);
    if (!account)
        return upload;
    const bool firstUpload = !store.deviceKeysUploaded();
    const bool fallbackKeyUsed =
        db.metaValue(QLatin1String(EncryptionStage::FallbackKeyUsedKey)) == QLatin1String("1");
    // Half the capacity on the server, as libolm's own docs advise: room
    // for keys claimed while we are offline without losing old private keys.
    const int wanted = account->maxOneTimeKeys() / 2;
    const int unpublished = account->oneTimeKeys().value("curve25519").toObject().size();
    account->generateOneTimeKeys(wanted - serverKeyCount - unpublished);
    if (firstUpload || fallbackKeyUsed)
        account->generateFallbackKey();
    if (firstUpload)
        upload.body.insert("device_keys", crypto::AccountKeys::deviceKeys(*account, identity));
    const QJsonObject oneTimeKeys = crypto::AccountKeys::oneTimeKeys(*account, identity);
    const QJsonObject fallbackKeys = crypto::AccountKeys::fallbackKeys(*account, identity);
    if (!oneTimeKeys.isEmpty())
        upload.body.insert("one_time_keys", oneTimeKeys);
    if (!fallbackKeys.isEmpty())
        upload.body.insert("fallback_keys", fallbackKeys);
    if (!store.saveAccount(*account))
        upload.error = db.lastError();
    return upload;
}

bool markKeysPublished(store::Database &db, const crypto::CryptoIdentity &identity,
                       int serverKeyCount)
{
    CryptoStore store(db, identity);
    QString error;
    auto account = store.loadAccount(&error);
    if (!account)
        return false;
    account->markKeysAsPublished();
    return store.saveAccount(*account) && store.setDeviceKeysUploaded() &&
           db.setMetaValue(QLatin1String(EncryptionStage::FallbackKeyUsedKey),
                           QStringLiteral("0")) &&
           db.setMetaValue(QLatin1String(EncryptionStage::OneTimeKeyCountKey),
                           QString::number(serverKeyCount));
}

} // namespace

KeyPublisher::KeyPublisher(matrix::HttpClient *http, store::StoreThread *store,
                           const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_identity(identity)
{}

void KeyPublisher::start()
{
    m_store
        ->run([identity = m_identity](store::Database &db) {
            CryptoStore store(db, identity);
            QString error;
            if (store.loadAccount(&error))
                return store.deviceKeysUploaded();
            if (!error.isEmpty()) {
                // Never replace an account we cannot read: that would change
                // this device's identity under everyone who trusts it.
                qCCritical(lcKeyPublisher) << "cannot read the Olm account:" << error;
                return true;
            }
            store.saveAccount(crypto::OlmAccount::create());
            return false;
        })
        .then(this, [this](bool uploaded) {
            if (uploaded)
                setKeysPublished();
            else
                uploadKeys(0);
        });
}

void KeyPublisher::setKeysPublished()
{
    if (m_keysPublished)
        return;
    m_keysPublished = true;
    emit keysPublished();
}

void KeyPublisher::topUp()
{
    struct Count
    {
        int server = -1;
        int wanted = 0;
        bool fallbackKeyUsed = false;
    };
    m_store
        ->run([identity = m_identity](store::Database &db) {
            CryptoStore store(db, identity);
            Count count;
            QString error;
            const auto account = store.loadAccount(&error);
            const QString server = db.metaValue(QLatin1String(EncryptionStage::OneTimeKeyCountKey));
            if (account && store.deviceKeysUploaded() && !server.isEmpty()) {
                count.server = server.toInt();
                count.wanted = account->maxOneTimeKeys() / 2;
            }
            count.fallbackKeyUsed =
                db.metaValue(QLatin1String(EncryptionStage::FallbackKeyUsedKey)) ==
                QLatin1String("1");
            return count;
        })
        .then(this, [this](const Count &count) {
            if (count.server >= 0 && (count.server < count.wanted || count.fallbackKeyUsed))
                uploadKeys(count.server);
        });
}

void KeyPublisher::uploadKeys(int serverKeyCount)
{
    if (m_uploading)
        return;
    m_uploading = true;
    m_store
        ->run([identity = m_identity, serverKeyCount](store::Database &db) {
            return prepareKeyUpload(db, identity, serverKeyCount);
        })
        .then(this, [this](const KeyUpload &upload) {
            if (!upload.error.isEmpty() || upload.body.isEmpty()) {
                if (!upload.error.isEmpty())
                    qCWarning(lcKeyPublisher) << "cannot prepare keys:" << upload.error;
                m_uploading = false;
                return;
            }
            m_http->send(matrix::requests::uploadKeys(upload.body), this,
                         [this](const matrix::ApiResponse &response) {
                             if (response.error) {
                                 // Tried again after the next sync.
                                 qCWarning(lcKeyPublisher)
                                     << "key upload failed:" << response.error->describe();
                                 m_uploading = false;
                                 return;
                             }
                             const int count = response.json()
                                                   .value("one_time_key_counts")
                                                   .toObject()
                                                   .value("signed_curve25519")
                                                   .toInt();
                             m_store
                                 ->run([identity = m_identity, count](store::Database &db) {
                                     return markKeysPublished(db, identity, count);
                                 })
                                 .then(this, [this](bool stored) {
                                     m_uploading = false;
                                     if (stored)
                                         setKeysPublished();
                                 });
                         });
        });
}

} // namespace atrium::sync
