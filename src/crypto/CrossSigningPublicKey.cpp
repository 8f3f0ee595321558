#include "CrossSigningPublicKey.h"

#include "Ed25519.h"

#include <QJsonArray>

namespace atrium::crypto {

std::optional<CrossSigningPublicKey>
CrossSigningPublicKey::parse(const QJsonObject &json, const QString &userId, const QString &usage,
                             QString *error, const CrossSigningPublicKey *master)
{
    auto fail = [&](const QString &reason) -> std::optional<CrossSigningPublicKey> {
        if (error)
            *error = QStringLiteral("%1 key of %2 refused: %3").arg(usage, userId, reason);
        return std::nullopt;
    };
    if (json.value(QLatin1String("user_id")).toString() != userId)
        return fail(QStringLiteral("it belongs to \"%1\"")
                        .arg(json.value(QLatin1String("user_id")).toString()));
    if (!json.value(QLatin1String("usage")).toArray().contains(usage))
        return fail(QStringLiteral("its usage does not include %1").arg(usage));
    const QJsonObject keys = json.value(QLatin1String("keys")).toObject();
    if (keys.size() != 1)
        return fail(QStringLiteral("it has %1 keys, not one").arg(keys.size()));
    const QString keyId = keys.begin().key();
    const QString publicKey = keys.begin().value().toString();
    if (!keyId.startsWith(QLatin1String("ed25519:")) || publicKey.isEmpty() ||
        keyId.mid(8) != publicKey)
        return fail(QStringLiteral("key id \"%1\" does not name its Ed25519 key").arg(keyId));

    CrossSigningPublicKey key;
    key.m_userId = userId;
    key.m_usage = usage;
    key.m_publicKey = publicKey;
    key.m_json = json;
    if (usage != QLatin1String("master")) {
        if (!master)
            return fail(QStringLiteral("no master key to check it against"));
        if (!key.isSignedBy(userId, master->publicKey()))
            return fail(QStringLiteral("not signed by the master key"));
    }
    return key;
}

bool CrossSigningPublicKey::isSignedBy(const QString &signer, const QString &signerKey) const
{
    return Ed25519::verifyJson(m_json, signer, signerKey, signerKey);
}

} // namespace atrium::crypto
