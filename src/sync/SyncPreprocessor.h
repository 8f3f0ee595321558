#pragma once

namespace atrium::matrix {
struct SyncResponse;
}

namespace atrium::sync {

// A stage that sees every sync response after parsing and before it is
// stored, on the store thread. End-to-end encryption plugs in here: it
// takes to-device keys and replaces m.room.encrypted events with their
// decrypted form before anything reaches the store or the views. An
// event whose `json` it changes must have its `rawJson` cleared too.
class SyncPreprocessor
{
public:
    virtual ~SyncPreprocessor() = default;
    virtual void process(matrix::SyncResponse &response) = 0;
};

} // namespace atrium::sync
