#pragma once

#include "EncryptionStage.h"
#include "crypto/CrossSigningTrust.h"
#include "crypto/CryptoIdentity.h"
#include "crypto/DeviceKeys.h"
#include "crypto/TrustShields.h"
#include "matrix/ApiError.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace atrium::matrix {
class HttpClient;
struct ApiResponse;
} // namespace atrium::matrix
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

class CrossSigningSetup;
class DeviceTracker;
class KeyBackup;
class KeyPublisher;
class OlmMessenger;
class RoomHistory;
class RoomKeyDistributor;
class RoomKeyForwarder;
class RoomKeyRequester;
class SecretSharing;
class SecretStorage;
class VerificationService;
struct SyncChanges;

// An event ready to send: encrypted when its room is, else as it was.
struct OutgoingEvent
{
    QString type;
    QJsonObject content;
    std::optional<matrix::ApiError> error; // set when it could not be encrypted
};

// A device we know of, and how far we trust it (cross-signing, else SAS).
struct TrustedDevice
{
    crypto::DeviceKeys keys;
    crypto::CrossSigningTrust::Device trust = crypto::CrossSigningTrust::Device::Unverified;
};

// An encrypted event as its shield needs it: who sent it, and the Megolm
// session (its creator's Curve25519 key and id) it was encrypted with.
struct MessageOrigin
{
    QString eventId;
    QString sender;
    QString senderKey;
    QString sessionId;
};

struct KeyImportResult
{
    int imported = 0;
    int total = 0;
    QString error; // the file could not be read: wrong passphrase, damaged, …
};

// End-to-end encryption for one Session, on the GUI thread. It owns the
// parts (KeyPublisher: this device's keys; DeviceTracker: others' device
// lists; OlmMessenger and RoomKeyDistributor: room keys over Olm;
// RoomKeyRequester and RoomKeyForwarder: keys missing here or elsewhere) and
// encrypts outgoing events one at a time, each after its room's key went
// to every device that lacks it. The olm work itself runs on the store thread.
class EncryptionService : public QObject
{
    Q_OBJECT
public:
    EncryptionService(matrix::HttpClient *http, store::StoreThread *store, RoomHistory *history,
                      const crypto::CryptoIdentity &identity, QObject *parent = nullptr);
    ~EncryptionService() override;

    // The sync pipeline's stage; used on the store thread.
    EncryptionStage *stage() { return &m_stage; }

    // Creates the Olm account on first use and publishes its keys.
    void start();
    // This device's identity keys are on the server: others can encrypt for it.
    bool hasPublishedKeys() const;
    void handleSync(const SyncChanges &changes);
    // Encrypts `content` for `roomId` if the room is encrypted, then calls
    // `done` (unless `context` is gone). Requests run one at a time, so that
    // two messages never race to share a room's key.
    void prepare(const QString &roomId, const QString &type, const QJsonObject &content,
                 QObject *context, std::function<void(const OutgoingEvent &)> done);

    // Fetches the device lists of `userIds` now, and follows them from then
    // on; resolves to whether the server answered.
    QFuture<bool> fetchDevices(const QStringList &userIds);
    // The devices of `userId` known here (see fetchDevices), each with its
    // trust: cross-signed when the user is trusted through the cross-signing
    // keys this device holds and the user's self-signing key signed it.
    QFuture<QList<TrustedDevice>> devicesWithTrust(const QString &userId);
    // Which of `userIds` we trust through cross-signing (our user-signing key
    // signed their master; ourselves when we trust our own master), from the
    // keys known here.
    QFuture<QSet<QString>> trustedUsers(const QStringList &userIds);
    // Each of `userIds` as the member list and the room shield judge them:
    // trusted through cross-signing, and whether a device of theirs is
    // neither cross-signed nor verified here.
    QFuture<QHash<QString, crypto::TrustShields::User>> usersTrust(const QStringList &userIds);
    // The shield of each encrypted message in `roomId` (by event id): the
    // device that created its session, found among the sender's known
    // devices by Curve25519 key and checked against the Ed25519 key the
    // session's creator claimed.
    QFuture<QHash<QString, crypto::TrustShields::Message>>
    messageTrust(const QString &roomId, const QList<MessageOrigin> &messages);
    VerificationService *verification() const { return m_verification; }
    CrossSigningSetup *crossSigning() const { return m_crossSigning; }
    KeyBackup *keyBackup() const { return m_backup; }
    SecretStorage *secretStorage() const { return m_secretStorage; }
    SecretSharing *secretSharing() const { return m_secretSharing; }

    // Every room key this device holds, as an encrypted export file in the
    // format Element uses; empty if the keys cannot be read.
    QFuture<QByteArray> exportRoomKeys(const QString &passphrase);
    // Adds the keys of an export file; history they unlock decrypts at once.
    QFuture<KeyImportResult> importRoomKeys(const QByteArray &file, const QString &passphrase);

signals:
    void keysPublished();
    // What we know of someone's trust changed (a verification ended, their
    // devices or cross-signing keys were fetched, ours were set up): shields
    // may change. `userIds` empty means anyone.
    void trustChanged(const QStringList &userIds);
    // New room keys arrived: undecryptable events in these rooms may now decrypt.
    void roomKeysArrived(const QStringList &roomIds);
    // Keys imported or restored outside a sync changed rooms' unread counts
    // (mentions in messages they decrypt): told to the views as a sync is.
    void unreadCountsChanged(const atrium::sync::SyncChanges &changes);
    // A room key went to another of our devices that asked for it.
    void roomKeyForwarded(const QString &userId, const QString &deviceId, const QString &roomId,
                          const QString &sessionId);
    // A device's m.room_key_request was not answered, and why.
    void keyRequestRefused(const QString &userId, const QString &deviceId, const QString &requestId,
                           const QString &reason);

private:
    struct Job;
    void countImportedKeys(const QStringList &roomIds);
    void runNextJob();
    void finishJob(const OutgoingEvent &event);
    void shareAndEncrypt(const std::shared_ptr<Job> &job);
    void encryptEvent(const std::shared_ptr<Job> &job);
    void failJob(const matrix::ApiError &error);

    store::StoreThread *m_store;
    RoomHistory *m_history;
    crypto::CryptoIdentity m_identity;
    EncryptionStage m_stage;
    QQueue<std::shared_ptr<Job>> m_jobs;
    bool m_jobRunning = false;
    KeyPublisher *m_publisher;
    DeviceTracker *m_devices;
    OlmMessenger *m_olm;
    RoomKeyDistributor *m_distributor;
    RoomKeyRequester *m_requester;
    RoomKeyForwarder *m_forwarder;
    VerificationService *m_verification;
    CrossSigningSetup *m_crossSigning;
    KeyBackup *m_backup;
    SecretStorage *m_secretStorage;
    SecretSharing *m_secretSharing;
};

} // namespace atrium::sync
