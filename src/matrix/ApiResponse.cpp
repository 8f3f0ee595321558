#include "ApiResponse.h"

#include <QJsonDocument>

namespace atrium::matrix {

QJsonObject ApiResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace atrium::matrix
