#include "RoomPushRules.h"

#include "store/RoomStore.h"

namespace atrium::sync {

RoomPushRules::RoomPushRules(matrix::PushRules rules, matrix::PushContext context, QString roomId)
    : m_rules(std::move(rules)), m_context(std::move(context)), m_roomId(std::move(roomId))
{}

matrix::PushRules RoomPushRules::accountRules(store::Database &db, const QString &ownUserId)
{
    return matrix::PushRules::fromAccountData(
        store::RoomStore(db).accountData(QString(), QStringLiteral("m.push_rules")), ownUserId);
}

matrix::PushContext RoomPushRules::contextIn(store::Database &db, const QString &roomId,
                                             const QString &ownUserId)
{
    store::RoomStore rooms(db);
    const QJsonObject ownMember =
        rooms.stateContent(roomId, QStringLiteral("m.room.member"), ownUserId);
    const auto summary = rooms.load(roomId);
    return {ownUserId, ownMember.value(QLatin1String("displayname")).toString(),
            summary ? summary->joinedCount : 0,
            matrix::PowerLevels(rooms.stateContent(roomId, QStringLiteral("m.room.power_levels")),
                                rooms.creator(roomId))};
}

RoomPushRules RoomPushRules::read(store::Database &db, const QString &roomId,
                                  const QString &ownUserId)
{
    return {accountRules(db, ownUserId), contextIn(db, roomId, ownUserId), roomId};
}

matrix::PushActions RoomPushRules::actionsFor(QJsonObject event) const
{
    // /sync leaves room_id out of the events it nests under their room.
    event.insert(QLatin1String("room_id"), m_roomId);
    return m_rules.actionsFor(event, m_context);
}

bool RoomPushRules::highlights(const QJsonObject &event) const
{
    const matrix::PushActions actions = actionsFor(event);
    return actions.notify && actions.highlight;
}

} // namespace atrium::sync
