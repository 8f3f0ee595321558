#include "EncryptedFile.h"

#include <QJsonArray>

namespace atrium::crypto {

namespace {

QString unpadded(const QByteArray &data, QByteArray::Base64Options alphabet)
{
    return QString::fromLatin1(data.toBase64(alphabet | QByteArray::OmitTrailingEquals));
}

// Other clients differ in padding and alphabet; accept both, reject garbage.
std::optional<QByteArray> decodeBase64(const QString &text)
{
    QByteArray data = text.toLatin1();
    const bool urlAlphabet = data.contains('-') || data.contains('_');
    auto result = QByteArray::fromBase64Encoding(
        data, (urlAlphabet ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
                  QByteArray::AbortOnBase64DecodingErrors);
    if (!result || text.isEmpty())
        return std::nullopt;
    return *result;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QJsonObject EncryptedFile::toJson() const
{
    return {
        {"url", url},
        {"key", QJsonObject{{"kty", "oct"},
                            {"key_ops", QJsonArray{"encrypt", "decrypt"}},
                            {"alg", "A256CTR"},
                            {"k", unpadded(key, QByteArray::Base64UrlEncoding)},
                            {"ext", true}}},
        {"iv", unpadded(iv, QByteArray::Base64Encoding)},
        {"hashes", QJsonObject{{"sha256", unpadded(sha256, QByteArray::Base64Encoding)}}},
        {"v", version},
    };
}

std::optional<EncryptedFile> EncryptedFile::fromJson(const QJsonObject &json, QString *error)
{
    EncryptedFile file;
    file.url = json.value("url").toString();
    file.version = json.value("v").toString();
    // v1 (a fully random iv) decrypts the same way; anything newer we do not know.
    if (file.version != QLatin1String("v2") && file.version != QLatin1String("v1")) {
        fail(error, QStringLiteral("unsupported encrypted file version \"%1\"").arg(file.version));
        return std::nullopt;
    }
    const QJsonObject jwk = json.value("key").toObject();
    if (jwk.value("kty").toString() != QLatin1String("oct") ||
        jwk.value("alg").toString() != QLatin1String("A256CTR") ||
        !jwk.value("key_ops").toArray().contains(QJsonValue("decrypt"))) {
        fail(error, QStringLiteral("the file key is not an A256CTR decryption key"));
        return std::nullopt;
    }
    const auto key = decodeBase64(jwk.value("k").toString());
    const auto iv = decodeBase64(json.value("iv").toString());
    const auto hash = decodeBase64(json.value("hashes").toObject().value("sha256").toString());
    if (!key || key->size() != 32) {
        fail(error, QStringLiteral("the file key is not 256 bits of base64"));
        return std::nullopt;
    }
    if (!iv || iv->size() != 16) {
        fail(error, QStringLiteral("the file iv is not 16 bytes of base64"));
        return std::nullopt;
    }
    if (!hash || hash->size() != 32) {
        fail(error, QStringLiteral("the file has no SHA-256 hash"));
        return std::nullopt;
    }
    file.key = *key;
    file.iv = *iv;
    file.sha256 = *hash;
    return file;
}

} // namespace atrium::crypto
