#pragma once

#include <QByteArray>
#include <optional>

namespace atrium::store {

// Encrypts what the store must not keep in the clear (the text of messages
// waiting in the outbox, which may be meant for an encrypted room). The
// store only calls it; src/crypto implements it.
class ContentSealer
{
public:
    virtual ~ContentSealer() = default;
    virtual QByteArray seal(const QByteArray &plaintext) const = 0;
    // nullopt when the data was not sealed with this key, or was changed.
    virtual std::optional<QByteArray> open(const QByteArray &sealed) const = 0;
};

} // namespace atrium::store
