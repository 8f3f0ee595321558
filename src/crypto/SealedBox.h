#pragma once

#include "store/ContentSealer.h"

namespace atrium::crypto {

// AES-256-GCM with a random 96-bit nonce per message, under a key derived
// from the account's pickle key (which lives in the keychain).
class SealedBox : public store::ContentSealer
{
public:
    explicit SealedBox(const QByteArray &pickleKey);

    QByteArray seal(const QByteArray &plaintext) const override;
    std::optional<QByteArray> open(const QByteArray &sealed) const override;

private:
    QByteArray m_key;
};

} // namespace atrium::crypto
