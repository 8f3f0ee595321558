#pragma once

#include "EncryptedFile.h"

#include <QByteArray>
#include <memory>
#include <optional>

class QIODevice;

namespace atrium::crypto {

// Encrypted attachments as the Matrix spec defines them (EncryptedFile v2):
// AES-256-CTR with a random key and a 16-byte iv of 8 random bytes and a
// zero counter, and a SHA-256 of the ciphertext that is checked before any
// plaintext is released. Data streams through in chunks: a file of any size
// needs the same small amount of memory.
//
// An object is one keystream: feed it the data in order. The static
// functions do whole streams from one QIODevice to another.
class AttachmentCipher
{
public:
    static constexpr qint64 ChunkSize = 256 * 1024;

    AttachmentCipher(const QByteArray &key, const QByteArray &iv);
    ~AttachmentCipher();
    AttachmentCipher(const AttachmentCipher &) = delete;
    AttachmentCipher &operator=(const AttachmentCipher &) = delete;

    bool isValid() const { return m_ctx != nullptr; }
    // Encrypts or decrypts the next piece (the same operation in CTR mode).
    QByteArray process(const QByteArray &data);

    // A fresh 256-bit key and a v2 iv, from OpenSSL's CSPRNG.
    static EncryptedFile newKey();

    // Reads `plaintext` to its end and writes the ciphertext to `ciphertext`
    // under a new key. Returns the EncryptedFile with key, iv and hash (the
    // url is the caller's to fill in once uploaded), or nullopt and `error`.
    static std::optional<EncryptedFile> encrypt(QIODevice &plaintext, QIODevice &ciphertext,
                                                QString *error = nullptr);
    // The same with a given key and iv (known-answer tests).
    static std::optional<EncryptedFile> encrypt(QIODevice &plaintext, QIODevice &ciphertext,
                                                EncryptedFile keys, QString *error = nullptr);

    // Hashes all of `ciphertext` first (so it must be seekable, a file) and
    // decrypts into `plaintext` only when the hash is the one in `file`:
    // on a mismatch nothing at all is written.
    static bool decrypt(QIODevice &ciphertext, QIODevice &plaintext, const EncryptedFile &file,
                        QString *error = nullptr);
    // For a ciphertext read once (any QIODevice): decrypts into a temporary
    // file beside `path` and moves it to `path` only when the hash matched;
    // otherwise the temporary file is removed and `path` is left untouched.
    static bool decryptToFile(QIODevice &ciphertext, const QString &path, const EncryptedFile &file,
                              QString *error = nullptr);

    // SHA-256 of what `device` yields from its current position to its end.
    static std::optional<QByteArray> sha256(QIODevice &device, QString *error = nullptr);

private:
    struct Context;
    Context *m_ctx = nullptr;
};

} // namespace atrium::crypto
