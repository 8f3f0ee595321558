#include "Backoff.h"

#include <algorithm>

namespace atrium::sync {

Backoff::Backoff(ms initial, ms maximum, quint32 seed)
    : m_initial(initial), m_maximum(maximum),
      m_random(seed ? seed : QRandomGenerator::global()->generate())
{}

Backoff::ms Backoff::ceilingFor(int attempt) const
{
    const int doublings = std::min(attempt, 20);
    const auto ceiling = m_initial.count() * (qint64(1) << doublings);
    return ms(std::min<qint64>(ceiling, m_maximum.count()));
}

Backoff::ms Backoff::next()
{
    // "Equal jitter": at least half the ceiling, so retries never bunch at
    // zero, and a random other half, so many clients spread out.
    const ms ceiling = ceilingFor(m_attempt++);
    const qint64 half = ceiling.count() / 2;
    return ms(half + qint64(m_random.bounded(quint32(half + 1))));
}

Backoff::ms Backoff::nextAfter(ms serverRequested)
{
    ++m_attempt;
    return std::max(serverRequested, ms(0));
}

} // namespace atrium::sync
