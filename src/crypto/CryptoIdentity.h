#pragma once

#include <QByteArray>
#include <QString>

namespace atrium::crypto {

// Who this device is, and the key its pickles are encrypted with (kept in
// the OS keychain, never in the database).
struct CryptoIdentity
{
    QString userId;
    QString deviceId;
    QByteArray pickleKey;
};

} // namespace atrium::crypto
