#pragma once

#include <QString>

namespace atrium::matrix {
struct SyncResponse;
}
namespace atrium::store {
class Database;
}

namespace atrium::sync {

struct SyncChanges;

// A stage around the storing of each sync response, on the store thread.
// End-to-end encryption plugs in here: before storing it takes to-device
// keys; after storing it decrypts what goes to the views. Encrypted events
// are stored as they came (ciphertext) and decrypted when read.
class SyncPreprocessor
{
public:
    virtual ~SyncPreprocessor() = default;
    // False (with `error`) when the batch must not be applied yet.
    virtual bool process(store::Database &db, matrix::SyncResponse &response, QString *error) = 0;
    virtual void finish(store::Database &db, SyncChanges &changes) = 0;
};

} // namespace atrium::sync
