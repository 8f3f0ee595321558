#pragma once

#include <QByteArray>

// The symmetric primitives the spec's formats are built from (key export
// files, secret storage), over OpenSSL. Each returns an empty array if
// OpenSSL fails, which callers treat as a failed check or operation.
namespace atrium::crypto::primitives {

// AES-256 in CTR mode with a 16-byte counter block; its own inverse.
// A random 16-byte IV for aesCtr256 with bit 63 clear, as the spec's formats
// ask, so that the counter half never carries into the nonce half.
QByteArray newCounterIv();
QByteArray aesCtr256(const QByteArray &key, const QByteArray &iv, const QByteArray &input);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
// Constant-time comparison of two MACs.
bool macEquals(const QByteArray &a, const QByteArray &b);
QByteArray pbkdf2Sha512(const QByteArray &secret, const QByteArray &salt, int rounds, int length);
QByteArray hkdfSha256(const QByteArray &key, const QByteArray &salt, const QByteArray &info,
                      int length);

} // namespace atrium::crypto::primitives
