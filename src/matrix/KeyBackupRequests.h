#pragma once

#include "ApiRequest.h"

#include <QJsonObject>

// Builders for server-side key backup (client-server API, "Server-side
// key backups"): backup versions and the room keys stored in one.
namespace atrium::matrix::requests {

// POST /room_keys/version: a new backup version; answers {"version"}.
ApiRequest createBackupVersion(const QString &algorithm, const QJsonObject &authData);
// GET /room_keys/version: the current version, M_NOT_FOUND when none.
ApiRequest currentBackupVersion();
// PUT /room_keys/keys?version=: {"rooms": {room: {"sessions": {id: KeyBackupData}}}}.
ApiRequest putRoomKeys(const QString &version, const QJsonObject &rooms);
// GET /room_keys/keys?version=: every stored session of the version.
ApiRequest roomKeys(const QString &version);

} // namespace atrium::matrix::requests
