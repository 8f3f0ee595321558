#include "RoomNotificationLevel.h"

#include "Requests.h"

#include <QJsonArray>

namespace atrium::matrix::RoomNotificationLevel {

namespace {

// A rule "notifies" unless it has no actions or only dont_notify (the
// spec's deprecated spelling of none).
bool notifies(const QJsonObject &rule)
{
    for (const QJsonValue &action : rule.value(QLatin1String("actions")).toArray()) {
        if (action.isString() && action.toString() == QLatin1String("notify"))
            return true;
    }
    return false;
}

bool matchesRoomOnly(const QJsonObject &rule, const QString &roomId)
{
    const QJsonArray conditions = rule.value(QLatin1String("conditions")).toArray();
    if (conditions.size() != 1)
        return false;
    const QJsonObject condition = conditions.first().toObject();
    return condition.value(QLatin1String("kind")).toString() == QLatin1String("event_match") &&
           condition.value(QLatin1String("key")).toString() == QLatin1String("room_id") &&
           condition.value(QLatin1String("pattern")).toString() == roomId;
}

QJsonObject findRule(const QJsonObject &pushRules, const QString &kind, const QString &roomId)
{
    const QJsonArray rules =
        pushRules.value(QLatin1String("global")).toObject().value(kind).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QLatin1String("rule_id")).toString() == roomId &&
            rule.value(QLatin1String("enabled")).toBool(true))
            return rule;
    }
    return {};
}

} // namespace

Level read(const QJsonObject &pushRules, const QString &roomId)
{
    const QJsonObject mute = findRule(pushRules, QStringLiteral("override"), roomId);
    if (!mute.isEmpty() && matchesRoomOnly(mute, roomId) && !notifies(mute))
        return Level::Mute;
    const QJsonObject room = findRule(pushRules, QStringLiteral("room"), roomId);
    if (!room.isEmpty() && !notifies(room))
        return Level::MentionsAndKeywords;
    return Level::AllMessages;
}

QList<ApiRequest> requests(Level level, const QString &roomId)
{
    using namespace requests;
    const QString override = QStringLiteral("override");
    const QString room = QStringLiteral("room");
    switch (level) {
    case Level::Mute: {
        const QJsonObject condition{
            {"kind", "event_match"}, {"key", "room_id"}, {"pattern", roomId}};
        return {putPushRule(override, roomId,
                            {{"actions", QJsonArray{}}, {"conditions", QJsonArray{condition}}}),
                deletePushRule(room, roomId)};
    }
    case Level::MentionsAndKeywords:
        return {putPushRule(room, roomId, {{"actions", QJsonArray{}}}),
                deletePushRule(override, roomId)};
    case Level::AllMessages:
        break;
    }
    const QJsonObject sound{{"set_tweak", "sound"}, {"value", "default"}};
    return {putPushRule(room, roomId, {{"actions", QJsonArray{"notify", sound}}}),
            deletePushRule(override, roomId)};
}

QString name(Level level)
{
    switch (level) {
    case Level::MentionsAndKeywords:
        return QStringLiteral("mentions");
    case Level::Mute:
        return QStringLiteral("mute");
    case Level::AllMessages:
        break;
    }
    return QStringLiteral("all");
}

Level fromName(const QString &name)
{
    if (name == QLatin1String("mentions"))
        return Level::MentionsAndKeywords;
    if (name == QLatin1String("mute"))
        return Level::Mute;
    return Level::AllMessages;
}

} // namespace atrium::matrix::RoomNotificationLevel
