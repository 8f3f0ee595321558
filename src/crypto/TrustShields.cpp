#include "TrustShields.h"

#include <algorithm>

namespace atrium::crypto {

TrustShields::Message TrustShields::message(const QString &sender, const QString &claimedSigningKey,
                                            bool authenticated,
                                            const std::optional<SenderDevice> &device)
{
    if (!device || device->keys.userId != sender || claimedSigningKey.isEmpty() ||
        device->keys.ed25519 != claimedSigningKey)
        return Message::UnknownDevice;
    if (!authenticated)
        return Message::Unauthenticated;
    if (device->thisDevice || device->trust != CrossSigningTrust::Device::Unverified)
        return Message::Verified;
    return device->signedByOwner ? Message::OwnerSigned : Message::Unverified;
}

TrustShields::Level TrustShields::member(const User &user)
{
    if (!user.verified)
        return Level::Plain;
    return user.hasUnverifiedDevice ? Level::Warning : Level::Verified;
}

TrustShields::Level TrustShields::room(const QList<User> &members)
{
    if (members.isEmpty())
        return Level::Plain;
    const auto is = [](Level level) {
        return [level](const User &user) { return member(user) == level; };
    };
    if (std::any_of(members.begin(), members.end(), is(Level::Warning)))
        return Level::Warning;
    if (std::all_of(members.begin(), members.end(), is(Level::Verified)))
        return Level::Verified;
    return Level::Plain;
}

} // namespace atrium::crypto
