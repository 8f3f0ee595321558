#pragma once

#include <QRandomGenerator>
#include <chrono>

namespace atrium::sync {

// Delays between retries: exponential with "equal jitter", capped, and reset
// after a success. A server's retry_after_ms overrides the computed delay.
class Backoff
{
public:
    using ms = std::chrono::milliseconds;

    explicit Backoff(ms initial = ms(500), ms maximum = ms(60'000), quint32 seed = 0);

    // The delay before the next attempt; grows with every call.
    ms next();
    // A server-imposed wait (429 retry_after_ms), which also counts as an attempt.
    ms nextAfter(ms serverRequested);
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    ms ceilingFor(int attempt) const;

    ms m_initial;
    ms m_maximum;
    int m_attempt = 0;
    QRandomGenerator m_random;
};

} // namespace atrium::sync
