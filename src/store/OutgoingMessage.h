#pragma once

#include <QJsonObject>
#include <QString>

namespace atrium::store {

// A message in the outbox: written before it is sent, deleted only once the
// server has acknowledged it.
struct OutgoingMessage
{
    qint64 id = 0;
    QString roomId;
    QString transactionId;
    QString type;
    QJsonObject content;
    // For a file: {path, name, mimetype, size} and, once uploaded, "mxc".
    // Empty for anything else.
    QJsonObject attachment;
    // For a redaction (type m.room.redaction): the event it removes. It goes
    // to /redact with `content` ({"reason": …}) as the body.
    QString redacts;
    QString state; // pending, failed
    int attempts = 0;
    QString lastError;
    qint64 createdTs = 0;

    bool isRedaction() const { return !redacts.isEmpty(); }
};

} // namespace atrium::store
