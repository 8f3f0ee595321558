#include "EncryptionService.h"

#include "CrossSigningSetup.h"
#include "DeviceTracker.h"
#include "KeyBackup.h"
#include "KeyPublisher.h"
#include "OlmMessenger.h"
#include "RoomHistory.h"
#include "RoomKeyDistributor.h"
#include "RoomKeyForwarder.h"
#include "RoomKeyRequester.h"
#include "SecretSharing.h"
#include "SecretStorage.h"
#include "SyncChanges.h"
#include "VerificationService.h"
#include "crypto/CrossSigningKeyStore.h"
#include "crypto/CryptoStore.h"
#include "crypto/InboundSessionArchive.h"
#include "crypto/KeyExport.h"
#include "crypto/MegolmEncryptor.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"

#include <QJsonArray>
#include <QSet>
#include <QtConcurrent>

namespace atrium::sync {

using crypto::CryptoStore;

struct EncryptionService::Job
{
    QString roomId;
    QString type;
    QJsonObject content;
    QPointer<QObject> context;
    std::function<void(const OutgoingEvent &)> done;
};

namespace {

matrix::ApiError localError(const QString &message)
{
    // Reported like a server error that is not worth retrying as-is.
    return {matrix::ApiError::Kind::Malformed, 0, {}, message};
}

} // namespace

EncryptionService::EncryptionService(matrix::HttpClient *http, store::StoreThread *store,
                                     RoomHistory *history, const crypto::CryptoIdentity &identity,
                                     QObject *parent)
    : QObject(parent), m_store(store), m_history(history), m_identity(identity), m_stage(identity),
      m_publisher(new KeyPublisher(http, store, identity, this)),
      m_devices(new DeviceTracker(http, store, identity, this)),
      m_olm(new OlmMessenger(http, store, identity, this)),
      m_distributor(new RoomKeyDistributor(store, m_devices, m_olm, identity, this)),
      m_requester(new RoomKeyRequester(http, store, identity, this)),
      m_forwarder(new RoomKeyForwarder(store, m_olm, identity, this)),
      m_verification(new VerificationService(http, store, this, identity, this)),
      m_crossSigning(new CrossSigningSetup(http, store, identity, this)),
      m_backup(new KeyBackup(http, store, identity, this)),
      m_secretStorage(new SecretStorage(http, store, identity, m_backup, this)),
      m_secretSharing(new SecretSharing(http, store, m_olm, m_secretStorage, identity, this))
{
    connect(m_publisher, &KeyPublisher::keysPublished, this, &EncryptionService::keysPublished);
    connect(m_forwarder, &RoomKeyForwarder::keyForwarded, this,
            &EncryptionService::roomKeyForwarded);
    connect(m_forwarder, &RoomKeyForwarder::requestRefused, this,
            &EncryptionService::keyRequestRefused);
    connect(m_verification, &VerificationService::deviceVerified, m_forwarder,
            &RoomKeyForwarder::deviceVerified);
    connect(m_verification, &VerificationService::deviceVerified, m_secretSharing,
            &SecretSharing::deviceVerified);
    connect(m_verification, &VerificationService::deviceVerified, this,
            [this](const QString &userId) { emit trustChanged({userId}); });
    connect(m_verification, &VerificationService::crossSigned, this,
            [this](const QString &userId) { emit trustChanged({userId}); });
    connect(m_devices, &DeviceTracker::devicesUpdated, this, &EncryptionService::trustChanged);
    // Our own master key is the root of trust for everyone.
    connect(m_crossSigning, &CrossSigningSetup::finished, this,
            [this]() { emit trustChanged({}); });
    connect(m_secretStorage, &SecretStorage::crossSigningRestored, this,
            [this]() { emit trustChanged({}); });
    // Restored keys unlock history like any other; new keys go to the backup.
    connect(m_backup, &KeyBackup::roomKeysRestored, this, &EncryptionService::roomKeysArrived);
    connect(m_backup, &KeyBackup::roomKeysRestored, this, &EncryptionService::countImportedKeys);
    connect(this, &EncryptionService::roomKeysArrived, m_backup, &KeyBackup::scheduleUpload);
}

EncryptionService::~EncryptionService() = default;

void EncryptionService::start()
{
    m_publisher->start();
    m_backup->scheduleUpload(); // keys that came while the backup could not be reached
}

bool EncryptionService::hasPublishedKeys() const
{
    return m_publisher->hasPublishedKeys();
}

void EncryptionService::handleSync(const SyncChanges &changes)
{
    QSet<QString> roomsWithNewKeys;
    for (const QJsonObject &event : changes.toDevice) {
        const QString type = event.value("type").toString();
        // EncryptionStage leaves the room only on keys it kept.
        const QString roomId = event.value("content").toObject().value("room_id").toString();
        if ((type == QLatin1String("m.room_key") ||
             type == QLatin1String("m.forwarded_room_key")) &&
            !roomId.isEmpty())
            roomsWithNewKeys.insert(roomId);
    }
    if (!roomsWithNewKeys.isEmpty())
        emit roomKeysArrived(roomsWithNewKeys.values());
    m_verification->handleSync(changes);
    m_devices->handleSync(changes);
    for (const auto &[userId, senderKey] : changes.wedgedOlmSenders)
        m_olm->unwedge(userId, senderKey);
    m_publisher->topUp();
    m_forwarder->handleSync(changes);
    m_secretSharing->handleSync(changes);
    // Keys this sync showed missing, and cancellations for keys that came.
    m_requester->flush();
}

QFuture<bool> EncryptionService::fetchDevices(const QStringList &userIds)
{
    return m_devices->fetchDevices(userIds);
}

namespace {

// The master key this device trusts for our own user: the one it holds, else
// the one another of our devices vouched for.
QString trustedOwnMasterKey(crypto::CryptoStore &store, crypto::CrossSigningKeyStore &published)
{
    QString error;
    const auto master = store.crossSigningKey(QStringLiteral("master"), &error);
    return master ? master->publicKey() : published.verifiedOwnMasterKey();
}

} // namespace

QFuture<QSet<QString>> EncryptionService::trustedUsers(const QStringList &userIds)
{
    return m_store->run([identity = m_identity, userIds](store::Database &db) {
        crypto::CryptoStore store(db, identity);
        crypto::CrossSigningKeyStore published(db);
        const QString ownMasterKey = trustedOwnMasterKey(store, published);
        const auto own = published.keys(identity.userId);
        QSet<QString> trusted;
        for (const QString &userId : userIds) {
            const auto theirs = userId == identity.userId ? own : published.keys(userId);
            if (crypto::CrossSigningTrust::isUserTrusted(identity.userId, ownMasterKey, own, userId,
                                                         theirs))
                trusted.insert(userId);
        }
        return trusted;
    });
}

QFuture<QHash<QString, crypto::TrustShields::User>>
EncryptionService::usersTrust(const QStringList &userIds)
{
    return m_store->run([identity = m_identity, userIds](store::Database &db) {
        crypto::CryptoStore store(db, identity);
        crypto::CrossSigningKeyStore published(db);
        const QString ownMasterKey = trustedOwnMasterKey(store, published);
        const auto own = published.keys(identity.userId);
        QHash<QString, crypto::TrustShields::User> users;
        for (const QString &userId : userIds) {
            const auto theirs = userId == identity.userId ? own : published.keys(userId);
            crypto::TrustShields::User user;
            user.verified = crypto::CrossSigningTrust::isUserTrusted(identity.userId, ownMasterKey,
                                                                     own, userId, theirs);
            for (const auto &device : store.devices(userId)) {
                if (crypto::CrossSigningTrust::deviceTrust(identity.userId, ownMasterKey, own,
                                                           theirs, device) ==
                    crypto::CrossSigningTrust::Device::Unverified)
                    user.hasUnverifiedDevice = true;
            }
            users.insert(userId, user);
        }
        return users;
    });
}

QFuture<QHash<QString, crypto::TrustShields::Message>>
EncryptionService::messageTrust(const QString &roomId, const QList<MessageOrigin> &messages)
{
    return m_store->run([identity = m_identity, roomId, messages](store::Database &db) {
        crypto::CryptoStore store(db, identity);
        crypto::CrossSigningKeyStore published(db);
        const QString ownMasterKey = trustedOwnMasterKey(store, published);
        const auto own = published.keys(identity.userId);
        // Every message of one session has the same shield: judged once.
        QHash<QString, crypto::TrustShields::Message> bySession;
        QHash<QString, crypto::TrustShields::Message> shields;
        for (const MessageOrigin &message : messages) {
            const QString sessionKey = message.sender + QLatin1Char(' ') + message.senderKey +
                                       QLatin1Char(' ') + message.sessionId;
            auto shield = bySession.find(sessionKey);
            if (shield == bySession.end()) {
                crypto::InboundSessionInfo info;
                const bool known =
                    store.inboundSession(roomId, message.senderKey, message.sessionId, &info)
                        .has_value();
                std::optional<crypto::TrustShields::SenderDevice> sender;
                for (const auto &device : store.devices(message.sender)) {
                    if (device.curve25519 != message.senderKey)
                        continue;
                    const auto theirs =
                        message.sender == identity.userId ? own : published.keys(message.sender);
                    sender = crypto::TrustShields::SenderDevice{
                        device,
                        crypto::CrossSigningTrust::deviceTrust(identity.userId, ownMasterKey, own,
                                                               theirs, device),
                        crypto::CrossSigningTrust::isSignedByOwner(theirs, device),
                        device.userId == identity.userId && device.deviceId == identity.deviceId};
                    break;
                }
                shield = bySession.insert(
                    sessionKey, crypto::TrustShields::message(message.sender,
                                                              known ? info.signingKey : QString(),
                                                              info.authenticated, sender));
            }
            shields.insert(message.eventId, *shield);
        }
        return shields;
    });
}

QFuture<QList<TrustedDevice>> EncryptionService::devicesWithTrust(const QString &userId)
{
    return m_store->run([identity = m_identity, userId](store::Database &db) {
        crypto::CryptoStore store(db, identity);
        crypto::CrossSigningKeyStore published(db);
        const QString ownMasterKey = trustedOwnMasterKey(store, published);
        const auto own = published.keys(identity.userId);
        const auto theirs = userId == identity.userId ? own : published.keys(userId);
        QList<TrustedDevice> devices;
        for (const auto &device : store.devices(userId))
            devices.append({device, crypto::CrossSigningTrust::deviceTrust(
                                        identity.userId, ownMasterKey, own, theirs, device)});
        return devices;
    });
}

void EncryptionService::prepare(const QString &roomId, const QString &type,
                                const QJsonObject &content, QObject *context,
                                std::function<void(const OutgoingEvent &)> done)
{
    auto job = std::make_shared<Job>();
    job->roomId = roomId;
    job->type = type;
    job->content = content;
    job->context = context;
    job->done = std::move(done);
    m_jobs.enqueue(job);
    runNextJob();
}

void EncryptionService::runNextJob()
{
    if (m_jobRunning || m_jobs.isEmpty())
        return;
    m_jobRunning = true;
    const auto job = m_jobs.head();
    struct Room
    {
        bool encrypted = false;
        bool membersLoaded = false;
    };
    m_store
        ->run([roomId = job->roomId](store::Database &db) {
            store::RoomStore rooms(db);
            const auto room = rooms.load(roomId);
            return Room{room && room->isEncrypted, rooms.membersLoaded(roomId)};
        })
        .then(this, [this, job](const Room &room) {
            if (!room.encrypted) {
                finishJob({job->type, job->content, {}});
                return;
            }
            // Every member must be known before the key goes out, and sync
            // lists only the members it needs for display.
            if (room.membersLoaded) {
                shareAndEncrypt(job);
                return;
            }
            m_history->loadMembers(job->roomId).then(this, [this, job](bool loaded) {
                if (loaded)
                    shareAndEncrypt(job);
                else
                    failJob({matrix::ApiError::Kind::Network,
                             0,
                             {},
                             tr("could not load the room's members to share its key")});
            });
        });
}

void EncryptionService::shareAndEncrypt(const std::shared_ptr<Job> &job)
{
    m_distributor->share(job->roomId, [this, job](const std::optional<matrix::ApiError> &error) {
        if (error)
            failJob(*error);
        else
            encryptEvent(job);
    });
}

void EncryptionService::encryptEvent(const std::shared_ptr<Job> &job)
{
    m_store
        ->run([identity = m_identity, roomId = job->roomId, type = job->type,
               content = job->content](store::Database &db) {
            CryptoStore store(db, identity);
            OutgoingEvent event;
            QString error;
            auto account = store.loadAccount(&error);
            std::optional<QJsonObject> encrypted;
            if (account)
                encrypted = crypto::MegolmEncryptor(store, *account, identity)
                                .encrypt(roomId, type, content, &error);
            if (!encrypted) {
                event.error = localError(QStringLiteral("cannot encrypt: %1").arg(error));
                return event;
            }
            event.type = QStringLiteral("m.room.encrypted");
            event.content = *encrypted;
            return event;
        })
        .then(this, [this](const OutgoingEvent &event) { finishJob(event); });
}

QFuture<QByteArray> EncryptionService::exportRoomKeys(const QString &passphrase)
{
    return m_store
        ->run([identity = m_identity](store::Database &db) {
            CryptoStore store(db, identity);
            return crypto::InboundSessionArchive(store).exportAll();
        })
        // Key stretching takes a while: not on the store thread.
        .then(QtFuture::Launch::Async, [passphrase](const QJsonArray &sessions) {
            return crypto::KeyExport::encrypt(sessions, passphrase);
        });
}

QFuture<KeyImportResult> EncryptionService::importRoomKeys(const QByteArray &file,
                                                           const QString &passphrase)
{
    return QtConcurrent::run([file, passphrase]() {
               QString error;
               auto sessions = crypto::KeyExport::decrypt(file, passphrase, &error);
               return std::make_pair(sessions.value_or(QJsonArray()), error);
           })
        .then(this,
              [this](const std::pair<QJsonArray, QString> &decrypted) {
                  if (!decrypted.second.isEmpty())
                      return QtFuture::makeReadyFuture(KeyImportResult{0, 0, decrypted.second});
                  return m_store
                      ->run(
                          [identity = m_identity, sessions = decrypted.first](store::Database &db) {
                              CryptoStore store(db, identity);
                              return crypto::InboundSessionArchive(store).importAll(sessions);
                          })
                      .then(this, [this](const crypto::ImportSummary &summary) {
                          if (!summary.roomIds.isEmpty()) {
                              emit roomKeysArrived(summary.roomIds);
                              countImportedKeys(summary.roomIds);
                          }
                          return KeyImportResult{summary.imported, summary.total, {}};
                      });
              })
        .unwrap();
}

void EncryptionService::countImportedKeys(const QStringList &roomIds)
{
    const auto count = [stage = &m_stage, roomIds](store::Database &db) {
        SyncChanges changes;
        stage->countImportedKeys(db, roomIds, changes);
        return changes;
    };
    m_store->run(count).then(this, [this](const SyncChanges &changes) {
        if (!changes.rooms.isEmpty())
            emit unreadCountsChanged(changes);
    });
}

void EncryptionService::failJob(const matrix::ApiError &error)
{
    finishJob({{}, {}, error});
}

void EncryptionService::finishJob(const OutgoingEvent &event)
{
    const auto job = m_jobs.dequeue();
    m_jobRunning = false;
    if (event.type == QLatin1String("m.room.encrypted"))
        m_backup->scheduleUpload(); // the room's session may be new
    if (job->context)
        job->done(event);
    runNextJob();
}

} // namespace atrium::sync
