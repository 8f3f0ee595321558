#include "Ed25519.h"

#include "CanonicalJson.h"
#include "OlmSupport.h"

#include <memory>
#include <olm/olm.h>

namespace atrium::crypto {

bool Ed25519::verify(const QString &publicKey, const QByteArray &message, const QString &signature)
{
    auto memory = std::make_unique<uint8_t[]>(olm_utility_size());
    OlmUtility *utility = olm_utility(memory.get());
    const QByteArray key = publicKey.toLatin1();
    QByteArray sig = signature.toLatin1(); // overwritten by libolm
    const bool ok =
        !olm::failed(olm_ed25519_verify(utility, key.constData(), key.size(), message.constData(),
                                        message.size(), sig.data(), sig.size()));
    olm_clear_utility(utility);
    return ok;
}

QByteArray Ed25519::signingPayload(QJsonObject object)
{
    object.remove(QLatin1String("signatures"));
    object.remove(QLatin1String("unsigned"));
    return canonicalJson(object);
}

bool Ed25519::verifyJson(const QJsonObject &signedObject, const QString &userId,
                         const QString &keyId, const QString &publicKey)
{
    const QString signature = signedObject.value("signatures")
                                  .toObject()
                                  .value(userId)
                                  .toObject()
                                  .value(QLatin1String("ed25519:") + keyId)
                                  .toString();
    if (signature.isEmpty() || publicKey.isEmpty())
        return false;
    return verify(publicKey, signingPayload(signedObject), signature);
}

} // namespace atrium::crypto
