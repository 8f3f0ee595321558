#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <optional>

namespace atrium::crypto {

// Room-key export files as the spec defines them ("Key exports") and as
// Element, nio and other clients write them: the session list as JSON,
// AES-256-CTR encrypted with a key derived from a passphrase (PBKDF2 with
// SHA-512), authenticated with HMAC-SHA-256, armoured in base64.
namespace KeyExport {

inline constexpr int DefaultRounds = 500'000; // what Element uses

QByteArray encrypt(const QJsonArray &sessions, const QString &passphrase,
                   int rounds = DefaultRounds);
// nullopt with `error` for a wrong passphrase, a damaged or foreign file.
std::optional<QJsonArray> decrypt(const QByteArray &file, const QString &passphrase,
                                  QString *error);

} // namespace KeyExport
} // namespace atrium::crypto
