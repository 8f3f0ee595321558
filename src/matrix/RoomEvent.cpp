#include "RoomEvent.h"

#include <QJsonDocument>

namespace atrium::matrix {

namespace {

bool hasString(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    return value.isString() && !value.toString().isEmpty();
}

std::optional<RoomEvent> withCommonFields(const QJsonObject &json)
{
    if (!hasString(json, QLatin1String("type")) || !hasString(json, QLatin1String("sender")))
        return std::nullopt;
    const QJsonValue stateKey = json.value(QLatin1String("state_key"));
    if (!stateKey.isUndefined() && !stateKey.isString())
        return std::nullopt;
    const QJsonValue content = json.value(QLatin1String("content"));
    if (!content.isUndefined() && !content.isObject())
        return std::nullopt;

    RoomEvent event;
    event.type = json.value(QLatin1String("type")).toString();
    event.sender = json.value(QLatin1String("sender")).toString();
    if (stateKey.isString())
        event.stateKey = stateKey.toString();
    event.content = content.toObject();
    event.json = json;
    return event;
}

} // namespace

QString RoomEvent::transactionId() const
{
    return json.value(QLatin1String("unsigned"))
        .toObject()
        .value(QLatin1String("transaction_id"))
        .toString();
}

QString RoomEvent::redacts() const
{
    const QString inContent = content.value(QLatin1String("redacts")).toString();
    return inContent.isEmpty() ? json.value(QLatin1String("redacts")).toString() : inContent;
}

QByteArray RoomEvent::jsonText() const
{
    return rawJson.isEmpty() ? QJsonDocument(json).toJson(QJsonDocument::Compact) : rawJson;
}

bool RoomEvent::isRedacted() const
{
    return json.value(QLatin1String("unsigned"))
        .toObject()
        .contains(QLatin1String("redacted_because"));
}

std::optional<RoomEvent> RoomEvent::fromJson(const QJsonObject &json)
{
    if (!hasString(json, QLatin1String("event_id")) ||
        !json.value(QLatin1String("origin_server_ts")).isDouble())
        return std::nullopt;
    auto event = withCommonFields(json);
    if (!event)
        return std::nullopt;
    event->eventId = json.value(QLatin1String("event_id")).toString();
    event->originServerTs =
        static_cast<qint64>(json.value(QLatin1String("origin_server_ts")).toDouble());
    return event;
}

std::optional<RoomEvent> RoomEvent::fromStrippedJson(const QJsonObject &json)
{
    auto event = withCommonFields(json);
    if (!event || !event->stateKey)
        return std::nullopt;
    return event;
}

} // namespace atrium::matrix
