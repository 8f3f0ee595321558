#include "SyncResponse.h"

#include "SyncEventTexts.h"

#include <QJsonDocument>

namespace atrium::matrix {

namespace {

QList<QJsonObject> objects(const QJsonValue &eventsContainer)
{
    QList<QJsonObject> result;
    const QJsonArray events = eventsContainer.toObject().value(QLatin1String("events")).toArray();
    result.reserve(events.size());
    for (const auto &event : events) {
        if (event.isObject())
            result.append(event.toObject());
    }
    return result;
}

// The events of a {"events": [...]} container. `texts` are the same
// events' JSON texts when the parser has them: each event keeps its own
// text then, so that the store need not serialize it again.
QList<RoomEvent> roomEvents(const QJsonValue &eventsContainer, QList<QByteArrayView> texts,
                            int *dropped, bool stripped = false)
{
    QList<RoomEvent> result;
    const QJsonArray events = eventsContainer.toObject().value(QLatin1String("events")).toArray();
    if (texts.size() != events.size())
        texts.clear(); // not the text Qt parsed: serialize instead
    result.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject json = events.at(i).toObject();
        auto event = stripped ? RoomEvent::fromStrippedJson(json) : RoomEvent::fromJson(json);
        if (!event) {
            ++*dropped;
            continue;
        }
        if (!texts.isEmpty())
            event->rawJson = texts.at(i).toByteArray();
        result.append(std::move(*event));
    }
    return result;
}

RoomSummaryUpdate summaryFrom(const QJsonObject &json)
{
    RoomSummaryUpdate summary;
    if (json.value(QLatin1String("m.heroes")).isArray()) {
        QStringList heroes;
        for (const auto &hero : json.value(QLatin1String("m.heroes")).toArray())
            heroes.append(hero.toString());
        summary.heroes = heroes;
    }
    if (json.value(QLatin1String("m.joined_member_count")).isDouble())
        summary.joinedMemberCount = json.value(QLatin1String("m.joined_member_count")).toInt();
    if (json.value(QLatin1String("m.invited_member_count")).isDouble())
        summary.invitedMemberCount = json.value(QLatin1String("m.invited_member_count")).toInt();
    return summary;
}

std::optional<int> optionalInt(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

JoinedRoomUpdate joinedRoomFrom(const QString &roomId, const QJsonObject &json,
                                const SyncEventTexts &texts, int *dropped)
{
    const QString join = QStringLiteral("join");
    JoinedRoomUpdate room;
    room.roomId = roomId;
    room.summary = summaryFrom(json.value(QLatin1String("summary")).toObject());
    room.state = roomEvents(json.value(QLatin1String("state")),
                            texts.events(join, roomId, QStringLiteral("state")), dropped);
    const QJsonObject timeline = json.value(QLatin1String("timeline")).toObject();
    room.timeline =
        roomEvents(timeline, texts.events(join, roomId, QStringLiteral("timeline")), dropped);
    room.limited = timeline.value(QLatin1String("limited")).toBool();
    room.prevBatch = timeline.value(QLatin1String("prev_batch")).toString();
    room.ephemeral = objects(json.value(QLatin1String("ephemeral")));
    room.accountData = objects(json.value(QLatin1String("account_data")));
    const QJsonObject unread = json.value(QLatin1String("unread_notifications")).toObject();
    room.notificationCount = optionalInt(unread, QLatin1String("notification_count"));
    room.highlightCount = optionalInt(unread, QLatin1String("highlight_count"));
    return room;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const auto &item : value.toArray())
        result.append(item.toString());
    return result;
}

// `text` is the answer's JSON text, when there is one: events keep their own
// text from it (see roomEvents).
std::optional<SyncResponse> responseFrom(const QJsonObject &json, QByteArrayView text,
                                         QString *error)
{
    SyncResponse sync;
    sync.nextBatch = json.value(QLatin1String("next_batch")).toString();
    if (sync.nextBatch.isEmpty()) {
        *error = QStringLiteral("sync answer has no next_batch");
        return std::nullopt;
    }

    const SyncEventTexts texts(text);
    const QJsonObject rooms = json.value(QLatin1String("rooms")).toObject();
    const QJsonObject joined = rooms.value(QLatin1String("join")).toObject();
    sync.joined.reserve(joined.size());
    for (auto it = joined.begin(); it != joined.end(); ++it) {
        if (it.value().isObject())
            sync.joined.append(
                joinedRoomFrom(it.key(), it.value().toObject(), texts, &sync.droppedEvents));
    }
    const QJsonObject invited = rooms.value(QLatin1String("invite")).toObject();
    for (auto it = invited.begin(); it != invited.end(); ++it) {
        InvitedRoomUpdate room{it.key(), {}};
        const QString inviteState = QStringLiteral("invite_state");
        room.inviteState = roomEvents(it.value().toObject().value(inviteState),
                                      texts.events(QStringLiteral("invite"), it.key(), inviteState),
                                      &sync.droppedEvents, true);
        sync.invited.append(room);
    }
    const QJsonObject left = rooms.value(QLatin1String("leave")).toObject();
    for (auto it = left.begin(); it != left.end(); ++it) {
        const QJsonObject room = it.value().toObject();
        const QString leave = QStringLiteral("leave");
        const QString state = QStringLiteral("state"), timeline = QStringLiteral("timeline");
        sync.left.append({it.key(),
                          roomEvents(room.value(state), texts.events(leave, it.key(), state),
                                     &sync.droppedEvents),
                          roomEvents(room.value(timeline), texts.events(leave, it.key(), timeline),
                                     &sync.droppedEvents)});
    }

    sync.accountData = objects(json.value(QLatin1String("account_data")));
    sync.toDevice = objects(json.value(QLatin1String("to_device")));
    const QJsonObject deviceLists = json.value(QLatin1String("device_lists")).toObject();
    sync.deviceListsChanged = strings(deviceLists.value(QLatin1String("changed")));
    sync.deviceListsLeft = strings(deviceLists.value(QLatin1String("left")));
    const QJsonObject counts = json.value(QLatin1String("device_one_time_keys_count")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sync.oneTimeKeysCount.insert(it.key(), it.value().toInt());
    const QJsonValue fallback = json.value(QLatin1String("device_unused_fallback_key_types"));
    if (fallback.isArray())
        sync.unusedFallbackKeyTypes = strings(fallback);
    return sync;
}

} // namespace

std::optional<SyncResponse> SyncResponse::parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        *error =
            QStringLiteral("sync answer is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return responseFrom(document.object(), body, error);
}

std::optional<SyncResponse> SyncResponse::fromJson(const QJsonObject &json, QString *error)
{
    return responseFrom(json, {}, error);
}

} // namespace atrium::matrix
