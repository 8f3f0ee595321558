#include "RoomEvent.h"

#include <QJsonDocument>

namespace atrium::matrix {

namespace {

// Each field is looked up once: a sync parses tens of thousands of events,
// and QJsonObject::value() is a search.
// A non-empty string at `key`, read into `out`.
bool readString(const QJsonObject &json, QLatin1String key, QString *out)
{
    const QJsonValue value = json.value(key);
    if (!value.isString())
        return false;
    *out = value.toString();
    return !out->isEmpty();
}

std::optional<RoomEvent> withCommonFields(const QJsonObject &json)
{
    RoomEvent event;
    if (!readString(json, QLatin1String("type"), &event.type) ||
        !readString(json, QLatin1String("sender"), &event.sender))
        return std::nullopt;
    const QJsonValue stateKey = json.value(QLatin1String("state_key"));
    if (!stateKey.isUndefined() && !stateKey.isString())
        return std::nullopt;
    const QJsonValue content = json.value(QLatin1String("content"));
    if (!content.isUndefined() && !content.isObject())
        return std::nullopt;

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
    QString eventId;
    const QJsonValue timestamp = json.value(QLatin1String("origin_server_ts"));
    if (!readString(json, QLatin1String("event_id"), &eventId) || !timestamp.isDouble())
        return std::nullopt;
    auto event = withCommonFields(json);
    if (!event)
        return std::nullopt;
    event->eventId = std::move(eventId);
    event->originServerTs = static_cast<qint64>(timestamp.toDouble());
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
