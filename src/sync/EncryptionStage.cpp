#include "EncryptionStage.h"

#include "DecryptedNotifications.h"
#include "SyncChanges.h"
#include "crypto/AccountKeys.h"
#include "crypto/CryptoStore.h"
#include "crypto/KeyRequestStore.h"
#include "crypto/MegolmDecryptor.h"
#include "crypto/OlmChannel.h"
#include "matrix/RoomEvent.h"
#include "matrix/SyncResponse.h"
#include "store/Database.h"
#include "store/RoomStore.h"
#include "store/TimelineStore.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEncryption, "atrium.sync.encryption")

namespace atrium::sync {

namespace {

store::TimelineEvent::DecryptionFailure failureKind(crypto::DecryptedRoomEvent::Failure failure)
{
    using From = crypto::DecryptedRoomEvent::Failure;
    using To = store::TimelineEvent::DecryptionFailure;
    switch (failure) {
    case From::None:
        return To::None;
    case From::MissingKey:
        return To::MissingKey;
    case From::UnknownIndex:
        return To::UnknownIndex;
    case From::Replayed:
        return To::Replayed;
    case From::WrongRoom:
        return To::WrongRoom;
    case From::Malformed:
        return To::Malformed;
    case From::Other:
        break;
    }
    return To::Other;
}

} // namespace

bool EncryptionStage::process(store::Database &db, matrix::SyncResponse &response, QString *error)
{
    const bool fallbackKeyUsed =
        response.unusedFallbackKeyTypes &&
        !response.unusedFallbackKeyTypes->contains(QLatin1String("signed_curve25519"));
    const bool hasWork = !response.toDevice.isEmpty() || !response.deviceListsChanged.isEmpty() ||
                         response.oneTimeKeysCount.contains(QLatin1String("signed_curve25519")) ||
                         fallbackKeyUsed;
    if (!hasWork)
        return true;
    // A transaction of its own: the keys are kept even if storing the rest
    // of the batch fails (Olm messages cannot be decrypted twice).
    if (!db.beginTransaction()) {
        *error = db.lastError();
        return false;
    }
    crypto::CryptoStore store(db, m_identity);
    bool ok = store.markOutdated(response.deviceListsChanged);
    if (const auto count = response.oneTimeKeysCount.constFind(QLatin1String("signed_curve25519"));
        count != response.oneTimeKeysCount.cend())
        ok = ok && db.setMetaValue(QLatin1String(OneTimeKeyCountKey), QString::number(*count));
    if (fallbackKeyUsed)
        ok = ok && db.setMetaValue(QLatin1String(FallbackKeyUsedKey), QStringLiteral("1"));
    if (ok)
        receiveToDevice(store, response.toDevice);
    if (!ok || !db.commit()) {
        *error = QStringLiteral("cannot save encryption keys: %1").arg(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

void EncryptionStage::receiveToDevice(crypto::CryptoStore &store, QList<QJsonObject> &events)
{
    QString error;
    auto account = store.loadAccount(&error);
    if (!account) {
        qCWarning(lcEncryption) << "no Olm account to decrypt to-device messages:" << error;
        return;
    }
    crypto::OlmChannel channel(store, *account, m_identity);
    for (QJsonObject &event : events) {
        if (event.value("type").toString() != QLatin1String("m.room.encrypted"))
            continue;
        const auto message = channel.decrypt(event, &error);
        if (!message) {
            qCWarning(lcEncryption) << "cannot decrypt a to-device message from"
                                    << event.value("sender").toString() << ":" << error;
            const QString senderKey =
                event.value("content").toObject().value("sender_key").toString();
            if (!senderKey.isEmpty())
                m_wedged.append({event.value("sender").toString(), senderKey});
            continue;
        }
        QJsonObject content = message->content;
        if (message->type == QLatin1String("m.room_key") ||
            message->type == QLatin1String("m.forwarded_room_key")) {
            const bool kept = message->type == QLatin1String("m.room_key")
                                  ? keepRoomKey(store, *message)
                                  : keepForwardedKey(store, *message);
            // The views need only the room whose events may now decrypt.
            content.remove(QLatin1String("session_key"));
            if (!kept)
                content.remove(QLatin1String("room_id"));
            else
                m_newSessions[content.value(QLatin1String("room_id")).toString()].insert(
                    content.value(QLatin1String("session_id")).toString());
        }
        // Later stages and the views see the clear message, as if it came so.
        // With the sending device's key: who sent it, as Olm proved.
        event = QJsonObject{{"type", message->type},
                            {"sender", message->sender},
                            {"sender_key", message->senderKey},
                            {"content", content},
                            {"encrypted", true}};
    }
    if (channel.accountChanged())
        store.saveAccount(*account);
}

bool EncryptionStage::keepRoomKey(crypto::CryptoStore &store,
                                  const crypto::DecryptedToDevice &message) const
{
    const QJsonObject &content = message.content;
    if (content.value("algorithm").toString() !=
        QLatin1String(crypto::AccountKeys::MegolmAlgorithm))
        return false;
    const QString roomId = content.value("room_id").toString();
    const QString sessionId = content.value("session_id").toString();
    QString error;
    auto session = crypto::MegolmInboundSession::fromSessionKey(
        content.value("session_key").toString(), &error);
    if (!session || session->sessionId() != sessionId) {
        qCWarning(lcEncryption) << "unusable room key from" << message.sender << error;
        return false;
    }
    crypto::KeyRequestStore(store.database()).fulfilled(roomId, message.senderKey, sessionId);
    // Keep the copy that reaches further back; either way the session is
    // now known to come from the device that sent this over Olm.
    if (const auto known = store.inboundSession(roomId, message.senderKey, sessionId);
        known && known->firstKnownIndex() <= session->firstKnownIndex())
        return store.markAuthenticated(roomId, message.senderKey, sessionId,
                                       message.senderSigningKey);
    return store.saveInboundSession({roomId, message.senderKey, message.senderSigningKey, {}, true},
                                    *session);
}

bool EncryptionStage::keepForwardedKey(crypto::CryptoStore &store,
                                       const crypto::DecryptedToDevice &message) const
{
    const QJsonObject &content = message.content;
    const QString roomId = content.value("room_id").toString();
    const QString senderKey = content.value("sender_key").toString();
    const QString sessionId = content.value("session_id").toString();
    const auto refuse = [&](const QString &reason) {
        qCWarning(lcEncryption).noquote() << "refused a forwarded room key for" << sessionId
                                          << "from" << message.sender << ":" << reason;
        return false;
    };
    // A forwarded key is as trustworthy as whoever forwards it: only our
    // own devices, and only what we asked them for.
    if (message.sender != m_identity.userId)
        return refuse(QStringLiteral("not from one of our own devices"));
    const auto forwarder = store.deviceByCurveKey(message.senderKey);
    if (!forwarder || forwarder->userId != m_identity.userId ||
        forwarder->deviceId == m_identity.deviceId)
        return refuse(QStringLiteral("from a device we do not know as ours"));
    if (content.value("algorithm").toString() !=
        QLatin1String(crypto::AccountKeys::MegolmAlgorithm))
        return refuse(QStringLiteral("not a Megolm key"));
    crypto::KeyRequestStore requests(store.database());
    const auto request = requests.find(roomId, senderKey, sessionId);
    if (!request || request->state == crypto::RoomKeyRequest::State::Unsent)
        return refuse(QStringLiteral("we did not ask for it"));
    QString error;
    auto session = crypto::MegolmInboundSession::fromExportedKey(
        content.value("session_key").toString(), &error);
    if (!session || session->sessionId() != sessionId)
        return refuse(QStringLiteral("unusable key: %1").arg(error));
    requests.fulfilled(roomId, senderKey, sessionId);
    if (const auto known = store.inboundSession(roomId, senderKey, sessionId);
        known && known->firstKnownIndex() <= session->firstKnownIndex())
        return true;
    crypto::InboundSessionInfo info{
        roomId, senderKey, content.value("sender_claimed_ed25519_key").toString(), {}, false};
    for (const auto &key : content.value("forwarding_curve25519_key_chain").toArray())
        info.forwardingChain.append(key.toString());
    info.forwardingChain.append(message.senderKey);
    qCInfo(lcEncryption).noquote() << "received room key" << sessionId << "of" << roomId
                                   << "forwarded by" << forwarder->deviceId;
    return store.saveInboundSession(info, *session);
}

void EncryptionStage::finish(store::Database &db, SyncChanges &changes)
{
    changes.wedgedOlmSenders = std::exchange(m_wedged, {});
    for (auto it = changes.newEvents.begin(); it != changes.newEvents.end(); ++it)
        decrypt(db, it.key(), it.value());
    DecryptedNotifications notifications(db, m_identity.userId);
    if (!notifications.count(changes) || !countLateKeys(db, notifications, changes))
        qCWarning(lcEncryption) << "cannot count the unread encrypted messages:" << db.lastError();
    decryptPreviews(db, changes.rooms);
}

bool EncryptionStage::countLateKeys(store::Database &db, DecryptedNotifications &notifications,
                                    SyncChanges &changes)
{
    const auto sessions = std::exchange(m_newSessions, {});
    return countUnread(db, notifications, sessions.keys(), changes, [&](const QString &roomId) {
        return notifications.unreadInSessions(roomId, sessions.value(roomId));
    });
}

void EncryptionStage::countImportedKeys(store::Database &db, const QStringList &roomIds,
                                        SyncChanges &changes) const
{
    DecryptedNotifications notifications(db, m_identity.userId);
    const auto unread = [&](const QString &roomId) {
        return notifications.unreadEncrypted(roomId);
    };
    if (!countUnread(db, notifications, roomIds, changes, unread)) {
        qCWarning(lcEncryption) << "cannot count the unread messages imported keys decrypt:"
                                << db.lastError();
        changes = {}; // rolled back
        return;
    }
    decryptPreviews(db, changes.rooms); // as a sync's summaries are
}

bool EncryptionStage::countUnread(
    store::Database &db, DecryptedNotifications &notifications, const QStringList &roomIds,
    SyncChanges &changes,
    const std::function<QList<store::TimelineEvent>(const QString &roomId)> &unread) const
{
    DecryptedNotifications::EventsByRoom decrypted;
    for (const QString &roomId : roomIds) {
        QList<store::TimelineEvent> events = unread(roomId);
        if (events.isEmpty())
            continue;
        decrypt(db, roomId, events);
        decrypted.insert(roomId, events);
    }
    return decrypted.isEmpty() || notifications.countLate(decrypted, changes);
}

void EncryptionStage::decrypt(store::Database &db, const QString &roomId,
                              QList<store::TimelineEvent> &events) const
{
    crypto::CryptoStore store(db, m_identity);
    crypto::MegolmDecryptor decryptor(store);
    // The message indices the batch records (and the keys it wants) in one
    // transaction rather than one each. BEGIN fails inside a caller's
    // transaction: then the batch is part of that one.
    const bool ownTransaction = db.beginTransaction();
    for (store::TimelineEvent &event : events) {
        if (event.type != QLatin1String("m.room.encrypted") || event.content.isEmpty())
            continue; // a redacted encrypted event has nothing to decrypt
        event.encrypted = true;
        const auto clear = decryptor.decrypt(roomId, event.json);
        event.senderKey = clear.senderKey;
        event.sessionId = clear.sessionId;
        if (!clear.ok()) {
            event.decryptionError = clear.error;
            event.decryptionFailure = failureKind(clear.failure);
            // Our other devices may hold the key: RoomKeyRequester asks them.
            if (clear.failure == crypto::DecryptedRoomEvent::Failure::MissingKey ||
                clear.failure == crypto::DecryptedRoomEvent::Failure::UnknownIndex)
                crypto::KeyRequestStore(db).want(roomId, clear.senderKey, clear.sessionId);
            continue;
        }
        event.type = clear.type;
        event.content = clear.content;
        event.json.insert(QLatin1String("type"), clear.type);
        event.json.insert(QLatin1String("content"), clear.content);
    }
    if (ownTransaction && !db.commit()) {
        // The events stay decrypted; their indices are recorded when next read.
        qCWarning(lcEncryption) << "cannot record Megolm message indices:" << db.lastError();
        db.rollback();
    }
}

void EncryptionStage::decryptPreviews(store::Database &db, QList<store::RoomSummary> &rooms) const
{
    store::RoomStore roomStore(db);
    store::TimelineStore timeline(db);
    for (store::RoomSummary &room : rooms) {
        if (!room.isEncrypted)
            continue;
        const QString eventId = roomStore.lastEventId(room.roomId);
        const auto json = eventId.isEmpty() ? std::nullopt : timeline.event(room.roomId, eventId);
        if (!json || json->value("type").toString() != QLatin1String("m.room.encrypted"))
            continue;
        store::TimelineEvent event;
        event.eventId = eventId;
        event.type = QStringLiteral("m.room.encrypted");
        event.content = json->value("content").toObject();
        event.json = *json;
        QList<store::TimelineEvent> events{event};
        decrypt(db, room.roomId, events);
        if (events.first().decryptionError.isEmpty()) {
            if (auto event = matrix::RoomEvent::fromJson(events.first().json))
                store::RoomStore::readPreview(room, store::RoomStore::previewText(*event));
        }
    }
}

} // namespace atrium::sync
