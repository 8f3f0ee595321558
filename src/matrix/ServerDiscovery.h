#pragma once

#include "ApiError.h"
#include "ServerInfo.h"

#include <QObject>

namespace atrium::matrix {

class HttpClient;

// Finds a homeserver from what a person types: a URL, a server name, or a
// user id (@alice:example.org), following the spec's discovery rules
// (.well-known/matrix/client, then /versions to confirm it is a homeserver).
class ServerDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit ServerDiscovery(QObject *parent = nullptr);

    void discover(const QString &userIdServerOrUrl);
    // The .well-known step on its own: discover() calls it with
    // https://<server name>; tests call it with a loopback http URL.
    void discoverFromWellKnown(const QUrl &serverUrl);

    // The base URL to try first for `input`, and whether .well-known applies.
    static QUrl initialUrl(const QString &input, bool *viaWellKnown);

signals:
    void found(const atrium::matrix::ServerInfo &info);
    void failed(const QString &message);

private:
    void checkVersions(const QUrl &baseUrl);

    HttpClient *m_http;
};

} // namespace atrium::matrix
