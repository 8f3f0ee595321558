#include "EncryptionService.h"

#include "RoomHistory.h"
#include "SendQueue.h"
#include "SyncChanges.h"
#include "VerificationService.h"
#include "crypto/AccountKeys.h"
#include "crypto/CryptoStore.h"
#include "crypto/InboundSessionArchive.h"
#include "crypto/KeyExport.h"
#include "crypto/MegolmEncryptor.h"
#include "crypto/OlmChannel.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcEncryptionService, "atrium.sync.encryption")

namespace atrium::sync {

using crypto::CryptoStore;
using crypto::DeviceKeys;

struct EncryptionService::Job
{
    QString roomId;
    QString type;
    QJsonObject content;
    QPointer<QObject> context;
    std::function<void(const OutgoingEvent &)> done;
    QStringList recipients; // users whose devices get the room key
    crypto::RotationPolicy policy;
    crypto::RoomKeyShare share; // the room key and the devices that lack it
};

namespace {

matrix::ApiError localError(const QString &message)
{
    // Reported like a server error that is not worth retrying as-is.
    return {matrix::ApiError::Kind::Malformed, 0, {}, message};
}

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

bool storeDeviceLists(store::Database &db, const crypto::CryptoIdentity &identity,
                      const QStringList &userIds, const QJsonObject &answer)
{
    CryptoStore store(db, identity);
    const QJsonObject allDevices = answer.value("device_keys").toObject();
    for (const QString &userId : userIds) {
        if (!allDevices.contains(userId))
            continue; // the server could not say (a remote server is down): stays outdated
        QList<DeviceKeys> devices;
        const QJsonObject byId = allDevices.value(userId).toObject();
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            QString error;
            if (auto device = DeviceKeys::fromJson(it.value().toObject(), userId, it.key(), &error))
                devices.append(*device);
            else
                qCWarning(lcEncryptionService) << "ignoring a device:" << error;
        }
        if (!store.replaceDevices(userId, devices) || !store.markUpToDate(userId))
            return false;
    }
    return true;
}

} // namespace

EncryptionService::EncryptionService(matrix::HttpClient *http, store::StoreThread *store,
                                     RoomHistory *history, const crypto::CryptoIdentity &identity,
                                     QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_history(history), m_identity(identity),
      m_stage(identity), m_verification(new VerificationService(http, store, this, identity, this))
{}

EncryptionService::~EncryptionService() = default;

void EncryptionService::start()
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
                qCCritical(lcEncryptionService) << "cannot read the Olm account:" << error;
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

void EncryptionService::setKeysPublished()
{
    if (m_keysPublished)
        return;
    m_keysPublished = true;
    emit keysPublished();
}

void EncryptionService::uploadKeys(int serverKeyCount)
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
                    qCWarning(lcEncryptionService) << "cannot prepare keys:" << upload.error;
                m_uploading = false;
                return;
            }
            m_http->send(matrix::requests::uploadKeys(upload.body), this,
                         [this](const matrix::ApiResponse &response) {
                             if (response.error) {
                                 // Tried again after the next sync.
                                 qCWarning(lcEncryptionService)
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

void EncryptionService::handleSync(const SyncChanges &changes)
{
    QSet<QString> roomsWithNewKeys;
    for (const QJsonObject &event : changes.toDevice) {
        if (event.value("type").toString() == QLatin1String("m.room_key"))
            roomsWithNewKeys.insert(event.value("content").toObject().value("room_id").toString());
    }
    if (!roomsWithNewKeys.isEmpty())
        emit roomKeysArrived(roomsWithNewKeys.values());
    m_verification->handleSync(changes);
    trackEncryptedRooms(changes);
    for (const auto &[userId, senderKey] : changes.wedgedOlmSenders)
        unwedge(userId, senderKey);

    struct Upkeep
    {
        int serverKeyCount = -1;
        int wantedKeyCount = 0;
        bool fallbackKeyUsed = false;
        QStringList outdatedUsers;
    };
    m_store
        ->run([identity = m_identity](store::Database &db) {
            CryptoStore store(db, identity);
            Upkeep upkeep;
            QString error;
            const auto account = store.loadAccount(&error);
            const QString count = db.metaValue(QLatin1String(EncryptionStage::OneTimeKeyCountKey));
            if (account && store.deviceKeysUploaded() && !count.isEmpty()) {
                upkeep.serverKeyCount = count.toInt();
                upkeep.wantedKeyCount = account->maxOneTimeKeys() / 2;
            }
            upkeep.fallbackKeyUsed =
                db.metaValue(QLatin1String(EncryptionStage::FallbackKeyUsedKey)) ==
                QLatin1String("1");
            upkeep.outdatedUsers = store.outdatedUsers();
            return upkeep;
        })
        .then(this, [this](const Upkeep &upkeep) {
            if (upkeep.serverKeyCount >= 0 &&
                (upkeep.serverKeyCount < upkeep.wantedKeyCount || upkeep.fallbackKeyUsed))
                uploadKeys(upkeep.serverKeyCount);
            if (!upkeep.outdatedUsers.isEmpty() && !m_queryingDevices)
                refreshDeviceLists(upkeep.outdatedUsers);
        });
}

void EncryptionService::trackEncryptedRooms(const SyncChanges &changes)
{
    QStringList rooms;
    for (const auto &room : changes.rooms) {
        if (room.isEncrypted && room.membership == QLatin1String("join"))
            rooms.append(room.roomId);
    }
    // Our own other devices must get room keys too.
    m_store->run([identity = m_identity, rooms](store::Database &db) {
        store::RoomStore roomStore(db);
        QStringList users{identity.userId};
        for (const QString &roomId : rooms) {
            const auto members = roomStore.members(roomId);
            for (auto it = members.begin(); it != members.end(); ++it) {
                if (it->membership == QLatin1String("join") ||
                    it->membership == QLatin1String("invite"))
                    users.append(it.key());
            }
        }
        CryptoStore(db, identity).trackUsers(users);
    });
}

QFuture<bool> EncryptionService::fetchDevices(const QStringList &userIds)
{
    return m_store
        ->run([identity = m_identity, userIds](store::Database &db) {
            CryptoStore(db, identity).trackUsers(userIds);
        })
        .then(this, [this, userIds]() { return refreshDeviceLists(userIds); })
        .unwrap();
}

QFuture<bool> EncryptionService::refreshDeviceLists(const QStringList &userIds)
{
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    m_queryingDevices = true;
    auto finish = [this, promise](bool ok) {
        m_queryingDevices = false;
        promise->addResult(ok);
        promise->finish();
    };
    m_http->send(matrix::requests::queryKeys(userIds), this,
                 [this, userIds, finish](const matrix::ApiResponse &response) {
                     if (response.error) {
                         qCWarning(lcEncryptionService)
                             << "device list query failed:" << response.error->describe();
                         finish(false);
                         return;
                     }
                     m_store
                         ->run([identity = m_identity, userIds,
                                answer = response.json()](store::Database &db) {
                             return storeDeviceLists(db, identity, userIds, answer);
                         })
                         .then(this, finish);
                 });
    return promise->future();
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
    struct Recipients
    {
        QStringList users;
        QStringList outdated;
        crypto::RotationPolicy policy;
    };
    m_store
        ->run([identity = m_identity, roomId = job->roomId](store::Database &db) {
            store::RoomStore rooms(db);
            Recipients recipients;
            // Invited members may read from their invitation on unless the
            // room's history is visible to joined members only.
            const bool shareWithInvited =
                rooms.stateContent(roomId, QStringLiteral("m.room.history_visibility"))
                    .value("history_visibility")
                    .toString() != QLatin1String("joined");
            const auto members = rooms.members(roomId);
            for (auto it = members.begin(); it != members.end(); ++it) {
                if (it->membership == QLatin1String("join") ||
                    (shareWithInvited && it->membership == QLatin1String("invite")))
                    recipients.users.append(it.key());
            }
            if (!recipients.users.contains(identity.userId))
                recipients.users.append(identity.userId);
            recipients.policy = crypto::RotationPolicy::fromEncryptionEvent(
                rooms.stateContent(roomId, QStringLiteral("m.room.encryption")));
            CryptoStore store(db, identity);
            store.trackUsers(recipients.users);
            for (const QString &user : store.outdatedUsers()) {
                if (recipients.users.contains(user))
                    recipients.outdated.append(user);
            }
            return recipients;
        })
        .then(this, [this, job](const Recipients &recipients) {
            job->recipients = recipients.users;
            job->policy = recipients.policy;
            if (recipients.outdated.isEmpty()) {
                planShare(job);
                return;
            }
            refreshDeviceLists(recipients.outdated).then(this, [this, job](bool) {
                // Devices we could not learn about now do not get the key;
                // they stay outdated and are asked about again.
                planShare(job);
            });
        });
}

void EncryptionService::planShare(const std::shared_ptr<Job> &job)
{
    struct Plan
    {
        std::optional<crypto::RoomKeyShare> share;
        QList<DeviceKeys> withoutSession; // no Olm session with them yet
    };
    m_store
        ->run([identity = m_identity, roomId = job->roomId, users = job->recipients,
               policy = job->policy](store::Database &db) {
            CryptoStore store(db, identity);
            Plan plan;
            QString error;
            auto account = store.loadAccount(&error);
            if (!account)
                return plan;
            QList<DeviceKeys> devices;
            for (const QString &user : users) {
                for (const DeviceKeys &device : store.devices(user)) {
                    if (user != identity.userId || device.deviceId != identity.deviceId)
                        devices.append(device);
                }
            }
            crypto::MegolmEncryptor encryptor(store, *account, identity);
            plan.share =
                encryptor.prepare(roomId, policy, devices, QDateTime::currentMSecsSinceEpoch());
            if (!plan.share)
                return plan;
            crypto::OlmChannel channel(store, *account, identity);
            for (const DeviceKeys &device : plan.share->devices) {
                if (!channel.hasSession(device))
                    plan.withoutSession.append(device);
            }
            return plan;
        })
        .then(this, [this, job](const Plan &plan) {
            if (!plan.share) {
                failJob(localError(tr("cannot start an encryption session for this room")));
                return;
            }
            job->share = *plan.share;
            if (plan.withoutSession.isEmpty()) {
                sendRoomKeys(job);
                return;
            }
            startOlmSessions(plan.withoutSession,
                             [this, job](const std::optional<matrix::ApiError> &error) {
                                 if (error)
                                     failJob(*error);
                                 else
                                     sendRoomKeys(job);
                             });
        });
}

void EncryptionService::startOlmSessions(
    const QList<DeviceKeys> &devices,
    std::function<void(const std::optional<matrix::ApiError> &)> then)
{
    QJsonObject wanted;
    for (const DeviceKeys &device : devices) {
        QJsonObject forUser = wanted.value(device.userId).toObject();
        forUser.insert(device.deviceId, QStringLiteral("signed_curve25519"));
        wanted.insert(device.userId, forUser);
    }
    m_http->send(
        matrix::requests::claimKeys(wanted), this,
        [this, devices, then](const matrix::ApiResponse &response) {
            if (response.error) {
                then(response.error);
                return;
            }
            m_store
                ->run([identity = m_identity, devices,
                       claimed =
                           response.json().value("one_time_keys").toObject()](store::Database &db) {
                    CryptoStore store(db, identity);
                    QString error;
                    auto account = store.loadAccount(&error);
                    if (!account)
                        return;
                    crypto::OlmChannel channel(store, *account, identity);
                    for (const DeviceKeys &device : devices) {
                        const QJsonObject keys = claimed.value(device.userId)
                                                     .toObject()
                                                     .value(device.deviceId)
                                                     .toObject();
                        // A device out of one-time keys (and without a
                        // fallback key) cannot get a session now.
                        if (keys.isEmpty() ||
                            !channel.createSession(device, keys.begin().value().toObject(), &error))
                            qCWarning(lcEncryptionService) << "no Olm session with" << device.userId
                                                           << device.deviceId << error;
                    }
                })
                .then(this, [then]() { then(std::nullopt); });
        });
}

void EncryptionService::unwedge(const QString &userId, const QString &senderKey)
{
    constexpr qint64 OncePerHourMs = 3'600'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_unwedgedAt.value(senderKey, 0) < OncePerHourMs)
        return;
    m_unwedgedAt.insert(senderKey, now);
    m_store
        ->run([identity = m_identity, senderKey](store::Database &db) {
            return CryptoStore(db, identity).deviceByCurveKey(senderKey);
        })
        .then(this, [this, userId](const std::optional<DeviceKeys> &device) {
            // Only a device we know, of the user who sent the message.
            if (!device || device->userId != userId)
                return;
            qCInfo(lcEncryptionService)
                << "starting a new Olm session with" << userId << device->deviceId;
            startOlmSessions({*device},
                             [this, device](const std::optional<matrix::ApiError> &error) {
                                 if (!error)
                                     sendDummy(*device);
                             });
        });
}

void EncryptionService::sendDummy(const DeviceKeys &device)
{
    m_store
        ->run([identity = m_identity, device](store::Database &db) {
            CryptoStore store(db, identity);
            QString error;
            auto account = store.loadAccount(&error);
            if (!account)
                return std::optional<QJsonObject>();
            return crypto::OlmChannel(store, *account, identity)
                .encrypt(device, QStringLiteral("m.dummy"), {});
        })
        .then(this, [this, device](const std::optional<QJsonObject> &content) {
            if (!content)
                return;
            const QJsonObject messages{{device.userId, QJsonObject{{device.deviceId, *content}}}};
            m_http->send(matrix::requests::sendToDevice(QStringLiteral("m.room.encrypted"),
                                                        SendQueue::newTransactionId(), messages),
                         this, [](const matrix::ApiResponse &) {});
        });
}

void EncryptionService::sendRoomKeys(const std::shared_ptr<Job> &job)
{
    struct Sealed
    {
        QJsonObject messages; // user → device → m.room.encrypted content
        QList<DeviceKeys> recipients;
    };
    m_store
        ->run([identity = m_identity, share = job->share](store::Database &db) {
            CryptoStore store(db, identity);
            Sealed sealed;
            QString error;
            auto account = store.loadAccount(&error);
            if (!account)
                return sealed;
            crypto::OlmChannel channel(store, *account, identity);
            for (const DeviceKeys &device : share.devices) {
                const auto content =
                    channel.encrypt(device, QStringLiteral("m.room_key"), share.roomKeyContent);
                if (!content)
                    continue;
                QJsonObject forUser = sealed.messages.value(device.userId).toObject();
                forUser.insert(device.deviceId, *content);
                sealed.messages.insert(device.userId, forUser);
                sealed.recipients.append(device);
            }
            return sealed;
        })
        .then(this, [this, job](const Sealed &sealed) {
            if (sealed.messages.isEmpty()) {
                encryptEvent(job);
                return;
            }
            m_http->send(
                matrix::requests::sendToDevice(QStringLiteral("m.room.encrypted"),
                                               SendQueue::newTransactionId(), sealed.messages),
                this, [this, job, sealed](const matrix::ApiResponse &response) {
                    if (response.error) {
                        failJob(*response.error);
                        return;
                    }
                    m_store
                        ->run([identity = m_identity, roomId = job->roomId,
                               sessionId = job->share.sessionId,
                               devices = sealed.recipients](store::Database &db) {
                            CryptoStore store(db, identity);
                            for (const DeviceKeys &device : devices)
                                store.markShared(roomId, sessionId, device.userId, device.deviceId);
                        })
                        .then(this, [this, job]() { encryptEvent(job); });
                });
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
                          if (!summary.roomIds.isEmpty())
                              emit roomKeysArrived(summary.roomIds);
                          return KeyImportResult{summary.imported, summary.total, {}};
                      });
              })
        .unwrap();
}

void EncryptionService::failJob(const matrix::ApiError &error)
{
    finishJob({{}, {}, error});
}

void EncryptionService::finishJob(const OutgoingEvent &event)
{
    const auto job = m_jobs.dequeue();
    m_jobRunning = false;
    if (job->context)
        job->done(event);
    runNextJob();
}

} // namespace atrium::sync
