#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace atrium::matrix {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Server:
        return httpStatus >= 500 || isRateLimited();
    case Kind::Malformed:
        return false;
    }
    return false;
}

QString ApiError::describe() const
{
    switch (kind) {
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "cannot reach the server: %1").arg(message);
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "the server did not answer in time");
    case Kind::Malformed:
        return QCoreApplication::translate("ApiError", "the server sent an unexpected answer: %1")
            .arg(message);
    case Kind::Server:
        break;
    }
    if (!errcode.isEmpty())
        return QStringLiteral("%1 (%2, HTTP %3)").arg(message, errcode).arg(httpStatus);
    return QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(message).trimmed();
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Server;
    error.httpStatus = status;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    error.errcode = json.value(QLatin1String("errcode")).toString();
    error.message = json.value(QLatin1String("error")).toString();
    if (error.message.isEmpty())
        error.message = QString::fromUtf8(body.left(200)).simplified();
    error.softLogout = json.value(QLatin1String("soft_logout")).toBool();
    if (json.contains(QLatin1String("retry_after_ms")))
        error.retryAfterMs = json.value(QLatin1String("retry_after_ms")).toInt();
    return error;
}

} // namespace atrium::matrix
