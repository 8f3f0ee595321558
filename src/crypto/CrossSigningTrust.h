#pragma once

#include "CrossSigningPublicKey.h"
#include "DeviceKeys.h"

#include <QStringList>
#include <optional>

namespace atrium::crypto {

// A user's published cross-signing keys, each already checked by
// CrossSigningPublicKey::parse (so the self-signing and user-signing keys
// are signed by the master). Any of them may be missing.
struct CrossSigningKeys
{
    std::optional<CrossSigningPublicKey> master;
    std::optional<CrossSigningPublicKey> selfSigning;
    std::optional<CrossSigningPublicKey> userSigning;

    // `userId`'s keys from the objects /keys/query answers in its
    // "master_keys", "self_signing_keys" and "user_signing_keys" (each
    // object the one for `userId`). A key that fails its checks is left out,
    // with the reason appended to `errors`.
    static CrossSigningKeys parse(const QString &userId, const QJsonObject &master,
                                  const QJsonObject &selfSigning, const QJsonObject &userSigning,
                                  QStringList *errors);
};

// The trust rules of the spec's "Cross-signing" section, as pure functions
// over published keys: no IO, so every case is unit-tested.
class CrossSigningTrust
{
public:
    enum class Device
    {
        Unverified,      // neither cross-signed nor verified by us
        LocallyVerified, // verified by SAS on this device only
        CrossSigned,     // signed by a self-signing key we trust
    };

    // `own` are our user's keys with `ownMasterKey`, the master public key
    // this device holds the private key of (or has verified); `theirs` are
    // `userId`'s. Our own user is trusted when the published master is the
    // one we hold; another user when our trusted user-signing key signed
    // their master.
    static bool isUserTrusted(const QString &ownUserId, const QString &ownMasterKey,
                              const CrossSigningKeys &own, const QString &userId,
                              const CrossSigningKeys &theirs);
    // A device is cross-signed when its user is trusted and the user's
    // self-signing key signed the device keys; otherwise locally verified
    // if DeviceKeys::verified.
    static Device deviceTrust(const QString &ownUserId, const QString &ownMasterKey,
                              const CrossSigningKeys &own, const CrossSigningKeys &theirs,
                              const DeviceKeys &device);
    // The device's owner signed it with their self-signing key (`owners`
    // are the owner's published keys), whether or not we trust the owner:
    // what "verified by its owner" means on a message's shield.
    static bool isSignedByOwner(const CrossSigningKeys &owners, const DeviceKeys &device);
};

} // namespace atrium::crypto
