#include "Redaction.h"

#include <QSet>

namespace atrium::matrix {

namespace {

QStringList keptContentKeys(const QString &type)
{
    if (type == QLatin1String("m.room.member"))
        return {"membership", "join_authorised_via_users_server"};
    if (type == QLatin1String("m.room.create"))
        return {"creator"};
    if (type == QLatin1String("m.room.join_rules"))
        return {"join_rule", "allow"};
    if (type == QLatin1String("m.room.power_levels"))
        return {"ban",    "events",        "events_default", "kick",
                "redact", "state_default", "users",          "users_default"};
    if (type == QLatin1String("m.room.history_visibility"))
        return {"history_visibility"};
    return {};
}

} // namespace

QJsonObject Redaction::apply(const QJsonObject &event, const QJsonObject &redactionEvent)
{
    static const QSet<QString> keptTopLevel = {
        "event_id",    "type",   "room_id",          "sender",     "state_key",
        "content",     "hashes", "signatures",       "depth",      "prev_events",
        "auth_events", "origin", "origin_server_ts", "membership", "prev_state"};

    QJsonObject redacted;
    for (auto it = event.begin(); it != event.end(); ++it) {
        if (keptTopLevel.contains(it.key()))
            redacted.insert(it.key(), it.value());
    }
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    QJsonObject keptContent;
    for (const QString &key : keptContentKeys(event.value(QLatin1String("type")).toString())) {
        if (content.contains(key))
            keptContent.insert(key, content.value(key));
    }
    redacted.insert(QStringLiteral("content"), keptContent);
    redacted.insert(QStringLiteral("unsigned"), QJsonObject{{"redacted_because", redactionEvent}});
    return redacted;
}

} // namespace atrium::matrix
