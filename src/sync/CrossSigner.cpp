#include "CrossSigner.h"

#include "crypto/CrossSigningKeyStore.h"
#include "crypto/CryptoStore.h"
#include "matrix/CrossSigningRequests.h"
#include "matrix/HttpClient.h"
#include "store/StoreThread.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCrossSigner, "atrium.sync.crosssigning")

namespace atrium::sync {

namespace {

// The /keys/signatures/upload body for what was verified; empty when this
// device holds no key to sign it with.
QJsonObject signaturesFor(store::Database &db, const crypto::CryptoIdentity &identity,
                          const crypto::VerificationParty &their, bool masterKeyVerified)
{
    crypto::CryptoStore store(db, identity);
    QString error;
    if (their.userId == identity.userId) {
        const auto selfSigning = store.crossSigningKey(QStringLiteral("self_signing"), &error);
        const auto device = store.device(their.userId, their.deviceId);
        // Only the key that was verified, as published.
        if (!selfSigning || !device || device->ed25519 != their.ed25519)
            return {};
        return {
            {their.userId,
             QJsonObject{{their.deviceId, selfSigning->signJson(device->json, identity.userId)}}}};
    }
    if (!masterKeyVerified)
        return {};
    const auto userSigning = store.crossSigningKey(QStringLiteral("user_signing"), &error);
    const auto master = crypto::CrossSigningKeyStore(db).keys(their.userId).master;
    if (!userSigning || !master || master->publicKey() != their.masterKey)
        return {};
    return {{their.userId, QJsonObject{{master->publicKey(),
                                        userSigning->signJson(master->json(), identity.userId)}}}};
}

} // namespace

CrossSigner::CrossSigner(matrix::HttpClient *http, store::StoreThread *store,
                         const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_identity(identity)
{}

void CrossSigner::signVerified(const crypto::VerificationParty &their, bool masterKeyVerified,
                               std::function<void(bool)> done)
{
    m_store
        ->run([identity = m_identity, their, masterKeyVerified](store::Database &db) {
            return signaturesFor(db, identity, their, masterKeyVerified);
        })
        .then(this, [this, userId = their.userId, done](const QJsonObject &signatures) {
            if (signatures.isEmpty())
                return done(false);
            m_http->send(matrix::requests::uploadSignatures(signatures), this,
                         [userId, done](const matrix::ApiResponse &response) {
                             const QJsonObject failures =
                                 response.error ? QJsonObject()
                                                : response.json().value("failures").toObject();
                             if (response.error || !failures.isEmpty()) {
                                 qCWarning(lcCrossSigner)
                                     << "signing" << userId << "failed:"
                                     << (response.error ? response.error->describe() : QString())
                                     << failures;
                                 return done(false);
                             }
                             done(true);
                         });
        });
}

} // namespace atrium::sync
