#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace atrium::matrix {

// Sends ApiRequests to one homeserver. Lives on the thread that created it
// and calls back on that thread. Parsing large answers (sync) is left to the
// caller, which gets the raw body and may hand it to a worker thread.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }

    // Sends the request; `done` runs once, on this object's thread, unless
    // `context` was destroyed first. The returned reply may be aborted.
    QNetworkReply *send(const ApiRequest &request, QObject *context, Callback done);

    // The same, as a future that resolves on this object's thread.
    QFuture<ApiResponse> call(const ApiRequest &request);

    // Aborts every request in flight (their callbacks see a Network error).
    void abortAll();

private:
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace atrium::matrix
