#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace atrium::matrix {

// One HTTP call to the homeserver, described as data so that request
// builders stay pure functions and can be tested without a network.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // absolute path below the base URL, already percent-encoded
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    int timeoutMs = 60'000;
    bool authenticated = true;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonObject &body);
    static ApiRequest put(const QString &path, const QJsonObject &body);
};

} // namespace atrium::matrix
