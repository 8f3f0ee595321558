#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace atrium::matrix {

// A room event in the client format, with the fields every consumer needs
// pulled out. Built only from JSON that has them: a malformed event from a
// server or a peer is rejected here, at the edge, instead of deep inside.
struct RoomEvent
{
    QString eventId; // empty for stripped state (invites)
    QString type;
    QString sender;
    qint64 originServerTs = 0;
    std::optional<QString> stateKey;
    QJsonObject content;
    QJsonObject json; // the whole event as received
    // The event's JSON text as the server sent it, when the parser kept it.
    // Whoever changes `json` clears it (or sets the new text).
    QByteArray rawJson;

    bool isState() const { return stateKey.has_value(); }
    // The transaction id the server echoes to the device that sent the event.
    QString transactionId() const;
    bool isRedacted() const;
    // For an m.room.redaction: the event it removes (content.redacts since
    // room version 11, the top-level redacts before).
    QString redacts() const;
    // The event's JSON text for the store: rawJson when kept, else `json`
    // serialized. Serializing costs more than storing the event.
    QByteArray jsonText() const;

    // A timeline or state event: event_id, type, sender, origin_server_ts.
    static std::optional<RoomEvent> fromJson(const QJsonObject &json);
    // A stripped state event from invite_state: type, state_key, sender, content.
    static std::optional<RoomEvent> fromStrippedJson(const QJsonObject &json);
};

} // namespace atrium::matrix
