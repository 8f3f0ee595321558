#include "Requests.h"

#include <QJsonArray>
#include <QUrl>

namespace atrium::matrix::requests {

namespace {

QString client(const QString &rest)
{
    return QLatin1String(ClientPrefix) + rest;
}

QString room(const QString &roomId, const QString &rest)
{
    return client(QStringLiteral("/rooms/") + segment(roomId) + rest);
}

} // namespace

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ApiRequest versions()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/_matrix/client/versions"));
    request.authenticated = false;
    request.timeoutMs = 20'000;
    return request;
}

ApiRequest loginFlows()
{
    ApiRequest request = ApiRequest::get(client(QStringLiteral("/login")));
    request.authenticated = false;
    request.timeoutMs = 20'000;
    return request;
}

ApiRequest wellKnown()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/.well-known/matrix/client"));
    request.authenticated = false;
    request.timeoutMs = 20'000;
    return request;
}

ApiRequest passwordLogin(const QString &user, const QString &password,
                         const QString &deviceDisplayName, const QString &deviceId)
{
    QJsonObject body{
        {"type", "m.login.password"},
        {"identifier", QJsonObject{{"type", "m.id.user"}, {"user", user}}},
        {"password", password},
        {"initial_device_display_name", deviceDisplayName},
    };
    if (!deviceId.isEmpty())
        body.insert("device_id", deviceId);
    ApiRequest request = ApiRequest::post(client(QStringLiteral("/login")), body);
    request.authenticated = false;
    return request;
}

ApiRequest registerAccount(const QString &user, const QString &password,
                           const QString &deviceDisplayName, const QString &session)
{
    QJsonObject body{
        {"username", user},
        {"password", password},
        {"initial_device_display_name", deviceDisplayName},
    };
    if (!session.isEmpty())
        body.insert("auth", QJsonObject{{"type", "m.login.dummy"}, {"session", session}});
    ApiRequest request = ApiRequest::post(client(QStringLiteral("/register")), body);
    request.authenticated = false;
    return request;
}

ApiRequest logout()
{
    return ApiRequest::post(client(QStringLiteral("/logout")), {});
}

ApiRequest whoami()
{
    return ApiRequest::get(client(QStringLiteral("/account/whoami")));
}

ApiRequest turnServer()
{
    return ApiRequest::get(client(QStringLiteral("/voip/turnServer")));
}

ApiRequest uploadFilter(const QString &userId, const QJsonObject &filter)
{
    return ApiRequest::post(client(QStringLiteral("/user/%1/filter").arg(segment(userId))), filter);
}

ApiRequest sync(const QString &since, const QString &filterId, int timeoutMs, bool fullState)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem("since", since);
    if (!filterId.isEmpty())
        query.addQueryItem("filter", filterId);
    query.addQueryItem("timeout", QString::number(timeoutMs));
    if (fullState)
        query.addQueryItem("full_state", "true");
    ApiRequest request = ApiRequest::get(client(QStringLiteral("/sync")), query);
    // The server holds a long-poll for `timeoutMs`; allow for a slow answer on top.
    request.timeoutMs = timeoutMs + 60'000;
    return request;
}

ApiRequest sendEvent(const QString &roomId, const QString &eventType, const QString &txnId,
                     const QJsonObject &content)
{
    return ApiRequest::put(
        room(roomId, QStringLiteral("/send/%1/%2").arg(segment(eventType), segment(txnId))),
        content);
}

ApiRequest redact(const QString &roomId, const QString &eventId, const QString &txnId,
                  const QString &reason)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert("reason", reason);
    return ApiRequest::put(
        room(roomId, QStringLiteral("/redact/%1/%2").arg(segment(eventId), segment(txnId))), body);
}

ApiRequest messages(const QString &roomId, const QString &from, int limit, const QString &dir)
{
    QUrlQuery query;
    if (!from.isEmpty())
        query.addQueryItem("from", from);
    query.addQueryItem("dir", dir);
    query.addQueryItem("limit", QString::number(limit));
    // Asks for the senders' member events, so old messages get display names.
    query.addQueryItem("filter", QStringLiteral("{\"lazy_load_members\":true}"));
    return ApiRequest::get(room(roomId, QStringLiteral("/messages")), query);
}

ApiRequest members(const QString &roomId, const QString &at)
{
    QUrlQuery query;
    if (!at.isEmpty())
        query.addQueryItem("at", at);
    return ApiRequest::get(room(roomId, QStringLiteral("/members")), query);
}

ApiRequest roomEvent(const QString &roomId, const QString &eventId)
{
    return ApiRequest::get(room(roomId, QStringLiteral("/event/") + segment(eventId)));
}

ApiRequest createRoom(const QJsonObject &body)
{
    return ApiRequest::post(client(QStringLiteral("/createRoom")), body);
}

ApiRequest createRoom(const NewRoom &room)
{
    QJsonObject body{
        {"preset", room.isPublic   ? "public_chat"
                   : room.isDirect ? "trusted_private_chat"
                                   : "private_chat"},
        {"visibility", room.isPublic ? "public" : "private"},
        {"is_direct", room.isDirect},
        {"invite", QJsonArray::fromStringList(room.invite)},
    };
    if (!room.name.isEmpty())
        body.insert("name", room.name);
    if (!room.topic.isEmpty())
        body.insert("topic", room.topic);
    if (room.encrypted) {
        body.insert("initial_state",
                    QJsonArray{QJsonObject{
                        {"type", "m.room.encryption"},
                        {"state_key", ""},
                        {"content", QJsonObject{{"algorithm", "m.megolm.v1.aes-sha2"}}}}});
    }
    return createRoom(body);
}

ApiRequest join(const QString &roomIdOrAlias)
{
    return ApiRequest::post(client(QStringLiteral("/join/") + segment(roomIdOrAlias)), {});
}

ApiRequest leave(const QString &roomId)
{
    return ApiRequest::post(room(roomId, QStringLiteral("/leave")), {});
}

ApiRequest invite(const QString &roomId, const QString &userId)
{
    return ApiRequest::post(room(roomId, QStringLiteral("/invite")), {{"user_id", userId}});
}

ApiRequest resolveAlias(const QString &alias)
{
    return ApiRequest::get(client(QStringLiteral("/directory/room/") + segment(alias)));
}

ApiRequest profile(const QString &userId)
{
    return ApiRequest::get(client(QStringLiteral("/profile/") + segment(userId)));
}

ApiRequest setDisplayName(const QString &userId, const QString &displayName)
{
    return ApiRequest::put(client(QStringLiteral("/profile/%1/displayname").arg(segment(userId))),
                           {{"displayname", displayName}});
}

ApiRequest setAvatarUrl(const QString &userId, const QString &avatarUrl)
{
    return ApiRequest::put(client(QStringLiteral("/profile/%1/avatar_url").arg(segment(userId))),
                           {{"avatar_url", avatarUrl}});
}

ApiRequest typing(const QString &roomId, const QString &userId, bool typing, int timeoutMs)
{
    QJsonObject body{{"typing", typing}};
    if (typing)
        body.insert("timeout", timeoutMs);
    return ApiRequest::put(room(roomId, QStringLiteral("/typing/") + segment(userId)), body);
}

ApiRequest readMarkers(const QString &roomId, const QString &eventId)
{
    return ApiRequest::post(room(roomId, QStringLiteral("/read_markers")),
                            {{"m.fully_read", eventId}, {"m.read", eventId}});
}

ApiRequest uploadKeys(const QJsonObject &body)
{
    return ApiRequest::post(client(QStringLiteral("/keys/upload")), body);
}

ApiRequest queryKeys(const QStringList &userIds)
{
    QJsonObject users;
    for (const QString &userId : userIds)
        users.insert(userId, QJsonArray{});
    return ApiRequest::post(client(QStringLiteral("/keys/query")),
                            QJsonObject{{"device_keys", users}});
}

ApiRequest claimKeys(const QJsonObject &wanted)
{
    return ApiRequest::post(client(QStringLiteral("/keys/claim")),
                            QJsonObject{{"one_time_keys", wanted}});
}

ApiRequest sendToDevice(const QString &eventType, const QString &txnId, const QJsonObject &messages)
{
    return ApiRequest::put(
        client(QStringLiteral("/sendToDevice/%1/%2").arg(segment(eventType), segment(txnId))),
        QJsonObject{{"messages", messages}});
}

namespace {
QString tagPath(const QString &userId, const QString &roomId, const QString &tag)
{
    return client(QStringLiteral("/user/%1/rooms/%2/tags/%3")
                      .arg(segment(userId), segment(roomId), segment(tag)));
}
} // namespace

ApiRequest setTag(const QString &userId, const QString &roomId, const QString &tag,
                  const QJsonObject &content)
{
    return ApiRequest::put(tagPath(userId, roomId, tag), content);
}

ApiRequest removeTag(const QString &userId, const QString &roomId, const QString &tag)
{
    ApiRequest request = ApiRequest::get(tagPath(userId, roomId, tag));
    request.method = "DELETE";
    return request;
}

ApiRequest setAccountData(const QString &userId, const QString &type, const QJsonObject &content)
{
    return ApiRequest::put(client(QStringLiteral("/user/") + segment(userId) +
                                  QStringLiteral("/account_data/") + segment(type)),
                           content);
}

ApiRequest accountData(const QString &userId, const QString &type)
{
    return ApiRequest::get(client(QStringLiteral("/user/") + segment(userId) +
                                  QStringLiteral("/account_data/") + segment(type)));
}

ApiRequest setState(const QString &roomId, const QString &eventType, const QJsonObject &content,
                    const QString &stateKey)
{
    // An empty state key keeps the trailing slash the spec's path has.
    return ApiRequest::put(room(roomId, QStringLiteral("/state/") + segment(eventType) +
                                            QLatin1Char('/') + segment(stateKey)),
                           content);
}

ApiRequest kick(const QString &roomId, const QString &userId, const QString &reason)
{
    QJsonObject body{{"user_id", userId}};
    if (!reason.isEmpty())
        body.insert("reason", reason);
    return ApiRequest::post(room(roomId, QStringLiteral("/kick")), body);
}

ApiRequest searchUsers(const QString &term, int limit)
{
    return ApiRequest::post(client(QStringLiteral("/user_directory/search")),
                            {{"search_term", term}, {"limit", limit}});
}

ApiRequest publicRooms(const QString &term, int limit, const QString &since)
{
    QJsonObject body{{"limit", limit}};
    if (!term.isEmpty())
        body.insert("filter", QJsonObject{{"generic_search_term", term}});
    if (!since.isEmpty())
        body.insert("since", since);
    return ApiRequest::post(client(QStringLiteral("/publicRooms")), body);
}

namespace {

QString pushRulePath(const QString &kind, const QString &ruleId)
{
    return client(QStringLiteral("/pushrules/global/") + segment(kind) + QLatin1Char('/') +
                  segment(ruleId));
}

} // namespace

ApiRequest putPushRule(const QString &kind, const QString &ruleId, const QJsonObject &rule)
{
    return ApiRequest::put(pushRulePath(kind, ruleId), rule);
}

ApiRequest deletePushRule(const QString &kind, const QString &ruleId)
{
    ApiRequest request = ApiRequest::get(pushRulePath(kind, ruleId));
    request.method = "DELETE";
    return request;
}

} // namespace atrium::matrix::requests
