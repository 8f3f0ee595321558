#include "AttachmentCipher.h"

#include <QIODevice>
#include <QSaveFile>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace atrium::crypto {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Incremental SHA-256 over OpenSSL's EVP interface.
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new())
    {
        if (m_ctx && EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1) {
            EVP_MD_CTX_free(m_ctx);
            m_ctx = nullptr;
        }
    }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    bool isValid() const { return m_ctx != nullptr; }
    bool update(const QByteArray &data)
    {
        return EVP_DigestUpdate(m_ctx, data.constData(), size_t(data.size())) == 1;
    }
    QByteArray digest()
    {
        QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int length = 0;
        if (EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
            return {};
        out.truncate(int(length));
        return out;
    }

private:
    EVP_MD_CTX *m_ctx;
};

// Reads the next chunk; false at the end or on a read error (`failed` tells).
bool readChunk(QIODevice &device, QByteArray &chunk, bool &failed)
{
    chunk.resize(AttachmentCipher::ChunkSize);
    const qint64 got = device.read(chunk.data(), AttachmentCipher::ChunkSize);
    if (got < 0) {
        failed = true;
        return false;
    }
    if (got == 0 && (device.atEnd() || !device.isSequential()))
        return false;
    chunk.truncate(got);
    return true;
}

bool writeAll(QIODevice &device, const QByteArray &data)
{
    return device.write(data) == data.size();
}

// A sequential device may have nothing yet without being at its end.
bool waitForMore(QIODevice &device)
{
    return device.isSequential() && !device.atEnd() && device.waitForReadyRead(30'000);
}

} // namespace

struct AttachmentCipher::Context
{
    EVP_CIPHER_CTX *ctx;
};

AttachmentCipher::AttachmentCipher(const QByteArray &key, const QByteArray &iv)
{
    if (key.size() != 32 || iv.size() != 16)
        return;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_ctr(), nullptr,
                           reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(iv.constData())) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return;
    }
    m_ctx = new Context{ctx};
}

AttachmentCipher::~AttachmentCipher()
{
    if (m_ctx) {
        EVP_CIPHER_CTX_free(m_ctx->ctx);
        delete m_ctx;
    }
}

QByteArray AttachmentCipher::process(const QByteArray &data)
{
    if (!m_ctx || data.isEmpty())
        return {};
    QByteArray out(data.size(), Qt::Uninitialized);
    int written = 0;
    if (EVP_EncryptUpdate(m_ctx->ctx, reinterpret_cast<unsigned char *>(out.data()), &written,
                          reinterpret_cast<const unsigned char *>(data.constData()),
                          int(data.size())) != 1)
        return {};
    out.truncate(written); // a stream cipher: always all of it
    return out;
}

EncryptedFile AttachmentCipher::newKey()
{
    EncryptedFile file;
    file.key.resize(32);
    file.iv.fill('\0', 16);
    // The low 8 bytes are the block counter and start at zero (v2): a
    // counter that cannot wrap is what makes every implementation agree.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(file.key.data()), 32) != 1 ||
        RAND_bytes(reinterpret_cast<unsigned char *>(file.iv.data()), 8) != 1)
        return {};
    return file;
}

std::optional<EncryptedFile> AttachmentCipher::encrypt(QIODevice &plaintext, QIODevice &ciphertext,
                                                       QString *error)
{
    EncryptedFile keys = newKey();
    if (keys.key.isEmpty()) {
        fail(error, QStringLiteral("no random numbers for a file key"));
        return std::nullopt;
    }
    return encrypt(plaintext, ciphertext, keys, error);
}

std::optional<EncryptedFile> AttachmentCipher::encrypt(QIODevice &plaintext, QIODevice &ciphertext,
                                                       EncryptedFile keys, QString *error)
{
    AttachmentCipher cipher(keys.key, keys.iv);
    Sha256 hash;
    if (!cipher.isValid() || !hash.isValid()) {
        fail(error, QStringLiteral("cannot set up AES-256-CTR and SHA-256"));
        return std::nullopt;
    }
    QByteArray chunk;
    bool readFailed = false;
    for (;;) {
        if (!readChunk(plaintext, chunk, readFailed)) {
            if (!readFailed && waitForMore(plaintext))
                continue;
            break;
        }
        const QByteArray encrypted = cipher.process(chunk);
        if (encrypted.size() != chunk.size() || !hash.update(encrypted)) {
            fail(error, QStringLiteral("encryption failed"));
            return std::nullopt;
        }
        if (!writeAll(ciphertext, encrypted)) {
            fail(error, QStringLiteral("cannot write the encrypted file: %1")
                            .arg(ciphertext.errorString()));
            return std::nullopt;
        }
    }
    if (readFailed) {
        fail(error, QStringLiteral("cannot read the file: %1").arg(plaintext.errorString()));
        return std::nullopt;
    }
    keys.sha256 = hash.digest();
    return keys;
}

std::optional<QByteArray> AttachmentCipher::sha256(QIODevice &device, QString *error)
{
    Sha256 hash;
    if (!hash.isValid()) {
        fail(error, QStringLiteral("cannot set up SHA-256"));
        return std::nullopt;
    }
    QByteArray chunk;
    bool readFailed = false;
    for (;;) {
        if (!readChunk(device, chunk, readFailed)) {
            if (!readFailed && waitForMore(device))
                continue;
            break;
        }
        hash.update(chunk);
    }
    if (readFailed) {
        fail(error, QStringLiteral("cannot read: %1").arg(device.errorString()));
        return std::nullopt;
    }
    return hash.digest();
}

bool AttachmentCipher::decrypt(QIODevice &ciphertext, QIODevice &plaintext,
                               const EncryptedFile &file, QString *error)
{
    if (ciphertext.isSequential())
        return fail(error, QStringLiteral("decrypt() needs a seekable ciphertext; use "
                                          "decryptToFile() for a stream"));
    const qint64 start = ciphertext.pos();
    const auto digest = sha256(ciphertext, error);
    if (!digest)
        return false;
    if (*digest != file.sha256)
        return fail(error, QStringLiteral("the file's SHA-256 hash does not match: it was "
                                          "corrupted or tampered with"));
    if (!ciphertext.seek(start))
        return fail(error, QStringLiteral("cannot re-read the encrypted file"));

    AttachmentCipher cipher(file.key, file.iv);
    if (!cipher.isValid())
        return fail(error, QStringLiteral("cannot set up AES-256-CTR with this key"));
    QByteArray chunk;
    bool readFailed = false;
    while (readChunk(ciphertext, chunk, readFailed)) {
        if (!writeAll(plaintext, cipher.process(chunk)))
            return fail(
                error,
                QStringLiteral("cannot write the decrypted file: %1").arg(plaintext.errorString()));
    }
    if (readFailed)
        return fail(error,
                    QStringLiteral("cannot read the file: %1").arg(ciphertext.errorString()));
    return true;
}

bool AttachmentCipher::decryptToFile(QIODevice &ciphertext, const QString &path,
                                     const EncryptedFile &file, QString *error)
{
    AttachmentCipher cipher(file.key, file.iv);
    Sha256 hash;
    if (!cipher.isValid() || !hash.isValid())
        return fail(error, QStringLiteral("cannot set up AES-256-CTR with this key"));
    // QSaveFile writes beside `path` and renames only on commit().
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    QByteArray chunk;
    bool readFailed = false;
    for (;;) {
        if (!readChunk(ciphertext, chunk, readFailed)) {
            if (!readFailed && waitForMore(ciphertext))
                continue;
            break;
        }
        hash.update(chunk);
        if (!writeAll(out, cipher.process(chunk))) {
            out.cancelWriting();
            return fail(error, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
        }
    }
    if (readFailed || hash.digest() != file.sha256) {
        out.cancelWriting();
        return fail(
            error,
            readFailed
                ? QStringLiteral("cannot read the encrypted file: %1").arg(ciphertext.errorString())
                : QStringLiteral("the file's SHA-256 hash does not match: it "
                                 "was corrupted or tampered with"));
    }
    if (!out.commit())
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return true;
}

} // namespace atrium::crypto
