#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace atrium::store {

// One entry of a room's timeline as the views get it: a stored event, or a
// message of ours still in the outbox (local echo).
struct TimelineEvent
{
    enum class SendState
    {
        Remote,
        Pending,
        Sending,
        Failed
    };

    QString eventId; // empty for a local echo not yet acknowledged
    QString transactionId;
    QString type;
    QString sender;
    qint64 originServerTs = 0;
    QJsonObject content;
    QJsonObject json;
    SendState sendState = SendState::Remote;
    QString sendError;
    // Arrived as m.room.encrypted. When decrypted, type and content are the
    // clear ones; when not (yet), decryptionError says why.
    bool encrypted = false;
    QString decryptionError;

    bool isLocalEcho() const { return sendState != SendState::Remote; }
};

// A slice of a room's history, oldest first.
struct TimelinePage
{
    QList<TimelineEvent> events;
    // Older events exist in the store before this page.
    bool moreInStore = false;
    // The store's history ends here and the server has more: fetch with this
    // token (back-pagination). Empty when the room's start is reached.
    QString gapToken;
    qint64 gapChunkId = 0;
    // Pass back to load the page before this one.
    qint64 cursorChunkId = 0;
    qint64 cursorIdx = 0;
};

} // namespace atrium::store

Q_DECLARE_METATYPE(atrium::store::TimelineEvent)
