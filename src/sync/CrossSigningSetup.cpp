#include "CrossSigningSetup.h"

#include "crypto/AccountKeys.h"
#include "crypto/CrossSigningKey.h"
#include "crypto/CrossSigningKeyStore.h"
#include "crypto/CryptoStore.h"
#include "matrix/CrossSigningRequests.h"
#include "matrix/DeviceRequests.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "matrix/UiaChallenge.h"
#include "store/Database.h"
#include "store/StoreThread.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPromise>

Q_LOGGING_CATEGORY(lcCrossSigning, "atrium.sync.crosssigning")

namespace atrium::sync {

using crypto::CrossSigningKey;

namespace {

const QString Master = QStringLiteral("master");
const QString SelfSigning = QStringLiteral("self_signing");
const QString UserSigning = QStringLiteral("user_signing");
const QString PasswordStage = QStringLiteral("m.login.password");

// The public CrossSigningKey object the spec publishes for one usage.
QJsonObject publicKeyObject(const QString &userId, const QString &usage, const CrossSigningKey &key)
{
    return {{"user_id", userId},
            {"usage", QJsonArray{usage}},
            {"keys", QJsonObject{{QStringLiteral("ed25519:") + key.publicKey(), key.publicKey()}}}};
}

// The single public key of a published CrossSigningKey object.
QString publishedKey(const QJsonObject &object)
{
    const QJsonObject keys = object.value("keys").toObject();
    return keys.size() == 1 ? keys.begin().value().toString() : QString();
}

} // namespace

// The three key pairs and what goes to the server, made on the store thread.
struct CrossSigningSetup::Keys
{
    std::optional<CrossSigningKey> master;
    std::optional<CrossSigningKey> selfSigning;
    std::optional<CrossSigningKey> userSigning;
    bool stored = false; // already sealed in the crypto store
    QJsonObject masterObject;
    QJsonObject selfSigningObject;
    QJsonObject userSigningObject;
    QJsonObject signatures; // the body of /keys/signatures/upload
    QString error;
};

namespace {

bool loadStored(crypto::CryptoStore &store, std::optional<CrossSigningKey> *master,
                std::optional<CrossSigningKey> *selfSigning,
                std::optional<CrossSigningKey> *userSigning, QString *error)
{
    *master = store.crossSigningKey(Master, error);
    *selfSigning = store.crossSigningKey(SelfSigning, error);
    *userSigning = store.crossSigningKey(UserSigning, error);
    return *master && *selfSigning && *userSigning;
}

} // namespace

CrossSigningSetup::CrossSigningSetup(matrix::HttpClient *http, store::StoreThread *store,
                                     const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_identity(identity)
{}

void CrossSigningSetup::start(Mode mode)
{
    if (m_running)
        return;
    m_running = true;
    m_keys.reset();
    m_uiaSession.clear();
    checkPublished(mode);
}

QFuture<CrossSigningStatus> CrossSigningSetup::status()
{
    auto promise = std::make_shared<QPromise<CrossSigningStatus>>();
    promise->start();
    m_http->send(matrix::requests::queryKeys({m_identity.userId}), this,
                 [this, promise](const matrix::ApiResponse &response) {
                     CrossSigningStatus status;
                     if (response.error)
                         status.error = response.error->describe();
                     else
                         status.publishedMaster = publishedKey(response.json()
                                                                   .value("master_keys")
                                                                   .toObject()
                                                                   .value(m_identity.userId)
                                                                   .toObject());
                     m_store
                         ->run([identity = m_identity, status](store::Database &db) mutable {
                             crypto::CryptoStore store(db, identity);
                             QString error;
                             if (const auto master = store.crossSigningKey(Master, &error))
                                 status.heldMaster = master->publicKey();
                             status.verifiedMaster =
                                 crypto::CrossSigningKeyStore(db).verifiedOwnMasterKey();
                             return status;
                         })
                         .then(this, [promise](const CrossSigningStatus &status) {
                             promise->addResult(status);
                             promise->finish();
                         });
                 });
    return promise->future();
}

void CrossSigningSetup::checkPublished(Mode mode)
{
    // What is published decides between finishing our own setup and
    // refusing to replace another device's keys.
    m_http->send(
        matrix::requests::queryKeys({m_identity.userId}), this,
        [this, mode](const matrix::ApiResponse &response) {
            if (response.error)
                return fail(
                    tr("Could not read the published keys: %1").arg(response.error->describe()));
            const QString published = publishedKey(response.json()
                                                       .value("master_keys")
                                                       .toObject()
                                                       .value(m_identity.userId)
                                                       .toObject());
            if (mode == Mode::Reset || published.isEmpty())
                return prepare(mode, false);
            m_store
                ->run([identity = m_identity](store::Database &db) {
                    crypto::CryptoStore store(db, identity);
                    QString error;
                    const auto master = store.crossSigningKey(Master, &error);
                    return master ? master->publicKey() : QString();
                })
                .then(this, [this, mode, published](const QString &held) {
                    if (held != published)
                        return fail(tr("Cross-signing is already set up by another session. "
                                       "Verify this session from it, or reset cross-signing."));
                    prepare(mode, true);
                });
        });
}

void CrossSigningSetup::prepare(Mode mode, bool ourKeysPublished)
{
    m_store
        ->run([identity = m_identity, mode](store::Database &db) {
            crypto::CryptoStore store(db, identity);
            auto keys = std::make_shared<Keys>();
            if (mode == Mode::KeepPublished)
                keys->stored = loadStored(store, &keys->master, &keys->selfSigning,
                                          &keys->userSigning, &keys->error);
            if (!keys->stored) {
                keys->error.clear();
                keys->master = CrossSigningKey::generate();
                keys->selfSigning = CrossSigningKey::generate();
                keys->userSigning = CrossSigningKey::generate();
            }
            const auto account = store.loadAccount(&keys->error);
            if (!account) {
                if (keys->error.isEmpty())
                    keys->error = QStringLiteral("this device has no Olm account yet");
                return keys;
            }
            const QString userId = identity.userId;
            keys->masterObject = publicKeyObject(userId, Master, *keys->master);
            keys->selfSigningObject = keys->master->signJson(
                publicKeyObject(userId, SelfSigning, *keys->selfSigning), userId);
            keys->userSigningObject = keys->master->signJson(
                publicKeyObject(userId, UserSigning, *keys->userSigning), userId);
            // This device under the self-signing key, and the master under
            // this device's key (what other clients of ours check it by).
            const QJsonObject device = keys->selfSigning->signJson(
                crypto::AccountKeys::deviceKeys(*account, identity), userId);
            const QJsonObject master =
                crypto::AccountKeys::withSignature(*account, identity, keys->masterObject);
            keys->signatures.insert(userId, QJsonObject{{identity.deviceId, device},
                                                        {keys->master->publicKey(), master}});
            return keys;
        })
        .then(this, [this, ourKeysPublished](const std::shared_ptr<Keys> &keys) {
            if (!keys->error.isEmpty())
                return fail(tr("Could not prepare the keys: %1").arg(keys->error));
            m_keys = keys;
            // Our keys are up already (a setup interrupted before the
            // signatures): uploading them again could need the password.
            if (ourKeysPublished && keys->stored)
                return keep();
            upload({});
        });
}

void CrossSigningSetup::submitPassword(const QString &password)
{
    if (!m_running || !m_keys)
        return;
    upload(matrix::requests::passwordAuth(m_identity.userId, password, m_uiaSession));
}

void CrossSigningSetup::upload(const QJsonObject &auth)
{
    m_http->send(
        matrix::requests::uploadCrossSigningKeys(m_keys->masterObject, m_keys->selfSigningObject,
                                                 m_keys->userSigningObject, auth),
        this, [this](const matrix::ApiResponse &response) {
            if (response.ok())
                return keep();
            const auto challenge = matrix::UiaChallenge::fromResponse(response);
            if (!challenge)
                return fail(tr("Could not publish the cross-signing keys: %1")
                                .arg(response.error->describe()));
            if (!challenge->offersSingleStage(PasswordStage))
                return fail(tr("The server asks for a way of signing in Atrium does not "
                               "support."));
            m_uiaSession = challenge->session;
            emit passwordRequired(challenge->stageFailed() ? tr("Wrong password.") : QString());
        });
}

void CrossSigningSetup::keep()
{
    // Published: from here on this device must hold the private keys, and
    // knows what is published without waiting for the next /keys/query
    // (a verification right after vouches for this master).
    m_store
        ->run([identity = m_identity, keys = m_keys](store::Database &db) {
            crypto::CryptoStore store(db, identity);
            const auto published = crypto::CrossSigningKeys::parse(
                identity.userId, keys->masterObject, keys->selfSigningObject,
                keys->userSigningObject, nullptr);
            if (!db.beginTransaction())
                return false;
            const bool saved =
                keys->stored || (store.saveCrossSigningKey(Master, *keys->master) &&
                                 store.saveCrossSigningKey(SelfSigning, *keys->selfSigning) &&
                                 store.saveCrossSigningKey(UserSigning, *keys->userSigning));
            if (saved && crypto::CrossSigningKeyStore(db).replace(identity.userId, published) &&
                db.commit())
                return true;
            db.rollback();
            return false;
        })
        .then(this, [this](bool saved) {
            if (!saved)
                return fail(tr("The cross-signing keys could not be saved on this device."));
            m_keys->stored = true;
            signDevice();
        });
}

void CrossSigningSetup::signDevice()
{
    m_http->send(
        matrix::requests::uploadSignatures(m_keys->signatures), this,
        [this](const matrix::ApiResponse &response) {
            if (response.error)
                return fail(
                    tr("Could not publish the signatures: %1").arg(response.error->describe()));
            const QJsonObject failures = response.json().value("failures").toObject();
            if (!failures.isEmpty()) {
                qCWarning(lcCrossSigning) << "signatures refused:" << failures;
                return fail(tr("The server refused the signatures."));
            }
            m_running = false;
            emit finished(m_keys->master->publicKey());
        });
}

void CrossSigningSetup::fail(const QString &error)
{
    qCWarning(lcCrossSigning) << "cross-signing setup failed:" << error;
    m_running = false;
    emit failed(error);
}

} // namespace atrium::sync
