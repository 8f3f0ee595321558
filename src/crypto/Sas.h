#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

struct OlmSAS;

namespace atrium::crypto {

// libolm's Short Authentication String object: an ephemeral Curve25519 key
// pair whose shared secret with the other device's key yields the emoji or
// numbers both users compare, and the MACs that then vouch for each
// device's identity key. One per verification; one owner thread.
class Sas
{
public:
    // The MAC methods of the spec's m.sas.v1.
    enum class MacMethod
    {
        HkdfHmacSha256V2, // "hkdf-hmac-sha256.v2": standard base64
        HkdfHmacSha256,   // "hkdf-hmac-sha256": libolm's original, non-standard base64
    };

    Sas();
    Sas(Sas &&) noexcept;
    Sas &operator=(Sas &&) noexcept;
    ~Sas();

    // Unpadded base64, as m.key.verification.key carries it.
    QString publicKey() const;
    bool setTheirKey(const QString &key, QString *error);
    bool hasTheirKey() const;
    // `count` bytes derived from the shared secret and `info` (HKDF).
    QByteArray generateBytes(const QByteArray &info, int count) const;
    // Empty if their key is not set.
    QString calculateMac(MacMethod method, const QByteArray &input, const QByteArray &info) const;

private:
    QString lastError() const;

    std::unique_ptr<uint8_t[]> m_memory;
    ::OlmSAS *m_sas = nullptr;
};

} // namespace atrium::crypto
