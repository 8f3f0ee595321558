#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace atrium::matrix {

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
};

} // namespace atrium::matrix
