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

// Publishes this device's identity keys, and keeps its one-time keys and
// fallback key on the server topped up from the counts each sync reports.
class KeyPublisher : public QObject
{
    Q_OBJECT
public:
    KeyPublisher(matrix::HttpClient *http, store::StoreThread *store,
                 const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    // Creates the Olm account on first use and publishes its keys.
    void start();
    bool hasPublishedKeys() const { return m_keysPublished; }
    // Uploads new one-time keys (or a fallback key) when the server runs low.
    void topUp();

signals:
    void keysPublished();

private:
    void uploadKeys(int serverKeyCount);
    void setKeysPublished();

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    crypto::CryptoIdentity m_identity;
    bool m_uploading = false;
    bool m_keysPublished = false;
};

} // namespace atrium::sync
