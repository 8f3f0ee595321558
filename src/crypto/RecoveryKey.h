#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace atrium::crypto {

// The spec's recovery key text for a 32-byte secret ("Key representation"
// in secret storage, also used for key backup keys): base58 (Bitcoin's
// alphabet) of 0x8B 0x01, the key and a parity byte (the XOR of all the
// bytes before it), in groups of four characters.
namespace RecoveryKey {

QString encode(const QByteArray &key);
// Spaces and line breaks are ignored; a wrong prefix, length, character or
// parity is refused with the reason in `error`.
std::optional<QByteArray> decode(const QString &text, QString *error);

} // namespace RecoveryKey
} // namespace atrium::crypto
