#include "InboundSessionArchive.h"

#include "AccountKeys.h"
#include "CryptoStore.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcArchive, "atrium.crypto.archive")

namespace atrium::crypto {

QJsonArray InboundSessionArchive::exportAll()
{
    QJsonArray entries;
    for (const auto &[info, session] : m_store.allInboundSessions()) {
        entries.append(QJsonObject{
            {"algorithm", AccountKeys::MegolmAlgorithm},
            {"room_id", info.roomId},
            {"sender_key", info.senderKey},
            {"session_id", session.sessionId()},
            {"session_key", session.exportAt(session.firstKnownIndex())},
            {"sender_claimed_keys", QJsonObject{{"ed25519", info.signingKey}}},
            {"forwarding_curve25519_key_chain", QJsonArray::fromStringList(info.forwardingChain)},
        });
    }
    return entries;
}

ImportSummary InboundSessionArchive::importAll(const QJsonArray &sessions)
{
    ImportSummary summary;
    QSet<QString> rooms;
    for (const auto &value : sessions) {
        ++summary.total;
        const QJsonObject entry = value.toObject();
        if (importOne(entry)) {
            ++summary.imported;
            rooms.insert(entry.value("room_id").toString());
        }
    }
    summary.roomIds = rooms.values();
    return summary;
}

bool InboundSessionArchive::importOne(const QJsonObject &entry)
{
    if (entry.value("algorithm").toString() != QLatin1String(AccountKeys::MegolmAlgorithm))
        return false;
    InboundSessionInfo info;
    info.roomId = entry.value("room_id").toString();
    info.senderKey = entry.value("sender_key").toString();
    info.signingKey = entry.value("sender_claimed_keys").toObject().value("ed25519").toString();
    for (const auto &key : entry.value("forwarding_curve25519_key_chain").toArray())
        info.forwardingChain.append(key.toString());
    const QString sessionId = entry.value("session_id").toString();
    QString error;
    auto session =
        MegolmInboundSession::fromExportedKey(entry.value("session_key").toString(), &error);
    if (info.roomId.isEmpty() || info.senderKey.isEmpty() || !session ||
        session->sessionId() != sessionId) {
        qCWarning(lcArchive) << "skipping an unusable session" << sessionId << error;
        return false;
    }
    if (const auto known = m_store.inboundSession(info.roomId, info.senderKey, sessionId);
        known && known->firstKnownIndex() <= session->firstKnownIndex())
        return false;
    return m_store.saveInboundSession(info, *session);
}

} // namespace atrium::crypto
