#pragma once

#include <QJsonObject>

namespace atrium::matrix {

// The spec's redaction algorithm (room versions 1–10), applied locally
// when a redaction arrives for an event we already hold.
class Redaction
{
public:
    static QJsonObject apply(const QJsonObject &event, const QJsonObject &redactionEvent);
};

} // namespace atrium::matrix
