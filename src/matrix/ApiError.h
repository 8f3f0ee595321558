#pragma once

#include <QJsonObject>
#include <QString>

namespace atrium::matrix {

// What went wrong with one API call, in the terms callers act on: retry it,
// wait and retry it, give up on the session, or show the message.
struct ApiError
{
    enum class Kind
    {
        Network,  // no connection, DNS failure, connection dropped, TLS
        Timeout,  // the request took longer than allowed
        Server,   // an HTTP error status with or without a Matrix error body
        Malformed // a 2xx answer whose body is not what the spec promises
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString errcode; // e.g. M_FORBIDDEN; empty when the server sent none
    QString message;
    int retryAfterMs = -1; // from M_LIMIT_EXCEEDED / Retry-After; -1 if absent
    bool softLogout = false;

    // Worth retrying as-is later: connection problems, 5xx, 429.
    bool isTransient() const;
    // The access token is no longer valid: the session must sign in again.
    bool isUnknownToken() const { return errcode == QLatin1String("M_UNKNOWN_TOKEN"); }
    bool isRateLimited() const
    {
        return httpStatus == 429 || errcode == QLatin1String("M_LIMIT_EXCEEDED");
    }

    QString describe() const;

    static ApiError fromHttp(int status, const QByteArray &body);
};

} // namespace atrium::matrix
