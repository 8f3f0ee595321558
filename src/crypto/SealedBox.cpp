#include "SealedBox.h"

#include "OlmSupport.h"

#include <QCryptographicHash>
#include <openssl/evp.h>

namespace atrium::crypto {

namespace {
constexpr int NonceSize = 12;
constexpr int TagSize = 16;

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}
const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}
} // namespace

SealedBox::SealedBox(const QByteArray &pickleKey)
    // A key of its own, so that the pickle key is never used for two purposes.
    : m_key(
          QCryptographicHash::hash("atrium sealed box v1" + pickleKey, QCryptographicHash::Sha256))
{}

QByteArray SealedBox::seal(const QByteArray &plaintext) const
{
    QByteArray nonce = olm::randomBytes(NonceSize);
    QByteArray ciphertext(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(TagSize, Qt::Uninitialized);
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    int length = 0;
    EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce));
    EVP_EncryptUpdate(context, bytes(ciphertext), &length, bytes(plaintext), int(plaintext.size()));
    EVP_EncryptFinal_ex(context, nullptr, &length);
    EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, TagSize, bytes(tag));
    EVP_CIPHER_CTX_free(context);
    return nonce + ciphertext + tag;
}

std::optional<QByteArray> SealedBox::open(const QByteArray &sealed) const
{
    if (sealed.size() < NonceSize + TagSize)
        return std::nullopt;
    const QByteArray nonce = sealed.left(NonceSize);
    const QByteArray ciphertext = sealed.mid(NonceSize, sealed.size() - NonceSize - TagSize);
    QByteArray tag = sealed.right(TagSize);
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    int length = 0;
    EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce));
    EVP_DecryptUpdate(context, bytes(plaintext), &length, bytes(ciphertext),
                      int(ciphertext.size()));
    EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, TagSize, bytes(tag));
    const bool authentic = EVP_DecryptFinal_ex(context, nullptr, &length) == 1;
    EVP_CIPHER_CTX_free(context);
    if (!authentic)
        return std::nullopt;
    return plaintext;
}

} // namespace atrium::crypto
