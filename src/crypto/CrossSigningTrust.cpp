#include "CrossSigningTrust.h"

#include "Ed25519.h"

namespace atrium::crypto {

CrossSigningKeys CrossSigningKeys::parse(const QString &userId, const QJsonObject &master,
                                         const QJsonObject &selfSigning,
                                         const QJsonObject &userSigning, QStringList *errors)
{
    CrossSigningKeys keys;
    if (master.isEmpty())
        return keys; // none published
    QString error;
    const auto note = [&]() {
        if (errors && !error.isEmpty())
            errors->append(error);
        error.clear();
    };
    keys.master = CrossSigningPublicKey::parse(master, userId, QStringLiteral("master"), &error);
    note();
    if (!keys.master)
        return keys;
    if (!selfSigning.isEmpty()) {
        keys.selfSigning = CrossSigningPublicKey::parse(
            selfSigning, userId, QStringLiteral("self_signing"), &error, &*keys.master);
        note();
    }
    if (!userSigning.isEmpty()) {
        keys.userSigning = CrossSigningPublicKey::parse(
            userSigning, userId, QStringLiteral("user_signing"), &error, &*keys.master);
        note();
    }
    return keys;
}

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

bool CrossSigningTrust::isSignedByOwner(const CrossSigningKeys &owners, const DeviceKeys &device)
{
    return owners.selfSigning &&
           Ed25519::verifyJson(device.json, device.userId, owners.selfSigning->publicKey(),
                               owners.selfSigning->publicKey());
}

} // namespace atrium::crypto
