#pragma once

#include "ApiRequest.h"

// Builders for managing the account's own devices (client-server API
// "Device management"). Deleting a device needs user-interactive
// authentication: the first call goes without `auth` and the server answers
// 401 with its flows and a session (see UiaChallenge); the retry carries an
// auth dict such as passwordAuth().
namespace atrium::matrix::requests {

// GET /devices: every device of the signed-in user.
ApiRequest ownDevices();
// PUT /devices/{deviceId} with a new display name.
ApiRequest renameDevice(const QString &deviceId, const QString &displayName);
// DELETE /devices/{deviceId}; `auth` is left out of the body when empty.
ApiRequest deleteDevice(const QString &deviceId, const QJsonObject &auth = {});
// The m.login.password stage of user-interactive authentication, naming the
// user by a fully qualified m.id.user identifier.
QJsonObject passwordAuth(const QString &userId, const QString &password, const QString &session);

} // namespace atrium::matrix::requests
