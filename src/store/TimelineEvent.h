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
    // Why an encrypted event could not be read, for the views to say in the
    // reader's language.
    enum class DecryptionFailure
    {
        None,
        MissingKey,   // the session's key has not arrived (yet)
        UnknownIndex, // the key is held only from a later message on
        Replayed,     // the message index was already used by another event
        WrongRoom,    // encrypted for another room
        Malformed,
        Other
    };

    // Arrived as m.room.encrypted. When decrypted, type and content are the
    // clear ones; when not (yet), decryptionError says why (in English, for
    // logs and atrium-cli) and decryptionFailure what kind of failure it is.
    bool encrypted = false;
    QString decryptionError;
    DecryptionFailure decryptionFailure = DecryptionFailure::None;
    // The Megolm session it was encrypted with: its creator's Curve25519
    // key and its id (what finds the sending device, for its shield).
    QString senderKey;
    QString sessionId;

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
