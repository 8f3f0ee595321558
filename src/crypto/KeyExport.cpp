#include "KeyExport.h"

#include "OlmSupport.h"
#include "Primitives.h"

#include <QJsonDocument>
#include <QtEndian>

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
    const QByteArray derived = primitives::pbkdf2Sha512(passphrase.toUtf8(), salt, rounds, 64);
    return {derived.left(32), derived.mid(32)};
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
    const QByteArray iv = primitives::newCounterIv();
    const Keys keys = deriveKeys(passphrase, salt, rounds);
    QByteArray payload;
    payload += char(1); // format version
    payload += salt;
    payload += iv;
    QByteArray roundBytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(rounds), roundBytes.data());
    payload += roundBytes;
    payload +=
        primitives::aesCtr256(keys.aes, iv, QJsonDocument(sessions).toJson(QJsonDocument::Compact));
    payload += primitives::hmacSha256(keys.hmac, payload);
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
    const QByteArray mac = primitives::hmacSha256(keys.hmac, authenticated);
    if (!primitives::macEquals(mac, payload->mid(authenticated.size())))
        return fail(QStringLiteral("wrong passphrase, or the file is damaged"));
    const QByteArray json = primitives::aesCtr256(keys.aes, iv, authenticated.mid(HeaderSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isArray())
        return fail(QStringLiteral("the file holds no key list: %1").arg(parseError.errorString()));
    return document.array();
}

} // namespace atrium::crypto::KeyExport
