#pragma once

#include "crypto/CryptoIdentity.h"
#include "crypto/SasVerification.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <functional>
#include <optional>

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
struct TimelineEvent;
} // namespace atrium::store

namespace atrium::sync {

class CrossSigner;
class EncryptionService;
class KeyVerification;
struct SyncChanges;

// Interactive SAS verification of devices, on the GUI thread: starts
// verifications, turns incoming m.key.verification.* events into
// KeyVerification objects a dialog binds to, sends what their state
// machines answer, enforces the spec's time limits, and stores verified
// devices. Over to-device messages (unencrypted, as the spec allows), or in
// a room shared with the other user (encrypted when the room is), which is
// how Element verifies other people.
class VerificationService : public QObject
{
    Q_OBJECT
public:
    VerificationService(matrix::HttpClient *http, store::StoreThread *store,
                        EncryptionService *encryption, const crypto::CryptoIdentity &identity,
                        QObject *parent = nullptr);
    ~VerificationService() override;

    enum class Flow
    {
        Request, // request → ready → start…: what current clients expect
        Direct,  // start at once, for clients without requests (matrix-nio)
    };

    // Begins verifying `deviceId` of `userId`, fetching its keys first if
    // they are not known yet. Progress and failure are on the object.
    KeyVerification *verify(const QString &userId, const QString &deviceId,
                            Flow flow = Flow::Request);
    // Asks `userId` to verify in `roomId` (a room we share, usually a
    // direct chat); whichever of their devices accepts is the one verified.
    KeyVerification *verifyInRoom(const QString &roomId, const QString &userId);
    QList<KeyVerification *> verifications() const;
    void handleSync(const SyncChanges &changes);

    // A verification is cancelled (m.timeout) once this much time passed
    // since it began; the spec's limit is ten minutes.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Whether messages are still on their way to the server.
    bool hasUnsentMessages() const { return m_sending || !m_outgoing.isEmpty(); }

signals:
    // Another device asked to verify with us: accept() or cancel() it.
    void requestReceived(atrium::sync::KeyVerification *verification);
    // The last queued message has been sent (or failed).
    void allSent();
    // A device was verified and stored as such.
    void deviceVerified(const QString &userId, const QString &deviceId);
    // What a verification proved is cross-signed and published (our other
    // device, or the other user's master key); their keys were fetched again.
    void crossSigned(const QString &userId);

private:
    friend class KeyVerification;
    struct Incoming
    {
        QString type;
        QString sender;
        QJsonObject content;
        QString roomId = {}; // empty for a to-device event
        qint64 sentMs = -1;  // a room event's origin_server_ts
    };
    struct Outgoing
    {
        QPointer<KeyVerification> verification;
        QString userId;
        QString deviceId;
        QString roomId = {};
        crypto::VerificationMessage message = {};
        std::function<void(QString eventId)> onSent = {}; // room events only
    };

    void send(KeyVerification *verification, const QList<crypto::VerificationMessage> &messages);
    void sendNext();
    void sendToDevice(const Outgoing &next);
    void sendInRoom(const Outgoing &next);
    void sent(const Outgoing &next, const QString &error);
    void queueRoomEvents(const SyncChanges &changes);
    std::optional<Incoming> roomEvent(const QString &roomId,
                                      const store::TimelineEvent &event) const;
    // The ready to our in-room request names the device that answers.
    void answeredInRoom(KeyVerification *verification, const Incoming &event);
    void storeVerified(KeyVerification *verification);
    void processNext();
    void begin(const Incoming &event);
    KeyVerification *add(crypto::SasVerification machine, bool incoming,
                         const QString &roomId = {});
    // Finds our own Ed25519 key and their device's, querying their keys
    // when they are not known; `done` gets nullopt when the device is unknown.
    void lookUpParties(const QString &userId, const QString &deviceId, bool queried,
                       std::function<void(std::optional<crypto::VerificationParty>,
                                          std::optional<crypto::VerificationParty>)>
                           done);

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    EncryptionService *m_encryption;
    crypto::CryptoIdentity m_identity;
    CrossSigner *m_signer;
    QHash<QString, KeyVerification *> m_verifications; // by transaction id
    QQueue<Incoming> m_incoming;
    bool m_processing = false;
    QQueue<Outgoing> m_outgoing;
    bool m_sending = false;
    int m_timeoutMs = 10 * 60 * 1000;
};

} // namespace atrium::sync
