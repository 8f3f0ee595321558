#pragma once

#include "ApiRequest.h"

#include <QJsonObject>

// Builders for publishing cross-signing keys and signatures (client-server
// API, "Cross-signing"). Uploading keys may need user-interactive
// authentication (servers ask when keys already exist; see UiaChallenge):
// the retry carries an auth dict such as passwordAuth().
namespace atrium::matrix::requests {

// POST /keys/device_signing/upload with the master, self-signing and
// user-signing keys (each a CrossSigningKey object; empty ones left out).
ApiRequest uploadCrossSigningKeys(const QJsonObject &master, const QJsonObject &selfSigning,
                                  const QJsonObject &userSigning, const QJsonObject &auth = {});
// POST /keys/signatures/upload: user id → key id (a device id or a
// cross-signing public key) → the signed object with the new signatures.
ApiRequest uploadSignatures(const QJsonObject &signedObjects);

} // namespace atrium::matrix::requests
