#pragma once

#include "ApiRequest.h"

#include <QJsonObject>
#include <QList>

namespace atrium::matrix {

// How loudly one room notifies, kept in the account's push rules as
// Element keeps it: a room-specific `room` rule (rule id = room id) says
// "all messages" (notify) or "mentions and keywords" (no actions, so the
// server's mention and keyword rules, which come first, still notify); an
// `override` rule matching the room with no actions mutes it entirely.
// No rule at all is the server's default, which notifies for every message.
namespace RoomNotificationLevel {

enum class Level
{
    AllMessages,
    MentionsAndKeywords,
    Mute
};

// The level `pushRules` (the content of the m.push_rules account data)
// sets for `roomId`.
Level read(const QJsonObject &pushRules, const QString &roomId);
// The calls that set the level, to be made in order: the new rule first,
// then the deletions of the others (a 404 for a rule that is not there is
// fine).
QList<ApiRequest> requests(Level level, const QString &roomId);

QString name(Level level);           // "all", "mentions", "mute" (for QML)
Level fromName(const QString &name); // unknown names are AllMessages

} // namespace RoomNotificationLevel

} // namespace atrium::matrix
