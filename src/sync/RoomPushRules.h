#pragma once

#include "matrix/PushRules.h"

#include <QJsonObject>
#include <QString>

namespace atrium::store {
class Database;
}

namespace atrium::sync {

// The account's push rules as they apply in one room, read from the store:
// the rules (m.push_rules account data) and what their conditions ask of the
// room (our display name there, the joined members, the power levels). The
// unread counts of encrypted messages (DecryptedNotifications) and the
// timeline's "mentions you" (TimelineModel) both ask it, so they agree.
class RoomPushRules
{
public:
    RoomPushRules() = default; // no rules: nothing notifies
    RoomPushRules(matrix::PushRules rules, matrix::PushContext context, QString roomId);

    static matrix::PushRules accountRules(store::Database &db, const QString &ownUserId);
    static matrix::PushContext contextIn(store::Database &db, const QString &roomId,
                                         const QString &ownUserId);
    // Both of the above: to be read off the GUI thread.
    static RoomPushRules read(store::Database &db, const QString &roomId, const QString &ownUserId);

    // `event` as received (type, sender, content); the room id is added.
    matrix::PushActions actionsFor(QJsonObject event) const;
    // Whether the rules highlight `event` (they notify and ask for a highlight).
    bool highlights(const QJsonObject &event) const;

private:
    matrix::PushRules m_rules;
    matrix::PushContext m_context;
    QString m_roomId;
};

} // namespace atrium::sync
