#pragma once

#include "CrossSigningTrust.h"

namespace atrium::store {
class Database;
}

namespace atrium::crypto {

// The cross-signing keys users published, as the last /keys/query gave
// them (table published_cross_signing_keys), for the trust checks. Only
// public keys: our own private ones are in CryptoStore. Used on the store
// thread only.
class CrossSigningKeyStore
{
public:
    explicit CrossSigningKeyStore(store::Database &db) : m_db(db) {}

    // Replaces what is known of `userId`'s keys; missing ones are forgotten.
    bool replace(const QString &userId, const CrossSigningKeys &keys);
    // Checked again on the way out, so a damaged row counts as no key.
    CrossSigningKeys keys(const QString &userId);

    // Our master key as another of our devices vouched for it in a SAS
    // verification: the root of trust on a device that does not hold it.
    bool setVerifiedOwnMasterKey(const QString &publicKey);
    QString verifiedOwnMasterKey() const;

private:
    store::Database &m_db;
};

} // namespace atrium::crypto
