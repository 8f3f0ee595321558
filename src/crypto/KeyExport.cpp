#include "KeyExport.h"

#include "OlmSupport.h"

#include <QJsonDocument>
#include <QtEndian>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace atrium::crypto::KeyExport {

namespace {

constexpr auto Header = "-----BEGIN MEGOLM SESSION DATA-----";
constexpr auto Footer = "-----END MEGOLM SESSION DATA-----";
constexpr int SaltSize = 16;
constexpr int IvSize = 16;
constexpr int MacSize = 32;
constexpr int HeaderSize = 1 + SaltSize + IvSize + 4; // version, salt, iv, rounds

struct Keys
{
    QByteArray aes;
    QByteArray hmac;
};

Keys deriveKeys(const QString &passphrase, const QByteArray &salt, int rounds)
{
    const QByteArray secret = passphrase.toUtf8();
    QByteArray derived(64, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      rounds, EVP_sha512(), int(derived.size()),
                      reinterpret_cast<unsigned char *>(derived.data()));
    return {derived.left(32), derived.mid(32)};
}

// CTR mode is its own inverse.
QByteArray aesCtr(const QByteArray &key, const QByteArray &iv, const QByteArray &input)
{
    QByteArray output(input.size(), Qt::Uninitialized);
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    int length = 0;
    EVP_EncryptInit_ex(context, EVP_aes_256_ctr(), nullptr,
                       reinterpret_cast<const unsigned char *>(key.constData()),
                       reinterpret_cast<const unsigned char *>(iv.constData()));
    EVP_EncryptUpdate(context, reinterpret_cast<unsigned char *>(output.data()), &length,
                      reinterpret_cast<const unsigned char *>(input.constData()),
                      int(input.size()));
    EVP_CIPHER_CTX_free(context);
    return output;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray mac(MacSize, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), std::size_t(data.size()),
         reinterpret_cast<unsigned char *>(mac.data()), &length);
    return mac;
}

QByteArray armour(const QByteArray &payload)
{
    const QByteArray base64 = payload.toBase64();
    QByteArray file = QByteArray(Header) + '\n';
    for (qsizetype i = 0; i < base64.size(); i += 96)
        file += base64.mid(i, 96) + '\n';
    return file + Footer + '\n';
}

std::optional<QByteArray> unarmour(const QByteArray &file)
{
    const QByteArray text = file.trimmed();
    if (!text.startsWith(Header) || !text.endsWith(Footer))
        return std::nullopt;
    QByteArray base64 = text.mid(qstrlen(Header), text.size() - qstrlen(Header) - qstrlen(Footer));
    base64 = base64.simplified().replace(' ', "");
    const auto decoded = QByteArray::fromBase64Encoding(base64);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

QByteArray encrypt(const QJsonArray &sessions, const QString &passphrase, int rounds)
{
    const QByteArray salt = olm::randomBytes(SaltSize);
    QByteArray iv = olm::randomBytes(IvSize);
    iv[8] = char(iv[8] & 0x7f); // bit 63 clear: the counter never wraps into the nonce
    const Keys keys = deriveKeys(passphrase, salt, rounds);
    QByteArray payload;
    payload += char(1); // format version
    payload += salt;
    payload += iv;
    QByteArray roundBytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(rounds), roundBytes.data());
    payload += roundBytes;
    payload += aesCtr(keys.aes, iv, QJsonDocument(sessions).toJson(QJsonDocument::Compact));
    payload += hmacSha256(keys.hmac, payload);
    return armour(payload);
}

std::optional<QJsonArray> decrypt(const QByteArray &file, const QString &passphrase, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    const auto payload = unarmour(file);
    if (!payload || payload->size() < HeaderSize + MacSize)
        return fail(QStringLiteral("not a room key export file"));
    if (payload->at(0) != 1)
        return fail(QStringLiteral("unsupported key export version %1").arg(int(payload->at(0))));
    const QByteArray salt = payload->mid(1, SaltSize);
    const QByteArray iv = payload->mid(1 + SaltSize, IvSize);
    const int rounds = int(qFromBigEndian<quint32>(payload->constData() + 1 + SaltSize + IvSize));
    if (rounds <= 0)
        return fail(QStringLiteral("the file is damaged"));
    const Keys keys = deriveKeys(passphrase, salt, rounds);
    const QByteArray authenticated = payload->left(payload->size() - MacSize);
    const QByteArray mac = hmacSha256(keys.hmac, authenticated);
    if (CRYPTO_memcmp(mac.constData(), payload->constData() + authenticated.size(), MacSize) != 0)
        return fail(QStringLiteral("wrong passphrase, or the file is damaged"));
    const QByteArray json = aesCtr(keys.aes, iv, authenticated.mid(HeaderSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isArray())
        return fail(QStringLiteral("the file holds no key list: %1").arg(parseError.errorString()));
    return document.array();
}

} // namespace atrium::crypto::KeyExport
