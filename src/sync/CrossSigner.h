#pragma once

#include "crypto/CryptoIdentity.h"
#include "crypto/SasVerification.h"

#include <QObject>
#include <functional>

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

// Turns a completed verification into cross-signing signatures, with the
// keys this device holds (see CrossSigningSetup): another of our own
// devices is signed with the self-signing key; another user's master key,
// when their MAC covered it, with the user-signing key. Then publishes them
// (/keys/signatures/upload), so every client that trusts our master trusts
// what we verified. Without the keys there is nothing to sign.
class CrossSigner : public QObject
{
    Q_OBJECT
public:
    CrossSigner(matrix::HttpClient *http, store::StoreThread *store,
                const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    // `done` gets whether signatures went to the server (false: nothing to
    // sign, or the upload failed, which is logged).
    void signVerified(const crypto::VerificationParty &their, bool masterKeyVerified,
                      std::function<void(bool published)> done);

private:
    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    crypto::CryptoIdentity m_identity;
};

} // namespace atrium::sync
