#include "AccountKeys.h"

#include "CryptoIdentity.h"
#include "Ed25519.h"
#include "OlmAccount.h"

#include <QJsonArray>

namespace atrium::crypto::AccountKeys {

QJsonObject withSignature(const OlmAccount &account, const CryptoIdentity &identity,
                          QJsonObject object)
{
    const QString signature = account.sign(Ed25519::signingPayload(object));
    QJsonObject signatures = object.value("signatures").toObject();
    QJsonObject ours = signatures.value(identity.userId).toObject();
    ours.insert(QLatin1String("ed25519:") + identity.deviceId, signature);
    signatures.insert(identity.userId, ours);
    object.insert(QLatin1String("signatures"), signatures);
    return object;
}

QJsonObject deviceKeys(const OlmAccount &account, const CryptoIdentity &identity)
{
    const QJsonObject keys{
        {QLatin1String("curve25519:") + identity.deviceId, account.curve25519Key()},
        {QLatin1String("ed25519:") + identity.deviceId, account.ed25519Key()},
    };
    return withSignature(account, identity,
                         QJsonObject{{"user_id", identity.userId},
                                     {"device_id", identity.deviceId},
                                     {"algorithms", QJsonArray{OlmAlgorithm, MegolmAlgorithm}},
                                     {"keys", keys}});
}

namespace {
QJsonObject signedCurveKeys(const OlmAccount &account, const CryptoIdentity &identity,
                            const QJsonObject &keysById, bool fallback)
{
    QJsonObject result;
    const QJsonObject curveKeys = keysById.value("curve25519").toObject();
    for (auto it = curveKeys.begin(); it != curveKeys.end(); ++it) {
        QJsonObject key{{"key", it.value().toString()}};
        if (fallback)
            key.insert(QLatin1String("fallback"), true);
        result.insert(QLatin1String("signed_curve25519:") + it.key(),
                      withSignature(account, identity, key));
    }
    return result;
}
} // namespace

QJsonObject oneTimeKeys(const OlmAccount &account, const CryptoIdentity &identity)
{
    return signedCurveKeys(account, identity, account.oneTimeKeys(), false);
}

QJsonObject fallbackKeys(const OlmAccount &account, const CryptoIdentity &identity)
{
    return signedCurveKeys(account, identity, account.unpublishedFallbackKey(), true);
}

} // namespace atrium::crypto::AccountKeys
