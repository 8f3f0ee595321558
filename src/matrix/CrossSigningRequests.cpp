#include "CrossSigningRequests.h"

#include "Requests.h"

namespace atrium::matrix::requests {

namespace {

QString keysPath(const QString &rest)
{
    return QString::fromLatin1(ClientPrefix) + QStringLiteral("/keys/") + rest;
}

} // namespace

ApiRequest uploadCrossSigningKeys(const QJsonObject &master, const QJsonObject &selfSigning,
                                  const QJsonObject &userSigning, const QJsonObject &auth)
{
    QJsonObject body;
    if (!master.isEmpty())
        body.insert(QStringLiteral("master_key"), master);
    if (!selfSigning.isEmpty())
        body.insert(QStringLiteral("self_signing_key"), selfSigning);
    if (!userSigning.isEmpty())
        body.insert(QStringLiteral("user_signing_key"), userSigning);
    if (!auth.isEmpty())
        body.insert(QStringLiteral("auth"), auth);
    return ApiRequest::post(keysPath(QStringLiteral("device_signing/upload")), body);
}

ApiRequest uploadSignatures(const QJsonObject &signedObjects)
{
    return ApiRequest::post(keysPath(QStringLiteral("signatures/upload")), signedObjects);
}

} // namespace atrium::matrix::requests
