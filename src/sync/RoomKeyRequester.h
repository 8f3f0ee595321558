#pragma once

#include "crypto/CryptoIdentity.h"

#include <QObject>

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

// Asks our other devices for the Megolm keys this device lacks
// (m.room_key_request, action "request", to every device of our user), and
// withdraws the request ("request_cancellation") once the key arrived. What
// to ask for is recorded by EncryptionStage when an event cannot be
// decrypted; see crypto::KeyRequestStore.
class RoomKeyRequester : public QObject
{
    Q_OBJECT
public:
    RoomKeyRequester(matrix::HttpClient *http, store::StoreThread *store,
                     const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    // Sends every request and cancellation not sent yet.
    void flush();

private:
    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    crypto::CryptoIdentity m_identity;
    bool m_flushing = false;
    bool m_flushAgain = false;
};

} // namespace atrium::sync
