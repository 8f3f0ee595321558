#include "CrossSigningTrust.h"

#include "Ed25519.h"

namespace atrium::crypto {

bool CrossSigningTrust::isUserTrusted(const QString &ownUserId, const QString &ownMasterKey,
                                      const CrossSigningKeys &own, const QString &userId,
                                      const CrossSigningKeys &theirs)
{
    if (ownMasterKey.isEmpty() || !own.master || own.master->publicKey() != ownMasterKey)
        return false;
    if (userId == ownUserId)
        return true;
    if (!own.userSigning || !theirs.master)
        return false;
    return theirs.master->isSignedBy(ownUserId, own.userSigning->publicKey());
}

CrossSigningTrust::Device CrossSigningTrust::deviceTrust(const QString &ownUserId,
                                                         const QString &ownMasterKey,
                                                         const CrossSigningKeys &own,
                                                         const CrossSigningKeys &theirs,
                                                         const DeviceKeys &device)
{
    const CrossSigningKeys &users = device.userId == ownUserId ? own : theirs;
    if (users.selfSigning && isUserTrusted(ownUserId, ownMasterKey, own, device.userId, users) &&
        Ed25519::verifyJson(device.json, device.userId, users.selfSigning->publicKey(),
                            users.selfSigning->publicKey()))
        return Device::CrossSigned;
    return device.verified ? Device::LocallyVerified : Device::Unverified;
}

} // namespace atrium::crypto
