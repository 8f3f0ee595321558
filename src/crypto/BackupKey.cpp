#include "BackupKey.h"

#include "OlmSupport.h"

#include <QJsonDocument>
#include <memory>
#include <olm/pk.h>

namespace atrium::crypto {

namespace {

// An OlmPkDecryption loaded with one private key, cleared when done.
class PkDecryption
{
public:
    PkDecryption() : m_memory(std::make_unique<uint8_t[]>(olm_pk_decryption_size()))
    {
        m_decryption = olm_pk_decryption(m_memory.get());
    }
    ~PkDecryption() { olm_clear_pk_decryption(m_decryption); }
    PkDecryption(const PkDecryption &) = delete;
    PkDecryption &operator=(const PkDecryption &) = delete;

    // The public key, empty when libolm refuses the private key.
    QString load(const QByteArray &privateKey)
    {
        QByteArray publicKey(qsizetype(olm_pk_key_length()), '\0');
        QByteArray copy = olm::scratchCopy(privateKey);
        if (olm::failed(olm_pk_key_from_private(m_decryption, publicKey.data(), publicKey.size(),
                                                copy.data(), copy.size())))
            return {};
        return QString::fromLatin1(publicKey);
    }

    std::optional<QByteArray> decrypt(const QByteArray &ephemeral, const QByteArray &mac,
                                      const QByteArray &ciphertext)
    {
        QByteArray scratch = olm::scratchCopy(ciphertext);
        QByteArray plaintext(qsizetype(olm_pk_max_plaintext_length(m_decryption, scratch.size())),
                             '\0');
        const std::size_t length = olm_pk_decrypt(
            m_decryption, ephemeral.constData(), ephemeral.size(), mac.constData(), mac.size(),
            scratch.data(), scratch.size(), plaintext.data(), plaintext.size());
        if (olm::failed(length))
            return std::nullopt;
        plaintext.truncate(qsizetype(length));
        return plaintext;
    }

private:
    std::unique_ptr<uint8_t[]> m_memory;
    OlmPkDecryption *m_decryption = nullptr;
};

} // namespace

BackupKey BackupKey::generate()
{
    QString error;
    // A fresh random key of the right length cannot be refused.
    return *fromPrivateKey(olm::randomBytes(olm_pk_private_key_length()), &error);
}

std::optional<BackupKey> BackupKey::fromPrivateKey(const QByteArray &privateKey, QString *error)
{
    if (std::size_t(privateKey.size()) != olm_pk_private_key_length()) {
        if (error)
            *error = QStringLiteral("a backup key has %1 bytes, not %2")
                         .arg(privateKey.size())
                         .arg(olm_pk_private_key_length());
        return std::nullopt;
    }
    PkDecryption decryption;
    QString publicKey = decryption.load(privateKey);
    if (publicKey.isEmpty()) {
        if (error)
            *error = QStringLiteral("libolm refused the backup key");
        return std::nullopt;
    }
    return BackupKey(QByteArray(privateKey.constData(), privateKey.size()), std::move(publicKey));
}

std::optional<QJsonObject> BackupKey::decrypt(const QJsonObject &sessionData, QString *error) const
{
    PkDecryption decryption;
    decryption.load(m_privateKey);
    const auto plaintext =
        decryption.decrypt(sessionData.value("ephemeral").toString().toLatin1(),
                           sessionData.value("mac").toString().toLatin1(),
                           sessionData.value("ciphertext").toString().toLatin1());
    if (!plaintext) {
        if (error)
            *error = QStringLiteral("a backed-up key does not decrypt with this backup key");
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(*plaintext);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("a backed-up key is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

QJsonObject BackupKey::encrypt(const QString &publicKey, const QJsonObject &plaintext)
{
    auto memory = std::make_unique<uint8_t[]>(olm_pk_encryption_size());
    OlmPkEncryption *encryption = olm_pk_encryption(memory.get());
    const QByteArray key = publicKey.toLatin1();
    QJsonObject sessionData;
    if (!olm::failed(
            olm_pk_encryption_set_recipient_key(encryption, key.constData(), key.size()))) {
        const QByteArray message = QJsonDocument(plaintext).toJson(QJsonDocument::Compact);
        QByteArray ciphertext(qsizetype(olm_pk_ciphertext_length(encryption, message.size())),
                              '\0');
        QByteArray mac(qsizetype(olm_pk_mac_length(encryption)), '\0');
        QByteArray ephemeral(qsizetype(olm_pk_key_length()), '\0');
        const QByteArray random = olm::randomBytes(olm_pk_encrypt_random_length(encryption));
        if (!olm::failed(olm_pk_encrypt(encryption, message.constData(), message.size(),
                                        ciphertext.data(), ciphertext.size(), mac.data(),
                                        mac.size(), ephemeral.data(), ephemeral.size(),
                                        random.constData(), random.size())))
            sessionData = {{"ciphertext", QString::fromLatin1(ciphertext)},
                           {"mac", QString::fromLatin1(mac)},
                           {"ephemeral", QString::fromLatin1(ephemeral)}};
    }
    olm_clear_pk_encryption(encryption);
    return sessionData;
}

} // namespace atrium::crypto
