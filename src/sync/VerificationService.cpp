#include "VerificationService.h"

#include "CrossSigner.h"
#include "EncryptionService.h"
#include "KeyVerification.h"
#include "SendQueue.h"
#include "SyncChanges.h"
#include "crypto/CrossSigningKeyStore.h"
#include "crypto/CryptoStore.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/StoreThread.h"
#include "store/TimelineEvent.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

// Debug output (each event sent and received) only when asked for, as with
// QT_LOGGING_RULES="atrium.sync.verification.debug=true": atrium-cli verify prints
// to the terminal.
Q_LOGGING_CATEGORY(lcVerification, "atrium.sync.verification", QtInfoMsg)

namespace atrium::sync {

using crypto::SasVerification;
using crypto::VerificationParty;

namespace {
constexpr auto EventPrefix = "m.key.verification.";
// The spec's limits for a request's timestamp.
constexpr qint64 RequestMaxAgeMs = 10 * 60 * 1000;
constexpr qint64 RequestMaxFutureMs = 5 * 60 * 1000;

struct Parties
{
    std::optional<VerificationParty> own;
    std::optional<VerificationParty> their;
};

SasVerification::Channel channelOf(const QString &roomId)
{
    return roomId.isEmpty() ? SasVerification::Channel::ToDevice : SasVerification::Channel::Room;
}

} // namespace

VerificationService::VerificationService(matrix::HttpClient *http, store::StoreThread *store,
                                         EncryptionService *encryption,
                                         const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_encryption(encryption), m_identity(identity),
      m_signer(new CrossSigner(http, store, identity, this))
{}

VerificationService::~VerificationService() = default;

QList<KeyVerification *> VerificationService::verifications() const
{
    return m_verifications.values();
}

KeyVerification *VerificationService::add(SasVerification machine, bool incoming,
                                          const QString &roomId)
{
    const QString transactionId = machine.transactionId();
    auto *verification = new KeyVerification(std::move(machine), incoming, this, roomId);
    m_verifications.insert(transactionId, verification);
    QTimer::singleShot(m_timeoutMs, verification, [verification]() {
        verification->cancelWith(QStringLiteral("m.timeout"),
                                 QStringLiteral("the verification took too long"));
    });
    return verification;
}

KeyVerification *VerificationService::verify(const QString &userId, const QString &deviceId,
                                             Flow flow)
{
    // Until the keys are looked up, the parties carry no keys yet.
    auto *verification =
        add(SasVerification({m_identity.userId, m_identity.deviceId, {}, {}},
                            {userId, deviceId, {}, {}}, SendQueue::newTransactionId()),
            false);
    QPointer<KeyVerification> guard(verification);
    lookUpParties(
        userId, deviceId, false,
        [this, guard, flow](std::optional<VerificationParty> own,
                            std::optional<VerificationParty> their) {
            if (!guard || guard->m_machine.isFinished())
                return;
            if (!own || !their) {
                guard->abandon(QStringLiteral("unknown_device"),
                               tr("no keys are known for device %1 of %2")
                                   .arg(guard->deviceId(), guard->userId()));
                return;
            }
            guard->m_machine = SasVerification(*own, *their, guard->m_machine.transactionId());
            guard->step(flow == Flow::Request
                            ? guard->m_machine.request(QDateTime::currentMSecsSinceEpoch())
                            : guard->m_machine.start());
        });
    return verification;
}

KeyVerification *VerificationService::verifyInRoom(const QString &roomId, const QString &userId)
{
    // Until the request is sent, its event id (the transaction id) is not
    // known; until their ready, neither is the device that answers.
    const QString pendingId = SendQueue::newTransactionId();
    const auto room = SasVerification::Channel::Room;
    auto *verification = add(SasVerification({m_identity.userId, m_identity.deviceId, {}, {}},
                                             {userId, {}, {}, {}}, pendingId, room),
                             false, roomId);
    QPointer<KeyVerification> guard(verification);
    lookUpParties(
        userId, QString(), true,
        [this, guard, roomId, userId, pendingId, room](std::optional<VerificationParty> own,
                                                       std::optional<VerificationParty>) {
            if (!guard || guard->m_machine.isFinished())
                return;
            if (!own) {
                guard->abandon(QStringLiteral("unknown_device"),
                               tr("this device has no keys to verify with yet"));
                return;
            }
            guard->m_machine = SasVerification(*own, {userId, {}, {}, {}}, pendingId, room);
            const auto request = guard->m_machine.request(QDateTime::currentMSecsSinceEpoch());
            const auto rekey = [this, guard, pendingId](const QString &eventId) {
                if (!guard || eventId.isEmpty())
                    return;
                m_verifications.remove(pendingId);
                guard->m_machine.setTransactionId(eventId);
                m_verifications.insert(eventId, guard);
            };
            m_outgoing.enqueue({guard, userId, {}, roomId, request.first(), rekey});
            sendNext();
            guard->updateState();
        });
    return verification;
}

void VerificationService::answeredInRoom(KeyVerification *verification, const Incoming &event)
{
    if (event.type != QLatin1String("m.key.verification.ready")) {
        // A cancel, or out of order: the machine says which.
        verification->step(verification->m_machine.receive(event.type, event.content));
        return;
    }
    QPointer<KeyVerification> guard(verification);
    m_processing = true;
    lookUpParties(verification->userId(), event.content.value("from_device").toString(), false,
                  [this, guard, event](std::optional<VerificationParty>,
                                       std::optional<VerificationParty> their) {
                      m_processing = false;
                      if (guard && !guard->m_machine.isFinished()) {
                          if (!their) {
                              guard->cancelWith(QStringLiteral("m.invalid_message"),
                                                QStringLiteral("the answering device is unknown"));
                          } else {
                              guard->m_machine.setTheirDevice(*their);
                              guard->step(guard->m_machine.receive(event.type, event.content));
                          }
                      }
                      processNext();
                  });
}

namespace {

// The master key we vouch for in a verification: the one this device holds,
// as long as it is the one published.
QString ownMasterKey(crypto::CryptoStore &store, const crypto::CrossSigningKeys &published)
{
    QString error;
    const auto held = store.crossSigningKey(QStringLiteral("master"), &error);
    if (!held || !published.master || published.master->publicKey() != held->publicKey())
        return {};
    return held->publicKey();
}

} // namespace

void VerificationService::lookUpParties(
    const QString &userId, const QString &deviceId, bool queried,
    std::function<void(std::optional<VerificationParty>, std::optional<VerificationParty>)> done)
{
    m_store
        ->run([identity = m_identity, userId, deviceId](store::Database &db) {
            crypto::CryptoStore store(db, identity);
            Parties parties;
            QString error;
            crypto::CrossSigningKeyStore published(db);
            if (const auto account = store.loadAccount(&error))
                parties.own =
                    VerificationParty{identity.userId, identity.deviceId, account->ed25519Key(),
                                      ownMasterKey(store, published.keys(identity.userId))};
            if (const auto device = store.device(userId, deviceId)) {
                const auto master = published.keys(userId).master;
                parties.their = VerificationParty{userId, deviceId, device->ed25519,
                                                  master ? master->publicKey() : QString()};
            }
            return parties;
        })
        .then(this, [this, userId, deviceId, queried, done](const Parties &parties) {
            if (parties.their || queried || !parties.own) {
                done(parties.own, parties.their);
                return;
            }
            // Not known yet (a user we share no encrypted room with, or a
            // new device): ask the server, then look again.
            m_encryption->fetchDevices({userId}).then(this, [this, userId, deviceId, done](bool) {
                lookUpParties(userId, deviceId, true, done);
            });
        });
}

// A room event of a verification with us, as the state machine takes it:
// a request (an m.room.message to us) gets a relation to itself, so that
// it belongs to the transaction its event id names. Our own events (echoes
// of what we sent) are not for us.
std::optional<VerificationService::Incoming>
VerificationService::roomEvent(const QString &roomId, const store::TimelineEvent &event) const
{
    const QString ownUserId = m_identity.userId;
    if (event.sender == ownUserId || event.eventId.isEmpty())
        return std::nullopt;
    if (event.type == QLatin1String("m.room.message")) {
        if (event.content.value("msgtype").toString() !=
                QLatin1String(SasVerification::RequestMsgtype) ||
            event.content.value("to").toString() != ownUserId)
            return std::nullopt;
        QJsonObject content = event.content;
        content.insert("m.relates_to",
                       QJsonObject{{"rel_type", "m.reference"}, {"event_id", event.eventId}});
        return Incoming{QString::fromLatin1(SasVerification::RequestMsgtype), event.sender, content,
                        roomId, event.originServerTs};
    }
    if (!event.type.startsWith(QLatin1String(EventPrefix)) ||
        event.type == QLatin1String(SasVerification::RequestMsgtype))
        return std::nullopt;
    return Incoming{event.type, event.sender, event.content, roomId, event.originServerTs};
}

void VerificationService::handleSync(const SyncChanges &changes)
{
    for (const QJsonObject &event : changes.toDevice) {
        const QString type = event.value("type").toString();
        if (type.startsWith(QLatin1String(EventPrefix)))
            m_incoming.enqueue(
                {type, event.value("sender").toString(), event.value("content").toObject()});
    }
    queueRoomEvents(changes);
    processNext();
}

void VerificationService::queueRoomEvents(const SyncChanges &changes)
{
    // Decrypted already where the room is encrypted (EncryptionStage).
    for (auto room = changes.newEvents.begin(); room != changes.newEvents.end(); ++room) {
        for (const store::TimelineEvent &event : room.value()) {
            if (auto incoming = roomEvent(room.key(), event))
                m_incoming.enqueue(*incoming);
        }
    }
}

void VerificationService::processNext()
{
    // One at a time, in order: a verification being set up (its keys looked
    // up) must exist before the events that follow its first one.
    while (!m_processing && !m_incoming.isEmpty()) {
        const Incoming event = m_incoming.dequeue();
        const QString transactionId =
            SasVerification::transactionOf(event.content, channelOf(event.roomId));
        if (KeyVerification *verification = m_verifications.value(transactionId)) {
            if (event.sender != verification->userId() || event.roomId != verification->roomId()) {
                qCWarning(lcVerification) << "ignoring" << event.type << "from" << event.sender
                                          << "for a verification with" << verification->userId();
                continue;
            }
            qCDebug(lcVerification) << "received" << event.type << "for" << transactionId;
            if (verification->deviceId().isEmpty())
                answeredInRoom(verification, event);
            else
                verification->step(verification->m_machine.receive(event.type, event.content));
            continue;
        }
        // A verification begins with a request; over to-device messages
        // also with a start (older clients). In a room, only with a request.
        const bool opening =
            event.type == QLatin1String("m.key.verification.request") ||
            (event.roomId.isEmpty() && event.type == QLatin1String("m.key.verification.start"));
        if (transactionId.isEmpty() || !opening) {
            // Another device's conversation (a request sent to all our
            // devices that one of the others answered), or long over.
            qCDebug(lcVerification)
                << "ignoring" << event.type << "of unknown transaction" << transactionId;
            continue;
        }
        begin(event);
    }
}

void VerificationService::begin(const Incoming &event)
{
    if (event.type == QLatin1String("m.key.verification.request")) {
        const qint64 sentMs = event.roomId.isEmpty()
                                  ? event.content.value("timestamp").toVariant().toLongLong()
                                  : event.sentMs;
        const qint64 age = QDateTime::currentMSecsSinceEpoch() - sentMs;
        if (age > RequestMaxAgeMs || age < -RequestMaxFutureMs) {
            qCInfo(lcVerification) << "ignoring a stale verification request from" << event.sender;
            return;
        }
    }
    const QString deviceId = event.content.value("from_device").toString();
    m_processing = true;
    lookUpParties(
        event.sender, deviceId, false,
        [this, event](std::optional<VerificationParty> own,
                      std::optional<VerificationParty> their) {
            m_processing = false;
            const auto channel = channelOf(event.roomId);
            const QString transactionId = SasVerification::transactionOf(event.content, channel);
            if (!own || !their) {
                qCWarning(lcVerification)
                    << "ignoring a verification from unknown device"
                    << event.content.value("from_device").toString() << "of" << event.sender;
            } else if (!m_verifications.contains(transactionId)) {
                auto *verification =
                    add(SasVerification(*own, *their, transactionId, channel), true, event.roomId);
                verification->step(verification->m_machine.receive(event.type, event.content));
                // One that was refused at once (no common method) needs no one.
                if (!verification->m_machine.isFinished())
                    emit requestReceived(verification);
            }
            processNext();
        });
}

void VerificationService::send(KeyVerification *verification,
                               const QList<crypto::VerificationMessage> &messages)
{
    for (const auto &message : messages)
        m_outgoing.enqueue({verification, verification->userId(), verification->deviceId(),
                            verification->roomId(), message});
    sendNext();
}

void VerificationService::sendNext()
{
    // One request at a time, so that the other device gets them in order.
    if (m_sending)
        return;
    if (m_outgoing.isEmpty()) {
        emit allSent();
        return;
    }
    m_sending = true;
    const Outgoing next = m_outgoing.dequeue();
    qCDebug(lcVerification) << "sending" << next.message.type << "to" << next.userId
                            << next.deviceId << next.roomId;
    if (next.roomId.isEmpty())
        sendToDevice(next);
    else
        sendInRoom(next);
}

void VerificationService::sendToDevice(const Outgoing &next)
{
    const QJsonObject messages{{next.userId, QJsonObject{{next.deviceId, next.message.content}}}};
    m_http->send(
        matrix::requests::sendToDevice(next.message.type, SendQueue::newTransactionId(), messages),
        this, [this, next](const matrix::ApiResponse &response) {
            sent(next, response.error ? response.error->describe() : QString());
        });
}

void VerificationService::sendInRoom(const Outgoing &next)
{
    // Like any event of the room: encrypted where the room is. Not through
    // the outbox: a verification that cannot reach the server is over.
    m_encryption->prepare(
        next.roomId, next.message.type, next.message.content, this,
        [this, next](const OutgoingEvent &event) {
            if (event.error)
                return sent(next, event.error->describe());
            m_http->send(matrix::requests::sendEvent(next.roomId, event.type,
                                                     SendQueue::newTransactionId(), event.content),
                         this, [this, next](const matrix::ApiResponse &response) {
                             if (!response.error && next.onSent)
                                 next.onSent(response.json().value("event_id").toString());
                             sent(next, response.error ? response.error->describe() : QString());
                         });
        });
}

void VerificationService::sent(const Outgoing &next, const QString &error)
{
    m_sending = false;
    if (!error.isEmpty()) {
        qCWarning(lcVerification) << "cannot send" << next.message.type << ":" << error;
        if (next.verification)
            next.verification->abandon(QStringLiteral("send_failed"),
                                       tr("cannot reach the server: %1").arg(error));
    }
    sendNext();
}

void VerificationService::storeVerified(KeyVerification *verification)
{
    QPointer<KeyVerification> guard(verification);
    const VerificationParty their = verification->m_machine.their();
    const bool masterVerified = verification->m_machine.isTheirMasterKeyVerified();
    m_store
        ->run([identity = m_identity, their, masterVerified](store::Database &db) {
            // Another of our devices vouched for our master key: trust it here too.
            if (masterVerified && their.userId == identity.userId &&
                !crypto::CrossSigningKeyStore(db).setVerifiedOwnMasterKey(their.masterKey))
                return false;
            return crypto::CryptoStore(db, identity)
                .setDeviceVerified(their.userId, their.deviceId, their.ed25519);
        })
        .then(this, [this, guard, their, masterVerified](bool stored) {
            if (!stored) {
                if (guard)
                    guard->abandon(QStringLiteral("store_failed"),
                                   tr("the verified device could not be saved"));
                return;
            }
            emit deviceVerified(their.userId, their.deviceId);
            // Verified once what it proved is also cross-signed, where we can.
            m_signer->signVerified(their, masterVerified, [this, guard, their](bool published) {
                if (!published) {
                    if (guard)
                        guard->setVerified();
                    return;
                }
                m_encryption->fetchDevices({their.userId}).then(this, [this, guard, their](bool) {
                    emit crossSigned(their.userId);
                    if (guard)
                        guard->setVerified();
                });
            });
        });
}

} // namespace atrium::sync
