#pragma once

#include <QJsonObject>

namespace atrium::matrix {

// The spec's redaction algorithm for room versions 1–10, applied locally
// when a redaction arrives for an event we already hold. Version 11 keeps a
// few more keys (all of m.room.create, `invite` in power levels); applying
// these rules there strips slightly more than the server does, never less.
class Redaction
{
public:
    static QJsonObject apply(const QJsonObject &event, const QJsonObject &redactionEvent);
};

} // namespace atrium::matrix
