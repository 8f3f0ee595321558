#include "SecretStorageKey.h"

#include "OlmSupport.h"
#include "Primitives.h"
#include "RecoveryKey.h"

namespace atrium::crypto {

namespace {

constexpr int KeySize = 32;
constexpr int DefaultPassphraseBits = 256;

struct DerivedKeys
{
    QByteArray aes;
    QByteArray hmac;
};

// HKDF-SHA-256 with 32 zero bytes as salt and the secret's name as info.
DerivedKeys deriveKeys(const QByteArray &key, const QString &name)
{
    const QByteArray derived = primitives::hkdfSha256(key, QByteArray(32, '\0'), name.toUtf8(), 64);
    return {derived.left(32), derived.mid(32)};
}

QString unpadded(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals));
}

// Clients differ on padding: accept both.
std::optional<QByteArray> fromBase64(const QJsonValue &value)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1());
    if (!decoded || value.toString().isEmpty())
        return std::nullopt;
    return *decoded;
}

std::nullopt_t fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

SecretStorageKey SecretStorageKey::generate()
{
    return SecretStorageKey(olm::randomBytes(KeySize));
}

std::optional<SecretStorageKey> SecretStorageKey::fromRecoveryKey(const QString &text,
                                                                  QString *error)
{
    const auto key = RecoveryKey::decode(text, error);
    if (!key)
        return std::nullopt;
    return SecretStorageKey(*key);
}

std::optional<SecretStorageKey> SecretStorageKey::fromPassphrase(const QString &passphrase,
                                                                 const QJsonObject &parameters,
                                                                 QString *error)
{
    if (parameters.value("algorithm").toString() != QLatin1String(PassphraseAlgorithm))
        return fail(error, QStringLiteral("this key cannot be derived from a passphrase"));
    const QByteArray salt = parameters.value("salt").toString().toUtf8();
    const int iterations = parameters.value("iterations").toInt();
    const int bits = parameters.value("bits").toInt(DefaultPassphraseBits);
    if (salt.isEmpty() || iterations <= 0 || bits != KeySize * 8)
        return fail(error, QStringLiteral("the passphrase parameters are malformed"));
    const QByteArray key = primitives::pbkdf2Sha512(passphrase.toUtf8(), salt, iterations, KeySize);
    if (key.isEmpty())
        return fail(error, QStringLiteral("the key could not be derived"));
    return SecretStorageKey(key);
}

QJsonObject SecretStorageKey::newPassphraseParameters(int iterations)
{
    // 32 random alphanumerics, as other clients make them.
    static constexpr char Alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString salt;
    for (char byte : olm::randomBytes(32))
        salt += QLatin1Char(Alphabet[static_cast<unsigned char>(byte) % (sizeof(Alphabet) - 1)]);
    return {{"algorithm", PassphraseAlgorithm},
            {"salt", salt},
            {"iterations", iterations},
            {"bits", DefaultPassphraseBits}};
}

QString SecretStorageKey::recoveryKey() const
{
    return RecoveryKey::encode(m_key);
}

QJsonObject SecretStorageKey::description(const QString &name, const QJsonObject &passphrase) const
{
    QJsonObject description = encrypt(QString(), QByteArray(32, '\0'));
    description.remove("ciphertext");
    description.insert("algorithm", Algorithm);
    if (!name.isEmpty())
        description.insert("name", name);
    if (!passphrase.isEmpty())
        description.insert("passphrase", passphrase);
    return description;
}

bool SecretStorageKey::matches(const QJsonObject &description) const
{
    if (description.value("algorithm").toString() != QLatin1String(Algorithm))
        return false;
    const auto iv = fromBase64(description.value("iv"));
    const auto mac = fromBase64(description.value("mac"));
    if (!iv || !mac || iv->size() != 16)
        return false;
    const auto expected = fromBase64(encrypt(QString(), QByteArray(32, '\0'), *iv).value("mac"));
    return expected && primitives::macEquals(*expected, *mac);
}

QJsonObject SecretStorageKey::encrypt(const QString &name, const QByteArray &secret) const
{
    return encrypt(name, secret, primitives::newCounterIv());
}

QJsonObject SecretStorageKey::encrypt(const QString &name, const QByteArray &secret,
                                      const QByteArray &iv) const
{
    const DerivedKeys keys = deriveKeys(m_key, name);
    const QByteArray ciphertext = primitives::aesCtr256(keys.aes, iv, secret);
    return {{"iv", unpadded(iv)},
            {"ciphertext", unpadded(ciphertext)},
            {"mac", unpadded(primitives::hmacSha256(keys.hmac, ciphertext))}};
}

std::optional<QByteArray>
SecretStorageKey::decrypt(const QString &name, const QJsonObject &encrypted, QString *error) const
{
    const auto iv = fromBase64(encrypted.value("iv"));
    const auto ciphertext = fromBase64(encrypted.value("ciphertext"));
    const auto mac = fromBase64(encrypted.value("mac"));
    if (!iv || !ciphertext || !mac || iv->size() != 16)
        return fail(error, QStringLiteral("the encrypted secret is malformed"));
    const DerivedKeys keys = deriveKeys(m_key, name);
    if (!primitives::macEquals(primitives::hmacSha256(keys.hmac, *ciphertext), *mac))
        return fail(error, QStringLiteral("the secret's MAC does not match: wrong key, or "
                                          "the data was changed"));
    return primitives::aesCtr256(keys.aes, *iv, *ciphertext);
}

} // namespace atrium::crypto
