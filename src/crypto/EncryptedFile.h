#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace atrium::crypto {

// The spec's EncryptedFile: what a client needs to fetch and decrypt an
// attachment of an encrypted room (content.file, info.thumbnail_file).
// Keys are kept raw here; toJson/fromJson do the JWK and base64 forms.
struct EncryptedFile
{
    QString url;       // the mxc URI of the ciphertext
    QByteArray key;    // 32 bytes, AES-256
    QByteArray iv;     // 16 bytes: 8 random, then a 64-bit counter starting at 0
    QByteArray sha256; // 32 bytes, of the ciphertext
    QString version = QStringLiteral("v2");

    // {url, key: JWK, iv, hashes: {sha256}, v}; base64 unpadded, the key
    // in base64url as JWK wants.
    QJsonObject toJson() const;
    // Checks every field; nullopt with `error` set when something a safe
    // decryption needs is missing or malformed.
    static std::optional<EncryptedFile> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace atrium::crypto
