#include "ApiRequest.h"

#include <QJsonDocument>

namespace atrium::matrix {

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest ApiRequest::put(const QString &path, const QJsonObject &body)
{
    ApiRequest request = post(path, body);
    request.method = "PUT";
    return request;
}

} // namespace atrium::matrix
