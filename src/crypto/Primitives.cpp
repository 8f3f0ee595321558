#include "Primitives.h"

#include "OlmSupport.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

namespace atrium::crypto::primitives {

namespace {

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

QByteArray newCounterIv()
{
    QByteArray iv = olm::randomBytes(16);
    iv[8] = char(iv[8] & 0x7f);
    return iv;
}

QByteArray aesCtr256(const QByteArray &key, const QByteArray &iv, const QByteArray &input)
{
    if (key.size() != 32 || iv.size() != 16)
        return {};
    QByteArray output(input.size(), Qt::Uninitialized);
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    int length = 0;
    const bool ok =
        context &&
        EVP_EncryptInit_ex(context, EVP_aes_256_ctr(), nullptr, bytes(key), bytes(iv)) == 1 &&
        EVP_EncryptUpdate(context, bytes(output), &length, bytes(input), int(input.size())) == 1;
    EVP_CIPHER_CTX_free(context);
    return ok ? output : QByteArray();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), bytes(data), std::size_t(data.size()),
              bytes(mac), &length))
        return {};
    return mac;
}

bool macEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && !a.isEmpty() &&
           CRYPTO_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

QByteArray pbkdf2Sha512(const QByteArray &secret, const QByteArray &salt, int rounds, int length)
{
    QByteArray derived(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), bytes(salt), int(salt.size()),
                          rounds, EVP_sha512(), length, bytes(derived)) != 1)
        return {};
    return derived;
}

QByteArray hkdfSha256(const QByteArray &key, const QByteArray &salt, const QByteArray &info,
                      int length)
{
    QByteArray derived(length, Qt::Uninitialized);
    std::size_t size = std::size_t(length);
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    const bool ok = context && EVP_PKEY_derive_init(context) == 1 &&
                    EVP_PKEY_CTX_set_hkdf_md(context, EVP_sha256()) == 1 &&
                    EVP_PKEY_CTX_set1_hkdf_salt(context, bytes(salt), int(salt.size())) == 1 &&
                    EVP_PKEY_CTX_set1_hkdf_key(context, bytes(key), int(key.size())) == 1 &&
                    EVP_PKEY_CTX_add1_hkdf_info(context, bytes(info), int(info.size())) == 1 &&
                    EVP_PKEY_derive(context, bytes(derived), &size) == 1 &&
                    size == std::size_t(length);
    EVP_PKEY_CTX_free(context);
    return ok ? derived : QByteArray();
}

} // namespace atrium::crypto::primitives
