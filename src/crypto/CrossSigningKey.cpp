#include "CrossSigningKey.h"

#include "Ed25519.h"
#include "OlmSupport.h"

#include <memory>
#include <olm/pk.h>

namespace atrium::crypto {

namespace {

// Owns an OlmPkSigning for the duration of one operation and clears it.
class PkSigning
{
public:
    PkSigning() : m_memory(std::make_unique<uint8_t[]>(olm_pk_signing_size()))
    {
        m_signing = olm_pk_signing(m_memory.get());
    }
    ~PkSigning() { olm_clear_pk_signing(m_signing); }
    PkSigning(const PkSigning &) = delete;
    PkSigning &operator=(const PkSigning &) = delete;

    // The public key for `seed`, empty on failure.
    QString load(const QByteArray &seed)
    {
        QByteArray publicKey(static_cast<qsizetype>(olm_pk_signing_public_key_length()), '\0');
        QByteArray copy = olm::scratchCopy(seed);
        if (olm::failed(olm_pk_signing_key_from_seed(m_signing, publicKey.data(), publicKey.size(),
                                                     copy.data(), copy.size())))
            return {};
        return QString::fromLatin1(publicKey);
    }

    QString sign(const QByteArray &message)
    {
        QByteArray signature(static_cast<qsizetype>(olm_pk_signature_length()), '\0');
        if (olm::failed(olm_pk_sign(
                m_signing, reinterpret_cast<const uint8_t *>(message.constData()), message.size(),
                reinterpret_cast<uint8_t *>(signature.data()), signature.size())))
            return {};
        return QString::fromLatin1(signature);
    }

private:
    std::unique_ptr<uint8_t[]> m_memory;
    OlmPkSigning *m_signing = nullptr;
};

} // namespace

CrossSigningKey CrossSigningKey::generate()
{
    QString error;
    // A fresh random seed of the right length cannot be refused.
    return *fromSeed(olm::randomBytes(olm_pk_signing_seed_length()), &error);
}

std::optional<CrossSigningKey> CrossSigningKey::fromSeed(const QByteArray &seed, QString *error)
{
    if (static_cast<std::size_t>(seed.size()) != olm_pk_signing_seed_length()) {
        if (error)
            *error = QStringLiteral("cross-signing seed has %1 bytes, expected %2")
                         .arg(seed.size())
                         .arg(olm_pk_signing_seed_length());
        return std::nullopt;
    }
    PkSigning signing;
    QString publicKey = signing.load(seed);
    if (publicKey.isEmpty()) {
        if (error)
            *error = QStringLiteral("libolm refused the cross-signing seed");
        return std::nullopt;
    }
    return CrossSigningKey(QByteArray(seed.constData(), seed.size()), std::move(publicKey));
}

QString CrossSigningKey::sign(const QByteArray &message) const
{
    PkSigning signing;
    if (signing.load(m_seed).isEmpty())
        return {};
    return signing.sign(message);
}

QJsonObject CrossSigningKey::signJson(QJsonObject object, const QString &userId) const
{
    const QString signature = sign(Ed25519::signingPayload(object));
    QJsonObject signatures = object.value(QLatin1String("signatures")).toObject();
    QJsonObject mine = signatures.value(userId).toObject();
    mine.insert(QLatin1String("ed25519:") + m_publicKey, signature);
    signatures.insert(userId, mine);
    object.insert(QLatin1String("signatures"), signatures);
    return object;
}

} // namespace atrium::crypto
