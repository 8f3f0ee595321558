#include "OutboxStore.h"

#include "SealedJson.h"

#include <QDateTime>

namespace atrium::store {

std::optional<OutgoingMessage> OutboxStore::enqueue(const QString &roomId,
                                                    const QString &transactionId,
                                                    const QString &type, const QJsonObject &content,
                                                    const QJsonObject &attachment,
                                                    const QString &redacts)
{
    OutgoingMessage message;
    message.roomId = roomId;
    message.transactionId = transactionId;
    message.type = type;
    message.content = content;
    message.attachment = attachment;
    message.redacts = redacts;
    message.state = QStringLiteral("pending");
    message.createdTs = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery &query = m_db.prepare(
        QStringLiteral("INSERT INTO outbox (room_id, txn_id, type, content, state, created_ts,"
                       " attachment, redacts) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)"));
    query.addBindValue(roomId);
    query.addBindValue(transactionId);
    query.addBindValue(type);
    query.addBindValue(sealJson(m_db, content));
    query.addBindValue(message.createdTs);
    // A null QString binds as SQL NULL: no attachment.
    query.addBindValue(attachment.isEmpty() ? QString() : sealJson(m_db, attachment));
    query.addBindValue(redacts.isNull() ? QString(QLatin1String("")) : redacts);
    if (!m_db.exec(query))
        return std::nullopt;
    message.id = query.lastInsertId().toLongLong();
    return message;
}

QList<OutgoingMessage> OutboxStore::select(const QString &whereAndOrder,
                                           const QVariantList &bindings)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("SELECT id, room_id, txn_id, type, content, state, attempts, last_error,"
                       " created_ts, attachment, redacts FROM outbox ") +
        whereAndOrder);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    QList<OutgoingMessage> messages;
    if (!m_db.exec(query))
        return messages;
    while (query.next()) {
        OutgoingMessage message;
        message.id = query.value(0).toLongLong();
        message.roomId = query.value(1).toString();
        message.transactionId = query.value(2).toString();
        message.type = query.value(3).toString();
        message.content = openSealedJson(m_db, query.value(4).toString());
        message.state = query.value(5).toString();
        message.attempts = query.value(6).toInt();
        message.lastError = query.value(7).toString();
        message.createdTs = query.value(8).toLongLong();
        if (!query.value(9).isNull())
            message.attachment = openSealedJson(m_db, query.value(9).toString());
        message.redacts = query.value(10).toString();
        messages.append(message);
    }
    return messages;
}

QList<OutgoingMessage> OutboxStore::heads()
{
    return select(QStringLiteral("WHERE id IN (SELECT MIN(id) FROM outbox WHERE state = 'pending'"
                                 " GROUP BY room_id) ORDER BY id"),
                  {});
}

QList<OutgoingMessage> OutboxStore::forRoom(const QString &roomId)
{
    return select(QStringLiteral("WHERE room_id = ? ORDER BY id"), {roomId});
}

QList<OutgoingMessage> OutboxStore::all()
{
    return select(QStringLiteral("ORDER BY id"), {});
}

std::optional<OutgoingMessage> OutboxStore::find(const QString &transactionId)
{
    const auto found = select(QStringLiteral("WHERE txn_id = ?"), {transactionId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool OutboxStore::update(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery &query = m_db.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    return m_db.exec(query);
}

bool OutboxStore::remove(const QString &transactionId)
{
    return update(QStringLiteral("DELETE FROM outbox WHERE txn_id = ?"), {transactionId});
}

bool OutboxStore::recordAttempt(const QString &transactionId, const QString &error)
{
    return update(QStringLiteral(
                      "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE txn_id = ?"),
                  {error, transactionId});
}

bool OutboxStore::markFailed(const QString &transactionId, const QString &error)
{
    return update(
        QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE txn_id = ?"),
        {error, transactionId});
}

bool OutboxStore::markPending(const QString &transactionId)
{
    return update(
        QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0 WHERE txn_id = ?"),
        {transactionId});
}

bool OutboxStore::updateAttachment(const QString &transactionId, const QJsonObject &attachment)
{
    return update(QStringLiteral("UPDATE outbox SET attachment = ? WHERE txn_id = ?"),
                  {sealJson(m_db, attachment), transactionId});
}

} // namespace atrium::store
