#pragma once

#include "CrossSigningTrust.h"
#include "DeviceKeys.h"

#include <QList>
#include <QString>
#include <optional>

namespace atrium::crypto {

// What the views show of trust, as Element does: a shield on an encrypted
// message (from the device that encrypted it), on a member and on a room.
// Pure functions over what CrossSigningTrust decided, so every rule is
// unit-tested; the store lookups that feed them are EncryptionService's.
class TrustShields
{
public:
    enum class Message
    {
        Verified,      // a device we verified (or cross-signed), or this one
        OwnerSigned,   // its owner signed it; we have not verified the owner
        Unverified,    // not signed by its owner, not verified by us
        UnknownDevice, // no device of the sender's that we know has this key
        // The key was forwarded, imported or restored from a backup: the
        // message is the session creator's, but nothing proves which
        // device that is (Element's "authenticity can't be guaranteed").
        Unauthenticated,
    };

    enum class Level
    {
        Plain,    // nothing to say
        Verified, // everyone (and every device) trusted
        Warning,  // someone we verified has a device they did not sign
    };

    // The device whose Curve25519 key a Megolm session came from, as the
    // sender's known device list has it.
    struct SenderDevice
    {
        DeviceKeys keys;
        CrossSigningTrust::Device trust = CrossSigningTrust::Device::Unverified;
        bool signedByOwner = false; // CrossSigningTrust::isSignedByOwner
        bool thisDevice = false;    // our own device, this one
    };

    // A user as the member list and the room shield judge them.
    struct User
    {
        bool verified = false;            // we trust them through cross-signing
        bool hasUnverifiedDevice = false; // a device neither cross-signed nor verified by SAS
    };

    // The shield of a message `sender` encrypted with a session whose
    // creator claimed the Ed25519 key `claimedSigningKey` (empty when the
    // session is not known); `authenticated` as InboundSessionInfo has it.
    // `device` is the sender's device with the session's Curve25519 key, if
    // any: a device of another user, or whose Ed25519 key differs from the
    // claimed one, is not the sender's.
    static Message message(const QString &sender, const QString &claimedSigningKey,
                           bool authenticated, const std::optional<SenderDevice> &device);
    // Warning for a verified user with an unverified device; else Verified
    // when verified.
    static Level member(const User &user);
    // Verified when every member is (and none has an unverified device);
    // Warning when any member's is a warning; Plain otherwise (and when
    // there are no members).
    static Level room(const QList<User> &members);
};

} // namespace atrium::crypto
