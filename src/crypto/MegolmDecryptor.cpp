#include "MegolmDecryptor.h"

#include "AccountKeys.h"
#include "CryptoStore.h"

#include <QJsonDocument>

namespace atrium::crypto {

namespace {
DecryptedRoomEvent failure(DecryptedRoomEvent result, DecryptedRoomEvent::Failure why,
                           const QString &error)
{
    result.failure = why;
    result.error = error;
    return result;
}
} // namespace

MegolmInboundSession *MegolmDecryptor::session(const QString &roomId, const QString &senderKey,
                                               const QString &sessionId)
{
    // A session fresh from the store sits at its first known index, so every
    // message would advance the ratchet from there (and pay the unpickling).
    // A page of a room's timeline is mostly one session: kept, it walks
    // forward from the page's first message; an older index still decrypts
    // (libolm starts again from the first ratchet for it).
    QString key = roomId;
    key.append(QLatin1Char('\n')).append(senderKey).append(QLatin1Char('\n')).append(sessionId);
    if (const auto cached = m_sessions.find(key); cached != m_sessions.end())
        return &cached->second;
    auto session = m_store.inboundSession(roomId, senderKey, sessionId);
    if (!session)
        return nullptr; // not cached: looked up again if it comes up again
    return &m_sessions.emplace(std::move(key), std::move(*session)).first->second;
}

DecryptedRoomEvent MegolmDecryptor::decrypt(const QString &roomId, const QJsonObject &event)
{
    using Failure = DecryptedRoomEvent::Failure;
    const QJsonObject content = event.value("content").toObject();
    DecryptedRoomEvent result;
    result.senderKey = content.value("sender_key").toString();
    result.sessionId = content.value("session_id").toString();
    if (content.value("algorithm").toString() != QLatin1String(AccountKeys::MegolmAlgorithm))
        return failure(
            result, Failure::Malformed,
            QStringLiteral("unsupported algorithm %1").arg(content.value("algorithm").toString()));
    if (result.senderKey.isEmpty() || result.sessionId.isEmpty())
        return failure(result, Failure::Malformed, QStringLiteral("no sender key or session id"));

    MegolmInboundSession *session = this->session(roomId, result.senderKey, result.sessionId);
    if (!session)
        return failure(result, Failure::MissingKey,
                       QStringLiteral("the sender's key for this message has not arrived"));
    QString error;
    const auto plaintext = session->decrypt(content.value("ciphertext").toString(), &error);
    if (!plaintext) {
        if (error == QLatin1String("UNKNOWN_MESSAGE_INDEX"))
            return failure(
                result, Failure::UnknownIndex,
                QStringLiteral("this device received the key only from a later message on"));
        return failure(result, Failure::Other, QStringLiteral("cannot decrypt: %1").arg(error));
    }
    const QString eventId = event.value("event_id").toString();
    const QString firstUse =
        m_store.eventAtIndex(result.senderKey, result.sessionId, plaintext->messageIndex);
    if (!firstUse.isEmpty() && firstUse != eventId)
        return failure(
            result, Failure::Replayed,
            QStringLiteral("refused: this message index was already used by %1").arg(firstUse));
    if (firstUse.isEmpty() && !eventId.isEmpty())
        m_store.recordIndex(result.senderKey, result.sessionId, plaintext->messageIndex, eventId);

    const QJsonObject payload = QJsonDocument::fromJson(plaintext->json).object();
    // The room is inside the ciphertext so that a server cannot move a
    // message into another room that shares the session.
    if (payload.value("room_id").toString() != roomId)
        return failure(result, Failure::WrongRoom,
                       QStringLiteral("refused: the message was encrypted for another room"));
    result.type = payload.value("type").toString();
    result.content = payload.value("content").toObject();
    if (result.type.isEmpty())
        return failure(result, Failure::Malformed, QStringLiteral("the payload has no type"));
    // Relations travel in the clear (the server aggregates them).
    if (!result.content.contains(QLatin1String("m.relates_to")) &&
        content.contains(QLatin1String("m.relates_to")))
        result.content.insert(QLatin1String("m.relates_to"), content.value("m.relates_to"));
    return result;
}

} // namespace atrium::crypto
