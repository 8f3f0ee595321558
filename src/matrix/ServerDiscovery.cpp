#include "ServerDiscovery.h"

#include "HttpClient.h"
#include "Requests.h"

#include <QJsonArray>

namespace atrium::matrix {

ServerDiscovery::ServerDiscovery(QObject *parent) : QObject(parent), m_http(new HttpClient(this)) {}

QUrl ServerDiscovery::initialUrl(const QString &input, bool *viaWellKnown)
{
    const QString trimmed = input.trimmed();
    if (trimmed.startsWith(QLatin1String("http://")) ||
        trimmed.startsWith(QLatin1String("https://"))) {
        *viaWellKnown = false;
        return QUrl(trimmed);
    }
    QString serverName = trimmed;
    if (trimmed.startsWith(QLatin1Char('@'))) {
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        serverName = colon < 0 ? QString() : trimmed.mid(colon + 1);
    }
    *viaWellKnown = true;
    if (serverName.isEmpty())
        return {};
    return QUrl(QStringLiteral("https://") + serverName);
}

void ServerDiscovery::discover(const QString &userIdServerOrUrl)
{
    bool viaWellKnown = false;
    const QUrl url = initialUrl(userIdServerOrUrl, &viaWellKnown);
    if (!url.isValid() || url.host().isEmpty()) {
        emit failed(tr("\"%1\" is not a server name, URL or user id").arg(userIdServerOrUrl));
        return;
    }
    if (viaWellKnown)
        discoverFromWellKnown(url);
    else
        checkVersions(url);
}

void ServerDiscovery::discoverFromWellKnown(const QUrl &serverUrl)
{
    m_http->setBaseUrl(serverUrl);
    m_http->send(requests::wellKnown(), this, [this, serverUrl](const ApiResponse &response) {
        // The spec's IGNORE case is a 404; an unreachable host is reported
        // by the /versions check on the same host, with a clearer message.
        const bool noDelegation =
            response.httpStatus == 404 ||
            (response.error && response.error->kind == ApiError::Kind::Network);
        if (noDelegation) {
            checkVersions(serverUrl);
            return;
        }
        if (response.error) {
            emit failed(tr("server discovery failed: %1").arg(response.error->describe()));
            return;
        }
        const QUrl url(
            response.json().value("m.homeserver").toObject().value("base_url").toString());
        if (!url.isValid() || url.scheme().isEmpty()) {
            emit failed(tr("the server's .well-known/matrix/client names no valid homeserver"));
            return;
        }
        checkVersions(url);
    });
}

void ServerDiscovery::checkVersions(const QUrl &baseUrl)
{
    m_http->setBaseUrl(baseUrl);
    m_http->send(requests::versions(), this, [this, baseUrl](const ApiResponse &response) {
        if (response.error) {
            emit failed(tr("%1 is not reachable as a Matrix homeserver: %2")
                            .arg(baseUrl.toString(), response.error->describe()));
            return;
        }
        const QJsonArray versions = response.json().value("versions").toArray();
        if (versions.isEmpty()) {
            emit failed(tr("%1 does not answer like a Matrix homeserver").arg(baseUrl.toString()));
            return;
        }
        ServerInfo info;
        info.baseUrl = baseUrl;
        for (const auto &version : versions)
            info.versions.append(version.toString());
        emit found(info);
    });
}

} // namespace atrium::matrix
