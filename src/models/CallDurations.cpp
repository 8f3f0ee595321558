#include "CallDurations.h"

#include "TimelineRow.h"
#include "store/Database.h"
#include "sync/EncryptionStage.h"

#include <QJsonDocument>

namespace atrium::models {

namespace {

// How far back an answer is looked for: calls rarely last longer, and in an
// encrypted room every event in between has to be decrypted to find it.
constexpr qint64 LongestCallMs = 12LL * 60 * 60 * 1000;
constexpr int MostEventsRead = 200;

QList<store::TimelineEvent> candidates(store::Database &db, const QString &roomId,
                                       const CallDurations::Hangup &hangup)
{
    store::Statement &query = db.statement(QByteArrayLiteral(
        "SELECT json FROM events WHERE room_id = ? AND ts <= ? AND ts >= ?"
        " AND type IN ('m.call.answer', 'm.call.invite', 'm.room.encrypted') ORDER BY ts DESC"
        " LIMIT ?"));
    query.bind(1, roomId);
    query.bind(2, hangup.ts);
    query.bind(3, hangup.ts - LongestCallMs);
    query.bind(4, MostEventsRead);
    QList<store::TimelineEvent> events;
    while (query.next())
        events.append(TimelineRow::eventFromJson(QJsonDocument::fromJson(query.bytes(0)).object()));
    return events;
}

} // namespace

QHash<QString, int> CallDurations::find(store::Database &db, const QString &roomId,
                                        const QList<Hangup> &hangups,
                                        const sync::EncryptionStage *decryptor)
{
    QHash<QString, int> seconds;
    for (const Hangup &hangup : hangups) {
        QList<store::TimelineEvent> events = candidates(db, roomId, hangup);
        if (decryptor)
            decryptor->decrypt(db, roomId, events);
        // Newest first: the call's answer, or else its invite.
        for (const store::TimelineEvent &event : std::as_const(events)) {
            if (event.content.value(QLatin1String("call_id")).toString() != hangup.callId)
                continue;
            if (event.type == QLatin1String("m.call.answer")) {
                seconds.insert(hangup.eventId, int((hangup.ts - event.originServerTs) / 1000));
                break;
            }
            if (event.type == QLatin1String("m.call.invite")) {
                seconds.insert(hangup.eventId,
                               event.sender == hangup.sender ? Unanswered : Declined);
                break;
            }
        }
    }
    return seconds;
}

} // namespace atrium::models
