#pragma once

#include <QJsonObject>

namespace atrium::crypto {

class OlmAccount;
struct CryptoIdentity;

// The signed key objects this device publishes with /keys/upload.
namespace AccountKeys {

inline constexpr auto OlmAlgorithm = "m.olm.v1.curve25519-aes-sha2";
inline constexpr auto MegolmAlgorithm = "m.megolm.v1.aes-sha2";

// "device_keys": identity keys and algorithms, self-signed.
QJsonObject deviceKeys(const OlmAccount &account, const CryptoIdentity &identity);
// "one_time_keys": every unpublished one-time key as signed_curve25519.
QJsonObject oneTimeKeys(const OlmAccount &account, const CryptoIdentity &identity);
// "fallback_keys": the unpublished fallback key, if any, marked fallback.
QJsonObject fallbackKeys(const OlmAccount &account, const CryptoIdentity &identity);
// Adds our signature to `object` (which must not be signed by us yet).
QJsonObject withSignature(const OlmAccount &account, const CryptoIdentity &identity,
                          QJsonObject object);

} // namespace AccountKeys
} // namespace atrium::crypto
