#pragma once

#include "matrix/RoomEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Builders for room events in unit tests: every event they return passed
// RoomEvent::fromJson, so tests feed the stores what a real sync would.
namespace atrium::test {

inline matrix::RoomEvent eventFromJson(const QJsonObject &json)
{
    const auto event = matrix::RoomEvent::fromJson(json);
    if (!event)
        qFatal("test event is malformed");
    return *event;
}

inline matrix::RoomEvent message(const QString &eventId, const QString &body,
                                 const QString &sender = QStringLiteral("@bob:example.org"),
                                 qint64 ts = 1700000000000)
{
    return eventFromJson({{"type", "m.room.message"},
                          {"event_id", eventId},
                          {"sender", sender},
                          {"origin_server_ts", double(ts)},
                          {"content", QJsonObject{{"msgtype", "m.text"}, {"body", body}}}});
}

inline matrix::RoomEvent stateEvent(const QString &type, const QString &stateKey,
                                    const QJsonObject &content,
                                    const QString &sender = QStringLiteral("@bob:example.org"),
                                    const QString &eventId = {})
{
    const QString id = eventId.isEmpty() ? QStringLiteral("$%1-%2").arg(type, stateKey) : eventId;
    return eventFromJson({{"type", type},
                          {"state_key", stateKey},
                          {"event_id", id},
                          {"sender", sender},
                          {"origin_server_ts", 1700000000000.0},
                          {"content", content}});
}

inline matrix::RoomEvent member(const QString &userId, const QString &membership,
                                const QString &displayName = {}, const QString &sender = {})
{
    QJsonObject content{{"membership", membership}};
    if (!displayName.isEmpty())
        content.insert("displayname", displayName);
    return stateEvent(QStringLiteral("m.room.member"), userId, content,
                      sender.isEmpty() ? userId : sender);
}

// Events "$<prefix><first>" … "$<prefix><last>", oldest first.
inline QList<matrix::RoomEvent> messages(const QString &prefix, int first, int last)
{
    QList<matrix::RoomEvent> events;
    for (int i = first; i <= last; ++i) {
        events.append(message(QStringLiteral("$%1%2").arg(prefix).arg(i),
                              QStringLiteral("message %1").arg(i),
                              QStringLiteral("@bob:example.org"), 1700000000000 + i * 1000));
    }
    return events;
}

} // namespace atrium::test
