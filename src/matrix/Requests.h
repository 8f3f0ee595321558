#pragma once

#include "ApiRequest.h"

#include <QStringList>

// Builders for the client-server API calls Atrium makes. Pure functions:
// they describe a call, HttpClient performs it.
namespace atrium::matrix::requests {

inline constexpr auto ClientPrefix = "/_matrix/client/v3";

ApiRequest versions();
ApiRequest wellKnown();
// The ways the server lets clients sign in (GET /login: {flows: [{type}]}).
ApiRequest loginFlows();
ApiRequest passwordLogin(const QString &user, const QString &password,
                         const QString &deviceDisplayName, const QString &deviceId = {});
// Registration with the m.login.dummy stage; `session` comes from the
// server's first 401 answer and is empty on the first try.
ApiRequest registerAccount(const QString &user, const QString &password,
                           const QString &deviceDisplayName, const QString &session);
ApiRequest logout();
ApiRequest whoami();

ApiRequest uploadFilter(const QString &userId, const QJsonObject &filter);
ApiRequest sync(const QString &since, const QString &filterId, int timeoutMs, bool fullState);

ApiRequest sendEvent(const QString &roomId, const QString &eventType, const QString &txnId,
                     const QJsonObject &content);
ApiRequest redact(const QString &roomId, const QString &eventId, const QString &txnId,
                  const QString &reason);
ApiRequest messages(const QString &roomId, const QString &from, int limit,
                    const QString &dir = "b");
ApiRequest members(const QString &roomId, const QString &at);
// One event of a room (a reply's parent the store does not have).
ApiRequest roomEvent(const QString &roomId, const QString &eventId);

ApiRequest createRoom(const QJsonObject &body);
// A room as the user describes it: public rooms are listed in the directory
// and anyone may join; private ones are invite-only (trusted_private_chat
// when direct). `encrypted` turns on Megolm from the first event.
struct NewRoom
{
    QString name;
    QString topic;
    bool isPublic = false;
    bool isDirect = false;
    bool encrypted = false;
    QStringList invite;
};
ApiRequest createRoom(const NewRoom &room);
ApiRequest join(const QString &roomIdOrAlias);
ApiRequest leave(const QString &roomId);
ApiRequest invite(const QString &roomId, const QString &userId);
ApiRequest resolveAlias(const QString &alias);
// A user's display name and avatar; setting one's own.
ApiRequest profile(const QString &userId);
ApiRequest setDisplayName(const QString &userId, const QString &displayName);
ApiRequest setAvatarUrl(const QString &userId, const QString &avatarUrl); // mxc://
ApiRequest typing(const QString &roomId, const QString &userId, bool typing, int timeoutMs);
ApiRequest readMarkers(const QString &roomId, const QString &eventId);
// Room tags (m.favourite, m.lowpriority, u.*) of our own account.
ApiRequest setTag(const QString &userId, const QString &roomId, const QString &tag,
                  const QJsonObject &content = {});
ApiRequest removeTag(const QString &userId, const QString &roomId, const QString &tag);
// Global account data of our own account (m.direct, …).
ApiRequest setAccountData(const QString &userId, const QString &type, const QJsonObject &content);
// M_NOT_FOUND when the account has none of `type`.
ApiRequest accountData(const QString &userId, const QString &type);

// Room state: name, topic, avatar, power levels…
ApiRequest setState(const QString &roomId, const QString &eventType, const QJsonObject &content,
                    const QString &stateKey = {});
ApiRequest kick(const QString &roomId, const QString &userId, const QString &reason = {});
// Users the server knows whose id or display name contains `term`.
ApiRequest searchUsers(const QString &term, int limit);
// The server's public room directory, filtered by `term` when not empty;
// `since` is the next_batch of the page before.
ApiRequest publicRooms(const QString &term, int limit, const QString &since = {});

// Push rules of the global ruleset: `kind` is override, underride, sender,
// room or content.
ApiRequest putPushRule(const QString &kind, const QString &ruleId, const QJsonObject &rule);
ApiRequest deletePushRule(const QString &kind, const QString &ruleId);

// End-to-end encryption: device keys and to-device messages.
ApiRequest uploadKeys(const QJsonObject &body);
ApiRequest queryKeys(const QStringList &userIds);
// `wanted`: {user_id: {device_id: "signed_curve25519"}}.
ApiRequest claimKeys(const QJsonObject &wanted);
// `messages`: {user_id: {device_id: content}}.
ApiRequest sendToDevice(const QString &eventType, const QString &txnId,
                        const QJsonObject &messages);

// The homeserver's TURN servers for calls, with time-limited credentials.
ApiRequest turnServer();

// Percent-encodes one path segment (room ids contain '!' and ':').
QString segment(const QString &value);

} // namespace atrium::matrix::requests
