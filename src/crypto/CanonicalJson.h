#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace atrium::crypto {

// The spec's canonical JSON (Appendices, "Canonical JSON"): keys sorted by
// code point, no insignificant whitespace, UTF-8. Signatures are computed
// over it, so it must match every other implementation byte for byte.
QByteArray canonicalJson(const QJsonObject &object);

} // namespace atrium::crypto
