#pragma once

#include "Database.h"
#include "OutgoingMessage.h"

#include <optional>

namespace atrium::store {

// The persistent outbox behind SendQueue. Runs on the store thread only.
class OutboxStore
{
public:
    explicit OutboxStore(Database &db) : m_db(db) {}

    std::optional<OutgoingMessage> enqueue(const QString &roomId, const QString &transactionId,
                                           const QString &type, const QJsonObject &content,
                                           const QJsonObject &attachment = {},
                                           const QString &redacts = {});
    // The oldest message of each room that is waiting to be sent (not failed).
    QList<OutgoingMessage> heads();
    // Everything still in the outbox for one room, oldest first (local echoes).
    QList<OutgoingMessage> forRoom(const QString &roomId);
    QList<OutgoingMessage> all();
    std::optional<OutgoingMessage> find(const QString &transactionId);

    bool remove(const QString &transactionId);
    bool recordAttempt(const QString &transactionId, const QString &error);
    bool markFailed(const QString &transactionId, const QString &error);
    bool markPending(const QString &transactionId);
    // Replaces a file message's attachment (to keep its finished upload).
    bool updateAttachment(const QString &transactionId, const QJsonObject &attachment);

private:
    QList<OutgoingMessage> select(const QString &whereAndOrder, const QVariantList &bindings);
    bool update(const QString &sql, const QVariantList &bindings);

    Database &m_db;
};

} // namespace atrium::store
