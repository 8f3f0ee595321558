#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

// Small helpers shared by the libolm wrappers. libolm reports failure as
// olm_error() and destroys some input buffers, so callers pass copies.
namespace atrium::crypto::olm {

QByteArray randomBytes(std::size_t count);
bool failed(std::size_t result);
// A detached copy: libolm overwrites buffers such as pickles and messages.
inline QByteArray scratchCopy(const QByteArray &bytes)
{
    return QByteArray(bytes.constData(), bytes.size());
}

} // namespace atrium::crypto::olm
